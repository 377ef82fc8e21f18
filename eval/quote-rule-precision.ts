// `npx tsx eval/quote-rule-precision.ts [--split train] [--rule R] [--fine] [--min 15] [--show CELL] [--n 20]` — how often each
// rule's predictions are right, split by where its cue stands in the parse: the cue head's relation,
// and whether it sits inside a relative / participle clause (relcl, acl on the way up) or an adverbial
// clause (advcl). Right = the prediction's content (cue) is a gold content (cue) of the article, as the
// scorer's exact sets count it. A cell whose predictions are exact less often than F1 / 2 lowers that F1:
// dropping it raises the F1 (a precision rule can pay where a recall rule cannot). Reads the predictions
// and the doc cache of `npx tsx eval/quotes.ts --split SPLIT --cache`. For rule tuning on TRAIN only.
import { pathToFileURL } from 'node:url';
import type { Doc } from '../src/core/doc.js';
import { arg, predictedSpans, rangesKey, shownText, trimmed } from './quote-pairing.js';
import { pairedDocs, chain, spanHead, tokensIn } from './quote-nested-cues.js';

/** where the cue head stands: its own relation, and the first clause-embedding relation above it */
function place(doc: Doc, h: number): string {
  if (h < 0) return 'no cue';
  const rel = (i: number) => doc.tokens[i]!.dep.split(':')[0]!;
  const up = chain(doc, h);
  const emb = up.map(rel).find((r) => r === 'relcl' || r === 'acl' || r === 'advcl' || r === 'csubj');
  // --fine: the full relation and the fine tag too ("acl:relcl/VBP")
  const fine = process.argv.includes('--fine') ? ` ${doc.tokens[h]!.dep}/${doc.tokens[h]!.xpos}` : '';
  return `${rel(h)}${emb && emb !== rel(h) ? ` under ${emb}` : ''}${fine}`;
}

function main(): void {
  const split = arg('split') ?? 'train';
  const onlyRule = arg('rule');
  const cells = new Map<string, { n: number; content: number; cue: number; lines: string[] }>();
  for (const { g, p, doc } of pairedDocs(split)) {
    const gContent = new Set(g.attributions.map((a) => rangesKey(trimmed(p.text, a.content))));
    const gCue = new Set(g.attributions.map((a) => rangesKey(trimmed(p.text, a.cue))));
    for (const q of predictedSpans(p)) {
      if (onlyRule && q.rule !== onlyRule) continue;
      const h = q.cue.length ? spanHead(doc, q.cue.flatMap((r) => tokensIn(doc, r))) : -1;
      const cell = `${q.rule} · ${place(doc, h)}`;
      const c = cells.get(cell) ?? { n: 0, content: 0, cue: 0, lines: [] };
      c.n++;
      const okContent = gContent.has(rangesKey(q.content));
      const okCue = gCue.has(rangesKey(q.cue));
      if (okContent) c.content++;
      if (okCue) c.cue++;
      if (c.lines.length < 200) c.lines.push(`${okCue ? 'C' : '-'}${okContent ? 'T' : '-'} S[${shownText(p.text, q.source)}] C[${shownText(p.text, q.cue)}] T[${shownText(p.text, q.content).slice(0, 160)}]`);
      cells.set(cell, c);
    }
  }
  const min = Number(arg('min') ?? 15);
  console.log(`${split}: predictions by rule × cue place (cells with ≥ ${min})\n\n| rule · cue place | predicted | content exact (rate) | cue exact (rate) |\n|---|---:|---:|---:|`);
  for (const [cell, c] of [...cells].sort((a, b) => b[1].n - a[1].n)) {
    if (c.n < min) continue;
    console.log(`| ${cell} | ${c.n} | ${c.content} (${(c.content / c.n).toFixed(2)}) | ${c.cue} (${(c.cue / c.n).toFixed(2)}) |`);
  }
  const show = arg('show');
  if (show) for (const l of (cells.get(show)?.lines ?? []).slice(0, Number(arg('n') ?? 20))) console.log(`  ${l}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
