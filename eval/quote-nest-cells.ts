// `npx tsx eval/quote-nest-cells.ts [--split train] [--ex 3] [--show CELL]` — the NESTED / WRONG-CUE
// decisions by what separates the two cues in the parse. PolNeAR never nests ("only annotate the
// outermost attribution", guidelines p. 23), so wherever a second cue word lies after a cue, gold either
// KEEPS it inside the first content (no attribution of its own) or SEPARATES it (the first content ends
// before it and the second cue has its own attribution). Each decision is put in a cell by the parse
// path from the outer cue's head to the inner cue's head:
//   a  the inner cue is a conj of the outer cue without a subject of its own ('said X and added Y')
//   b  a conj / parataxis / ccomp clause with its own subject inside the content ('said the deal is dead and X argued Y')
//   c  a cue verb in a relative / adverbial clause inside the content (relcl / acl / advcl on the path)
//   d  a noun cue inside the content
//   e  the content's own verb is a cue ('said that officials believe …': ccomp / xcomp of the outer cue)
//   f  the inner cue is in another sentence (a quotation's second sentence)
//   g  the outer cue does not govern the inner one (the inner governs it, or they are siblings)
//   h  anything else
// and counted four ways: gold separates and we keep (a gold cue inside our content: the error of
// eval/quote-nested-cues.ts), gold keeps and we separate (a cue we predict inside a gold content), and
// the two right decisions (a gold cue we predict exactly after another one we predict exactly in the
// sentence; a cue word we know inside a content we predict exactly). The rate of each cell says whether
// a rule that cuts or keeps there can pay. Reads the predictions and the doc cache of
// `npx tsx eval/quotes.ts --split SPLIT --cache`. For rule tuning on TRAIN only.
import { pathToFileURL } from 'node:url';
import type { Doc } from '../src/core/doc.js';
import { loadSplit } from './quotes.js';
import { arg, charSet, predictedSpans, readPredictions, shownText, trimmed, type Range } from './quote-pairing.js';
import { chain, knownCueWords, spanHead, tokensIn } from './quote-nested-cues.js';
import { cachedDocs } from './quote-cache.js';

type Outcome = 'gold separates, we keep' | 'gold keeps, we separate' | 'gold separates, we separate' | 'gold keeps, we keep';
const OUTCOMES: readonly Outcome[] = ['gold separates, we keep', 'gold keeps, we separate', 'gold separates, we separate', 'gold keeps, we keep'];

const rel = (doc: Doc, i: number): string => doc.tokens[i]!.dep.split(':')[0]!;

/** the children of a token inside its sentence (a bounded scan of the sentence) */
function childrenIn(doc: Doc, h: number): number[] {
  const s = doc.tokens[h]!.sent;
  const out: number[] = [];
  for (let i = h; i >= 0 && doc.tokens[i]!.sent === s; i--) if (doc.tokens[i]!.head === h) out.push(i);
  for (let i = h + 1; i < doc.tokens.length && doc.tokens[i]!.sent === s; i++) if (doc.tokens[i]!.head === h) out.push(i);
  return out;
}

const hasSubject = (doc: Doc, h: number): boolean => childrenIn(doc, h).some((c) => /^(nsubj|csubj|expl)/.test(doc.tokens[c]!.dep));

/** the cell of the parse path from the outer cue head to the inner cue head, with the path itself */
export function nestCell(doc: Doc, oh: number, ih: number): { cell: string; path: string } {
  if (oh < 0 || ih < 0) return { cell: 'h', path: 'no-token' };
  if (doc.tokens[oh]!.sent !== doc.tokens[ih]!.sent) return { cell: 'f', path: 'other-sentence' };
  const up = chain(doc, oh);
  const down = chain(doc, ih);
  const lca = up.find((x) => down.includes(x));
  const downs = lca === undefined ? [] : down.slice(0, down.indexOf(lca)).reverse();
  const rels = downs.map((i) => rel(doc, i));
  const path = lca === undefined ? 'no-path' : [...up.slice(0, up.indexOf(lca)).map((i) => '^' + rel(doc, i)), ...rels].join(' ') || 'same';
  if (/^(NOUN|PROPN)$/.test(doc.tokens[ih]!.pos)) return { cell: 'd', path };
  if (lca !== oh) return { cell: 'g', path };
  if (rels.every((r) => r === 'conj') && !hasSubject(doc, ih)) return { cell: 'a', path };
  if (rels.length === 1 && /^(ccomp|xcomp)$/.test(rels[0]!)) return { cell: 'e', path };
  if (rels.some((r) => /^(acl|advcl)$/.test(r))) return { cell: 'c', path };
  if (hasSubject(doc, ih) && rels.some((r) => /^(conj|parataxis|ccomp)$/.test(r))) return { cell: 'b', path };
  return { cell: 'h', path };
}

/** the inner cue's own shape: its relation, a subject of its own, its marker word, an -ing form (the --sub key) */
function innerShape(doc: Doc, ih: number): string {
  if (ih < 0) return '-';
  const t = doc.tokens[ih]!;
  const kids = childrenIn(doc, ih);
  const mark = kids.find((c) => c < ih && /^(mark|case)$/.test(doc.tokens[c]!.dep));
  const rel = kids.find((c) => c < ih && /^(nsubj|obj|obl)/.test(doc.tokens[c]!.dep) && /^(who|that|which|what|whom)$/i.test(doc.tokens[c]!.form));
  if (arg('by') === 'lemma') return [t.lemma.toLowerCase(), hasSubject(doc, ih) ? 'subj' : 'nosubj'].join('|');
  return [t.dep, hasSubject(doc, ih) ? 'subj' : 'nosubj', mark !== undefined ? doc.tokens[mark]!.form.toLowerCase() : rel !== undefined ? 'rel:' + doc.tokens[rel]!.form.toLowerCase() : '-', /ing$/.test(t.form) ? 'ing' : t.xpos].join('|');
}

interface Decision {
  readonly sub: string;
  readonly cell: string;
  readonly path: string;
  readonly outcome: Outcome;
  readonly line: string;
}

function main(): void {
  const split = arg('split') ?? 'train';
  const preds = readPredictions(split);
  const docs = cachedDocs(split);
  const { golds } = loadSplit(split);
  const out: Decision[] = [];
  const key = (rs: readonly Range[]) => rs.map((r) => r.join(':')).join(',');
  const inside = (rs: readonly Range[], set: ReadonlySet<number>) => rs.length > 0 && rs.every(([s, e]) => { for (let c = s; c < e; c++) if (!set.has(c)) return false; return true; });
  const knownCues = knownCueWords(preds.values());
  for (const g of golds) {
    const p = preds.get(g.id);
    const doc = docs.get(g.id);
    if (!p || !doc) continue;
    const text = p.text;
    const pq = predictedSpans(p);
    const ga = g.attributions.map((a) => ({ cue: trimmed(text, a.cue).sort((x, y) => x[0] - y[0]), content: trimmed(text, a.content).sort((x, y) => x[0] - y[0]), source: trimmed(text, a.source) }));
    const head = (rs: readonly Range[]) => spanHead(doc, rs.flatMap((r) => tokensIn(doc, r)));
    const predCueKeys = new Set(pq.map((q) => key(q.cue)));
    const goldCueKeys = new Set(ga.map((a) => key(a.cue)));
    const goldContentKeys = new Set(ga.map((a) => key(a.content)));
    const ctx = (a: number, b: number) => text.slice(Math.max(0, a - 30), b + 20).replace(/\n/g, ' / ');
    const note = (oc: readonly Range[], ic: readonly Range[], outcome: Outcome, extra: string) => {
      const { cell, path } = nestCell(doc, head(oc), head(ic));
      const from = Math.min(oc[0]![0], ic[0]![0]);
      const to = Math.max(oc.at(-1)![1], ic.at(-1)![1]);
      out.push({ cell, path, outcome, sub: innerShape(doc, head(ic)), line: `${g.id.slice(0, 40)} [${path}] outer C[${shownText(text, oc)}] inner C[${shownText(text, ic)}] ${extra}\n        …${ctx(from, to)}…` });
    };
    // gold separates, we keep: a gold cue inside another predicted content
    for (const a of ga) {
      if (!a.cue.length) continue;
      const outer = pq.find((q) => q.cue.length && inside(a.cue, charSet(q.content)));
      if (!outer) continue;
      // where gold ends the outer content (when it marks the outer cue): the words up to the inner cue
      const og = ga.find((b) => key(b.cue) === key(outer.cue));
      const ogEnd = og?.content.length ? og.content.at(-1)![1] : -1;
      const gap = ogEnd >= 0 && ogEnd <= a.cue[0]![0] ? `gap [${text.slice(ogEnd, a.cue[0]![0]).replace(/\s+/g, ' ').trim().slice(0, 40)}]` : ogEnd >= 0 ? 'gold runs past' : '';
      const known = knownCues.has(text.slice(a.cue[0]![0], a.cue.at(-1)![1]).toLowerCase().split(/\s+/).pop() ?? '');
      note(outer.cue, a.cue, 'gold separates, we keep', `(${outer.rule}; outer cue in gold: ${!!og}; ${gap}; inner word known: ${known})`);
    }
    // gold keeps, we separate: a cue we predict inside a gold content
    for (const q of pq) {
      if (!q.cue.length) continue;
      const outer = ga.find((a) => a.cue.length && inside(q.cue, charSet(a.content)));
      if (outer) note(outer.cue, q.cue, 'gold keeps, we separate', `(${q.rule}; outer cue predicted: ${predCueKeys.has(key(outer.cue))})`);
    }
    // gold separates, we separate: consecutive gold cues of one sentence both predicted exactly
    const exactCues = ga.filter((a) => a.cue.length && predCueKeys.has(key(a.cue))).sort((x, y) => x.cue[0]![0] - y.cue[0]![0]);
    for (let k = 1; k < exactCues.length; k++) {
      const [o, i] = [exactCues[k - 1]!, exactCues[k]!];
      const [oh, ih] = [head(o.cue), head(i.cue)];
      if (oh >= 0 && ih >= 0 && doc.tokens[oh]!.sent === doc.tokens[ih]!.sent) note(o.cue, i.cue, 'gold separates, we separate', `(${pq.find((q) => key(q.cue) === key(i.cue))?.rule})`);
    }
    // gold keeps, we keep: a known cue word inside a content we predict exactly
    for (const q of pq) {
      if (!q.cue.length || !goldContentKeys.has(key(q.content))) continue;
      const cueChars = charSet(q.cue);
      for (const r of q.content)
        for (const t of tokensIn(doc, r)) {
          const tok = doc.tokens[t]!;
          if (!/^(VERB|NOUN)$/.test(tok.pos) || cueChars.has(tok.start) || !knownCues.has(text.slice(tok.start, tok.end).toLowerCase())) continue;
          note(q.cue, [[tok.start, tok.end]], 'gold keeps, we keep', `(${q.rule})`);
        }
    }
  }
  const cells = [...new Set(out.map((d) => d.cell))].sort();
  console.log(`${split}: ${out.length} decisions (a second cue word after a cue)`);
  console.log(`cell\t${OUTCOMES.join('\t')}`);
  for (const c of cells) console.log(`${c}\t${OUTCOMES.map((o) => out.filter((d) => d.cell === c && d.outcome === o).length).join('\t')}`);
  // --sub CELL: the cell's decisions by the inner cue's shape, with the four outcomes each
  const subCell = arg('sub');
  if (subCell) {
    const only = arg('only');
    const xs = out.filter((d) => subCell.includes(d.cell) && (!only || d.sub === only));
    if (only) {
      for (const o of OUTCOMES) {
        const ys = xs.filter((d) => d.outcome === o);
        console.log(`\n${only} ${o}: ${ys.length}`);
        for (const y of ys.slice(0, Number(arg('ex') ?? 10))) console.log(`    ${y.line}`);
      }
      return;
    }
    const keys = [...new Set(xs.map((d) => d.sub))].map((k) => [k, xs.filter((d) => d.sub === k)] as const).sort((a, b) => b[1].length - a[1].length);
    for (const [k, ds] of keys.slice(0, Number(arg('n') ?? 40))) console.log(`${k}\t${OUTCOMES.map((o) => ds.filter((d) => d.outcome === o).length).join('\t')}`);
    return;
  }
  const nEx = Number(arg('ex') ?? 3);
  const show = arg('show');
  for (const c of cells) {
    if (show && show !== c) continue;
    for (const o of OUTCOMES) {
      const xs = out.filter((d) => d.cell === c && d.outcome === o);
      if (!xs.length) continue;
      const paths = new Map<string, number>();
      for (const x of xs) paths.set(x.path, (paths.get(x.path) ?? 0) + 1);
      console.log(`\n[${c}] ${o}: ${xs.length}  paths: ${[...paths].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v}`).join(', ')}`);
      for (const x of xs.slice(0, nEx)) console.log(`    ${x.line}`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
