// Dependency-tree access for the event rules: children lists built once per document (linear in
// the number of tokens), the UD relations the frames speak of (obj, obl+case, nsubj:pass,
// obl:agent, xcomp, conj, nmod:poss) and voice. Token indices are Doc.tokens indices.
import type { Doc, Token } from '../../core/doc.js';

/** "obl:tmod" → "obl": the frames name universal relations; subtypes only refine them. */
export function baseDep(dep: string): string {
  const i = dep.indexOf(':');
  return i < 0 ? dep : dep.slice(0, i);
}

export class DepTree {
  readonly doc: Doc;
  private readonly start: Int32Array;
  private readonly list: Int32Array;

  constructor(doc: Doc) {
    this.doc = doc;
    const n = doc.tokens.length;
    const count = new Int32Array(n + 1);
    for (const t of doc.tokens) if (t.head >= 0 && t.head < n) count[t.head + 1]!++;
    for (let i = 0; i < n; i++) count[i + 1]! += count[i]!;
    this.start = count.slice();
    const fill = count.slice();
    this.list = new Int32Array(Math.max(1, this.start[n]!));
    doc.tokens.forEach((t, i) => {
      if (t.head >= 0 && t.head < n) this.list[fill[t.head]!++] = i;
    });
  }

  tok(i: number): Token {
    return this.doc.tokens[i]!;
  }

  /** lower-case lemma, or the lower-case form while the lemmatizer has not run */
  lemma(i: number): string {
    const t = this.doc.tokens[i]!;
    return (t.lemma || t.form).toLowerCase();
  }

  lower(i: number): string {
    return this.doc.tokens[i]!.form.toLowerCase();
  }

  head(i: number): number {
    const h = this.doc.tokens[i]!.head;
    return h >= 0 && h < this.doc.tokens.length ? h : -1;
  }

  dep(i: number): string {
    return this.doc.tokens[i]!.dep;
  }

  kids(i: number): number[] {
    const out: number[] = [];
    for (let k = this.start[i]!; k < this.start[i + 1]!; k++) out.push(this.list[k]!);
    return out;
  }

  /** first child whose relation is `dep` (exact, or its base when `dep` has no subtype) */
  kid(i: number, dep: string): number {
    const exact = dep.includes(':');
    for (let k = this.start[i]!; k < this.start[i + 1]!; k++) {
      const c = this.list[k]!;
      const d = this.doc.tokens[c]!.dep;
      if (exact ? d === dep : d === dep || baseDep(d) === dep) return c;
    }
    return -1;
  }

  kidsWhere(i: number, pred: (dep: string, c: number) => boolean): number[] {
    const out: number[] = [];
    for (let k = this.start[i]!; k < this.start[i + 1]!; k++) {
      const c = this.list[k]!;
      if (pred(this.doc.tokens[c]!.dep, c)) out.push(c);
    }
    return out;
  }

  /** the preposition (case marker) of a nominal: "to" in "to Ukraine"; multi-word markers joined ("in front of") */
  caseOf(i: number): string | null {
    const cs = this.kidsWhere(i, (d) => d === 'case' || d === 'fixed');
    const own = cs.filter((c) => c < i);
    if (!own.length) return null;
    const words: string[] = [];
    for (const c of own) {
      words.push(this.lower(c));
      for (const f of this.kidsWhere(c, (d) => d === 'fixed')) words.push(this.lower(f));
    }
    return words.join(' ');
  }

  /** obl/nmod (and obl:agent) children introduced by `prep` */
  prepKids(i: number, prep: string): number[] {
    return this.kidsWhere(i, (d, c) => {
      const b = baseDep(d);
      if (b !== 'obl' && b !== 'nmod' && b !== 'advcl' && b !== 'acl') return false;
      if (d === 'nmod:poss') return false;
      const cw = this.caseOf(c) ?? (b === 'advcl' || b === 'acl' ? this.markOf(c) : null);
      return cw === prep;
    });
  }

  markOf(i: number): string | null {
    const m = this.kid(i, 'mark');
    return m >= 0 ? this.lower(m) : null;
  }

  /**
   * Passive voice: a passive auxiliary, or a passive subject on a past participle. A passive subject
   * on a finite past-tense verb ("A French minister threatened …" labelled nsubj:pass) is a parser
   * slip, read as active.
   */
  isPassive(i: number): boolean {
    if (this.kid(i, 'aux:pass') >= 0) return true;
    if (this.kid(i, 'nsubj:pass') < 0 && this.kid(i, 'csubj:pass') < 0) return false;
    const x = this.doc.tokens[i]!.xpos;
    return x === 'VBN' || x === '';
  }

  /** i and its coordinated nominals ("France, Germany and Italy" → three heads), in text order */
  conjuncts(i: number): number[] {
    const out = [i];
    const stack = [i];
    while (stack.length && out.length < 20) {
      const x = stack.pop()!;
      for (const c of this.kidsWhere(x, (d) => d === 'conj')) {
        out.push(c);
        stack.push(c);
      }
    }
    return out.sort((a, b) => a - b);
  }

  isVerbal(i: number): boolean {
    const p = this.doc.tokens[i]!.pos;
    return p === 'VERB' || p === 'AUX' || (p === '' && /ing$|ed$/.test(this.lower(i)));
  }

  isNominal(i: number): boolean {
    const p = this.doc.tokens[i]!.pos;
    return p === 'NOUN' || p === 'PROPN' || p === 'PRON' || p === 'NUM' || p === 'X' || p === '' || p === 'ADJ' || p === 'SYM';
  }
}
