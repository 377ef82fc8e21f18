// `npx tsx eval/quote-wrong-cue.ts [--split train] [--show CLASS] [--n 20]` — the PolNeAR attributions we
// find (a prediction covers ≥ 30% of the gold content, the scorer's greedy pairing) but whose CUE we put
// on another word entirely (gold and predicted cue share no character). Each is put in one class by how
// the two cue heads stand in the parse — the gold cue governs ours ("said he feels …": we took the
// embedded verb), ours governs the gold one, they are conjuncts, in different sentences, or elsewhere —
// and by whether the gold cue is predicted as the cue of ANOTHER of our quotes (then the error is a second,
// nested prediction, not a missing cue). Counts by class × our rule and the gold/predicted lemma pairs,
// so the largest class shows first. Reads the predictions and the doc cache of
// `npx tsx eval/quotes.ts --split SPLIT --cache`. For rule tuning on TRAIN only (PolNeAR is evaluation data).
import { pathToFileURL } from 'node:url';
import type { Doc } from '../src/core/doc.js';
import { arg, bestContentMatch, charSet, predictedSpans, rangesKey, shownText, trimmed } from './quote-pairing.js';
import { pairedDocs, chain, pathBetween, spanHead, tokensIn } from './quote-nested-cues.js';

interface Wrong {
  readonly cls: string;
  readonly rule: string;
  readonly lemmas: string;
  readonly path: string;
  readonly line: string;
}

/** how the gold cue head g and our cue head p stand: who governs whom, or neither */
function relation(doc: Doc, g: number, p: number): string {
  if (g < 0 || p < 0) return 'no token';
  if (doc.tokens[g]!.sent !== doc.tokens[p]!.sent) return 'other sentence';
  const dep = (i: number) => doc.tokens[i]!.dep.split(':')[0]!;
  if (chain(doc, p).includes(g)) return dep(p) === 'conj' && doc.tokens[p]!.head === g ? 'ours is a conjunct of gold' : 'gold governs ours';
  if (chain(doc, g).includes(p)) return dep(g) === 'conj' && doc.tokens[g]!.head === p ? 'gold is a conjunct of ours' : 'ours governs gold';
  return 'neither governs';
}

function main(): void {
  const split = arg('split') ?? 'train';
  const out: Wrong[] = [];
  let paired = 0;
  for (const { g, p, doc } of pairedDocs(split)) {
    const pq = predictedSpans(p);
    const used = new Set<number>();
    for (const a of g.attributions) {
      const gcue = trimmed(p.text, a.cue);
      const { best, j } = bestContentMatch(charSet(trimmed(p.text, a.content)), pq, used);
      if (best < 0.3 || j < 0) continue;
      used.add(j);
      paired++;
      const q = pq[j]!;
      if (!gcue.length || !q.cue.length) continue;
      const gc = charSet(gcue);
      if (q.cue.some(([s, e]) => [...gc].some((c) => c >= s && c < e))) continue;
      const gh = spanHead(doc, gcue.flatMap((r) => tokensIn(doc, r)));
      const ph = spanHead(doc, q.cue.flatMap((r) => tokensIn(doc, r)));
      const elsewhere = pq.some((o, k) => k !== j && rangesKey(o.cue) === rangesKey(gcue));
      const cls = `${relation(doc, gh, ph)}${elsewhere ? ' (gold cue is another quote of ours)' : ''}`;
      const lem = (i: number) => (i >= 0 ? `${doc.tokens[i]!.lemma}/${doc.tokens[i]!.pos}` : '-');
      const from = Math.min(gcue[0]![0], q.cue[0]![0]) - 40;
      const to = Math.max(gcue[0]![1], q.cue[0]![1]) + 40;
      out.push({
        cls,
        rule: q.rule,
        lemmas: `${lem(gh)} → ${lem(ph)}`,
        path: pathBetween(doc, gh, ph),
        line:
          `gold S[${shownText(p.text, trimmed(p.text, a.source))}] C[${shownText(p.text, gcue)}] · ours S[${shownText(p.text, q.source)}] C[${shownText(p.text, q.cue)}] ${q.rule}\n` +
          `      …${p.text.slice(Math.max(0, from), to).replace(/\n/g, ' / ')}…`,
      });
    }
  }
  const tally = (xs: readonly Wrong[], f: (x: Wrong) => string, top = 8) => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(f(x), (m.get(f(x)) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `${k} ${v}`).join(', ');
  };
  console.log(`${split}: ${paired} gold attributions paired with a prediction, ${out.length} with the cue on another word\n`);
  const byCls = new Map<string, Wrong[]>();
  for (const x of out) byCls.set(x.cls, [...(byCls.get(x.cls) ?? []), x]);
  console.log('| class | n | our rules | gold → our cue lemma | path gold → ours |\n|---|---:|---|---|---|');
  for (const [cls, xs] of [...byCls].sort((a, b) => b[1].length - a[1].length))
    console.log(`| ${cls} | ${xs.length} | ${tally(xs, (x) => x.rule, 4)} | ${tally(xs, (x) => x.lemmas, 4)} | ${tally(xs, (x) => x.path, 3)} |`);
  const show = arg('show');
  if (show) for (const x of (byCls.get(show) ?? []).slice(0, Number(arg('n') ?? 20))) console.log(`  ${x.line}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
