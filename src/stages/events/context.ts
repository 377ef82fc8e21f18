// What the event rules share for one document: the dependency tree, the actor resolver, the quotes
// (for modality), entities by sentence and by id, and IGO seats; plus the small actor helpers every
// rule uses (resolve a head with its conjuncts, compare two actors, a pronoun head).
import type { Doc, Entity } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import type { EventLexicon } from './event-lexicon.js';
import type { QuoteIndex } from './modality.js';
import type { Actor } from './actor.js';
import type { ActorResolver } from './resolve-actor.js';
import type { DepTree } from './tree.js';
import type { Frame } from './lexicon.js';

export interface Ctx {
  readonly lex: EventLexicon;
  readonly t: DepTree;
  readonly r: ActorResolver;
  readonly quotes: QuoteIndex;
  /** the entities with a mention inside a sentence */
  readonly sentenceEntities: (s: Span) => readonly Entity[];
  /** seat city → the IGO entity seated there, for the IGOs this document names */
  readonly seats: ReadonlyMap<string, Entity>;
  /** entity id → entity */
  readonly byId: ReadonlyMap<string, Entity>;
  /** the country the article is about (entities/context-country.ts: story, else dateline), or null */
  readonly storyCountry: string | null;
  /** diagnosis only (eval/wikinews-dev/events-diagnose.ts): told why a matched frame gave no event */
  readonly trace?: DropTrace;
  /** why the last frame tried gave nothing (per document, not module state): the relaxed pass retries
   * only frames that lacked a target slot */
  lastDrop: string;
}

/** why a matched frame gave no event at token p (a reason in words: 'no target', 'both unresolved') */
export type DropTrace = (p: number, f: Frame, reason: string) => void;

export function seatIndex(doc: Doc, lex: EventLexicon): Map<string, Entity> {
  const out = new Map<string, Entity>();
  for (const [city, code] of lex.actors.seats) {
    const igo = doc.entities.find((e) => e.actor_code === code);
    if (igo) out.set(city, igo);
  }
  return out;
}

/** Entities by sentence (by each mention's start), built once per document. */
export function sentenceEntityIndex(doc: Doc): (s: Span) => readonly Entity[] {
  // pushed, not mapped: one elements kind whether or not the caller is optimised (core/object-arrays.ts)
  const starts: number[] = [];
  for (const x of doc.sentences) starts.push(x.start);
  const by = new Map<number, Entity[]>();
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= m.start) lo = mid;
        else hi = mid - 1;
      }
      const key = starts[lo] ?? 0;
      const l = by.get(key) ?? [];
      if (l[l.length - 1] !== e) l.push(e);
      by.set(key, l);
    }
  }
  return (s) => by.get(s.start) ?? [];
}

export function isPronoun(t: DepTree, i: number): boolean {
  return t.tok(i).pos === 'PRON' || (t.tok(i).pos === 'DET' && t.dep(i) === 'nmod:poss');
}

const NOUNS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

export function actorsOf(c: Ctx, tok: number): Actor[] {
  if (tok < 0) return [];
  let group = c.t.conjuncts(tok);
  // "by both Kurdish and Sunni Members of Parliament" parsed with the adjective heading the phrase
  // and the noun as its conjunct: an adjective member before a noun member modifies the shared noun
  // ("Kurdish … Members"), it is no party of its own
  if (group.length > 1 && group.some((h) => NOUNS.has(c.t.tok(h).pos))) group = group.filter((h, k) => c.t.tok(h).pos !== 'ADJ' || !group.slice(k + 1).some((x) => NOUNS.has(c.t.tok(x).pos)));
  const each = group.map((h) => c.r.resolve(h));
  // a description set off after a member that names a coded actor is no second party (the
  // description stands alone when the first names none: "One of these groups, the Syrian
  // Democratic Forces, opposed …")
  const apposition = group.length > 1 && !group.some((h) => c.t.kid(h, 'cc') >= 0) && each[0]!.some((a) => a.actor_code);
  return each.flatMap((a, k) => (k > 0 && apposition && isDescription(c.t, group[k]!) ? [] : a));
}

/**
 * "Adil Abdul-Mahdi, the caretaker Prime Minister, recommended …" parsed as two conjuncts: a
 * coordination with no coordinator anywhere whose later member is a determined noun phrase is an
 * apposition — the description of the first, no second party. ("Kurdish and Sunni members" and
 * "the US, the EU and Japan" have their "and".)
 */
function isDescription(t: DepTree, h: number): boolean {
  if (t.dep(h) !== 'conj') return false;
  // the phrase's first word, back to the comma that sets it off (the parser may hang the article on
  // a modifier: "the caretaker Prime Minister" with "the" on "caretaker")
  for (let k = h - 1; k > t.head(h) && t.lower(k) !== ','; k--) if (t.tok(k).pos === 'DET' && /^(the|a|an)$/.test(t.lower(k))) return true;
  return false;
}

export function sameActor(a: Actor, b: Actor): boolean {
  if (a.entity && b.entity) return a.entity === b.entity;
  return a.actor_code === b.actor_code && a.mention.start === b.mention.start && a.mention.end === b.mention.end;
}
