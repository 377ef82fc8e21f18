// "She spoke about her husband Siarhei, who was arrested in May, and promised to conduct new
// elections": the parser coordinates "promised" with the verb of the non-restrictive relative
// clause ("arrested"), so the promise inherits the relative pronoun as its subject (the husband)
// instead of "She". A relative clause opened by ", who/which" and closed by a comma before "and"
// is a parenthesis: the conjunct after it continues the clause the parenthesis interrupts. The
// parser should learn that attachment; until it does, the event rules read the conjunct as the
// governing verb's — on their own view of the tree only (the syntax layer is untouched), as
// tree.ts's other repairs do.
import type { Token } from '../../core/doc.js';

/** relative pronouns that open a non-restrictive relative clause as its subject ("that" is restrictive) */
const RELATIVE_SUBJECTS = new Set(['who', 'which']);

/** relations only an active verb's complement carries */
const ACTIVE_COMPLEMENTS = new Set(['obj', 'xcomp', 'ccomp']);

function hasKid(heads: Int32Array, deps: readonly string[], h: number, rels: ReadonlySet<string>): boolean {
  for (let k = h + 1; k < heads.length && k < h + 12; k++) if (heads[k] === h && rels.has(deps[k]!)) return true;
  return false;
}

/** the verb a relative clause at r hangs from: its head if a verb, else the verb its noun's phrase hangs from */
function governingVerb(tokens: readonly Token[], heads: Int32Array, r: number): number {
  let g = heads[r]!;
  for (let steps = 0; g >= 0 && steps < 8; steps++) {
    if (tokens[g]!.pos === 'VERB') return g;
    g = heads[g]!;
  }
  return -1;
}

/**
 * Finds "…, who/which R …, and C" with C a finite verb coordinated with the relative clause's verb R
 * and no subject of its own; hangs C on the verb the relative clause interrupts (heads rewritten in place).
 */
export function repairRelativeClauseConjuncts(tokens: readonly Token[], heads: Int32Array, deps: string[]): void {
  const n = tokens.length;
  // the relative clauses' verbs: a "who"/"which" subject right after a comma
  for (let w = 1; w < n; w++) {
    // the relation first (a plain array; reading every token object was most of the pass's cost),
    // then the word's length and first letter before a lower-cased copy
    const dep = deps[w]!;
    if (dep.charCodeAt(0) !== 110 || !dep.startsWith('nsubj')) continue;
    const form = tokens[w]!.form;
    if ((form.length !== 3 && form.length !== 5) || (form.charCodeAt(0) | 32) !== 119 || !RELATIVE_SUBJECTS.has(form.toLowerCase())) continue;
    if (tokens[w - 1]!.form !== ',') continue;
    const r = heads[w]!;
    if (r <= w || tokens[r]!.pos !== 'VERB' || tokens[r]!.sent !== tokens[w]!.sent) continue;
    for (let c = r + 1; c < n && tokens[c]!.sent === tokens[r]!.sent; c++) {
      if (heads[c] !== r || deps[c] !== 'conj') continue;
      const tc = tokens[c]!;
      if (tc.pos !== 'VERB') continue;
      // a bare participle after a passive relative clause ("…, who was arrested in May, and released
      // in June") continues that passive; with a complement of its own ("and promised to conduct …",
      // "and signed the treaty") it is an active verb the tagger read as a participle
      if (!/^VB[DZP]$/.test(tc.xpos) && !(tc.xpos === 'VBN' && hasKid(heads, deps, c, ACTIVE_COMPLEMENTS))) continue;
      // ", and" right before the conjunct: the comma closes the relative clause
      if (c < 2 || tokens[c - 1]!.form.toLowerCase() !== 'and' || tokens[c - 2]!.form !== ',') continue;
      let ownSubject = false;
      for (let k = 0; k < n && !ownSubject; k++) if (heads[k] === c && deps[k]!.startsWith('nsubj')) ownSubject = true;
      if (ownSubject) continue;
      const g = governingVerb(tokens, heads, r);
      // the governing verb comes before the parenthesis and has a subject for the conjunct to share
      if (g < 0 || g >= w) continue;
      let gSubject = false;
      for (let k = 0; k < g && !gSubject; k++) if (heads[k] === g && deps[k]!.startsWith('nsubj')) gSubject = true;
      if (!gSubject) continue;
      heads[c] = g;
      // the "and" and the comma before the conjunct go with it
      if (heads[c - 1] === r) heads[c - 1] = c;
      if (heads[c - 2] === r) heads[c - 2] = c;
    }
  }
}
