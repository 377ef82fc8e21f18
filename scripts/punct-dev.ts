// How close UD's punctuation convention (src/nlp/syntax-repair-punct.ts) comes to the gold heads of
// EWT dev and GUM dev, on the gold trees and on the predicted ones (the whole syntactic chain,
// src/nlp/parser-annotate.ts), per variant: UAS/LAS and punct heads before → after. Dev data only.
//   npx tsx scripts/punct-dev.ts [--misses N]   (N gold-tree misses printed per treebank, by mark)
import { readFileSync } from 'node:fs';
import { sharedPath } from '../src/core/paths.js';
import { readConllu } from '../src/nlp/conllu.js';
import { analyzeSentence } from '../src/nlp/parser-annotate.js';
import { PunctAttacher, type PunctOptions } from '../src/nlp/syntax-repair-punct.js';

const args = process.argv.slice(2);
const mi = args.indexOf('--misses');
const showMisses = mi >= 0 ? Number(args[mi + 1]) : 0;
const uni = (l: string) => l.split(':')[0]!;
const pct = (a: number, n: number) => ((100 * a) / n).toFixed(2);
const VARIANTS: ReadonlyArray<[string, PunctOptions]> = [
  ['all, pairs', { pairs: true }],
  ['all, no pairs', { pairs: false }],
  ['only illegal, pairs', { onlyIllegal: true, pairs: true }],
  ['only illegal, no pairs', { onlyIllegal: true, pairs: false }],
];
const att = new PunctAttacher();

/** whether hanging punct p from word h (0-based, -1 = root) crosses no arc between the words of the tree */
function crossFree(heads: readonly number[], deprels: readonly string[], p: number, h: number): boolean {
  if (h < 0) return false;
  const a = Math.min(h, p);
  const b = Math.max(h, p);
  for (let d = 0; d < heads.length; d++) {
    if (deprels[d] === 'punct' || heads[d] === 0) continue;
    const x = Math.min(d, heads[d]! - 1);
    const y = Math.max(d, heads[d]! - 1);
    const inX = x > a && x < b;
    const inY = y > a && y < b;
    if (inX !== inY && x !== a && x !== b && y !== a && y !== b) return false;
  }
  return true;
}

for (const f of ['en_ewt-ud-dev.conllu', 'en_gum-ud-dev.conllu']) {
  const sents = readConllu(readFileSync(sharedPath('data', 'ud', f), 'utf8'));
  let words = 0;
  let punct = 0;
  const goldOk = new Map<string, number>();
  const missByForm = new Map<string, number>();
  const misses: string[] = [];
  const pred = sents.map((s) => analyzeSentence(s.words.map((w) => w.form)));
  for (const s of sents) {
    words += s.words.length;
    const forms = s.words.map((w) => w.form);
    const deprels = s.words.map((w) => uni(w.deprel));
    for (const [name, opt] of VARIANTS) {
      const heads = s.words.map((w) => w.head);
      att.attach(heads, deprels, forms, opt);
      let ok = 0;
      s.words.forEach((w, i) => {
        if (deprels[i] !== 'punct') return;
        if (heads[i] === w.head) ok++;
        else if (name === 'all, pairs') {
          missByForm.set(w.form, (missByForm.get(w.form) ?? 0) + 1);
          if (misses.length < showMisses) {
            misses.push(`${w.form} gold→${w.head} (${w.head ? forms[w.head - 1] : 'ROOT'}) got→${heads[i]} (${heads[i] ? forms[heads[i]! - 1] : 'ROOT'}) | ${forms.map((x, k) => `${x}/${k + 1}`).join(' ')}`);
          }
        }
      });
      goldOk.set(name, (goldOk.get(name) ?? 0) + ok);
    }
    punct += deprels.filter((d) => d === 'punct').length;
  }
  console.log(`\n== ${f}: ${sents.length} sentences, ${words} words, ${punct} gold punct`);
  console.log('gold trees, punct heads reproduced by the convention:');
  for (const [name] of VARIANTS) console.log(`  ${name.padEnd(24)} ${goldOk.get(name)} / ${punct} = ${pct(goldOk.get(name)!, punct)}%`);
  console.log(`  misses by mark (all, pairs): ${[...missByForm].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, c]) => `${k} ${c}`).join(', ')}`);
  for (const m of misses) console.log(`    ${m}`);
  // predicted trees: the chain as built, then each variant on top
  const score = (name: string, opt: PunctOptions | null) => {
    let uas = 0;
    let las = 0;
    let pOk = 0;
    let moved = 0;
    let goldPunctLabelledOther = 0;
    let fixed = 0;
    let broken = 0;
    let goldLegal = 0;
    let predPunctGoldOther = 0;
    sents.forEach((s, si) => {
      const a = pred[si]!;
      const heads = a.heads.slice();
      if (opt) {
        att.attach(heads, a.deprels, s.words.map((w) => w.form), opt);
        moved += att.moved;
      }
      s.words.forEach((w, i) => {
        const g = uni(w.deprel);
        const pl = uni(a.deprels[i]!);
        if (g === 'punct' && pl !== 'punct') goldPunctLabelledOther++;
        if (g === 'punct' && heads[i] !== a.heads[i]) {
          if (heads[i] === w.head) fixed++;
          else if (a.heads[i] === w.head) broken++;
        }
        if (!opt && g === 'punct' && pl === 'punct' && heads[i] !== w.head && crossFree(a.heads, a.deprels, i, w.head - 1)) goldLegal++;
        if (g !== 'punct' && pl === 'punct') predPunctGoldOther++;
        if (heads[i] !== w.head) return;
        uas++;
        if (g === 'punct') pOk++;
        if (pl === g) las++;
      });
    });
    console.log(`  ${name.padEnd(24)} UAS ${pct(uas, words)} LAS ${pct(las, words)}  punct heads ${pOk} / ${punct} (wrong ${punct - pOk})  moved ${moved} (fixed ${fixed}, broken ${broken})${opt ? '' : `, wrong with the gold head projective in the predicted tree ${goldLegal}`}  labels: gold punct not punct ${goldPunctLabelledOther}, punct not gold punct ${predPunctGoldOther}`);
  };
  console.log('predicted trees (the chain), then each variant on top:');
  score('chain', null);
  for (const [name, opt] of VARIANTS) score(name, opt);
}
