// A reaction aimed at the author of an earlier act ("The EU imposed sanctions… Zhuk condemned the
// sanctions" → the EU): the event refiner that runs over all events of a document in text order.
import type { NewsEvent, Token } from '../../core/doc.js';
import { mayAimAt } from './denial-target.js';
import { isCountryCode } from '../../kb/country-code.js';

/** the index of the token starting at or covering offset `at` (tokens sorted by start), or -1 */
export function tokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = tokens[mid]!;
    if (at < x.start) hi = mid - 1;
    else if (at >= x.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const isPluralNoun = (x: Token | undefined) => !!x && (x.xpos === 'NNS' || x.xpos === 'NNPS');

/** the token of the reaction e's object: the first after its trigger, within its sentence, with the object's lemma; -1 when none */
export function objectToken(tokens: readonly Token[], e: NewsEvent, lemma: string): number {
  const i = tokenAt(tokens, e.evidence.start);
  if (i < 0) return -1;
  for (let k = i + 1; k < tokens.length && tokens[k]!.sent === tokens[i]!.sent; k++) if (tokens[k]!.lemma.toLowerCase() === lemma) return k;
  return -1;
}

/** relations of a word that make a noun phrase name one known thing ("the attack", "its sanctions", "this move") */
const DEFINITE = new Set(['det', 'nmod:poss']);

/**
 * The object at k is a bare noun ("suspended operations", "condemned violence"): no determiner and
 * no owner, it names a kind of activity, not an act told before. (Its dependents follow or precede
 * it within a few tokens; the scan stays in its sentence.)
 */
function isBareNoun(tokens: readonly Token[], k: number): boolean {
  for (let j = Math.max(0, k - 6); j < k; j++) if (tokens[j]!.sent === tokens[k]!.sent && tokens[j]!.head === k && DEFINITE.has(tokens[j]!.dep)) return false;
  return true;
}

/** the event was told by a plural noun ("attacks on coalition bases"): several acts, not one */
function toldAsSeveral(tokens: readonly Token[], e: NewsEvent): boolean {
  return isPluralNoun(tokens[tokenAt(tokens, e.evidence.start)]);
}

/**
 * "The EU imposed sanctions… Zhuk condemned the sanctions": a reaction whose object names an earlier
 * act ("the sanctions", "the accusation", "the arrests") and that found no target is aimed at whoever
 * did that act — the source of the latest earlier event of that kind (rule suffix `+act-owner`).
 * A news story often leads with the reaction and tells the act later ("The court found the
 * prorogation unlawful. … The Queen suspended parliament on the advice of …"): with no earlier
 * event of that kind, the first later one names the author. Two passes in text order: linear.
 * An act named in the singular ("spoke out against the attack") is one act: it is not one told as
 * several by a plural noun ("He had orchestrated attacks on coalition bases"), so with the document's
 * tokens given, such a reaction looks past acts told in the plural; and an act noun with no
 * determiner or owner ("had suspended operations") names a kind of activity, no act told before.
 */
export function targetFromEarlierEvent(events: NewsEvent[], objects: Map<NewsEvent, string>, actNouns: ReadonlyMap<string, readonly string[]>, tokens: readonly Token[] = []): NewsEvent[] {
  const hasSource = (e: NewsEvent) => !!(e.source.actor_code || e.source.entity);
  // an author is one the coder can name: "he fired a live shot" with no code for "he" leaves the
  // act's author unknown here, not to be passed on as a target nobody can code (a coded earlier
  // act of that kind names it: "police used force against protesters")
  const isAuthor = (e: NewsEvent) => !!e.source.actor_code;
  // the first event with an author per root, for reactions told before their act
  const firstByRoot = new Map<string, NewsEvent>();
  const firstSingleByRoot = new Map<string, NewsEvent>();
  for (const e of events) {
    if (!isAuthor(e)) continue;
    if (!firstByRoot.has(e.root)) firstByRoot.set(e.root, e);
    if (!firstSingleByRoot.has(e.root) && !toldAsSeveral(tokens, e)) firstSingleByRoot.set(e.root, e);
  }
  const lastByRoot = new Map<string, NewsEvent>();
  const lastSingleByRoot = new Map<string, NewsEvent>();
  return events.map((e) => {
    let out = e;
    const lemma = objects.get(e);
    const roots = lemma ? actNouns.get(lemma) : undefined;
    if (roots && !e.target.actor_code && !e.target.entity && hasSource(e)) {
      const latest = (m: Map<string, NewsEvent>, sign: number) => roots.map((r) => m.get(r)).filter((x): x is NewsEvent => !!x && sign * (e.evidence.start - x.evidence.start) > 0).sort((a, b) => sign * (b.evidence.start - a.evidence.start))[0];
      const k = objectToken(tokens, e, lemma!);
      const one = k >= 0 && !isPluralNoun(tokens[k]);
      const bare = k >= 0 && isBareNoun(tokens, k);
      const prior = bare ? undefined : one ? (latest(lastSingleByRoot, 1) ?? latest(firstSingleByRoot, -1)) : (latest(lastByRoot, 1) ?? latest(firstByRoot, -1));
      const same = prior && ((prior.source.entity && prior.source.entity === e.source.entity) || prior.source.actor_code === e.source.actor_code || stateAndOwnOrgan(prior.source.actor_code, e.source.actor_code));
      if (prior && !same && mayAimAt(e, prior.evidence.start, tokens)) out = { ...e, target: prior.source, rule: `${e.rule}+act-owner` };
    }
    if (isAuthor(e)) {
      lastByRoot.set(e.root, e);
      if (!toldAsSeveral(tokens, e)) lastSingleByRoot.set(e.root, e);
    }
    return out;
  });
}

/** organs that act for their state: a state's act done by one of them is the state's own act */
const STATE_ORGANS = new Set(['GOV', 'LEG', 'MIL', 'JUD', 'COP', 'SPY']);

/**
 * "Representatives from Iran acknowledged … blaming human error … For several days Iran denied the
 * accusation": a state and one of its own organs (IRN, IRNLEG) are one side — a reaction of the
 * state is not aimed at its own organ's act. Two organs of a state may still face each other
 * (a court and a government): only the bare state against an organ counts.
 */
function stateAndOwnOrgan(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b || a === b) return false;
  const [bare, organ] = a.length < b.length ? [a, b] : [b, a];
  return isCountryCode(bare) && organ.length === 6 && organ.startsWith(bare) && STATE_ORGANS.has(organ.slice(3));
}
