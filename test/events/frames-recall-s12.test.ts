// Issue 13, session 12 (frames part): each rule on our own sentences where it acts, beside controls
// the rule must leave alone.
import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/core/doc.js';
import { repairInterruptedPassives } from '../../src/stages/events/interrupted-passive.js';
import { eventArrows as show, hasParser, pipelineEvents } from '../helpers/event-briefs.js';

/** tokens written `form|lemma|UPOS|XPOS|head|dep` (head 1-based, 0 = root), the parse as the parser misread it */
function parsed(line: string): { tokens: Token[]; heads: Int32Array; deps: string[] } {
  let at = 0;
  const tokens = line.split(' ').map((w) => {
    const [form, lemma, pos, xpos, head, dep] = w.split('|') as [string, string, string, string, string, string];
    const t: Token = { start: at, end: at + form.length, form, lemma, pos, xpos, head: Number(head) - 1, dep, sent: 0, spaceAfter: true };
    at += form.length + 1;
    return t;
  });
  return { tokens, heads: Int32Array.from(tokens.map((t) => t.head)), deps: tokens.map((t) => t.dep) };
}

// "A car bomb was on Monday rammed into a base ." as the parser misread it: a copula on the day, "rammed" its modifier
const INTERRUPTED =
  'A|a|DET|DT|3|det car|car|NOUN|NN|3|compound bomb|bomb|NOUN|NN|6|nsubj was|be|AUX|VBD|6|cop on|on|ADP|IN|6|case ' +
  'Monday|Monday|PROPN|NNP|0|root rammed|ram|VERB|VBD|6|acl into|into|ADP|IN|10|case a|a|DET|DT|10|det base|base|NOUN|NN|7|obl .|.|PUNCT|.|6|punct';

describe('issue 13 frame rules, session 12', () => {
  it('"was on Monday rammed": the copula on a day word before a participle it governs is that participle\'s passive auxiliary', () => {
    const p = parsed(INTERRUPTED);
    repairInterruptedPassives(p.tokens, p.heads, p.deps);
    expect([p.heads[6], p.deps[6]]).toEqual([-1, 'root']); // rammed heads the clause
    expect([p.heads[3], p.deps[3]]).toEqual([6, 'aux:pass']);
    expect([p.heads[2], p.deps[2]]).toEqual([6, 'nsubj:pass']); // the bomb was rammed
    expect([p.heads[5], p.deps[5]]).toEqual([6, 'obl:tmod']);
    expect([p.heads[4], p.deps[4]]).toEqual([5, 'case']); // "on" stays the day's
    expect(p.heads[10]).toBe(6);
  });

  it('controls: a copula on a noun that is no day, or a participle not right after the day, stay as parsed', () => {
    const noDay = parsed(INTERRUPTED.replace('Monday|Monday|PROPN|NNP|0|root', 'board|board|NOUN|NN|0|root'));
    repairInterruptedPassives(noDay.tokens, noDay.heads, noDay.deps);
    expect([noDay.heads[6], noDay.deps[6], noDay.deps[3]]).toEqual([5, 'acl', 'cop']);
    // "The meeting was on Monday , attended by …": a comma between — a description of the day's event, left alone
    const comma = parsed('The|the|DET|DT|2|det meeting|meeting|NOUN|NN|5|nsubj was|be|AUX|VBD|5|cop on|on|ADP|IN|5|case Monday|Monday|PROPN|NNP|0|root ,|,|PUNCT|,|7|punct attended|attend|VERB|VBN|5|acl .|.|PUNCT|.|5|punct');
    repairInterruptedPassives(comma.tokens, comma.heads, comma.deps);
    expect([comma.heads[6], comma.deps[6]]).toEqual([4, 'acl']);
  });

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

  it.skipIf(!hasParser)('ordering someone held in custody, and remanding someone, is detention (173)', () => {
    expect(show('The Kenyan judge ordered the two Somali suspects remain in custody.')).toEqual(['173 KENJUD→SOMCRM']);
    expect(show('The Kenyan judge ordered that the two Somali suspects be held in custody.')).toEqual(['173 KENJUD→SOMCRM']);
    expect(show('A Kenyan court remanded two Somali suspects in custody.')).toEqual(['173 KENJUD→SOMCRM']);
    // controls: an order to stay somewhere else, or to pay, is no detention
    expect(show('The Kenyan judge ordered the two Somali suspects remain in Nairobi.').filter((e) => e.startsWith('17'))).toEqual([]);
    expect(show('The court ordered Peru to pay.').filter((e) => e.startsWith('17'))).toEqual([]);
  }, 60_000);
});
