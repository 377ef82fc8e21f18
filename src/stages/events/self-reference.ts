// "Murphy claimed she made this decision without influence", "prohibiting him from releasing them":
// a personal pronoun standing as the target, coded with the very actor code of the source, is the
// source speaking of itself (or a thing the parser took for a party) — no second party, so no event
// between two. A named target with the source's code ("the president criticised the Congress") is
// another actor and stays, and so does a pronoun the entities layer resolved to another entity
// ("prosecutors failed to present any evidence against her", her = the defendant).
import type { Actor } from './actor.js';
import type { DepTree } from './tree.js';

export function isSelfReference(t: DepTree, source: Actor, target: Actor): boolean {
  // two different entities of the entities layer are two parties, whatever their codes
  if (source.entity && target.entity && source.entity !== target.entity) return false;
  if (source.actor_code === null || source.actor_code !== target.actor_code) return false;
  // the target is a personal pronoun as the tagger reads it, and nothing more (no word list of our own)
  const h = target.head;
  return h >= 0 && t.tok(h).pos === 'PRON' && target.mention.start === t.tok(h).start && target.mention.end === t.tok(h).end;
}
