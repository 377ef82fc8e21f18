// "A car bomb was on Monday rammed into a military base": a time phrase between the passive auxiliary
// and its participle makes the parser read "was on Monday" as a copular clause about the day (the
// bomb "was on Monday", the day its root) with "rammed" a modifier of the day, so the ramming has no
// clause and no frame of "ram" is tried as the verb it is. A form of "be" whose copular head is a
// time word right before a past participle it governs is the participle's passive auxiliary and
// the time word its adverbial. The parser should learn that attachment; until it does, the event
// rules read the clause so — on their own view of the tree only (the syntax layer is untouched), as
// tree.ts's other repairs do.
import type { Token } from '../../core/doc.js';
import { isDayWord } from '../../lexicon/day-words.js';

/** Rewrites heads/deps in place where "be + time phrase + participle" was read as a copula on the time word. */
export function repairInterruptedPassives(tokens: readonly Token[], heads: Int32Array, deps: string[]): void {
  for (let v = 2; v < tokens.length; v++) {
    const tv = tokens[v]!;
    // the participle first: one test of the tag per token (the tagger may read it VBD after the day)
    if ((tv.xpos !== 'VBN' && tv.xpos !== 'VBD') || !deps[v]!.startsWith('acl')) continue;
    const h = heads[v]!;
    if (h !== v - 1 || !isDayWord(tokens[h]!.form.toLowerCase())) continue;
    // the copula "was/were/is/are/been" on the time word, before it
    let be = -1;
    for (let k = h - 1; k >= 0 && k >= h - 4 && tokens[k]!.sent === tv.sent; k--) if (heads[k] === h && deps[k] === 'cop' && tokens[k]!.lemma === 'be') be = k;
    if (be < 0) continue;
    heads[v] = heads[h]!;
    deps[v] = deps[h]!;
    for (let k = 0; k < tokens.length; k++) {
      if (heads[k] !== h || k === v) continue;
      if (k === be) deps[k] = 'aux:pass';
      else if (deps[k] === 'nsubj') deps[k] = 'nsubj:pass';
      else if (deps[k] === 'case') continue; // "on" stays the time word's
      heads[k] = v;
    }
    heads[h] = v;
    deps[h] = 'obl:tmod';
  }
}
