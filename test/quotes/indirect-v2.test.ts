// Indirect and mixed attributions of quotes v2, through the whole default pipeline (the tagger and
// the parse sharpen these): noun cues with a "that" clause in subject position, relative clauses,
// continuation over the next sentence, coordinated participles resolved like the events stage.
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';

const pipeline = defaultPipeline();

function quotes(text: string) {
  const doc = pipeline.run(createDoc(text, { id: 't' }));
  const t = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return doc.quotes.map((q) => ({ cue: t(q.cue), source: t(q.speaker.mention), speaker: q.speaker.name, content: q.content.map(t).join(' … ') }));
}

describe('indirect attributions (v2)', () => {
  it('"X\'s view that S" as a subject: the content ends before the main verb', () => {
    const [q] = quotes('The mayor’s view that the bridge is safe was challenged by engineers.');
    expect(q).toMatchObject({ cue: 'view', content: 'that the bridge is safe' });
  });

  it('a report before a colon and a quotation with its own attribution ends at the colon', () => {
    const qs = quotes('Tom Baker said that the bridge had lost its charm: “It is no longer our bridge,” he said.');
    expect(qs).toMatchObject([
      { cue: 'said', source: 'Tom Baker', content: 'that the bridge had lost its charm' },
      { cue: 'said', source: 'he', content: '“It is no longer our bridge,”' },
    ]);
  });

  it('"X, who said S, VP": the relative pronoun is the source, the antecedent the speaker', () => {
    const [q] = quotes('Tom Baker, who said the bridge was safe, resigned on Monday.');
    expect(q).toMatchObject({ cue: 'said', source: 'who', speaker: 'Tom Baker', content: 'the bridge was safe' });
  });

  it('"He added that …" in the next sentence resolves to the person before', () => {
    const qs = quotes('Tom Baker spoke to reporters on Monday. He added that the bridge would reopen in May.');
    expect(qs.find((q) => q.cue === 'added')).toMatchObject({ source: 'He', speaker: 'Tom Baker' });
  });

  it('a coordinated participle takes the subject of its first conjunct (as the events stage does)', () => {
    const qs = quotes('The comments come amid a shift in policy, with Trump echoing Kremlin narratives and accusing Zelensky of prolonging the war.');
    expect(qs.find((q) => q.cue === 'accusing')).toMatchObject({ source: 'Trump' });
  });

  it('an adverb or a time adjunct between the source and the cue stays out of the source', () => {
    const qs = quotes('World leaders and diplomats almost universally condemned the test. The Security Council on Friday pledged to take action.');
    expect(qs.map((q) => q.source)).toEqual(['World leaders and diplomats', 'The Security Council']);
  });

  it('"X, citing Y, reported that S": the participle does not swallow the main attribution', () => {
    const qs = quotes('Reuters, citing anonymous sources, reported that production had stopped.');
    expect(qs.find((q) => q.cue === 'reported')).toMatchObject({ source: 'Reuters', content: 'that production had stopped' });
  });
});
