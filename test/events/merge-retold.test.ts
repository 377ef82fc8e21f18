// merge-duplicates.ts: one event per happening, except that a later sentence naming the act again with
// the same word and sense tells it again in its own right (issue 13, round 11).
import { describe, expect, it } from 'vitest';
import type { NewsEvent } from '../../src/core/doc.js';
import { mergeDuplicates } from '../../src/stages/events/merge-duplicates.js';

const text = 'Turkey began an offensive into Syria. Kurds fled. On Wednesday, Turkey began an offensive with airstrikes. Turkey launched it.';
const sentences = [
  { start: 0, end: 37 },
  { start: 38, end: 49 },
  { start: 50, end: 104 },
  { start: 105, end: 124 },
];

function ev(at: string, rule: string, nth = 0): NewsEvent {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(at, start + 1);
  return {
    id: '', cameo: '190', root: '19', plover: 'ASSAULT', quad: 4, goldstein: -10,
    source: { entity: 'e1', actor_code: 'TUR', mention: null },
    target: { entity: null, actor_code: 'SYR', mention: null },
    location: null, negated: false, modality: 'asserted',
    evidence: { start, end: start + at.length }, rule,
  };
}

describe('merge-duplicates: retellings', () => {
  it('the same frame again in a later sentence is a telling of its own', () => {
    const out = mergeDuplicates(text, [ev('offensive', 'events:offensive-n-190'), ev('offensive', 'events:offensive-n-190', 1)], sentences);
    expect(out).toHaveLength(2);
  });

  it('control: another word for the act in a later sentence refers back to it (one event, more evidence)', () => {
    const out = mergeDuplicates(text, [ev('offensive', 'events:offensive-n-190'), ev('launched', 'events:launch-v-190+relaxed')], sentences);
    expect(out).toHaveLength(1);
    expect(out[0]!.moreEvidence).toHaveLength(1);
  });

  it('control: the same frame twice in one sentence is one event', () => {
    const out = mergeDuplicates(text, [ev('began', 'events:offensive-n-190'), ev('offensive', 'events:offensive-n-190')], sentences);
    expect(out).toHaveLength(1);
  });
});
