// Issue 13, session 12 (frames part): each rule on our own sentences where it acts, beside controls
// the rule must leave alone.
import { describe, expect, it } from 'vitest';
import { eventArrows as show, hasParser, pipelineEvents } from '../helpers/event-briefs.js';

describe('issue 13 frame rules, session 12', () => {
  it.skipIf(!hasParser)('an agentless passive use of force done in or by an act noun takes the doer named on that noun', () => {
    expect(show('Three Afghan policemen were killed in a Taliban attack on Monday.')).toEqual(['190 AFGREBTAL→AFGCOP']);
    expect(show('Six Afghan soldiers were killed in an attack by the Taliban.')).toEqual(['190 AFGREB→AFGMIL']);
    expect(show('Two Iraqi soldiers were killed by a Turkish airstrike.')).toEqual(['190 TUR→IRQMIL']);
    expect(show("Two Iraqi soldiers were killed in Iran's attack.")).toEqual(['190 IRN→IRQMIL']);
    expect(show('Dozens of Afghan soldiers were killed in the attack, reportedly conducted by the Taliban.')).toEqual(['190 AFGREB→AFGMIL']);
    expect(pipelineEvents('Three Afghan policemen were killed in a Taliban attack on Monday.')[0]?.rule).toContain('+means-noun-agent');
  }, 60_000);

  it.skipIf(!hasParser)('controls: a place in the phrase, an act noun naming no doer, or no act noun at all give no doer', () => {
    // "in Baghdad" says where; "an attack" names nobody; a crash is no use of force
    expect(show('Two Iraqi soldiers were killed in an attack in Baghdad.')).toEqual(['190 -→IRQMIL']);
    expect(show('Two Iraqi soldiers were killed in an attack.')).toEqual(['190 -→IRQMIL']);
    expect(show('Two Iraqi soldiers were killed in a Baghdad attack.')).toEqual(['190 -→IRQMIL']);
    // an active clause keeps its subject: the act noun's modifier is no second doer
    expect(show('Iraqi police killed two Kurdish fighters in a Turkish attack.').map((e) => e.split(' ')[1])).toEqual(['IRQCOP→KUR']);
  }, 60_000);
});
