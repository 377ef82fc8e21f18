// "The Trump administration" is a nominal ORG mention beside the PERSON "Trump" since session 20
// (entities/person-orgs.ts): an event's source and a quote's speaker must still be the
// administration with its actor code, not the person (the actor resolver and the speaker read the
// smallest mention covering the head "administration"). Through the real pipeline.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { hasParser, pipelineEvents } from '../helpers/event-briefs.js';

describe.skipIf(!hasParser)('a person\'s administration as an actor', () => {
  it('is the source of an event, coded as the person\'s government', () => {
    const text = 'The Trump administration imposed new sanctions on Iran on Friday.';
    const events = pipelineEvents(text);
    expect(events.length).toBeGreaterThan(0);
    const e = events[0]!;
    expect(text.slice(e.source.mention!.start, e.source.mention!.end)).toMatch(/Trump administration$/);
    expect(e.source.actor_code).toBe('USAGOV');
  }, 60_000);

  it('is the speaker of what it says, not the person', () => {
    const doc = defaultPipeline().run(createDoc('The Trump administration said on Friday that the talks had failed.', { id: 'q', published: '2024-03-01' }));
    expect(doc.quotes.length).toBe(1);
    const speaker = doc.entities.find((x) => x.id === doc.quotes[0]!.speaker.entity)!;
    expect([speaker.type, speaker.name, speaker.actor_code]).toEqual(['ORG', 'Trump administration', 'USAGOV']);
  }, 60_000);
});
