// `npx tsx eval/quote-verb-table.ts [--split train] [--rule quotes:verb-stance] [--min 5] [--tsv]` — per (cue verb
// lemma × construction, src/stages/quotes/constructions.ts) the predictions one rule made and how often each was
// right: cue exact, content exact, content overlap80 (the prediction covers ≥ 80% of some gold content, the scorer's
// greedy test without the one-to-one pairing) and source exact, with the F1 change each row alone would make (content
// exact and cue exact, from the split's totals: adding n predictions with k right raises an F1 iff k / n > F1 / 2).
// Made for issue 14's verb readings (eval/polnear-verbs-21.md): the stage was run once with every verb lemma read
// in the candidate constructions (a scratch switch in construction-cues.ts, described there and not committed),
// and the rows this table said pay became data/quotes/verb-stances.tsv; `--rule quotes:verb-stance` re-measures them. Reads the predictions
// and doc cache of `npx tsx eval/quotes.ts --split SPLIT --cache`. Rule tuning on TRAIN only.
import { pathToFileURL } from 'node:url';
import { arg, charSet, predictedSpans, rangesKey, readPredictions, shownText, trimmed } from './quote-pairing.js';
import { pairedDocs, spanHead, tokensIn } from './quote-nested-cues.js';
import { childrenOf, constructionOf } from '../src/stages/quotes/constructions.js';
import { loadSplit, scoreQuotes } from './quotes.js';

interface Row { n: number; cue: number; content: number; ov80: number; joint: number; source: number; examples: string[] }

function main(): void {
  const split = arg('split') ?? 'train';
  const rules = new Set((arg('rule') ?? 'quotes:verb-stance').split(','));
  const min = Number(arg('min') ?? 5);
  const { golds } = loadSplit(split);
  const res = scoreQuotes([...readPredictions(split).values()], golds).res as Record<string, { tp: number; pred: number; gold: number; f1: number }>;
  const rows = new Map<string, Row>();
  for (const { g, p, doc } of pairedDocs(split)) {
    const text = p.text;
    const gContent = new Set(g.attributions.map((a) => rangesKey(trimmed(text, a.content))));
    const gCue = new Set(g.attributions.map((a) => rangesKey(trimmed(text, a.cue))));
    const gSource = new Set(g.attributions.map((a) => rangesKey(trimmed(text, a.source))));
    const gChars = g.attributions.map((a) => charSet(trimmed(text, a.content)));
    const kids = childrenOf(doc);
    for (const q of predictedSpans(p)) {
      if (!rules.has(q.rule) || !q.cue.length) continue;
      const toks = q.cue.flatMap((r) => tokensIn(doc, r));
      const verbs = toks.filter((i) => doc.tokens[i]!.pos === 'VERB');
      const h = verbs.length ? verbs[verbs.length - 1]! : spanHead(doc, toks);
      if (h < 0) continue;
      const key = `${doc.tokens[h]!.lemma.toLowerCase()}\t${constructionOf(doc, kids, h) ?? '-'}`;
      const r = rows.get(key) ?? { n: 0, cue: 0, content: 0, ov80: 0, joint: 0, source: 0, examples: [] };
      rows.set(key, r);
      r.n++;
      const pc = charSet(q.content);
      const ov = gChars.some((gc) => { let k = 0; for (const c of gc) if (pc.has(c)) k++; return gc.size > 0 && k / gc.size >= 0.8; });
      const okCue = gCue.has(rangesKey(q.cue));
      if (okCue) r.cue++;
      if (gContent.has(rangesKey(q.content))) r.content++;
      if (ov) r.ov80++;
      if (okCue && ov) r.joint++;
      if (gSource.has(rangesKey(q.source))) r.source++;
      if (r.examples.length < 3) r.examples.push(`${okCue ? 'C' : '-'}${ov ? 'O' : '-'} S[${shownText(text, q.source)}] C[${shownText(text, q.cue)}] T[${shownText(text, q.content).slice(0, 100)}]`);
    }
  }
  // the F1 change of adding a row's predictions alone
  const gain = (m: string, k: number, n: number) => {
    const t = res[m]!;
    return (2 * (t.tp + k)) / (t.pred + n + t.gold) - t.f1;
  };
  const list = [...rows].filter(([, r]) => r.n >= min).map(([k, r]) => ({ k, r, dc: gain('content_exact', r.content, r.n), dq: gain('cue_exact', r.cue, r.n) }));
  list.sort((a, b) => b.dc + b.dq - (a.dc + a.dq));
  console.log(`${split}: content exact F1 ${res.content_exact!.f1} (pays above ${(res.content_exact!.f1 / 2).toFixed(3)}), cue exact F1 ${res.cue_exact!.f1} (${(res.cue_exact!.f1 / 2).toFixed(3)})`);
  console.log('\n| lemma | construction | predicted | cue exact | content exact | overlap80 | cue + ov80 | source exact | Δ content F1 ×1e4 | Δ cue F1 ×1e4 |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const { k, r, dc, dq } of list) {
    const [lemma, kind] = k.split('\t');
    console.log(`| ${lemma} | ${kind} | ${r.n} | ${r.cue} | ${r.content} | ${r.ov80} | ${r.joint} (${(r.joint / r.n).toFixed(2)}) | ${r.source} | ${(dc * 1e4).toFixed(1)} | ${(dq * 1e4).toFixed(1)} |`);
    if (process.argv.includes('--examples')) for (const x of r.examples) console.log(`    ${x}`);
  }
  const tot = list.reduce((s, { r }) => ({ n: s.n + r.n, joint: s.joint + r.joint }), { n: 0, joint: 0 });
  console.log(`\n${list.length} rows with ≥ ${min} predictions: ${tot.n} predictions, cue + ov80 ${tot.joint}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) main();
