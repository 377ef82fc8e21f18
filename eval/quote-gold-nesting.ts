// `npx tsx eval/quote-gold-nesting.ts [--split train] [--n 10]` — issue 14's nesting question on the GOLD
// side: how many PolNeAR attributions lie inside another attribution's content (their cue inside the
// other's content: "X said Y claimed Z" marked twice), whether their own content lies wholly inside the
// outer content too, and how many of those inner ones we predict (cue exact, content exact, content
// ≥ 80%) — against the same counts for the attributions that are not nested. Reads the predictions of
// `npx tsx eval/quotes.ts --split SPLIT` (no doc cache needed). For rule tuning on TRAIN only.
import { pathToFileURL } from 'node:url';
import { loadSplit } from './quotes.js';
import { arg, charSet, predictedSpans, readPredictions, shownText, trimmed, type Range } from './quote-pairing.js';

interface Tally {
  n: number;
  cueExact: number;
  contentExact: number;
  content80: number;
}
const empty = (): Tally => ({ n: 0, cueExact: 0, contentExact: 0, content80: 0 });

function main(): void {
  const split = arg('split') ?? 'train';
  const preds = readPredictions(split);
  const { golds } = loadSplit(split);
  const key = (rs: readonly Range[]) => rs.map((r) => r.join(':')).join(',');
  const tallies = new Map<string, Tally>();
  const examples: string[] = [];
  for (const g of golds) {
    const p = preds.get(g.id);
    if (!p) continue;
    const text = p.text;
    const pq = predictedSpans(p);
    const predCues = new Set(pq.map((q) => key(q.cue)));
    const predContents = new Set(pq.map((q) => key(q.content)));
    const atts = g.attributions.map((a) => ({ cue: trimmed(text, a.cue), content: trimmed(text, a.content), source: trimmed(text, a.source) }));
    const contentChars = atts.map((a) => charSet(a.content));
    atts.forEach((a, i) => {
      if (!a.content.length) return;
      const cueChars = [...charSet(a.cue)];
      const outer = atts.findIndex((_, j) => j !== i && cueChars.length > 0 && cueChars.every((c) => contentChars[j]!.has(c)));
      const own = [...contentChars[i]!];
      const whole = outer >= 0 && own.every((c) => contentChars[outer]!.has(c));
      const cls = outer < 0 ? 'not nested' : whole ? 'nested: cue and content inside the outer content' : 'nested: cue inside, content reaches out';
      const t = tallies.get(cls) ?? empty();
      tallies.set(cls, t);
      t.n++;
      if (predCues.has(key(a.cue))) t.cueExact++;
      if (predContents.has(key(a.content))) t.contentExact++;
      const gc = contentChars[i]!;
      if (pq.some((q) => { const pc = charSet(q.content); let inter = 0; for (const c of gc) if (pc.has(c)) inter++; return inter >= 0.8 * gc.size && inter >= 0.8 * pc.size; })) t.content80++;
      if (outer >= 0 && examples.length < Number(arg('n') ?? 10))
        examples.push(`outer C[${shownText(text, atts[outer]!.cue)}] S[${shownText(text, atts[outer]!.source)}] · inner C[${shownText(text, a.cue)}] S[${shownText(text, a.source)}] T[${shownText(text, a.content).slice(0, 120)}]`);
    });
  }
  console.log(`${split}: gold attributions by nesting, and how many we predict\n\n| gold attribution | n | cue exact | content exact | content ≥ 80% both ways |\n|---|---:|---:|---:|---:|`);
  const r = (a: number, b: number) => `${a} (${b ? (a / b).toFixed(2) : '-'})`;
  for (const [cls, t] of [...tallies].sort((a, b) => b[1].n - a[1].n)) console.log(`| ${cls} | ${t.n} | ${r(t.cueExact, t.n)} | ${r(t.contentExact, t.n)} | ${r(t.content80, t.n)} |`);
  console.log('\n' + examples.map((x) => `  ${x}`).join('\n'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
