// `npx tsx eval/quote-inner-reports.ts [--split train] [--by KEY[,KEY]] [--min 5] [--show CELL] [--ex 5]` —
// issue 14's keep-or-split decision on OUR side: every pair of our reports in one sentence where the
// inner one lies after the outer one's forward content (we cut "X said Y believes that …" into two
// attributions), with what gold did:
//   keep   a gold attribution on the outer cue whose content holds the inner cue (PolNeAR's one attribution)
//   split  a gold attribution on the inner cue (gold has two, as we do)
//   neither
// and what merging would score (the outer content run on to the inner report's end, the inner attribution
// dropped): the change in content exact / cue exact / source exact true positives over the pairs of a cell
// (predictions fall by one per pair). Cells by features a rule can read (--by, comma-separated):
//   ilemma / olemma   the inner / outer cue's head lemma
//   icons             the inner cue's construction (constructions.ts: that-clause, bare clause, …; 'quotation'
//                     when the inner content is a quotation, 'before' when it precedes its cue)
//   isubj             the inner source: 'pron=outer' (a pronoun resolved to the outer speaker's entity),
//                     'same' (the same words), 'pron', 'name', 'np', 'none'
//   path              the parse path outer cue → inner cue (ccomp, conj, advcl, … or 'not-below')
//   gap               tokens between the outer content's end and the inner report's first word (0, 1, 2-3, 4+)
//   link              the first word after the outer content's end (that / and / , / …)
//   icls / ocls       the inner / outer cue word's class in the cue lexicon (speech, attitude, …; other: none)
//   agree             the inner cue's verb form agrees with its parse head's ('head'), the outer cue's ('outer'), both, neither
//   otense / itense   the outer / inner cue's tag with its modal (VBD, VBZ, MD, …)
//   orule / irule     the rules that made them
// Reads the predictions and doc cache of `npx tsx eval/quotes.ts --split SPLIT --cache`. For rule tuning on
// TRAIN only; dev to confirm.
import { pathToFileURL } from 'node:url';
import type { Doc } from '../src/core/doc.js';
import { childrenOf, constructionOf } from '../src/stages/quotes/constructions.js';
import { defaultResources } from '../src/stages/resources.js';
import { loadSplit, type PredDoc } from './quotes.js';
import { arg, charSet, readPredictions, shownText, spansOf, trimmed, type Range } from './quote-pairing.js';
import { chain, spanHead, tokensIn } from './quote-nested-cues.js';
import { cachedDocs } from './quote-cache.js';

type Outcome = 'keep' | 'split' | 'neither';

interface Pair {
  readonly f: Record<string, string>;
  readonly outcome: Outcome;
  /** content / cue / source exact tp change if merged */
  readonly dContent: number;
  readonly dCue: number;
  readonly dSource: number;
  /** content overlap80 tp change if merged (the outer's and inner's own matches against any gold) */
  readonly dOv80: number;
  readonly line: string;
}

const PRON = /^(he|she|they|it|i|we|you|him|her|them|us|me)$/i;
const key = (rs: readonly Range[]) => rs.map((r) => r.join(':')).join(',');

function overlap80(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  let inter = 0;
  for (const c of a) if (b.has(c)) inter++;
  return inter >= 0.8 * a.size && inter >= 0.8 * b.size && a.size > 0;
}

function bucket(n: number): string {
  return n <= 0 ? '0' : n === 1 ? '1' : n <= 3 ? '2-3' : '4+';
}

/** the cue head's tag with a modal or auxiliary before it in its group */
function tense(doc: Doc, kids: readonly number[][], h: number): string {
  const aux = kids[h]!.filter((k) => k < h && /^aux/.test(doc.tokens[k]!.dep));
  const md = aux.find((k) => doc.tokens[k]!.xpos === 'MD');
  if (md !== undefined) return 'MD:' + doc.tokens[md]!.form.toLowerCase();
  const fin = aux.find((k) => /^(VBD|VBZ|VBP)$/.test(doc.tokens[k]!.xpos));
  return fin !== undefined ? doc.tokens[fin]!.xpos + '+' + doc.tokens[h]!.xpos : doc.tokens[h]!.xpos;
}

/** which verb the inner cue's form agrees with: its parse head (the verb it is coordinated with) or the outer cue */
function agreement(doc: Doc, kids: readonly number[][], oh: number, ih: number): string {
  const h = doc.tokens[ih]!.head;
  if (h < 0 || h === oh) return 'head=outer';
  const form = (i: number) => { const t = tense(doc, kids, i); return t.startsWith('MD') ? 'MD' : t.split('+')[0]!; };
  const [i, o, c] = [form(ih), form(oh), form(h)];
  return i === o && i === c ? 'both' : i === o ? 'outer' : i === c || (c === 'MD' && i === 'VB') ? 'head' : 'neither';
}

function relPath(doc: Doc, oh: number, ih: number): string {
  if (oh < 0 || ih < 0 || doc.tokens[oh]!.sent !== doc.tokens[ih]!.sent) return 'other';
  const down = chain(doc, ih);
  const at = down.indexOf(oh);
  if (at < 0) return 'not-below';
  const rels = down.slice(0, at).reverse().map((i) => doc.tokens[i]!.dep.split(':')[0]!);
  return rels.length > 2 ? [...rels.slice(0, 2), '…'].join(' ') : rels.join(' ');
}

interface Q {
  content: Range[];
  cue: Range[];
  source: Range[];
  entity: string | null;
  rule: string;
}

function main(): void {
  const split = arg('split') ?? 'train';
  const preds = readPredictions(split);
  const docs = cachedDocs(split);
  const { golds } = loadSplit(split);
  const pairs: Pair[] = [];
  const cues = defaultResources().lexicons.quotes.cues;
  for (const g of golds) {
    const p: PredDoc | undefined = preds.get(g.id);
    const doc = docs.get(g.id);
    if (!p || !doc) continue;
    const text = p.text;
    const kids = childrenOf(doc);
    const pq: Q[] = (p.quotes ?? []).map((q) => ({
      content: trimmed(text, spansOf(q.content)).sort((x, y) => x[0] - y[0]),
      cue: trimmed(text, spansOf(q.cue)),
      source: trimmed(text, spansOf(q.speaker?.mention)),
      entity: q.speaker?.entity ?? null,
      rule: (q as { rule?: string }).rule ?? '?',
    }));
    const ga = g.attributions.map((a) => ({ cue: trimmed(text, a.cue).sort((x, y) => x[0] - y[0]), content: trimmed(text, a.content).sort((x, y) => x[0] - y[0]), source: trimmed(text, a.source) }));
    const goldContent = new Set(ga.map((a) => key(a.content)));
    const goldCue = new Set(ga.map((a) => key(a.cue)));
    const goldSource = new Set(ga.map((a) => key(a.source)));
    const goldContentSets = ga.map((a) => charSet(a.content));
    const head = (rs: readonly Range[]) => spanHead(doc, rs.flatMap((r) => tokensIn(doc, r)));
    const touches = (x: readonly Range[], y: readonly Range[]) => x.some(([s, e]) => y.some(([s2, e2]) => s < e2 && s2 < e));
    // (the inner source may lie inside the outer content: the shared subject of 'he is proud … and expects to …')
    const first = (q: Q) => Math.min(...[...q.content, ...q.cue].map((r) => r[0]));
    const last = (q: Q) => Math.max(...[...q.content, ...q.cue].map((r) => r[1]));
    for (const o of pq) {
      if (!o.cue.length || !o.content.length || o.content[0]![0] < o.cue[0]![0]) continue;
      const oh = head(o.cue);
      if (oh < 0) continue;
      const oEnd = o.content.at(-1)![1];
      // the nearest report that starts after the outer content ends, in the same sentence
      let inner: Q | null = null;
      for (const q of pq) {
        if (q === o || !q.cue.length || !q.content.length) continue;
        const f = first(q);
        if (f < oEnd) continue;
        const ih = head(q.cue);
        if (ih < 0 || doc.tokens[ih]!.sent !== doc.tokens[oh]!.sent) continue;
        if (!inner || f < first(inner)) inner = q;
      }
      if (!inner) continue;
      const ih = head(inner.cue);
      const path = relPath(doc, oh, ih);
      // only reports inside the outer cue's clause, or right after the outer content (a cut)
      const gapToks = tokensIn(doc, [oEnd, first(inner)]).filter((t) => doc.tokens[t]!.start >= oEnd).length;
      if (path === 'not-below' && gapToks > 3) continue;
      const go = ga.find((a) => touches(a.cue, o.cue));
      const gi = ga.find((a) => touches(a.cue, inner!.cue));
      const innerCueChars = [...charSet(inner.cue)];
      const outcome: Outcome = go && innerCueChars.every((c) => charSet(go.content).has(c)) ? 'keep' : gi ? 'split' : 'neither';
      // merge: the outer content from its start to the inner report's last word
      const mergedEnd = Math.max(oEnd, last(inner));
      const merged: Range[] = [...o.content.slice(0, -1), [o.content.at(-1)![0], mergedEnd]];
      const mergedT = trimmed(text, merged);
      const was = (q: Q) => (goldContent.has(key(q.content)) ? 1 : 0);
      const dContent = (goldContent.has(key(mergedT)) ? 1 : 0) - was(o) - was(inner);
      const dCue = goldCue.has(key(inner.cue)) ? -1 : 0;
      const dSource = inner.source.length && goldSource.has(key(inner.source)) ? -1 : 0;
      const ov = (rs: readonly Range[]) => (goldContentSets.some((gs) => overlap80(charSet(rs), gs)) ? 1 : 0);
      const dOv80 = ov(mergedT) - ov(o.content) - ov(inner.content);
      const it = doc.tokens[ih]!;
      const cons = inner.content[0]![0] < inner.cue[0]![0] ? 'before' : /^["“‘']/.test(text.slice(inner.content[0]![0] - 1, inner.content[0]![0] + 1).trim()) ? 'quotation' : (constructionOf(doc, kids, ih) ?? 'none').replace('verb + ', '');
      const src = inner.source.length ? text.slice(inner.source[0]![0], inner.source.at(-1)![1]) : '';
      const isubj = !src ? 'none' : src === (o.source.length ? text.slice(o.source[0]![0], o.source.at(-1)![1]) : '') ? 'same' : PRON.test(src) ? (inner.entity && inner.entity === o.entity ? 'pron=outer' : 'pron') : /^[A-Z]/.test(src) && !/^(The|A|An)\b/.test(src) ? 'name' : 'np';
      const linkTok = tokensIn(doc, [oEnd, oEnd + 40]).find((t) => doc.tokens[t]!.start >= oEnd);
      const f: Record<string, string> = {
        ilemma: it.lemma.toLowerCase(),
        olemma: doc.tokens[oh]!.lemma.toLowerCase(),
        icls: cues.get(it.form.toLowerCase())?.cls ?? 'other',
        ocls: cues.get(doc.tokens[oh]!.form.toLowerCase())?.cls ?? 'other',
        icons: cons,
        isubj,
        path,
        gap: bucket(gapToks),
        link: linkTok !== undefined ? doc.tokens[linkTok]!.form.toLowerCase() : '-',
        agree: agreement(doc, kids, oh, ih),
        otense: tense(doc, kids, oh),
        itense: tense(doc, kids, ih),
        orule: o.rule,
        irule: inner.rule,
      };
      const from = Math.min(o.cue[0]![0], o.source[0]?.[0] ?? o.cue[0]![0]);
      pairs.push({
        f,
        outcome,
        dContent,
        dCue,
        dSource,
        dOv80,
        line: `${outcome} Δc${dContent} Δcue${dCue} Δs${dSource} O[${shownText(text, o.cue)}|${o.rule}] I[${shownText(text, inner.cue)}|${inner.rule}|${isubj}|${cons}] gold-outer-end ${go ? go.content.at(-1)![1] - oEnd : '-'}\n        …${text.slice(from, Math.min(mergedEnd, from + 400)).replace(/\n/g, ' / ')}…`,
      });
    }
  }
  const by = (arg('by') ?? 'path').split(',');
  const min = Number(arg('min') ?? 5);
  const cellOf = (x: Pair) => by.map((k) => x.f[k] ?? '?').join(' | ');
  const cells = new Map<string, Pair[]>();
  for (const x of pairs) cells.set(cellOf(x), [...(cells.get(cellOf(x)) ?? []), x]);
  const tot = (xs: readonly Pair[], k: 'dContent' | 'dCue' | 'dSource' | 'dOv80') => xs.reduce((s, x) => s + x[k], 0);
  const n = (xs: readonly Pair[], o: Outcome) => xs.filter((x) => x.outcome === o).length;
  console.log(`${split}: ${pairs.length} pairs of our reports (inner after the outer's forward content, below its cue or ≤ 3 tokens after)`);
  console.log(`all: keep ${n(pairs, 'keep')} split ${n(pairs, 'split')} neither ${n(pairs, 'neither')}; if all merged Δcontent ${tot(pairs, 'dContent')} Δov80 ${tot(pairs, 'dOv80')} Δcue ${tot(pairs, 'dCue')} Δsource ${tot(pairs, 'dSource')} (pred −${pairs.length})\n`);
  console.log(`| ${by.join(' | ')} | n | keep | split | neither | Δcontent | Δov80 | Δcue | Δsource |\n|${by.map(() => '---').join('|')}|---:|---:|---:|---:|---:|---:|---:|---:|`);
  for (const [c, xs] of [...cells].sort((a, b) => b[1].length - a[1].length)) {
    if (xs.length < min) continue;
    console.log(`| ${c} | ${xs.length} | ${n(xs, 'keep')} | ${n(xs, 'split')} | ${n(xs, 'neither')} | ${tot(xs, 'dContent')} | ${tot(xs, 'dOv80')} | ${tot(xs, 'dCue')} | ${tot(xs, 'dSource')} |`);
  }
  const show = arg('show');
  if (show) for (const x of pairs.filter((x) => cellOf(x) === show).slice(0, Number(arg('ex') ?? 8))) console.log(`  ${x.line}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
