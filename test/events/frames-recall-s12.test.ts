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

  it.skipIf(!hasParser)('a later claim of responsibility names the doer of the agentless uses of force told before it', () => {
    const text = 'Oil facilities belonging to Saudi Aramco were hit by drone strikes. The attacks caused fires. The Yemen-based Houthi movement claimed responsibility for the attacks.';
    const ev = pipelineEvents(text).filter((e) => e.cameo === '195');
    expect(ev.map((e) => `${e.source.actor_code}→${e.target.actor_code}`)).toEqual(['YEM→SAU']);
    expect(ev[0]?.rule).toContain('+claimed-act-owner');
    // a car bomb "was on Monday rammed" (the time phrase between auxiliary and participle), claimed later
    expect(show('A car bomb was on Monday rammed into an Afghan army base. Dozens died. The Taliban have claimed responsibility.').filter((e) => e.startsWith('18'))).toEqual(['1832 AFGREB→AFGMIL']);
  }, 60_000);

  it.skipIf(!hasParser)('controls: no claim, a claim before the act, a claim of no responsibility leave the act without a doer', () => {
    expect(show('Oil facilities belonging to Saudi Aramco were hit by drone strikes. The attacks caused fires.').map((e) => e.split(' ')[1])).toEqual(['-→SAU']);
    expect(show('The Houthi movement claimed responsibility for an attack in May. Oil facilities belonging to Saudi Aramco were hit by drone strikes on Sunday.').filter((e) => e.startsWith('195'))).toEqual(['195 -→SAU']);
    expect(show('Oil facilities belonging to Saudi Aramco were hit by drone strikes. The Houthi movement denied any role in the attacks.').filter((e) => e.startsWith('195'))).toEqual(['195 -→SAU']);
    // a car rammed into a crowd is no bombing; a vehicle hit by a storm is no attack
    expect(show('A man rammed a car into a crowd of Afghan protesters.').filter((e) => e.startsWith('183'))).toEqual([]);
    expect(show('Saudi oil facilities were hit by a storm.')).toEqual([]);
  }, 60_000);
});
