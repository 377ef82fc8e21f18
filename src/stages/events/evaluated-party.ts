// Whom an evaluation is of, when the speech verb's own slots name nobody but the speaker: the actor
// the phrase of the evaluation word itself names. "Parrikar tweeted he was 'extremely pained to hear
// about the demise of … Francis D'Souza'" is sympathy for D'Souza, not for Parrikar ("he"); "Pompeo
// said the crash was 'likely' Iran's doing" accuses Iran, not the crash. The frame's slots (the
// reported clause's subject, the object) stay first: this is read only when they give no other party.
import type { Ctx } from './context.js';
import type { Actor } from './actor.js';
import type { DepTree } from './tree.js';
import { reportedTokens } from './reported-content.js';

/** how many tokens of the evaluation word's phrase are looked at: a phrase, not a paragraph */
const MAX_PHRASE_TOKENS = 60;
/** how far up from the evaluation word its clause's head is looked for (object → of-phrase → conjunct …) */
const MAX_CLAUSE_HOPS = 4;

/** the word at k starts `phrase`: the lemmas of consecutive tokens, or their forms — never a mix,
 * as match-frames.ts reads the content ("'s do" is the possessive of "Iran's doing", lemma 's, not
 * the auxiliary of "he's doing", lemma be, form 's) */
function startsPhrase(t: DepTree, k: number, words: readonly string[]): boolean {
  const n = t.doc.tokens.length;
  if (k + words.length > n) return false;
  const all = (word: (j: number) => string) => words.every((w, i) => word(k + i) === w);
  return all((j) => t.lemma(j).toLowerCase()) || all((j) => t.lower(j));
}

/** the first token of the first evaluation phrase among what the speech verb at p reports, or -1 */
export function evaluationWordAt(t: DepTree, p: number, phrases: readonly string[]): number {
  const split = phrases.map((w) => w.split(' '));
  for (const k of reportedTokens(t, p, true)) if (split.some((ws) => startsPhrase(t, k, ws))) return k;
  return -1;
}

/**
 * The first actors `keep` accepts (the caller's test: political, none of the sources, no mere
 * place), nearest first, in the phrase the evaluation word at w heads (its own subtree, its subject
 * included) when `wholePhrase`, else only its owner ("Iran's doing"); [] when none.
 */
export function evaluatedActors(c: Ctx, w: number, wholePhrase: boolean, keep: (a: Actor) => boolean): Actor[] {
  const t = c.t;
  // "the crash was Iran's doing": a possessive marker starting the phrase is its owner's
  if (t.dep(w) === 'case' && t.head(w) >= 0) return c.r.resolve(t.head(w)).filter(keep);
  if (!wholePhrase) {
    const owner = t.kid(w, 'nmod:poss');
    return owner >= 0 ? c.r.resolve(owner).filter(keep) : [];
  }
  // "said the old bridge is part of the history of Madrid": a predicate said of a thing evaluates
  // that thing — a party named further in the predicate is not what is praised; only the thing's
  // own phrase ("the response of the government had been admirable") may name the party. A pronoun
  // subject is the speaker feeling ("he was pained to hear of the death of X", "I am saddened to
  // report that our colleague … has passed away"), no thing evaluated: the whole phrase is read.
  const subj = t.kid(w, 'nsubj') >= 0 ? t.kid(w, 'nsubj') : t.kid(w, 'nsubj:pass');
  let level = subj >= 0 && t.tok(subj).pos !== 'PRON' && !c.r.resolve(subj).length ? [subj] : [w];
  let visited = 0;
  while (level.length && visited < MAX_PHRASE_TOKENS) {
    const next: number[] = [];
    for (const k of [...level].sort((a, b) => a - b)) {
      visited++;
      const d = t.dep(k);
      // a compound or flat word is read with the name it belongs to
      if (k !== w && !(d === 'compound' || d.startsWith('flat'))) {
        const a = c.r.resolve(k).filter(keep);
        if (a.length) return a;
      }
      next.push(...t.kids(k).filter((x) => t.dep(x) !== 'punct'));
    }
    level = next;
  }
  // "He brought to our bench an inimitable blend of kindness, humility …" (a quote's further sentence,
  // reported-content.ts): a quality named in a clause's object or phrase is its subject's — the
  // clause's subject is whom it speaks of, as a reported clause's subject is (the frame's c>subj)
  let x = w;
  for (let hop = 0; hop < MAX_CLAUSE_HOPS && t.head(x) >= 0 && t.kid(x, 'nsubj') < 0; hop++) x = t.head(x);
  const holder = t.kid(x, 'nsubj');
  return holder >= 0 && holder !== w ? c.r.resolve(holder).filter(keep) : [];
}
