// `npx tsx eval/quote-content-spans.ts [--split train] [--role content|source] [--show start|end|both] [--grep RE] [--n 30]`
// — why CONTENT (or SOURCE) spans miss PolNeAR's exact match, edge by edge, read from the
// predictions `npm run eval:quotes` last wrote for the split. Each gold attribution is paired with
// the unused prediction whose content overlaps it most (the scorer's greedy pairing, ≥ 30%); for a
// paired span that is not exact, the start and the end are compared separately and the text between
// the two edges is named by who has it (gold+ / pred+) and its first (start) or last (end) words,
// so the largest conventions show first. --show lists the (gold, pred) pairs of one edge class whose
// edge text matches --grep. For rule tuning only (PolNeAR is evaluation data: analyse train).
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadSplit } from './quotes.js';
import { arg, bestContentMatch, shownText, charSet, predictedSpans, readPredictions, spansOf, trimmed, type Range } from './quote-pairing.js';




const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The words between two edges, named by their first (at a start) or last (at an end) words. */
function edgeKey(who: string, between: string, atStart: boolean): string {
  const words = norm(between).split(' ').filter(Boolean);
  const n = words.length;
  // at an end the words right after the earlier end say which boundary was crossed (--end-last: the last words)
  const shown = atStart || !process.argv.includes('--end-last') ? words.slice(0, 2).join(' ') : words.slice(-2).join(' ');
  const size = n <= 2 ? '' : n <= 5 ? ' (3-5w)' : n <= 12 ? ' (6-12w)' : ' (>12w)';
  return `${who} ${atStart || !process.argv.includes('--end-last') ? `${shown} …` : `… ${shown}`}${size}`;
}

interface Pair {
  readonly id: string;
  readonly dump?: unknown;
  readonly startKey: string | null;
  readonly endKey: string | null;
  readonly line: string;
}

function main(): void {
  const split = arg('split') ?? 'train';
  const role = (arg('role') ?? 'content') as 'content' | 'source';
  const preds = readPredictions(split);
  const { golds } = loadSplit(split);
  const pairs: Pair[] = [];
  const counts = new Map<string, number>();
  const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const g of golds) {
    const p = preds.get(g.id);
    if (!p) continue;
    const text = p.text;
    const tr = (rs: readonly Range[]) => trimmed(text, rs);
    const show = (rs: readonly Range[]) => shownText(text, rs);
    const pq = predictedSpans(p);
    const used = new Set<number>();
    for (const a of g.attributions) {
      const gc = charSet(tr(a.content));
      const { best, j: bj } = bestContentMatch(gc, pq, used);
      if (best < 0.3) {
        bump('missed');
        continue;
      }
      used.add(bj);
      const q = pq[bj]!;
      const gs = tr(a[role]);
      const ps = q[role];
      if (!gs.length) {
        bump('gold-empty');
        if (process.argv.includes('--list-empty') && ps.length) console.log(`EMPTY ${q.rule} S[${show(ps)}] C[${show(q.cue)}] gold C[${show(tr(a.cue))}] T[${show(tr(a.content)).slice(0, 80)}]`);
        continue;
      }
      if (!ps.length) {
        bump('pred-empty');
        continue;
      }
      if (gs.length !== 1 || ps.length !== 1) {
        const same = gs.length === ps.length && gs.every((r, i) => r[0] === ps[i]![0] && r[1] === ps[i]![1]);
        if (same) {
          bump('exact');
          continue;
        }
        // how the pieces differ: counts, and whether the outer edges agree
        const outer = gs[0]![0] === ps[0]![0] && gs[gs.length - 1]![1] === ps[ps.length - 1]![1];
        const eq = (x: Range, y: Range) => x[0] === y[0] && x[1] === y[1];
        const gi = gs.findIndex((x) => ps.some((y) => eq(x, y)));
        const shared = gi < 0 ? '' : ps.length === 1 ? ` pred=g${gi + 1}` : gs.length === 1 ? ' gold=one-p' : ` shares-g${gi + 1}`;
        const segKey = `segments g${Math.min(gs.length, 3)} p${Math.min(ps.length, 3)}${outer ? ' same-outer' : ''}${shared}`;
        bump(segKey);
        pairs.push({ id: g.id, startKey: segKey, endKey: null, line: `gold[${show(gs)}]\n      pred[${show(ps)}] ${q.rule}  (gold C[${show(tr(a.cue))}]; pred C[${show(q.cue)}])` });
        continue;
      }
      const [g0, g1] = gs[0]!;
      const [p0, p1] = ps[0]!;
      if (g0 === p0 && g1 === p1) {
        bump('exact');
        continue;
      }
      if (p1 <= g0 || g1 <= p0) {
        bump('disjoint');
        continue;
      }
      const startKey = g0 === p0 ? null : g0 < p0 ? edgeKey('gold+', text.slice(g0, p0), true) : edgeKey('pred+', text.slice(p0, g0), true);
      const endKey = g1 === p1 ? null : g1 > p1 ? edgeKey('gold+', text.slice(p1, g1), false) : edgeKey('pred+', text.slice(g1, p1), false);
      bump(startKey && endKey ? 'both' : startKey ? 'start' : 'end');
      const ctxFrom = Math.min(g0, p0, ...q.cue.map((r) => r[0]), ...tr(a.source).map((r) => r[0]));
      const ctxTo = Math.max(g1, p1);
      pairs.push({
        id: g.id,
        dump: { id: g.id, rule: q.rule, gold: text.slice(g0, g1), pred: text.slice(p0, p1), before: text.slice(Math.max(0, Math.min(g0, p0) - 150), Math.min(g0, p0)), after: text.slice(Math.max(g1, p1), Math.max(g1, p1) + 60), g: [g0, g1], p: [p0, p1], gcue: show(tr(a.cue)), pcue: show(q.cue), gsrc: show(tr(a.source)), psrc: show(q.source), startKey, endKey, ctx: text.slice(Math.min(g0, p0, ctxFrom) - 0, Math.max(g1, p1)) },
        startKey,
        endKey,
        line:
          `gold[${show(gs)}]\n      pred[${show(ps)}] ${q.rule}  (gold S[${show(tr(a.source))}] C[${show(tr(a.cue))}]; pred S[${show(q.source)}] C[${show(q.cue)}])\n` +
          `      …${text.slice(Math.max(0, ctxFrom - 40), ctxTo + 40).replace(/\n/g, ' / ')}…`,
      });
    }
  }
  console.log(`== ${role} (${split}): ` + [...counts].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
  const top = Number(arg('top') ?? 40);
  for (const edge of ['start', 'end'] as const) {
    const m = new Map<string, number>();
    for (const x of pairs) {
      const k = edge === 'start' ? x.startKey : x.endKey;
      if (k) m.set(k, (m.get(k) ?? 0) + 1);
    }
    console.log(`-- ${edge} differences (${[...m.values()].reduce((a, b) => a + b, 0)}):`);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${String(v).padStart(5)}  ${k}`);
  }
  const dumpFile = arg('dump');
  if (dumpFile) writeFileSync(dumpFile, pairs.filter((x) => x.dump).map((x) => JSON.stringify(x.dump)).join('\n') + '\n');
  const want = arg('show');
  if (want) {
    const re = new RegExp(arg('grep') ?? '.', 'i');
    const n = Number(arg('n') ?? 30);
    const hits = pairs.filter((x) => {
      const k = want === 'start' ? x.startKey : want === 'end' ? x.endKey : x.startKey && x.endKey ? `${x.startKey} | ${x.endKey}` : null;
      return k !== null && re.test(k);
    });
    console.log(`== ${hits.length} pairs with ${want} matching /${re.source}/`);
    for (const x of hits.slice(0, n)) console.log(`  ${x.id} {${x.startKey ?? ''} | ${x.endKey ?? ''}}\n      ${x.line}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
