// `npx tsx eval/quote-cue-pairs.ts [--split train] [--show PATTERN] [--n 30] [--edges]` — CUE spans as
// the scorer counts them (a multiset of trimmed cue spans per article, whatever the content), read from
// the predictions `npm run eval:quotes` last wrote for the split. Every gold cue without an exact twin
// is paired with an unmatched predicted cue that overlaps it; the pair is classed by what the gold
// span adds or drops at each edge ("+R[to]": gold runs one word further right, "-L[has]": gold starts
// one word later), counted, so the largest conventions show first. `--edges` prints, for each word
// just outside or just inside a predicted cue's edge that overlaps a gold cue, how often gold takes
// it in and leaves it out: the in/out figures a span rule is judged by. For rule tuning on TRAIN only
// (PolNeAR is evaluation data; measure on dev).
import { pathToFileURL } from 'node:url';
import { loadSplit } from './quotes.js';
import { arg, bestContentMatch, charSet, predictedSpans, readPredictions, spansOf, trimmed, type Range } from './quote-pairing.js';




const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
const key = (rs: readonly Range[]): string => rs.map(([s, e]) => `${s}-${e}`).join(',');

/** the words of text[s, e) (split on spaces, punctuation kept attached as the text has it) */
const words = (text: string, s: number, e: number): string[] => norm(text.slice(s, e)).split(' ').filter(Boolean);

/** the word that ends just before `at` / starts just after `at` */
function wordBefore(text: string, at: number): string {
  const m = /(\S+)\s*$/.exec(text.slice(Math.max(0, at - 40), at));
  return m ? m[1]!.toLowerCase() : '';
}
function wordAfter(text: string, at: number): string {
  const m = /^\s*(\S+)/.exec(text.slice(at, at + 40));
  return m ? m[1]!.toLowerCase() : '';
}

function edgeDiff(text: string, g: Range, p: Range): string {
  const parts: string[] = [];
  if (g[0] < p[0]) parts.push(`+L[${words(text, g[0], p[0]).join(' ')}]`);
  if (g[0] > p[0]) parts.push(`-L[${words(text, p[0], g[0]).join(' ')}]`);
  if (g[1] > p[1]) parts.push(`+R[${words(text, p[1], g[1]).join(' ')}]`);
  if (g[1] < p[1]) parts.push(`-R[${words(text, g[1], p[1]).join(' ')}]`);
  return parts.join(' ');
}

function main(): void {
  const split = arg('split') ?? 'train';
  const preds = readPredictions(split);
  const { golds } = loadSplit(split);
  const classes = new Map<string, number>();
  const patterns = new Map<string, string[]>();
  const edges = new Map<string, { inn: number; out: number }>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const edge = (k: string, inn: boolean) => {
    const x = edges.get(k) ?? { inn: 0, out: 0 };
    if (inn) x.inn++;
    else x.out++;
    edges.set(k, x);
  };
  for (const g of golds) {
    const p = preds.get(g.id);
    if (!p) continue;
    const text = p.text;
    const tr = (rs: readonly Range[]) => trimmed(text, rs);
    const gc = g.attributions.map((a) => tr(a.cue)).filter((c) => c.length);
    const pc = (p.quotes ?? []).map((q) => tr(spansOf(q.cue))).filter((c) => c.length);
    // exact twins first, as the scorer counts them
    const pLeft = [...pc];
    const gLeft: Range[][] = [];
    for (const c of gc) {
      const j = pLeft.findIndex((x) => key(x) === key(c));
      if (j >= 0) {
        pLeft.splice(j, 1);
        bump(classes, 'exact');
        if (c.length === 1) {
          const [s, e] = c[0]!;
          edge(`after ${wordAfter(text, e)}`, false);
          edge(`pair ${words(text, s, e).at(-1)} + ${wordAfter(text, e)}`, false);
          edge(`before ${wordBefore(text, s)}`, false);
          edge(`first ${words(text, s, e)[0]}`, true);
          edge(`last ${words(text, s, e).at(-1)}`, true);
        }
      } else gLeft.push(c);
    }
    for (const c of gLeft) {
      const [gs, ge] = [c[0]![0], c.at(-1)![1]];
      const j = pLeft.findIndex((x) => x[0]![0] < ge && gs < x.at(-1)![1]);
      const ctx = norm(text.slice(Math.max(0, gs - 70), ge + 40));
      if (j < 0) {
        bump(classes, 'gold-only');
        const pat = `gold-only ${words(text, gs, ge).join(' ')}`;
        patterns.set(pat, [...(patterns.get(pat) ?? []), ctx]);
        continue;
      }
      const x = pLeft.splice(j, 1)[0]!;
      if (c.length !== 1 || x.length !== 1) {
        bump(classes, 'multi-span');
        const pat = `multi gold[${c.map(([s, e]) => norm(text.slice(s, e))).join(' | ')}] pred[${x.map(([s, e]) => norm(text.slice(s, e))).join(' | ')}]`;
        patterns.set(pat, [...(patterns.get(pat) ?? []), ctx]);
        continue;
      }
      const gr = c[0]!;
      const pr = x[0]!;
      bump(classes, 'overlap');
      const d = edgeDiff(text, gr, pr);
      patterns.set(d, [...(patterns.get(d) ?? []), `gold[${norm(text.slice(...gr))}] pred[${norm(text.slice(...pr))}]  …${ctx}…`]);
      edge(`after ${wordAfter(text, pr[1])}`, gr[1] > pr[1]);
      edge(`pair ${words(text, pr[0], pr[1]).at(-1)} + ${wordAfter(text, pr[1])}`, gr[1] > pr[1]);
      edge(`before ${wordBefore(text, pr[0])}`, gr[0] < pr[0]);
      edge(`first ${words(text, pr[0], pr[1])[0]}`, gr[0] <= pr[0]);
      edge(`last ${words(text, pr[0], pr[1]).at(-1)}`, gr[1] >= pr[1]);
    }
    for (const x of pLeft) {
      bump(classes, 'pred-only');
      const pat = `pred-only ${words(text, x[0]![0], x.at(-1)![1]).join(' ')}`;
      patterns.set(pat, [...(patterns.get(pat) ?? []), norm(text.slice(Math.max(0, x[0]![0] - 70), x.at(-1)![1] + 40))]);
    }
  }
  console.log('cues: ' + [...classes].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
  const n = Number(arg('n') ?? 40);
  const want = arg('show');
  const shown = [...patterns].filter(([k]) => (want ? k.includes(want) : !k.startsWith('gold-only') && !k.startsWith('pred-only')));
  for (const [k, v] of shown.sort((a, b) => b[1].length - a[1].length).slice(0, n)) {
    console.log(`${String(v.length).padStart(5)}  ${k}`);
    if (want) for (const ex of v.slice(0, Number(arg('ex') ?? 0))) console.log(`         ${ex}`);
  }
  if (process.argv.includes('--edges')) {
    console.log('edge words (in = gold takes the word, out = gold leaves it out), by total:');
    for (const [k, v] of [...edges].filter(([, v]) => v.inn > 0 && v.out > 0 || v.inn >= 3).sort((a, b) => b[1].inn - a[1].inn).slice(0, n))
      console.log(`  ${k.padEnd(28)} in ${v.inn}  out ${v.out}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
