import { describe, expect, it } from 'vitest';
import { PunctAttacher, type PunctOptions } from './syntax-repair-punct.js';

/** words "form/head/deprel" (1-based heads) → the arrays the refiner reads and edits */
function parse(s: string) {
  const w = s.split(' ').map((x) => x.split('/'));
  return { forms: w.map((x) => x[0]!), heads: w.map((x) => Number(x[1])), deprels: w.map((x) => x[2]!) };
}
const arcs = (p: ReturnType<typeof parse>) => p.forms.map((f, i) => `${f}→${p.heads[i]}`).join(' ');

/** the heads of the punct tokens after the refiner, "form@position→head" */
function punctAfter(s: string, opt: PunctOptions = { pairs: true }): string {
  const p = parse(s);
  new PunctAttacher().attach(p.heads, p.deprels, p.forms, opt);
  return p.forms.flatMap((f, i) => (p.deprels[i] === 'punct' ? [`${f}@${i + 1}→${p.heads[i]}`] : [])).join(' ');
}

describe('PunctAttacher (UD punctuation convention)', () => {
  it('hangs the comma before a conjunct from the conjunct, not the first conjunct', () => {
    // apples , pears and plums : the parser put both commas on the first conjunct
    expect(punctAfter('I/2/nsubj like/0/root apples/2/obj ,/3/punct pears/3/conj and/7/cc plums/3/conj ./2/punct')).toBe(',@4→5 .@8→2');
  });

  it('hangs the comma after a fronted clause from the clause, and the final stop from the root', () => {
    // When he left , they cried . — comma parsed on the main verb, the stop on the adverbial clause
    expect(punctAfter('When/3/mark he/3/nsubj left/6/advcl ,/6/punct they/6/nsubj cried/0/root ./3/punct')).toBe(',@4→3 .@7→6');
  });

  it('hangs brackets from the head of the phrase they enclose', () => {
    // the ( new ) plan failed : both brackets parsed on "plan"
    expect(punctAfter('the/5/det (/5/punct new/5/amod )/5/punct plan/6/nsubj failed/0/root ./6/punct')).toBe('(@2→3 )@4→3 .@7→6');
  });

  it('hangs quotes, and the stop inside them, from the quoted clause', () => {
    // He said " we won . " — the marks parsed on "said"
    expect(punctAfter('He/2/nsubj said/0/root "/2/punct we/5/nsubj won/2/ccomp ./2/punct "/2/punct')).toBe('"@3→5 .@6→5 "@7→5');
  });

  it('leaves the pairs to the plain convention when pairs are off', () => {
    expect(punctAfter('He/2/nsubj said/0/root "/2/punct we/5/nsubj won/2/ccomp ./2/punct "/2/punct', { pairs: false })).toBe('"@3→5 .@6→2 "@7→2');
  });

  it('moves only a head that breaks projectivity when onlyIllegal is set', () => {
    // the comma on "pears" is legal (the conjunct right of it) and stays; the stop on "I" crosses the
    // arcs from "like" to "apples" and from "apples" to "plums", so it moves to the root
    const s = 'I/2/nsubj like/0/root apples/2/obj ,/5/punct pears/3/conj and/7/cc plums/3/conj ./1/punct';
    expect(punctAfter(s, { pairs: true, onlyIllegal: true })).toBe(',@4→5 .@8→2');
  });

  it('keeps a nonprojective input a tree: marks hang from words, no cycle, one root', () => {
    // "A hearing is scheduled on the issue today , officials said ." with "on the issue" hung from "hearing" across the verb
    const s = 'A/2/det hearing/4/nsubj is/4/aux scheduled/0/root on/7/case the/7/det issue/2/nmod today/4/obl ,/4/punct officials/11/nsubj said/4/parataxis ./11/punct';
    const p = parse(s);
    new PunctAttacher().attach(p.heads, p.deprels, p.forms, { pairs: true });
    expect(p.heads.filter((h) => h === 0)).toHaveLength(1);
    for (let i = 0; i < p.heads.length; i++) {
      // every token reaches the root
      let v = i;
      for (let k = 0; k <= p.heads.length && p.heads[v] !== 0; k++) v = p.heads[v]! - 1;
      expect(p.heads[v]).toBe(0);
      if (p.deprels[i] === 'punct') expect(p.deprels[p.heads[i]! - 1]).not.toBe('punct');
    }
    // the comma before the parataxis goes to the parataxis, the final stop to the root; nothing else moves
    expect(arcs(p)).toBe(arcs(parse(s.replace(',/4/', ',/11/').replace('./11/', './4/'))));
  });

  it('leaves a sentence without punct, and a punct with a word below it, alone', () => {
    const a = 'They/2/nsubj left/0/root';
    const p = parse(a);
    new PunctAttacher().attach(p.heads, p.deprels, p.forms);
    expect(arcs(p)).toBe(arcs(parse(a)));
    // a mark the parser gave a dependent is a word here: not moved
    const b = 'They/2/nsubj left/0/root -/2/punct fast/3/advmod';
    const q = parse(b);
    new PunctAttacher().attach(q.heads, q.deprels, q.forms);
    expect(arcs(q)).toBe(arcs(parse(b)));
  });

  it('moves only leaves: a mark with a word below it, and a mark above that one, stay (no mark hung from itself)', () => {
    // the seed article's shape: … U.K. : " … Kingdom … , " Hegseth added . — the parser hung the conjunct on the
    // opening quote and the quote on the colon
    const s = 'He/2/nsubj commended/0/root Britain/2/obj :/3/punct "/4/punct that/7/nsubj Kingdom/5/conj ,/2/punct "/2/punct Hegseth/11/nsubj added/7/parataxis ./2/punct';
    const p = parse(s);
    new PunctAttacher().attach(p.heads, p.deprels, p.forms, { pairs: true });
    p.heads.forEach((h, i) => expect(h, `token ${i + 1}`).not.toBe(i + 1));
    expect(p.heads[3]).toBe(3); // the colon, with the quote below it, stays where the parser hung it
    expect(p.heads[4]).toBe(4); // the quote, with the conjunct below it
    for (let i = 0; i < p.heads.length; i++) {
      let v = i;
      for (let k = 0; k <= p.heads.length && p.heads[v] !== 0; k++) v = p.heads[v]! - 1;
      expect(p.heads[v], `token ${i + 1} reaches the root`).toBe(0);
    }
  });

  it('stays linear on a long chain of commas (no quadratic blow-up)', () => {
    // w1 , w2 , w3 … each word the conjunct of the first, each comma on the first word
    const n = 20000;
    const parts: string[] = ['w/0/root'];
    for (let i = 1; i < n; i++) parts.push(`,/1/punct`, `w/1/conj`);
    const p = parse(parts.join(' '));
    const t0 = performance.now();
    new PunctAttacher().attach(p.heads, p.deprels, p.forms);
    expect(performance.now() - t0).toBeLessThan(1500);
    // each comma now hangs from the conjunct after it
    expect(p.heads[1]).toBe(3);
    expect(p.heads[p.heads.length - 2]).toBe(p.heads.length);
  });

  it('stays linear on a long chain of words each hung on the next (the ancestor test is bounded)', () => {
    // w , w , w … w: each word the dependent of the word after it, the last the root, the commas on the last
    const n = 50000;
    const parts: string[] = [];
    for (let i = 0; i < n - 1; i++) parts.push(`w/${2 * i + 3}/dep`, `,/${2 * n - 1}/punct`);
    parts.push('w/0/root');
    const p = parse(parts.join(' '));
    const t0 = performance.now();
    new PunctAttacher().attach(p.heads, p.deprels, p.forms);
    expect(performance.now() - t0).toBeLessThan(1500);
    // each comma hangs from the word before it, the lower of its two neighbours
    expect(p.heads[1]).toBe(1);
    expect(p.heads[2 * n - 3]).toBe(2 * n - 3);
  });
});
