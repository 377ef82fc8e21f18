// "The spokesperson added regarding Iran's request, they 'would not consider requests of this
// nature'": a reaction whose object is an act noun ("requests") that found no target — neither in
// its own slots nor from an earlier event or statement (act-owner.ts, speech-owner.ts) — is aimed at
// the owner its own sentence gives the same act noun ("Iran's request"): the sentence names whose
// request is answered. The owner must be a party the resolver codes, and not the reaction's own
// source ("the ministry rejected requests like its own request of May" names no one else).
// Rule suffix `+owned-act`. One pass over each open reaction's sentence: linear in its tokens.
import type { EventParty, NewsEvent, Token } from '../../core/doc.js';
import { objectToken, tokenAt } from './act-owner.js';

const sameParty = (a: EventParty, b: EventParty) => (a.entity !== null && a.entity === b.entity) || (a.actor_code !== null && a.actor_code === b.actor_code);

/**
 * @param objects the reacted-to object's lemma of each reaction event (extract.ts)
 * @param ownerOf the coded party a possessor token names, or null (the events' actor resolver)
 */
export function targetFromOwnedActNoun(events: readonly NewsEvent[], objects: ReadonlyMap<NewsEvent, string>, actNouns: ReadonlyMap<string, readonly string[]>, tokens: readonly Token[], ownerOf: (k: number) => EventParty | null): NewsEvent[] {
  return events.map((e) => {
    const lemma = objects.get(e);
    if (!lemma || !actNouns.has(lemma) || e.target.actor_code || e.target.entity || !(e.source.actor_code || e.source.entity)) return e;
    const i = tokenAt(tokens, e.evidence.start);
    const k = objectToken(tokens, e, lemma);
    if (i < 0 || k < 0) return e;
    const sent = tokens[i]!.sent;
    // the sentence's other mention of the act noun with an owner ("Iran's request")
    let from = i;
    while (from > 0 && tokens[from - 1]!.sent === sent) from--;
    for (let x = from; x < tokens.length && tokens[x]!.sent === sent; x++) {
      const h = tokens[x]!.head;
      if (tokens[x]!.dep !== 'nmod:poss' || h < 0 || h === k || tokens[h]!.lemma.toLowerCase() !== lemma) continue;
      const owner = ownerOf(x);
      if (owner && !sameParty(owner, e.source)) return { ...e, target: owner, rule: `${e.rule}+owned-act` };
    }
    return e;
  });
}
