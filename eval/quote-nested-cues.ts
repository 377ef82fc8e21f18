// `npx tsx eval/quote-nested-cues.ts [--split train] [--show RELATION] [--n 3]` — the gold cues that
// lie inside ANOTHER predicted content. PolNeAR never nests (no train gold cue lies in another
// attribution's content), so each one costs twice: the outer content is not exact and the inner
// attribution is read into it instead of being found. Grouped by the dependency path from the outer
// prediction's cue verb to the inner gold cue's head (up-labels from the outer cue to the common
// ancestor, then down-labels to the inner cue: '^relcl ^nsubj' for "the official, who said X, told",
// 'advcl' for "…, while saying …"), with counts and examples. Reads the predictions and the docs
// cached by `npx tsx eval/quotes.ts --split SPLIT --cache` (for the parse). For rule tuning only.
import { pathToFileURL } from 'node:url';
import type { Doc } from '../src/core/doc.js';
import { loadSplit, type GoldDoc, type PredDoc } from './quotes.js';
import { arg, charSet, predictedSpans, readPredictions, shownText, trimmed, type Range } from './quote-pairing.js';
import { cachedDocs } from './quote-cache.js';

/** the newest quotes-stage doc cache of the split (eval/quotes.ts --cache) */
/** each gold document of the split with its prediction and cached parsed document (a document missing either is skipped) */
export function* pairedDocs(split: string): Generator<{ g: GoldDoc; p: PredDoc; doc: Doc }> {
  const preds = readPredictions(split);
  const docs = cachedDocs(split);
  for (const g of loadSplit(split).golds) {
    const p = preds.get(g.id);
    const doc = docs.get(g.id);
    if (p && doc) yield { g, p, doc };
  }
}

/** token indices of a doc overlapping a character range */
export function tokensIn(doc: Doc, [s, e]: Range): number[] {
  const out: number[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    if (t.end > s && t.start < e) out.push(i);
    if (t.start >= e) break;
  }
  return out;
}

/** the head of a span: its token whose syntactic head lies outside the span (the last such) */
export function spanHead(doc: Doc, toks: readonly number[]): number {
  const inSpan = new Set(toks);
  let h = -1;
  for (const i of toks) if (!inSpan.has(doc.tokens[i]!.head) && /^(VERB|AUX|NOUN|ADJ|ADP|PROPN)$/.test(doc.tokens[i]!.pos)) h = i;
  return h >= 0 ? h : (toks[toks.length - 1] ?? -1);
}

export function chain(doc: Doc, i: number): number[] {
  const out = [i];
  for (let n = 0; n < 200; n++) {
    const h = doc.tokens[out[out.length - 1]!]!.head;
    if (h < 0 || doc.tokens[h]!.sent !== doc.tokens[i]!.sent) break;
    out.push(h);
  }
  return out;
}

/** the dependency path outer → inner: '^' + each relation climbed, then each relation descended */
export function pathBetween(doc: Doc, outer: number, inner: number): string {
  if (outer < 0 || inner < 0) return 'no-token';
  if (doc.tokens[outer]!.sent !== doc.tokens[inner]!.sent) return 'other-sentence';
  const up = chain(doc, outer);
  const down = chain(doc, inner);
  const lca = up.find((x) => down.includes(x));
  if (lca === undefined) return 'no-path';
  const rel = (i: number) => doc.tokens[i]!.dep.split(':')[0]!;
  const ups = up.slice(0, up.indexOf(lca)).map((i) => '^' + rel(i));
  const downs = down.slice(0, down.indexOf(lca)).reverse().map(rel);
  const all = [...ups, ...downs];
  return all.length > 3 ? [...all.slice(0, 3), '…'].join(' ') : all.join(' ') || 'same';
}

interface Nested {
  readonly path: string;
  readonly rule: string;
  /** the outer prediction's gold: 'gold-ends-before' the inner cue, 'outer-not-gold', … */
  readonly outerGold: string;
  readonly gap: string;
  readonly known: boolean;
  readonly found: boolean;
  readonly line: string;
}

/** The last word of every cue the rules predicted anywhere in a split: the cue words they know. */
export function knownCueWords(preds: Iterable<Parameters<typeof predictedSpans>[0]>): Set<string> {
  const known = new Set<string>();
  for (const p of preds) for (const q of predictedSpans(p)) for (const [s, e] of q.cue) known.add(p.text.slice(s, e).toLowerCase().split(/\s+/).pop() ?? '');
  return known;
}

function main(): void {
  const split = arg('split') ?? 'train';
  const preds = readPredictions(split);
  const docs = cachedDocs(split);
  const { golds } = loadSplit(split);
  const out: Nested[] = [];
  const knownCues = knownCueWords(preds.values());
  let goldCues = 0;
  for (const g of golds) {
    const p = preds.get(g.id);
    const doc = docs.get(g.id);
    if (!p || !doc) continue;
    const pq = predictedSpans(p);
    const key = (rs: readonly Range[]) => rs.map((r) => r.join(':')).join(',');
    const predCues = new Set(pq.map((q) => key(q.cue)));
    for (const a of g.attributions) {
      const gcue = trimmed(p.text, a.cue);
      if (!gcue.length) continue;
      goldCues++;
      const cueChars = charSet(gcue);
      const outer = pq.find((q) => {
        const pc = charSet(q.content);
        return [...cueChars].every((c) => pc.has(c));
      });
      if (!outer) continue;
      // what gold says of the outer attribution: its cue marked (then where its content ends) or not
      const oc = charSet(outer.cue);
      const og = g.attributions.find((b) => b !== a && trimmed(p.text, b.cue).some(([s, e]) => [...oc].some((c) => c >= s && c < e)));
      const ogEnd = og ? Math.max(...trimmed(p.text, og.content).map((r) => r[1])) : -1;
      const outerGold = !outer.cue.length ? 'no-cue' : !og ? 'outer-not-gold' : ogEnd <= gcue[0]![0] ? 'gold-ends-before' : 'gold-runs-past';
      // the words between where gold ends the outer content and the inner cue (the boundary the rules would need)
      const gap = og && ogEnd <= gcue[0]![0] ? p.text.slice(ogEnd, gcue[0]![0]).replace(/\s+/g, ' ').trim().toLowerCase().split(' ').slice(0, 2).join(' ') : '';
      const known = knownCues.has(p.text.slice(gcue[0]![0], gcue[0]![1]).toLowerCase().split(/\s+/).pop() ?? '');
      const oh = spanHead(doc, outer.cue.flatMap((r) => tokensIn(doc, r)));
      const ih = spanHead(doc, gcue.flatMap((r) => tokensIn(doc, r)));
      const ctx = (outer.content[0] ?? gcue[0]!) as Range;
      const from = Math.min(ctx[0], outer.cue[0]?.[0] ?? ctx[0], gcue[0]![0]) - 20;
      const to = Math.max(ctx[1], gcue[0]![1]) + 10;
      out.push({
        path: outer.cue.length ? pathBetween(doc, oh, ih) : 'outer-without-cue',
        rule: outer.rule,
        outerGold,
        gap,
        known,
        found: predCues.has(key(gcue)),
        line:
          `outer C[${shownText(p.text, outer.cue)}] ${outer.rule} | inner gold C[${shownText(p.text, gcue)}] S[${shownText(p.text, trimmed(p.text, a.source))}]\n` +
          `      …${p.text.slice(Math.max(0, from), to).replace(/\n/g, ' / ')}…`,
      });
    }
  }
  const n = Number(arg('n') ?? 3);
  const show = arg('show');
  console.log(`${split}: ${goldCues} gold cues, ${out.length} inside another predicted content (${out.filter((x) => x.found).length} of them also predicted exactly as a cue)`);
  const tally = (f: (x: Nested) => string) => {
    const m = new Map<string, number>();
    for (const x of out) m.set(f(x), (m.get(f(x)) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
  };
  console.log(`outer in gold: ${tally((x) => x.outerGold)}`);
  console.log(`inner cue word known (predicted as a cue somewhere): ${tally((x) => String(x.known))}`);
  console.log(`gold-ends-before, first words between the gold outer end and the inner cue: ${tally((x) => x.outerGold === 'gold-ends-before' ? x.gap : '-')}`.slice(0, 1500));
  console.log(`first relation: ${tally((x) => x.path.split(' ')[0]!)}`);
  console.log(`outer rule: ${tally((x) => x.rule)}`);
  const byPath = new Map<string, Nested[]>();
  for (const x of out) byPath.set(x.path, [...(byPath.get(x.path) ?? []), x]);
  for (const [path, xs] of [...byPath].sort((a, b) => b[1].length - a[1].length)) {
    if (xs.length < 3 && !show) continue;
    const rules = new Map<string, number>();
    for (const x of xs) rules.set(x.rule, (rules.get(x.rule) ?? 0) + 1);
    const og = new Map<string, number>();
    for (const x of xs) og.set(x.outerGold, (og.get(x.outerGold) ?? 0) + 1);
    console.log(`\n${xs.length}\t${path}\t(outer rules: ${[...rules].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${v}`).join(', ')}; outer in gold: ${[...og].map(([k, v]) => `${k} ${v}`).join(', ')})`);
    if (!show || show === path) for (const x of xs.slice(0, show ? Number(arg('n') ?? 30) : n)) console.log(`   ${x.line}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
