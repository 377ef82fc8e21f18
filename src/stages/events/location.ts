// Where an event happened: an "in/at X" phrase on the trigger or on the clause above it whose
// head is a place — a GPE/LOC/FAC entity ("in the Oval Office"), or a country, capital or seat of
// government from the actor words ("in Brussels"). Returns the place's name and its country so a
// bare group noun ("police in Jericho", "prisoners rioted in Dili") can take the country, as the
// PLOVER gold-standard coders did.
import type { ActorResolver } from './resolve-actor.js';
import type { DepTree } from './tree.js';
import { LOCATIVE_PREPOSITIONS } from '../../lexicon/function-words.js';
import { PLACE_TYPES } from '../../lexicon/entity-types.js';

export interface Place {
  readonly name: string;
  readonly country: string | null;
}


function placeAt(t: DepTree, r: ActorResolver, c: number): Place | null {
  const ent = r.entityAt(c);
  if (ent && PLACE_TYPES.has(ent.type)) {
    const w = r.words.names.get(ent.name);
    return { name: ent.name, country: ent.country ?? (ent.actor_code ? ent.actor_code.slice(0, 3) : null) ?? (w && w.kind !== 'sector' && w.kind !== 'igo' ? w.code : null) };
  }
  if (ent) return null;
  const tok = t.tok(c);
  // "in the capital Kabul" parsed with the noun as the head and the name under it (flat, appos)
  if (tok.pos === 'NOUN') {
    const k = t.kidsWhere(c, (d, x) => x === c + 1 && (d === 'flat' || d === 'appos') && t.tok(x).pos === 'PROPN')[0];
    return k === undefined ? null : placeAt(t, r, k);
  }
  if (tok.pos !== 'PROPN' && tok.pos !== '') return null;
  // the name: the head with its compound/flat words ("New Delhi", "East Timor's capital Dili")
  let a = c;
  let b = c;
  for (const k of t.kids(c)) {
    const d = t.dep(k);
    if (d === 'compound' || d === 'flat' || d === 'flat:name') {
      a = Math.min(a, k);
      b = Math.max(b, k);
    }
  }
  const name = t.doc.text.slice(t.tok(a).start, t.tok(b).end).replace(/\s+/g, ' ');
  const w = r.words.names.get(name);
  if (w && (w.kind === 'country' || w.kind === 'capital' || w.kind === 'place' || w.kind === 'metonym')) return { name, country: w.code };
  return null;
}

/** "in Christchurch District Court, New Zealand": a building or body named with its place after a
 * comma (the parser's appos, or nmod:unmarked as in "El Paso, Texas", or a conjunct with no
 * coordinating word: a list of one is no coordination) is there */
function appositivePlace(t: DepTree, r: ActorResolver, c: number): Place | null {
  const apposed = (d: string, x: number) => d === 'appos' || d === 'nmod:unmarked' || (d === 'conj' && t.kid(x, 'cc') < 0);
  for (const k of t.kidsWhere(c, (d, x) => apposed(d, x) && x > c && t.doc.tokens.slice(c + 1, x).some((w) => w.form === ','))) {
    const place = placeAt(t, r, k);
    if (place) return place;
  }
  return null;
}

/** The place of the event triggered at p, looking up to three clauses above it. */
export function locationOf(t: DepTree, r: ActorResolver, p: number): Place | null {
  let x = p;
  for (let hop = 0; hop < 3 && x >= 0; hop++) {
    for (const prep of LOCATIVE_PREPOSITIONS) {
      for (const c of t.prepKids(x, prep)) {
        const place = placeAt(t, r, c) ?? appositivePlace(t, r, c);
        if (place) return place;
      }
    }
    const d = t.dep(x);
    if (d === 'root' || d === 'ccomp' || d === 'parataxis') break;
    x = t.head(x);
  }
  return null;
}
