// The syntax chain's lemmas, remembered per tagger form-memo entry and tag class. A lemma is a pure
// function of (form, XPOS), and the tagger has already found each token's form in its form memo
// (Tagger.formEntries: one small integer per exact form) — so a token whose form and class were seen
// before takes its lemma from two typed-array slots instead of the lemmatizer's string-keyed memo,
// which hashed every new token's form and, between the tagger's and the parser's tables, missed the
// cache on most lookups (≈ 4–8% of the syntax stage, session 17's profile). Forms outside the tagger's
// memo, and a form's third class, go to the lemmatizer as before; the lemmas are the same strings.
import { flatCopy } from '../core/bounded-memo.js';
import type { Lemmatizer } from './lemmatizer.js';
import type { Tagger } from './tagger.js';

/** (class, lemma) pairs kept per form: most forms take one or two classes ("said": VBD, VBN) */
const WAYS = 2;

export class LemmaByEntry {
  private tagger: Tagger | null = null;
  private lemmatizer: Lemmatizer | null = null;
  private generation = -1;
  /** class + 1 of each kept pair (0: empty), at entry × WAYS + way */
  private cls = new Uint16Array(0);
  private lemmas: string[] = [];

  /**
   * Writes the lemma of each of the n tokens the tagger last tagged (forms, class ids as tagIds wrote
   * them) into out[0..n). `tagger` must be the one whose tagIds call produced ids, just before.
   */
  lemmatize(tagger: Tagger, lemmatizer: Lemmatizer, forms: readonly string[], ids: ArrayLike<number>, n: number, out: string[]): void {
    if (tagger !== this.tagger || lemmatizer !== this.lemmatizer || tagger.formMemoGeneration !== this.generation) {
      // another model or an emptied form memo: the entry ids name other forms now
      this.tagger = tagger;
      this.lemmatizer = lemmatizer;
      this.generation = tagger.formMemoGeneration;
      this.cls = new Uint16Array(0);
      this.lemmas = [];
    }
    const entries = tagger.formEntries;
    const { uposOf, xposOf } = tagger;
    for (let i = 0; i < n; i++) {
      const t = ids[i]!;
      const e = entries[i]!;
      if (e < 0) {
        out[i] = lemmatizer.lemmatize(forms[i]!, uposOf[t]!, xposOf[t]!);
        continue;
      }
      const b = e * WAYS;
      if (b >= this.cls.length) this.grow(b + WAYS);
      const c = t + 1;
      const cls = this.cls;
      if (cls[b] === c) out[i] = this.lemmas[b]!;
      else if (cls[b + 1] === c) out[i] = this.lemmas[b + 1]!;
      else {
        const lemma = lemmatizer.lemmatize(forms[i]!, uposOf[t]!, xposOf[t]!);
        const w = cls[b] === 0 ? b : cls[b + 1] === 0 ? b + 1 : -1;
        if (w >= 0) {
          cls[w] = c;
          // a flat copy: a lemma cut from a long form would keep that form's article alive
          this.lemmas[w] = flatCopy(lemma);
        }
        out[i] = lemma;
      }
    }
  }

  private grow(min: number): void {
    let size = Math.max(1024, this.cls.length * 2);
    while (size < min) size *= 2;
    const cls = new Uint16Array(size);
    cls.set(this.cls);
    // filled, not holey: the lookups above stay on packed elements
    const lemmas = new Array<string>(size).fill('');
    for (let k = 0; k < this.lemmas.length; k++) lemmas[k] = this.lemmas[k]!;
    this.cls = cls;
    this.lemmas = lemmas;
  }
}
