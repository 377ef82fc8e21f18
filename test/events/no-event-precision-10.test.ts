// Issue 13, round 10 precision rules (our own sentences, through the real pipeline): each rule is
// shown on a sentence where it acts, beside a control the rule must leave alone.
import { describe, expect, it } from 'vitest';
import { eventArrowsWithModality as show, hasParser, pipelineEvents } from '../helpers/event-briefs.js';

describe.skipIf(!hasParser)('issue 13 precision rules, round 10', () => {
  it('an act noun a promise or threat takes as its object is pledged, not done', () => {
    // future, so CAMEO's convention codes the promised protest as a threat of dissent (133)
    expect(show('Kenyan opposition leader Raila Odinga promised protests every week against the Kenyan government.')).toEqual(['133 KENOPP→KENGOV future']);
    // control: protests held are protests
    expect(show('Kenyan opposition leader Raila Odinga held protests every week against the Kenyan government.')).toEqual(['141 KENOPP→KENGOV asserted']);
  }, 60_000);

  it('a negated simple present about no one in particular is a standing practice, no act', () => {
    expect(show('Kenyan President William Ruto said, "I never threaten anybody."')).toEqual([]);
    expect(show('Kenyan police never arrest anybody.')).toEqual([]);
    expect(show('Kenyan soldiers do not attack Ugandan villages.')).toEqual([]);
    // controls: the same in the past is a negated act, and so is a named object
    expect(show('Kenyan President William Ruto said, "I never threatened anybody."')).toEqual(['130 KENGOV→- negated']);
    expect(show('Kenyan police did not arrest anybody.')).toEqual(['173 KENCOP→- negated']);
    expect(show('Kenyan soldiers did not attack Ugandan villages.')).toEqual(['190 KENMIL→UGACVL negated']);
  }, 60_000);

  it('what an accusation alleges is its content, no event; what a praise is for stays', () => {
    // the accusation is the event; the support it alleges is not coded as Uganda's act
    expect(show('The Kenyan president alleged, by way of example, Uganda had worsened the war by supporting the Somali rebels.')).toEqual(['112 KENGOV→UGA asserted']);
    // control: what Uganda is hailed for is told as done (governors.tsv judge, not allege)
    expect(show('The Kenyan president hailed Uganda for sending troops to Somalia.')).toEqual(['051 KENGOV→UGA asserted', '0334 UGA→SOM hypothetical']);
  }, 60_000);

  it('suspending a body that is no state is an administrative sanction, suspending a state reduces relations', () => {
    // 172, and the court's later verdict on "the prorogation" is aimed at the one who suspended
    expect(show('Kenyan President William Ruto suspended the Kenyan parliament on Monday. The Kenyan High Court ruled the prorogation was unlawful.')).toEqual(['172 KENGOV→KENLEG asserted', '116 KENJUD→KENGOV asserted']);
    // control: the dictionary row's own reading
    expect(show('The African Union suspended Mali.')).toEqual(['160 IGOAFRAFU→MLI asserted']);
  }, 60_000);

  it('force by a doer that is no military is unconventional violence (18), not military force (19)', () => {
    // the "shoot" row reads 193 (small arms in combat); police shooting an attacker is 180
    expect(show('The attacker was shot dead by Kenyan police.')).toEqual(['180 KENCOP→KENCRM asserted']);
    expect(show('Kenyan protesters attacked Kenyan police.')).toEqual(['180 KENCVL→KENCOP asserted']);
    // control: troops keep the military code
    expect(show('Kenyan troops attacked Somali fighters.')).toEqual(['190 KENMIL→SOMUAF asserted']);
  }, 60_000);

  it('a crowd clashing with the police riots (145); politicians clashing disagree (110)', () => {
    expect(show('Kenyan protesters clashed with Kenyan police in Nairobi.')).toEqual(['145 KENCVL→KENCOP asserted']);
    // control: the "clash" row's own reading
    expect(show('The Kenyan president clashed with the Ugandan president over the deal.')).toEqual(['110 KENGOV→UGAGOV asserted']);
  }, 60_000);

  it('in one sentence, an act aimed only by the context is the same-root act of its doer with a stated target', () => {
    // "threw rocks" alone is aimed at the government of the place; here it is the riot against the police
    const events = pipelineEvents('Kenyan protesters clashed with Kenyan police in Nairobi and threw rocks.');
    expect(events.map((e) => `${e.cameo} ${e.source.actor_code}→${e.target.actor_code}`)).toEqual(['145 KENCVL→KENCOP']);
    expect(events[0]!.moreEvidence?.length).toBe(1);
    // control: with no stated target the context's guess stands
    expect(show('Kenyan protesters threw rocks in Nairobi.')).toEqual(['145 KENCVL→KENGOV asserted']);
  }, 60_000);

  it('a purpose clause is intended but threatens no one: its force keeps its own code', () => {
    expect(show('Kenya sent troops to Somalia last year to fight the Somali rebels.')).toEqual(['074 KEN→SOM asserted', '190 KEN→SOMREB future']);
    // control: a future act of force stated as such is CAMEO's threat
    expect(show('Kenyan troops will fight the Somali rebels.')).toEqual(['1384 KENMIL→SOMREB future']);
  }, 60_000);

  it('"appeal" with a direct object is the legal sense: a lawsuit (115), not an appeal to someone (02)', () => {
    expect(show('The Kenyan government appealed the ruling to the Kenyan Supreme Court.')).toEqual(['115 KENGOV→KENJUD asserted']);
    // control: an appeal to someone takes no object
    expect(show('The Kenyan government appealed to the United Nations.')).toEqual(['020 KENGOV→IGOUNO asserted']);
  }, 60_000);

  it('what someone has sworn to do is pledged, as what they vowed (a future act of force: a threat)', () => {
    expect(show('Somali rebels have sworn to fight the Kenyan army.')).toEqual(['1384 SOMREB→KENMIL future']);
    // control: the act done
    expect(show('Somali rebels fought the Kenyan army.')).toEqual(['190 SOMREB→KENMIL asserted']);
  }, 60_000);

  it('the infinitive of a plan noun is intended, as a planning verb\'s complement is', () => {
    // (the doer of the planned attack is left to the actor stages: the plan is the army's)
    expect(show('The Kenyan army was developing plans to attack Somali villages.')).toEqual(['1384 -→SOMCVL future']);
    // control: the attack done
    expect(show('The Kenyan army attacked Somali villages.')).toEqual(['190 KENMIL→SOMCVL asserted']);
  }, 60_000);
});
