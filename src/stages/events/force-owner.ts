// "United States military forces killed Qasem Soleimani … in an airstrike. … He was being met by Abu
// Mahdi al-Muhandis, who was also killed in the airstrike.": an agentless passive act done "in the
// airstrike" / "by the attack" names, by the definite noun, an act told before — whoever did that
// act did this one. So does one told as a repetition of an earlier act on the same party ("the
// United States government levied sanctions against him. He was further sanctioned in 2011").
// The doer stands only in the earlier sentence; the refiner runs over all events of a document in
// text order (as act-owner.ts does for reactions). One pass: linear.
import type { NewsEvent } from '../../core/doc.js';
import type { DepTree } from './tree.js';
import { REPETITION_ADVERBS } from '../../lexicon/function-words.js';

/** the mark of an agentless act told as a repetition of an earlier one (meansNoun) */
export const REPEATED = '';

/** the determiners that make a noun name one act already told ("the airstrike", "this attack") */
const DEFINITE = new Set(['the', 'this', 'that']);

/**
 * The lemma of the act noun an agentless passive trigger p was done in or by ("killed in the
 * airstrike"), when that noun is definite and an act noun of the trigger's root (event-words.tsv
 * act-noun); else REPEATED when an adverb tells it as a repetition ("was further sanctioned");
 * null otherwise.
 */
export function meansNoun(t: DepTree, p: number, root: string, actNouns: ReadonlyMap<string, readonly string[]>): string | null {
  if (!t.isPassive(p)) return null;
  const noun = definiteActNoun(t, p, root, actNouns);
  if (noun) return noun;
  return t.kidsWhere(p, (d, k) => d === 'advmod' && REPETITION_ADVERBS.has(t.lower(k))).length ? REPEATED : null;
}

function definiteActNoun(t: DepTree, p: number, root: string, actNouns: ReadonlyMap<string, readonly string[]>): string | null {
  for (const prep of ['in', 'by']) {
    for (const k of t.prepKids(p, prep)) {
      const roots = actNouns.get(t.lemma(k));
      const det = t.kid(k, 'det');
      if (roots?.includes(root) && det >= 0 && DEFINITE.has(t.lower(det))) return t.lemma(k);
    }
  }
  return null;
}

/**
 * Each event in `means` (agentless, done in/by a definite act noun: meansNoun) with no source takes
 * the source of the latest earlier event with an author whose root the noun names (rule suffix
 * `+force-owner`); one told as a repetition, that of the latest earlier authored event of its root on
 * the same target (`+repeated-act-owner`). No earlier such event: the event stays as it was.
 */
export function sourceFromEarlierAct(events: NewsEvent[], means: ReadonlyMap<NewsEvent, string>, actNouns: ReadonlyMap<string, readonly string[]>): NewsEvent[] {
  if (!means.size) return events;
  const lastByRoot = new Map<string, NewsEvent>();
  // root + target (entity, else code) → the latest authored event: a repetition is of the same act on the same party
  const lastOnParty = new Map<string, NewsEvent>();
  return events.map((e) => {
    let out = e;
    const lemma = means.get(e);
    if (lemma !== undefined && !e.source.actor_code && !e.source.entity) {
      const prior =
        lemma === REPEATED
          ? partyKey(e) ? lastOnParty.get(`${e.root} ${partyKey(e)}`) : undefined
          : (actNouns.get(lemma) ?? []).map((r) => lastByRoot.get(r)).filter((x): x is NewsEvent => !!x).sort((a, b) => b.evidence.start - a.evidence.start)[0];
      if (prior && prior.source.actor_code !== e.target.actor_code) out = { ...e, source: prior.source, rule: `${e.rule}+${lemma === REPEATED ? 'repeated-act-owner' : 'force-owner'}` };
    }
    if (out.source.actor_code) {
      lastByRoot.set(out.root, out);
      lastOnParty.set(`${out.root} ${partyKey(out)}`, out);
    }
    return out;
  });
}

/** the target's identity for a repetition: its entity, else its code, else nothing to match */
function partyKey(e: NewsEvent): string {
  return e.target.entity ?? e.target.actor_code ?? '';
}
