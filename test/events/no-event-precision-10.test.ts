// Issue 13, round 10 precision rules (our own sentences, through the real pipeline): each rule is
// shown on a sentence where it acts, beside a control the rule must leave alone.
import { describe, expect, it } from 'vitest';
import { eventArrowsWithModality as show, hasParser } from '../helpers/event-briefs.js';

describe.skipIf(!hasParser)('issue 13 precision rules, round 10', () => {
  it('an act noun a promise or threat takes as its object is pledged, not done', () => {
    // future, so CAMEO's convention codes the promised protest as a threat of dissent (133)
    expect(show('Kenyan opposition leader Raila Odinga promised protests every week against the Kenyan government.')).toEqual(['133 KENOPP→KENGOV future']);
    // control: protests held are protests
    expect(show('Kenyan opposition leader Raila Odinga held protests every week against the Kenyan government.')).toEqual(['141 KENOPP→KENGOV asserted']);
  }, 60_000);
});
