// `npm run eval:quotes` — PolNeAR attribution accuracy of the default pipeline. Runs src/index.ts
// `analyze` on every article of a split, writes the predictions as JSONL (the contract objects, cut
// to what the scorer reads) and scores them exactly as ../shared/tools/score.py `quotes` does (same
// trimming, same exact-set and greedy-overlap counting), so both print the same figures for one file.
//
//   npm run eval:quotes                     dev split (dev.input.jsonl / dev.gold.jsonl)
//   npm run eval:quotes -- --split train    train split from brat .ann (code points → UTF-16)
//   dev also reports the Wikinews dev set's attributions (--no-wikinews skips it)
//   options: --parser FILE (another parser model, eval/events-parser.ts)  --limit N  --pred FILE (default /tmp/newsgraph-<checkout>/newsgraph-quotes-<split>.jsonl)  --errors (print misses)
//            --breakdown  content exact misses by kind (start / end / both / segments / missed /
//                     spurious), per rule, and the commonest words between predicted and gold edges
//            --cache  keep the docs as they reach the quotes stage in /tmp (keyed by split, range and
//                     the model files' mtimes) so rule tuning reruns only the quotes stage; a stale
//                     cache after an upstream code change is the user's to delete
import { readFileSync, readdirSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toContract, createDoc, defaultPipeline } from '../src/index.js';
import { createPipeline, type Pipeline } from '../src/pipeline/pipeline.js';
import { segmentStage } from '../src/stages/segment/index.js';
import { entitiesStage } from '../src/stages/entities/index.js';
import { quotesStage } from '../src/stages/quotes/index.js';
import { isNewsgraphError } from '../src/core/errors.js';
import { pipelineWithParser } from './events-parser.js';
import { hasShared, sharedPath } from '../src/core/paths.js';
import { loadTimeArticles } from './wikinews-dev/time-articles.js';
import { evalTmp } from './tmp-path.js';

type Range = readonly [number, number];
export interface GoldAttribution {
  readonly source: readonly Range[];
  readonly cue: readonly Range[];
  readonly content: readonly Range[];
}
export interface GoldDoc {
  readonly id: string;
  readonly attributions: readonly GoldAttribution[];
}
interface InputDoc {
  readonly id: string;
  readonly text: string;
  readonly published?: string | null;
  readonly title?: string | null;
}
interface PredSpan {
  readonly start: number;
  readonly end: number;
}
export interface PredDoc {
  readonly id: string;
  readonly text: string;
  readonly entities?: readonly { id: string; mentions?: readonly PredSpan[] }[];
  readonly quotes?: readonly {
    content?: readonly PredSpan[] | PredSpan | null;
    cue?: PredSpan | readonly PredSpan[] | null;
    speaker?: { entity?: string | null; mention?: PredSpan | readonly PredSpan[] | null } | null;
  }[];
}

// ------------------------------------------------------------------ score.py, ported
const TRIM = new Set(' \t\r\n"\'“”‘’«»,.;:—–-()');

export function trimRange(text: string, s: number, e: number): Range {
  let a = s;
  let b = Math.min(e, text.length);
  while (a < b && TRIM.has(text[a]!)) a++;
  while (b > a && TRIM.has(text[b - 1]!)) b--;
  return a < b ? [a, b] : [s, s];
}

function spansOf(x: unknown): PredSpan[] {
  if (x == null) return [];
  if (!Array.isArray(x)) return typeof x === 'object' && 'start' in (x as object) ? [x as PredSpan] : [];
  return (x as unknown[]).filter((s): s is PredSpan => !!s && typeof s === 'object' && 'start' in (s as object));
}

function chars(ranges: readonly Range[]): Set<number> {
  const out = new Set<number>();
  for (const [s, e] of ranges) for (let i = s; i < e; i++) out.add(i);
  return out;
}

export function kindOf(text: string, ranges: readonly Range[]): 'direct' | 'mixed' | 'indirect' {
  const seg = ranges.map(([s, e]) => text.slice(s, e)).join(' ').trim();
  const marks = seg.match(/["“”]/g);
  if (!marks) return 'indirect';
  const core = seg.replace(/^[ ,.;:]+|[ ,.;:]+$/g, '');
  if ('"“'.includes(core[0] ?? 'x') && '"”'.includes(core[core.length - 1] ?? 'x') && marks.length === 2) return 'direct';
  return 'mixed';
}

interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
  pred: number;
  gold: number;
}
const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
function prf(tp: number, np: number, ng: number): Prf {
  const p = np ? tp / np : 0;
  const r = ng ? tp / ng : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { p: r4(p), r: r4(r), f1: r4(f), tp, pred: np, gold: ng };
}

const key = (rs: readonly Range[]) => [...rs].map((r) => `${r[0]},${r[1]}`).sort().join(';');

export function scoreQuotes(preds: readonly PredDoc[], golds: readonly GoldDoc[]): { res: Record<string, unknown>; summary: string } {
  const byId = new Map(preds.map((p) => [p.id, p]));
  const counts = new Map<string, { tp: number; pred: number; gold: number }>();
  const add = (k: string, tp: number, pred: number, gold: number) => {
    const c = counts.get(k) ?? { tp: 0, pred: 0, gold: 0 };
    c.tp += tp;
    c.pred += pred;
    c.gold += gold;
    counts.set(k, c);
  };
  let speakerOk = 0;
  let speakerN = 0;
  for (const g of golds) {
    const p = byId.get(g.id) ?? { id: g.id, text: '', quotes: [], entities: [] };
    const text = p.text ?? '';
    const ents = new Map((p.entities ?? []).map((e) => [e.id, e]));
    const gq = g.attributions.map((a) => ({
      content: a.content.map(([s, e]) => trimRange(text, s, e)).filter((x) => x[1] > x[0]),
      source: a.source.map(([s, e]) => trimRange(text, s, e)),
      cue: a.cue.map(([s, e]) => trimRange(text, s, e)),
      kind: kindOf(text, a.content),
    }));
    const pq = (p.quotes ?? []).map((q) => {
      const sp = q.speaker ?? {};
      const ent = sp.entity != null ? ents.get(sp.entity) : undefined;
      return {
        content: spansOf(q.content).map((s) => trimRange(text, s.start, s.end)).filter((x) => x[1] > x[0]),
        source: spansOf(sp.mention).map((m) => trimRange(text, m.start, m.end)),
        entityMentions: (ent?.mentions ?? []).map((m) => [m.start, m.end] as Range),
        cue: spansOf(q.cue).map((s) => trimRange(text, s.start, s.end)),
      };
    });
    for (const role of ['content', 'source', 'cue'] as const) {
      const gs = new Map<string, number>();
      const ps = new Map<string, number>();
      for (const x of gq) if (x[role].length) gs.set(key(x[role]), (gs.get(key(x[role])) ?? 0) + 1);
      for (const x of pq) if (x[role].length) ps.set(key(x[role]), (ps.get(key(x[role])) ?? 0) + 1);
      let tp = 0;
      let np = 0;
      let ng = 0;
      for (const [k, n] of gs) {
        ng += n;
        tp += Math.min(n, ps.get(k) ?? 0);
      }
      for (const n of ps.values()) np += n;
      add(`${role}_exact`, tp, np, ng);
    }
    const pchars = pq.map((y) => chars(y.content));
    for (const thr of [0.3, 0.8]) {
      const used = new Set<number>();
      let tp = 0;
      const kindTp = { direct: 0, mixed: 0, indirect: 0 };
      for (const x of gq) {
        const gc = chars(x.content);
        let best = 0;
        let bj = -1;
        for (let j = 0; j < pq.length; j++) {
          if (used.has(j)) continue;
          let inter = 0;
          for (const c of gc) if (pchars[j]!.has(c)) inter++;
          const ov = inter / Math.max(1, gc.size);
          if (ov > best) {
            best = ov;
            bj = j;
          }
        }
        if (bj >= 0 && best >= thr) {
          used.add(bj);
          tp++;
          kindTp[x.kind]++;
          if (thr === 0.3) {
            const gsrc = chars(x.source);
            if (gsrc.size) {
              speakerN++;
              const y = pq[bj]!;
              const cand = chars([...y.source, ...y.entityMentions]);
              if ([...gsrc].some((c) => cand.has(c))) speakerOk++;
            }
          }
        }
      }
      const k = `content_overlap${Math.round(thr * 100)}`;
      add(k, tp, pq.length, gq.length);
      for (const kind of ['direct', 'mixed', 'indirect'] as const) {
        add(`${k}_${kind}`, kindTp[kind], 0, gq.filter((x) => x.kind === kind).length);
      }
    }
  }
  const res: Record<string, unknown> = {};
  for (const [k, c] of counts) {
    if (/_(direct|mixed|indirect)$/.test(k)) res[k] = { recall: c.gold ? r4(c.tp / c.gold) : 0, gold: c.gold };
    else res[k] = prf(c.tp, c.pred, c.gold);
  }
  res.speaker_accuracy = speakerN ? r4(speakerOk / speakerN) : 0;
  const f = (k: string) => ((res[k] as Prf).f1 ?? 0).toFixed(3);
  const summary =
    `content exact F1 ${f('content_exact')}, overlap80 F1 ${f('content_overlap80')}, ` +
    `direct recall80 ${((res.content_overlap80_direct as { recall: number }).recall ?? 0).toFixed(3)}, source exact F1 ${f('source_exact')}, ` +
    `cue exact F1 ${f('cue_exact')}, speaker acc ${(res.speaker_accuracy as number).toFixed(3)}`;
  return { res, summary };
}

// ------------------------------------------------------------------ data
/** brat offsets count code points; JS strings count UTF-16 units. */
export function codePointToUtf16(text: string): (cp: number) => number {
  const map: number[] = [0];
  let u = 0;
  for (const ch of text) {
    u += ch.length;
    map.push(u);
  }
  return (cp) => map[Math.min(cp, map.length - 1)]!;
}

/** Parses one brat .ann file of PolNeAR (Source/Cue/Content text-bound annotations, E-lines linking them). */
export function parseAnn(ann: string, text: string): GoldAttribution[] {
  const conv = codePointToUtf16(text);
  const tb = new Map<string, { type: string; spans: Range[] }>();
  const events: string[][] = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t(\S+) ([\d; ]+)\t/.exec(line);
    if (t) {
      const spans = t[3]!.split(';').map((r) => r.trim().split(/\s+/).map(Number) as [number, number]);
      tb.set(t[1]!, { type: t[2]!, spans: spans.map(([s, e]) => [conv(s), conv(e)] as Range) });
      continue;
    }
    const e = /^E\d+\t(.*)$/.exec(line);
    if (e) events.push(e[1]!.trim().split(/\s+/));
  }
  return events.map((args) => {
    const a = { source: [] as Range[], cue: [] as Range[], content: [] as Range[] };
    for (const kv of args.slice(1)) {
      const [role, id] = kv.split(':');
      const ref = tb.get(id ?? '');
      if (!ref) continue;
      const r = role?.replace(/\d+$/, '').toLowerCase();
      if (r === 'source' || r === 'cue' || r === 'content') a[r].push(...ref.spans);
    }
    return a;
  });
}

export function loadSplit(split: string): { inputs: InputDoc[]; golds: GoldDoc[] } {
  const dir = sharedPath('eval', 'polnear');
  const ready = join(dir, `${split}.input.jsonl`);
  if (existsSync(ready)) {
    const jl = (f: string) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    return { inputs: jl(ready), golds: jl(join(dir, `${split}.gold.jsonl`)) };
  }
  const meta = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'metadata.tsv'), 'utf8').split('\n').slice(1)) {
    const c = line.split('\t');
    if (c[1]) meta.set(c[1], c[5] ?? '');
  }
  const inputs: InputDoc[] = [];
  const golds: GoldDoc[] = [];
  const seen = new Set<string>();
  // one annotator per article: the first .ann file in name order
  for (const f of readdirSync(join(dir, split, 'attributions')).sort()) {
    const id = f.replace(/_[0-9a-f]+\.ann$/, '');
    if (seen.has(id)) continue;
    seen.add(id);
    const text = readFileSync(join(dir, split, 'text', `${id}.txt`), 'utf8');
    const pub = meta.get(id);
    inputs.push({ id, text, published: pub && /^\d{4}-\d\d-\d\d$/.test(pub) ? pub : null });
    golds.push({ id, attributions: parseAnn(readFileSync(join(dir, split, 'attributions', f), 'utf8'), text) });
  }
  return { inputs, golds };
}

// ------------------------------------------------------------------ main
let parserPipeline: Pipeline | null = null;
/** the default pipeline, or with --parser FILE the same with another parser model (eval/events-parser.ts) */
function withParser(): Pipeline {
  const file = arg('parser');
  if (!file) return defaultPipeline();
  return (parserPipeline ??= pipelineWithParser(file));
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  if (!hasShared()) {
    console.log('eval:quotes skipped: ../shared is not present');
    return;
  }
  const split = arg('split') ?? 'dev';
  const limit = Number(arg('limit') ?? Infinity);
  const from = Number(arg('from') ?? 0);
  const predFile = arg('pred') ?? evalTmp(`newsgraph-quotes-${split}.jsonl`);
  const { inputs: allIn, golds: allGold } = loadSplit(split);
  const inputs = allIn.slice(from, from + limit);
  const ids = new Set(inputs.map((d) => d.id));
  const golds = allGold.filter((g) => ids.has(g.id));
  const preds: PredDoc[] = [];
  let chars = 0;
  // The real default pipeline (src/index.ts defaultPipeline, as analyze runs it), stage by stage so
  // the quotes stage's own time is measured; while a model it needs is not built yet (E021) the
  // quotes stage is measured on segment → entities → quotes and the output says so.
  let pipeline: Pipeline = process.argv.includes('--no-syntax') ? createPipeline([segmentStage, entitiesStage, quotesStage]) : withParser();
  let fallback = pipeline !== withParser();
  let quoteMs = 0;
  const run = (d: InputDoc): ReturnType<typeof toContract> => {
    let doc = createDoc(d.text, { id: d.id, published: d.published ?? null, title: d.title ?? null });
    const ctx = { published: doc.meta.published, options: {} };
    try {
      for (const stage of pipeline.stages) {
        const t = performance.now();
        doc = stage.run(doc, ctx);
        if (stage.name === 'quotes') quoteMs += performance.now() - t;
      }
    } catch (e) {
      if (fallback || !isNewsgraphError(e) || e.code !== 'E021') throw e;
      console.log(`default pipeline unavailable (${e.message}); measuring segment → entities → quotes instead`);
      pipeline = createPipeline([segmentStage, entitiesStage, quotesStage]);
      fallback = true;
      return run(d);
    }
    return toContract(doc);
  };
  const t0 = performance.now();
  const cacheFile = process.argv.includes('--cache') ? cachePath(split, from, inputs.length) : null;
  if (cacheFile) {
    // upstream stages once, then only quotes (events and dating do not touch quotes' scored fields)
    const qi = pipeline.stages.findIndex((s) => s.name === 'quotes');
    let upstream: ReturnType<typeof createDoc>[];
    if (existsSync(cacheFile)) upstream = deserialize(readFileSync(cacheFile)) as typeof upstream;
    else {
      upstream = inputs.map((d) => {
        let doc = createDoc(d.text, { id: d.id, published: d.published ?? null, title: d.title ?? null });
        for (const stage of pipeline.stages.slice(0, qi)) doc = stage.run(doc, { published: doc.meta.published, options: {} });
        return doc;
      });
      writeFileSync(cacheFile, serialize(upstream));
    }
    for (const [k, d0] of upstream.entries()) {
      const t = performance.now();
      const doc = quotesStage.run(d0, { published: d0.meta.published, options: {} });
      quoteMs += performance.now() - t;
      const out = toContract(doc);
      chars += inputs[k]!.text.length;
      preds.push({ id: out.id, text: out.text, entities: out.entities, quotes: out.quotes });
    }
  }
  for (const d of cacheFile ? [] : inputs) {
    const out = run(d);
    chars += d.text.length;
    preds.push({ id: out.id, text: out.text, entities: out.entities, quotes: out.quotes });
  }
  const total = performance.now() - t0;
  writeFileSync(predFile, preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const { res, summary } = scoreQuotes(preds, golds);
  console.log(JSON.stringify(res, null, 1));
  const nq = preds.reduce((n, p) => n + (p.quotes?.length ?? 0), 0);
  console.log(
    `${inputs.length} articles, ${(chars / 1e6).toFixed(2)} M chars, ${nq} quotes; ${fallback ? 'fallback pipeline (segment → entities → quotes)' : 'default pipeline'} ${(total / 1000).toFixed(1)} s; ` +
      `quotes stage ${(quoteMs / 1000).toFixed(2)} s = ${(inputs.length / (quoteMs / 1000)).toFixed(0)} articles/s, ${(chars / 1e6 / (quoteMs / 1000)).toFixed(2)} M chars/s (predictions: ${predFile})`,
  );
  if (process.argv.includes('--errors')) printErrors(preds, golds);
  if (process.argv.includes('--rules')) printRules(preds, golds);
  if (process.argv.includes('--breakdown')) printBreakdown(preds, golds, Number(arg('top') ?? 25));
  const wn = split === 'dev' && !process.argv.includes('--no-wikinews') ? wikinewsAttributions(process.argv.includes('--errors')) : null;
  console.log(summary + (wn ? `; ${wn}` : ''));
}

/**
 * The Wikinews dev set's 216 gold attributions (eval/wikinews-dev/quote-dates.jsonl, cue spans and
 * speaker strings): how many get a predicted quote whose cue overlaps the gold cue, and of those how
 * many name the gold speaker (the gold string inside the predicted source mention or name).
 */
function wikinewsAttributions(showErrors: boolean): string | null {
  const articles = loadTimeArticles();
  const goldPath = join(import.meta.dirname, 'wikinews-dev', 'quote-dates.jsonl');
  if (!articles || !existsSync(goldPath)) return null;
  const gold = readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; cue: { start: number; end: number; text: string }; speaker: string });
  let matched = 0;
  let named = 0;
  const misses: string[] = [];
  for (const a of articles) {
    const doc = withParser().run(createDoc(a.text, { id: a.id, published: a.published }), { published: a.published, options: {} });
    for (const g of gold.filter((x) => x.id === a.id)) {
      const q = doc.quotes.find((x) => x.cue && x.cue.start < g.cue.end && g.cue.start < x.cue.end);
      if (!q) {
        misses.push(`${a.id}\tUNMATCHED\t"${a.text.slice(Math.max(0, g.cue.start - 60), g.cue.end + 20).replace(/\n/g, ' / ')}" (${g.speaker})`);
        continue;
      }
      matched++;
      const said = [q.speaker.name ?? '', q.speaker.mention ? a.text.slice(q.speaker.mention.start, q.speaker.mention.end) : ''].join(' | ').toLowerCase();
      if (said.includes(g.speaker.toLowerCase())) named++;
      else misses.push(`${a.id}\tSPEAKER\tgold "${g.speaker}" | predicted "${said}" (cue "${g.cue.text}")`);
    }
  }
  if (showErrors) for (const m of misses) console.log(m);
  const line = `Wikinews dev: ${matched}/${gold.length} gold attributions get a predicted quote (cue overlap), ${gold.length - matched} do not; speaker named in ${named}/${matched}`;
  console.log(line);
  return `wikinews ${matched}/${gold.length} matched, speaker ${named}/${matched}`;
}

function cachePath(split: string, from: number, n: number): string {
  const dir = join(process.cwd(), 'models');
  const stamp = existsSync(dir) ? readdirSync(dir).map((f) => `${f}:${statSync(join(dir, f)).mtimeMs}`).join('|') : '';
  let h = 0;
  for (const c of stamp) h = (h * 31 + c.charCodeAt(0)) | 0;
  return evalTmp(`newsgraph-quotes-cache-${split}-${from}-${n}-${(h >>> 0).toString(16)}.v8`);
}

/** Per rule: predictions, exact content / source / cue matches (for tuning rules on train). */
function printRules(preds: readonly PredDoc[], golds: readonly GoldDoc[]): void {
  const byId = new Map(golds.map((g) => [g.id, g]));
  const stats = new Map<string, { n: number; content: number; source: number; cue: number }>();
  for (const p of preds) {
    const g = byId.get(p.id);
    if (!g) continue;
    const text = p.text;
    const tr = (rs: readonly Range[]) => key(rs.map(([s, e]) => trimRange(text, s, e)).filter((x) => x[1] > x[0]));
    const gc = new Set(g.attributions.map((a) => tr(a.content)));
    const gs = new Set(g.attributions.map((a) => tr(a.source)));
    const gq = new Set(g.attributions.map((a) => tr(a.cue)));
    for (const q of p.quotes ?? []) {
      const rule = ((q as { rule?: string }).rule ?? '?') + (process.argv.includes('--by-cue') ? ' ' + (spansOf(q.cue).map((c) => text.slice(c.start, c.end).toLowerCase()).join(' ')) : '');
      const st = stats.get(rule) ?? { n: 0, content: 0, source: 0, cue: 0 };
      st.n++;
      if (gc.has(tr(spansOf(q.content).map((s) => [s.start, s.end] as Range)))) st.content++;
      if (gs.has(tr(spansOf(q.speaker?.mention).map((s) => [s.start, s.end] as Range)))) st.source++;
      if (gq.has(tr(spansOf(q.cue).map((s) => [s.start, s.end] as Range)))) st.cue++;
      stats.set(rule, st);
    }
  }
  for (const [r, s] of [...stats].sort((a, b) => b[1].n - a[1].n)) {
    console.log(`${String(s.n).padStart(6)} content ${(s.content / s.n).toFixed(2)} source ${(s.source / s.n).toFixed(2)} cue ${(s.cue / s.n).toFixed(2)}  ${r}`);
  }
}

const BOUNDARY_WORDS = 3;

/** the words between two offsets (at most BOUNDARY_WORDS, lower-cased), signed by which side is longer */
function edgeWords(text: string, a: number, b: number, fromEnd: boolean): string {
  const [s, e] = a < b ? [a, b] : [b, a];
  const words = text.slice(s, e).replace(/\s+/g, ' ').trim().toLowerCase().split(' ').filter(Boolean);
  if (words.length > BOUNDARY_WORDS) return `${fromEnd ? '… ' + words[words.length - 1] : words[0] + ' …'} (${words.length > 10 ? '>10' : '4-10'} words)`;
  return words.join(' ');
}

/**
 * Content exact misses sorted into what went wrong: each gold content against the prediction that
 * overlaps it most — start wrong, end wrong, both, same outer edges but other segments, or no
 * overlapping prediction at all; predictions overlapping no gold content are spurious. For start
 * and end errors, the words between the predicted and the gold edge ("pred+" = the prediction
 * holds them, "gold+" = it lacks them), so the commonest conventions show first.
 */
function printBreakdown(preds: readonly PredDoc[], golds: readonly GoldDoc[], top: number): void {
  const byId = new Map(preds.map((p) => [p.id, p]));
  const kinds = new Map<string, number>();
  const perRule = new Map<string, Map<string, number>>();
  const starts = new Map<string, number>();
  const ends = new Map<string, number>();
  const missedCues = new Map<string, number>();
  const examples = process.argv.includes('--examples');
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const ruleBump = (rule: string, k: string) => {
    const m = perRule.get(rule) ?? new Map<string, number>();
    bump(m, k);
    perRule.set(rule, m);
  };
  for (const g of golds) {
    const p = byId.get(g.id);
    if (!p) continue;
    const text = p.text;
    const trimAll = (rs: readonly Range[]) => rs.map(([s, e]) => trimRange(text, s, e)).filter((x) => x[1] > x[0]).sort((x, y) => x[0] - y[0]);
    const pq = (p.quotes ?? []).map((q) => ({ rule: (q as { rule?: string }).rule ?? '?', cue: spansOf(q.cue).map((c) => text.slice(c.start, c.end)).join(' '), c: trimAll(spansOf(q.content).map((s) => [s.start, s.end] as Range)) })).filter((q) => q.c.length);
    const pc = pq.map((q) => chars(q.c));
    const hit = new Set<number>();
    const gcs = g.attributions.map((a) => ({ a, gc: trimAll(a.content) })).filter((x) => x.gc.length);
    // exact pairs first, then each other gold content with the unused prediction it overlaps most
    // (a nested gold attribution inside a predicted outer one is then no boundary error of it)
    const pk = pq.map((q) => key(q.c));
    const exact = new Set<number>();
    for (const [n, x] of gcs.entries()) {
      const j = pk.findIndex((k, jj) => k === key(x.gc) && !hit.has(jj));
      if (j >= 0) {
        hit.add(j);
        exact.add(n);
        bump(kinds, 'exact');
        ruleBump(pq[j]!.rule, 'exact');
      }
    }
    for (const [n, { a, gc }] of gcs.entries()) {
      if (exact.has(n)) continue;
      const gs = chars(gc);
      let best = 0;
      let bj = -1;
      for (let j = 0; j < pq.length; j++) {
        if (hit.has(j)) continue;
        let inter = 0;
        for (const c of gs) if (pc[j]!.has(c)) inter++;
        const score = inter / (gs.size + pc[j]!.size - inter);
        if (inter > 0 && score > best) {
          best = score;
          bj = j;
        }
      }
      if (bj < 0) {
        bump(kinds, 'missed');
        bump(missedCues, a.cue.map(([s, e]) => text.slice(s, e).toLowerCase()).join(' ') || '(no cue)');
        if (examples) console.log(`  MISSED S[${a.source.map(([s, e]) => text.slice(s, e)).join(' | ')}] C[${a.cue.map(([s, e]) => text.slice(s, e)).join(' | ')}]\n     G[${gc.map(([s, e]) => text.slice(s, e)).join(' | ').replace(/\n/g, ' / ').slice(0, 200)}]`);
        continue;
      }
      hit.add(bj);
      const q = pq[bj]!;
      const ps = q.c[0]![0];
      const pe = q.c[q.c.length - 1]![1];
      const gs0 = gc[0]![0];
      const ge = gc[gc.length - 1]![1];
      let k: string;
      if (ps !== gs0 && pe !== ge) k = 'both';
      else if (ps !== gs0) k = 'start';
      else if (pe !== ge) k = 'end';
      else k = 'segments';
      bump(kinds, k);
      ruleBump(q.rule, k);
      if (ps !== gs0) bump(starts, `${ps < gs0 ? 'pred+' : 'gold+'} ${edgeWords(text, ps, gs0, false)}`);
      if (pe !== ge) bump(ends, `${pe > ge ? 'pred+' : 'gold+'} ${edgeWords(text, pe, ge, true)}`);
      const gcue = a.cue.map(([s, e]) => text.slice(s, e)).join(' ');
      if (examples && k !== 'segments') console.log(`  ${k.toUpperCase()} ${q.rule} cue ${q.cue === gcue ? 'same' : `"${q.cue}" gold "${gcue}"`}\n     P[${q.c.map(([s, e]) => text.slice(s, e)).join(' | ').replace(/\n/g, ' / ').slice(0, 200)}]\n     G[${gc.map(([s, e]) => text.slice(s, e)).join(' | ').replace(/\n/g, ' / ').slice(0, 200)}]`);
    }
    for (let j = 0; j < pq.length; j++) {
      if (hit.has(j)) continue;
      const overlaps = gcs.some(({ gc }) => gc.some(([s, e]) => { for (let c = s; c < e; c++) if (pc[j]!.has(c)) return true; return false; }));
      const k = overlaps ? 'duplicate' : 'spurious';
      bump(kinds, k);
      ruleBump(pq[j]!.rule, k);
    }
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  console.log('content against its best-overlapping prediction:', Object.fromEntries(sorted(kinds)));
  console.log('per rule:');
  for (const [r, m] of [...perRule].sort((a, b) => [...b[1].values()].reduce((x, y) => x + y, 0) - [...a[1].values()].reduce((x, y) => x + y, 0))) {
    console.log(`  ${r}: ${sorted(m).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }
  console.log(`start differences (top ${top}):`);
  for (const [w, n] of sorted(starts).slice(0, top)) console.log(`  ${String(n).padStart(5)}  ${w}`);
  console.log(`end differences (top ${top}):`);
  for (const [w, n] of sorted(ends).slice(0, top)) console.log(`  ${String(n).padStart(5)}  ${w}`);
  console.log(`cues of missed contents (top ${top}):`);
  for (const [w, n] of sorted(missedCues).slice(0, top)) console.log(`  ${String(n).padStart(5)}  ${w}`);
}

function printErrors(preds: readonly PredDoc[], golds: readonly GoldDoc[]): void {
  const byId = new Map(preds.map((p) => [p.id, p]));
  const onlyRule = arg('rule');
  const show = (text: string, rs: readonly Range[]) => rs.map(([s, e]) => text.slice(s, e).replace(/\n/g, ' / ')).join(' | ');
  for (const g of golds) {
    const p = byId.get(g.id);
    if (!p) continue;
    const text = p.text;
    const pk = new Set(
      (p.quotes ?? []).map((q) => key(spansOf(q.content).map((s) => trimRange(text, s.start, s.end)).filter((x) => x[1] > x[0]))),
    );
    const gk = new Set(g.attributions.map((a) => key(a.content.map(([s, e]) => trimRange(text, s, e)).filter((x) => x[1] > x[0]))));
    console.log(`=== ${g.id}`);
    for (const a of g.attributions) {
      const k = key(a.content.map(([s, e]) => trimRange(text, s, e)).filter((x) => x[1] > x[0]));
      if (!pk.has(k) && !onlyRule) console.log(`  MISS S[${show(text, a.source)}] C[${show(text, a.cue)}] T[${show(text, a.content).slice(0, 160)}]`);
    }
    for (const q of p.quotes ?? []) {
      const cs = spansOf(q.content).map((s) => trimRange(text, s.start, s.end)).filter((x) => x[1] > x[0]);
      if (!gk.has(key(cs))) {
        const src = spansOf(q.speaker?.mention).map((m) => [m.start, m.end] as Range);
        const cue = spansOf(q.cue).map((m) => [m.start, m.end] as Range);
        const rule = (q as { rule?: string }).rule ?? '';
        if (onlyRule && rule !== onlyRule) continue;
        console.log(`  FALSE S[${show(text, src)}] C[${show(text, cue)}] T[${show(text, cs).slice(0, 160)}] ${rule}`);
        const qc = chars(cs);
        const best = g.attributions.find((a) => a.content.some(([s, e]) => qc.has(s) || qc.has(e - 1) || (s < cs[0]![0] && e > cs[0]![0])));
        if (best) console.log(`     GOLD S[${show(text, best.source)}] C[${show(text, best.cue)}] T[${show(text, best.content).slice(0, 160)}]`);
      }
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
