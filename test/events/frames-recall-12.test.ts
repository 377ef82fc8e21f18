// Issue 13, round 12 (frames, conversion, the parse-side misses): each rule is shown on our own
// sentence where it acts, beside a control the rule must leave alone.
import { describe, expect, it } from 'vitest';
import { eventArrows as show, hasParser } from '../helpers/event-briefs.js';

describe.skipIf(!hasParser)('issue 13 frame rules, round 12', () => {
  it('a release of persons needs a party in its object: releasing a thing is no 0841', () => {
    expect(show('The Kenyan ministry released a statement on Monday.').filter((e) => e.startsWith('0841'))).toEqual([]);
    expect(show('The Kenyan ministry released the assessment of the Iranian commission.')).toEqual([]);
    expect(show('The Israeli army did not release the identity of the soldier.')).toEqual([]);
    // controls: persons and groups named in the object, with their nationality or in apposition
    expect(show('Iran released the British sailors.')).toEqual(['0841 IRN→GBR']);
    expect(show('Hamas freed two Israeli hostages and a Thai worker.')).toEqual(['0841 PSEREBHMS→ISR', '0841 PSEREBHMS→THA']);
    expect(show('Kenyan police released Ahmed Ali, a Somali journalist, on Monday.')).toEqual([expect.stringMatching(/^0841 KENCOP→/)]);
  }, 60_000);
});
