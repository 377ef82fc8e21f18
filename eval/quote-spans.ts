// `npx tsx eval/quote-spans.ts [--split train] [--show CATEGORY] [--n 30]` — why SOURCE and CUE spans
// miss PolNeAR's exact match, read from the predictions `npm run eval:quotes` last wrote for the
// split. Each gold attribution is paired with the prediction whose content overlaps it most (the
// scorer's greedy 30% pairing; failing that, a prediction whose cue overlaps the gold cue); then its
// source and cue are put in one class: exact, missed (no prediction), none (prediction without
// one), long (prediction contains gold), short (gold contains prediction), shifted (overlap),
// disjoint; unpaired predictions are spurious. Long/short come with the words that differ, counted,
// so the largest conventions show first. For rule tuning only (PolNeAR is evaluation data).
import { pathToFileURL } from 'node:url';
import { loadSplit } from './quotes.js';
import { arg, bestContentMatch, shownText, charSet, predictedSpans, readPredictions, spansOf, trimmed, type Range } from './quote-pairing.js';

type Role = 'source' | 'cue';
interface Item {
  readonly id: string;
  readonly role: Role;
  readonly cls: string;
  readonly diff: string;
  readonly line: string;
}



function classify(text: string, g: readonly Range[], p: readonly Range[] | null): { cls: string; diff: string } {
  if (p === null) return { cls: 'missed', diff: '' };
  if (!p.length) return { cls: 'none', diff: '' };
  if (g.length !== 1 || p.length !== 1) return { cls: g.length === p.length ? 'multi' : 'multi-count', diff: '' };
  const [gs, ge] = g[0]!;
  const [ps, pe] = p[0]!;
  if (gs === ps && ge === pe) return { cls: 'exact', diff: '' };
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  if (ps <= gs && pe >= ge) return { cls: 'long', diff: norm(`${text.slice(ps, gs)} … ${text.slice(ge, pe)}`) };
  if (gs <= ps && ge >= pe) return { cls: 'short', diff: norm(`${text.slice(gs, ps)} … ${text.slice(pe, ge)}`) };
  if (ps < ge && gs < pe) return { cls: 'shifted', diff: '' };
  return { cls: 'disjoint', diff: '' };
}

function main(): void {
  const split = arg('split') ?? 'dev';
  const preds = readPredictions(split);
  const { golds } = loadSplit(split);
  const items: Item[] = [];
  for (const g of golds) {
    const p = preds.get(g.id);
    if (!p) continue;
    const text = p.text;
    const show = (rs: readonly Range[]) => shownText(text, rs);
    const tr = (rs: readonly Range[]) => trimmed(text, rs);
    const pq = predictedSpans(p);
    const used = new Set<number>();
    for (const a of g.attributions) {
      const gc = charSet(tr(a.content));
      let { best, j: bj } = bestContentMatch(gc, pq, used);
      if (best < 0.3) {
        const gcue = charSet(tr(a.cue));
        bj = pq.findIndex((q, j) => !used.has(j) && q.cue.some(([s, e]) => [...gcue].some((c) => c >= s && c < e)));
      }
      const q = bj >= 0 ? pq[bj]! : null;
      if (q) used.add(bj);
      const ctx = text.slice(Math.max(0, (a.cue[0] ?? a.content[0] ?? [0])[0] - 90), (a.cue[0] ?? a.content[0] ?? [0, 0])[1] + 50).replace(/\n/g, ' / ');
      for (const role of ['source', 'cue'] as const) {
        const gs = tr(a[role]);
        if (!gs.length) continue;
        const { cls, diff } = classify(text, gs, q ? q[role] : null);
        items.push({
          id: g.id,
          role,
          cls,
          diff,
          line: `gold S[${show(tr(a.source))}] C[${show(tr(a.cue))}] pred S[${q ? show(q.source) : '-'}] C[${q ? show(q.cue) : '-'}] ${q?.rule ?? ''}\n      …${ctx}…`,
        });
      }
    }
    for (const [j, q] of pq.entries()) {
      if (used.has(j)) continue;
      for (const role of ['source', 'cue'] as const) {
        if (q[role].length) items.push({ id: g.id, role, cls: 'spurious', diff: '', line: `pred S[${show(q.source)}] C[${show(q.cue)}] T[${show(q.content).slice(0, 100)}] ${q.rule}` });
      }
    }
  }
  const want = arg('show');
  const n = Number(arg('n') ?? 25);
  for (const role of ['source', 'cue'] as const) {
    const mine = items.filter((x) => x.role === role);
    const by = new Map<string, Item[]>();
    for (const x of mine) by.set(x.cls, [...(by.get(x.cls) ?? []), x]);
    console.log(`== ${role}: ` + [...by].sort((a, b) => b[1].length - a[1].length).map(([k, v]) => `${k} ${v.length}`).join(', '));
    for (const cls of ['long', 'short']) {
      const diffs = new Map<string, number>();
      for (const x of by.get(cls) ?? []) diffs.set(x.diff, (diffs.get(x.diff) ?? 0) + 1);
      console.log(`   ${cls}: ` + [...diffs].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${v}×[${k}]`).join('  '));
    }
    if (want) {
      const [wr, wc] = want.split(':');
      if (wr === role) for (const x of (by.get(wc ?? '') ?? []).slice(0, n)) console.log(`  ${x.id} ${x.diff ? `{${x.diff}} ` : ''}${x.line}`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
