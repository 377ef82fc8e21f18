// A happening told as going on at the time of writing ("as protests continue in Baghdad") is read as
// of publication, while a state of the time of writing ("their demands include …") stays undated
// (issue 20, Wikinews dev gold `published` for "protests continue"). Needs the tagger and parser.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import { modelPath } from '../../src/core/paths.js';
import { defaultPipeline } from '../../src/pipeline/default.js';

const hasParser = existsSync(modelPath('parser.bin'));
const PUB = '2024-03-01';
const eventOn = (text: string, word: string) => {
  const doc = defaultPipeline().run(createDoc(text, { id: 'going-on', published: PUB }));
  const at = text.indexOf(word);
  const v = doc.events.find((e) => e.evidence.start <= at && e.evidence.end > at);
  return v ? doc.dates.events.get(v.id) : undefined;
};

describe.skipIf(!hasParser)('a happening going on at the time of writing', () => {
  it('dates "protests continue" by publication, and leaves a present state undated', () => {
    const text = 'Police arrested ten Iraqi protesters in Baghdad on Tuesday. This took place as anti-government protests continue in Baghdad and through the southern part of Iraq.';
    expect(eventOn(text, 'protests continue')).toMatchObject({ date: PUB, source: 'published' });
    // mirror: a state of the time of writing is no act of the scene, and has no date
    const state = 'Iraqi police arrested ten people on Tuesday. Their demands include dissolving Parliament.';
    expect(eventOn(state, 'demands')).toMatchObject({ date: null, source: 'none' });
  }, 120_000);
});
