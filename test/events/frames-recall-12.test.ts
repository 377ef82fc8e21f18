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

  it('a release from hospital is a discharge, no release from custody', () => {
    expect(show('The American president was released from the hospital on Monday.')).toEqual([]);
    // control: a release from prison or custody stays one
    expect(show('Iran released the British sailors from prison.')).toEqual(['0841 IRN→GBR']);
  }, 60_000);

  it('a dictionary phrase keeps its modifier: approving a possible strike threatens one, approving a strike does not', () => {
    expect(show('The American Congress approved a possible strike on Iran.')).toEqual(['130 USALEG→IRN']);
    // control: PETRARCH's {POSSIBLE STRIKE} row no longer reads every approved strike as a threat
    expect(show('The American president approved the strike on the Iranian general.')).toEqual([]);
  }, 60_000);

  it('making a phone call to someone is a telephone discussion (041), a call for something is not', () => {
    expect(show('The French president made a phone call to the German chancellor.')).toEqual(['041 FRAGOV→DEUGOV']);
    expect(show('The French president made a call for calm.')).toEqual([]);
  }, 60_000);

  it('an airstrike noun with its on-phrase is an aerial attack (195)', () => {
    expect(show('Turkish airstrikes on Kurdish militias continued on Friday.')).toEqual(['195 TUR→KUR']);
  }, 60_000);

  it('a force noun that is the subject of a verb of force, or described by one in a relative clause, is that verb\'s happening: one event', () => {
    expect(show('The Turkish airstrike on Kurdish militias in Syria killed three fighters.').filter((e) => /^(18|19|20)/.test(e))).toHaveLength(1);
    expect(show("Russia's attack on Ukraine killed ten Ukrainian civilians.")).toEqual(['190 RUS→UKRCVL']);
    // control: a force noun whose verb tells no force keeps its event
    expect(show("Russia's attack on Ukraine began on Thursday.")).toEqual(['190 RUS→UKR']);
  }, 60_000);

  it('attacking a person for something or as something is criticism (111), not force', () => {
    expect(show('The French president attacked the German chancellor for his comments on the budget.')).toEqual(['111 FRAGOV→DEUGOV']);
    expect(show('The French president attacked the German chancellor as a coward.')).toEqual(['111 FRAGOV→DEUGOV']);
    // controls: a time span or "as part of" tells a military attack; a thing attacked stays force
    expect(show('Russian troops attacked the Ukrainian convoy for three hours.')).toEqual([expect.stringMatching(/^190 RUSMIL→UKR/)]);
    expect(show('Russian troops attacked the Ukrainian town as part of an offensive.')).toEqual([expect.stringMatching(/^190 RUSMIL→UKR/)]);
    expect(show('A camp for Congolese refugees was attacked by Burundian militiamen.').filter((e) => e.startsWith('111'))).toEqual([]);
  }, 60_000);

  it('police firing rounds (rubber, live) at protesters is violent repression (175), as tear gas and bullets are', () => {
    expect(show('Hong Kong police fired rubber rounds at protesters.')).toEqual([expect.stringMatching(/^175 HKGCOP→/)]);
    // control: a round of talks is no weapon
    expect(show('Hong Kong officials held a round of talks with protesters.').filter((e) => e.startsWith('175'))).toEqual([]);
  }, 60_000);
});
