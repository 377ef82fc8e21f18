// `npx tsx eval/quote-noun-candidates.ts [--split train] [--min 5] [--show KEY] [--all]` — issue 14, session 21:
// how often PolNeAR marks an attribution on a NON-VERB cue candidate, and how often a reading of it would be
// right. Every candidate is drawn from the parse of the cached docs (`npx tsx eval/quotes.ts --split S --cache`
// first), in one of these constructions:
//   noun-that      a noun with a "that" clause ("his claim that …", "the view of experts that …"; noun-that-det:
//                  the same candidates with the noun's determiner in the cue, "the idea that …")
//   noun-poss-prep a noun with a possessor and a prepositional object ("Trump's criticism of …")
//   adj-that       a predicate adjective (copula) with a "that" clause ("is confident that …")
//   adj-prep       a predicate adjective with about / of / on / over + object ("was skeptical about …")
//   light          a light verb with a noun / adjective and a complement ("made clear that", "expressed concern about")
//   prep-view      "in X's view / opinion / eyes" / "to X's mind"
// Only candidates whose cue word no current prediction covers count (what a new reading would add). Per
// (word, construction): n, how many gold marks with a cue on that word ("marked"), cue exact, content exact,
// content ≥ 80% with cue exact ("right" — the brief's precision), source exact. PolNeAR is evaluation data: this
// table chooses rules on TRAIN and confirms them on DEV; nothing is trained on it.
import { pathToFileURL } from 'node:url';
import { loadSplit, trimRange } from './quotes.js';
import { arg, charSet, predictedSpans, readPredictions, trimmed, type Range } from './quote-pairing.js';
import { cachedDocs } from './quote-cache.js';
import type { Doc, Token } from '../src/core/doc.js';

export interface Candidate {
  readonly construction: string;
  readonly word: string;
  readonly cue: Range;
  readonly content: Range;
  readonly source: Range | null;
  readonly head: number;
}

const LIGHT = new Set(['make', 'give', 'express', 'voice', 'offer', 'raise', 'issue', 'lay', 'draw', 'have', 'take']);
const VIEW = new Set(['view', 'opinion', 'eyes', 'mind', 'estimation', 'judgment', 'judgement', 'words', 'telling', 'account']);

function subtree(doc: Doc, kids: number[][], i: number): [number, number] {
  let a = i;
  let b = i;
  const stack = [i];
  while (stack.length) {
    const k = stack.pop()!;
    if (k < a) a = k;
    if (k > b) b = k;
    for (const c of kids[k]!) stack.push(c);
  }
  void doc;
  return [a, b];
}

const span = (doc: Doc, a: number, b: number): Range => [doc.tokens[a]!.start, doc.tokens[b]!.end];

/** the copula group before a predicate word: auxiliaries, negation and adverbs up to the copula */
function copulaGroup(doc: Doc, kids: number[][], i: number): number {
  const cop = kids[i]!.filter((c) => doc.tokens[c]!.dep === 'cop');
  if (!cop.length) return -1;
  let s = Math.min(...cop);
  for (const c of kids[i]!) {
    const d = doc.tokens[c]!.dep;
    if (c < s && (d === 'aux' || d === 'advmod' || d === 'aux:pass') && c > subjectEnd(doc, kids, i)) s = c;
  }
  return s;
}

function subjectEnd(doc: Doc, kids: number[][], i: number): number {
  const sub = kids[i]!.find((c) => doc.tokens[c]!.dep.startsWith('nsubj'));
  return sub === undefined ? -1 : subtree(doc, kids, sub)[1];
}

function subjectOf(doc: Doc, kids: number[][], i: number): Range | null {
  const sub = kids[i]!.find((c) => doc.tokens[c]!.dep.startsWith('nsubj'));
  if (sub === undefined) return null;
  const [a, b] = subtree(doc, kids, sub);
  // a relative clause's subject stops at the head ("X, who is …" → "who")
  return span(doc, a, b);
}

/** a "that" clause child of token i: [start token ("that"), end token] */
function thatClause(doc: Doc, kids: number[][], i: number): [number, number] | null {
  for (const c of kids[i]!) {
    const d = doc.tokens[c]!.dep;
    if (c < i || !(d === 'ccomp' || d === 'acl' || d === 'advcl' || d === 'acl:relcl')) continue;
    const [a, b] = subtree(doc, kids, c);
    if (doc.tokens[a]!.form.toLowerCase() !== 'that') continue;
    const m = doc.tokens[a]!;
    if (m.dep !== 'mark') continue;
    return [a, b];
  }
  return null;
}

/** a prepositional child of token i: [preposition, object start, object end] */
function prepObject(doc: Doc, kids: number[][], i: number, preps: ReadonlySet<string>): [number, number, number] | null {
  for (const c of kids[i]!) {
    if (c < i) continue;
    const d = doc.tokens[c]!.dep;
    if (!(d.startsWith('nmod') || d.startsWith('obl') || d === 'advcl' || d === 'acl')) continue;
    const cs = kids[c]!.find((k) => doc.tokens[k]!.dep === 'case' || doc.tokens[k]!.dep === 'mark');
    if (cs === undefined || cs !== i + 1 && !(cs === i + 2 && doc.tokens[i + 1]!.pos === 'ADV')) continue;
    if (!preps.has(doc.tokens[cs]!.form.toLowerCase())) continue;
    const [, b] = subtree(doc, kids, c);
    return [cs, cs + 1, b];
  }
  return null;
}

const PREPS = new Set(['about', 'of', 'on', 'over', 'for', 'against', 'to', 'with', 'in', 'at', 'that']);

function possessor(doc: Doc, kids: number[][], i: number): Range | null {
  const p = kids[i]!.find((c) => c < i && doc.tokens[c]!.dep === 'nmod:poss');
  if (p === undefined) return null;
  const [a, b] = subtree(doc, kids, p);
  return span(doc, a, b);
}

/** the cue's start: the noun with its adjectives (and determiner for the "with" variant) */
function nounStart(doc: Doc, kids: number[][], i: number, det: boolean): number {
  let s = i;
  for (const c of kids[i]!) {
    const d = doc.tokens[c]!.dep;
    if (c < s && (d === 'amod' || det && d === 'det')) s = c;
  }
  return s;
}

export function candidates(doc: Doc): Candidate[] {
  const toks = doc.tokens;
  const kids: number[][] = toks.map(() => []);
  for (const [i, t] of toks.entries()) if (t.head >= 0) kids[t.head]!.push(i);
  const out: Candidate[] = [];
  const w = (t: Token): string => t.form.toLowerCase();
  const end = (b: number): number => {
    // content ends before sentence-final punctuation
    let e = b;
    while (e > 0 && toks[e]!.pos === 'PUNCT') e--;
    return e;
  };
  for (const [i, t] of toks.entries()) {
    if (t.pos === 'NOUN') {
      const tc = thatClause(doc, kids, i);
      const poss = possessor(doc, kids, i);
      if (tc && tc[0] === i + 1) {
        // source: possessor, or an "of"/"among"/"by" phrase before the clause
        let src = poss;
        out.push({ construction: poss ? 'noun-that+poss' : 'noun-that', word: w(t), cue: span(doc, nounStart(doc, kids, i, false), i), content: span(doc, tc[0], end(tc[1])), source: src, head: i });
        // the variant with the noun's determiner in the cue ("the idea that …")
        if (!poss) out.push({ construction: 'noun-that-det', word: w(t), cue: span(doc, nounStart(doc, kids, i, true), i), content: span(doc, tc[0], end(tc[1])), source: src, head: i });
        void src;
      } else if (tc) {
        const ofp = prepObject(doc, kids, i, new Set(['of', 'among', 'by', 'from']));
        if (ofp && ofp[2] + 1 === tc[0]) out.push({ construction: 'noun-of-that', word: w(t), cue: span(doc, nounStart(doc, kids, i, false), i), content: span(doc, tc[0], end(tc[1])), source: span(doc, ofp[1], ofp[2]), head: i });
      }
      if (poss && !tc) {
        const po = prepObject(doc, kids, i, PREPS);
        if (po) out.push({ construction: `noun-poss-${w(toks[po[0]]!)}`, word: w(t), cue: span(doc, nounStart(doc, kids, i, false), po[0]), content: span(doc, po[1], end(po[2])), source: poss, head: i });
      }
      const caseKid = kids[i]!.find((c) => c < i && toks[c]!.dep === 'case');
      if (VIEW.has(w(t)) && poss && caseKid !== undefined && /^(in|to)$/.test(w(toks[caseKid]!))) {
        // "in X's view": content is the rest of the sentence outside the phrase (measured as the main clause)
        const root = toks.findIndex((x, k) => x.sent === t.sent && x.head === -1 && k >= 0);
        if (root >= 0) {
          const [ra, rb] = subtree(doc, kids, root);
          const [pa, pb] = subtree(doc, kids, i);
          let ca = ra;
          let cb = end(rb);
          if (pa === ra) { ca = pb + 1; while (toks[ca]?.pos === 'PUNCT') ca++; }
          else cb = pa - 1;
          while (cb > ca && toks[cb]!.pos === 'PUNCT') cb--;
          if (cb > ca) out.push({ construction: 'prep-view', word: w(t), cue: span(doc, i, i), content: span(doc, ca, cb), source: poss, head: i });
        }
      }
    }
    if (t.pos === 'ADJ') {
      const cs = copulaGroup(doc, kids, i);
      if (cs >= 0) {
        const tc = thatClause(doc, kids, i);
        const src = subjectOf(doc, kids, i);
        if (tc && tc[0] === i + 1) out.push({ construction: 'adj-that', word: w(t), cue: span(doc, cs, i), content: span(doc, tc[0], end(tc[1])), source: src, head: i });
        else {
          const po = prepObject(doc, kids, i, new Set(['about', 'of', 'on', 'over', 'with', 'to', 'in', 'at', 'for', 'by']));
          if (po && po[0] === i + 1) out.push({ construction: `adj-${w(toks[po[0]]!)}`, word: w(t), cue: span(doc, cs, po[0]), content: span(doc, po[1], end(po[2])), source: src, head: i });
        }
      }
    }
    if (t.pos === 'VERB' && LIGHT.has(t.lemma.toLowerCase())) {
      const obj = kids[i]!.find((c) => c > i && (toks[c]!.dep === 'obj' || toks[c]!.dep === 'xcomp') && (toks[c]!.pos === 'NOUN' || toks[c]!.pos === 'ADJ'));
      if (obj === undefined) continue;
      const src = subjectOf(doc, kids, i);
      const tc = thatClause(doc, kids, obj) ?? thatClause(doc, kids, i);
      const key = `${t.lemma.toLowerCase()} ${w(toks[obj]!)}`;
      if (tc && tc[0] > obj) {
        out.push({ construction: 'light-that', word: key, cue: span(doc, i, tc[0] - 1), content: span(doc, tc[0], end(tc[1])), source: src, head: i });
        continue;
      }
      const po = prepObject(doc, kids, obj, new Set(['about', 'of', 'on', 'over', 'for', 'against', 'to', 'with', 'in', 'at']));
      if (po) out.push({ construction: `light-${w(toks[po[0]]!)}`, word: key, cue: span(doc, i, po[0]), content: span(doc, po[1], end(po[2])), source: src, head: i });
    }
  }
  return out;
}

interface Tally { n: number; marked: number; cue: number; cExact: number; right: number; src: number; examples: string[] }

function main(): void {
  const split = arg('split') ?? 'train';
  const min = Number(arg('min') ?? 5);
  const show = arg('show');
  const preds = readPredictions(split);
  const docs = cachedDocs(split);
  const { golds } = loadSplit(split);
  const table = new Map<string, Tally>();
  for (const g of golds) {
    const doc = docs.get(g.id);
    const p = preds.get(g.id);
    if (!doc || !p) continue;
    const text = p.text;
    const pq = predictedSpans(p);
    const gq = g.attributions.map((a) => ({ cue: trimmed(text, a.cue), content: trimmed(text, a.content), source: trimmed(text, a.source) }));
    for (const c of candidates(doc)) {
      const hw: Range = [doc.tokens[c.head]!.start, doc.tokens[c.head]!.end];
      const covers = (rs: readonly Range[]) => rs.some(([s, e]) => s < hw[1] && hw[0] < e);
      if (!arg('all') && pq.some((q) => covers(q.cue))) continue;
      const k = `${c.word}\t${c.construction}`;
      const t = table.get(k) ?? { n: 0, marked: 0, cue: 0, cExact: 0, right: 0, src: 0, examples: [] };
      table.set(k, t);
      t.n++;
      const cue = trimRange(text, c.cue[0], c.cue[1]);
      const content = trimRange(text, c.content[0], c.content[1]);
      const g1 = gq.find((a) => covers(a.cue));
      let verdict = '-';
      if (g1) {
        t.marked++;
        const cueOk = g1.cue.length === 1 && g1.cue[0]![0] === cue[0] && g1.cue[0]![1] === cue[1];
        const gc = charSet(g1.content);
        const pc = charSet([content]);
        let inter = 0;
        for (const x of gc) if (pc.has(x)) inter++;
        const exact = g1.content.length === 1 && g1.content[0]![0] === content[0] && g1.content[0]![1] === content[1];
        if (cueOk) t.cue++;
        if (exact) t.cExact++;
        if (cueOk && inter / Math.max(1, gc.size) >= 0.8) t.right++;
        const so = c.source ? trimRange(text, c.source[0], c.source[1]) : null;
        if (so && g1.source.length === 1 && g1.source[0]![0] === so[0] && g1.source[0]![1] === so[1]) t.src++;
        verdict = `${cueOk ? 'C' : 'c'}${exact ? 'X' : inter / Math.max(1, gc.size) >= 0.8 ? '8' : 'x'} gold cue «${g1.cue.map(([s, e]) => text.slice(s, e)).join('|')}» content «${g1.content.map(([s, e]) => text.slice(s, e)).join('|').slice(0, 100)}» src «${g1.source.map(([s, e]) => text.slice(s, e)).join('|')}»`;
      }
      if (show && k.includes(show)) t.examples.push(`${verdict} | ours cue «${text.slice(cue[0], cue[1])}» content «${text.slice(content[0], content[1]).slice(0, 100)}» src «${c.source ? text.slice(c.source[0], c.source[1]) : ''}»`);
    }
  }
  const rows = [...table].filter(([, t]) => t.n >= min).sort((a, b) => b[1].right - a[1].right || b[1].n - a[1].n);
  console.log('word\tconstruction\tn\tmarked\tcue_exact\tcontent_exact\tright(cue+c80)\tsource_exact\tprecision');
  for (const [k, t] of rows) console.log(`${k}\t${t.n}\t${t.marked}\t${t.cue}\t${t.cExact}\t${t.right}\t${t.src}\t${(t.right / t.n).toFixed(2)}`);
  const byC = new Map<string, Tally>();
  for (const [k, t] of table) {
    const c = k.split('\t')[1]!.replace(/-(about|of|on|over|for|against|to|with|in|at|by)$/, '-prep');
    const x = byC.get(c) ?? { n: 0, marked: 0, cue: 0, cExact: 0, right: 0, src: 0, examples: [] };
    x.n += t.n; x.marked += t.marked; x.cue += t.cue; x.cExact += t.cExact; x.right += t.right; x.src += t.src;
    byC.set(c, x);
  }
  console.log('\nconstruction\tn\tmarked\tcue_exact\tcontent_exact\tright\tsource_exact');
  for (const [c, t] of [...byC].sort((a, b) => b[1].n - a[1].n)) console.log(`${c}\t${t.n}\t${t.marked}\t${t.cue}\t${t.cExact}\t${t.right}\t${t.src}`);
  if (show) for (const [k, t] of table) if (k.includes(show)) { console.log(`\n## ${k}`); for (const e of t.examples.slice(0, Number(arg('n') ?? 30))) console.log(`- ${e}`); }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
