// Tagger error categories on a dev set (never test): UPOS confusion pairs (gold→predicted) with
// counts and examples, split by whether the word is capitalised, known to the tag dictionary, or
// sentence-initial — the evidence for choosing the next tagger lever (issue 19).
//   npx tsx scripts/tagger-errors.ts [--split dev] [--treebank en_ewt] [--top 25]
import { readFileSync } from 'node:fs';
import { sharedPath } from '../src/core/paths.js';
import { readConllu } from '../src/nlp/conllu.js';
import { getTagger } from '../src/nlp/tagger.js';
import { lowerKey } from '../src/nlp/features-tagger.js';
import { KeyIndex } from '../src/nlp/hash.js';

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : dflt;
};
const split = arg('--split', 'dev');
if (split === 'test') throw new Error('tagger-errors: categorise dev or train errors, never test');
const tb = arg('--treebank', 'en_ewt');
const top = Number(arg('--top', '25'));
const sents = readConllu(readFileSync(sharedPath('data', 'ud', `${tb}-ud-${split}.conllu`), 'utf8'));
const tagger = getTagger();
const t = tagger.tables();
const dict = new KeyIndex(t.dictKeys, t.dictVals);
const pairs = new Map<string, { n: number; cap: number; known: number; first: number; ex: Map<string, number> }>();
let n = 0;
let wrong = 0;
for (const s of sents) {
  const forms = s.words.map((w) => w.form);
  const r = tagger.tag(forms);
  s.words.forEach((w, i) => {
    n++;
    if (r.upos[i] === w.upos) return;
    wrong++;
    const k = `${w.upos}→${r.upos[i]}`;
    const p = pairs.get(k) ?? { n: 0, cap: 0, known: 0, first: 0, ex: new Map() };
    p.n++;
    if (/^[A-Z]/.test(w.form)) p.cap++;
    if (dict.get(lowerKey(w.form)) !== -1) p.known++;
    if (i === 0) p.first++;
    p.ex.set(w.form, (p.ex.get(w.form) ?? 0) + 1);
    pairs.set(k, p);
  });
}
console.log(`${tb} ${split}: ${n} tokens, ${wrong} UPOS errors (${((100 * (n - wrong)) / n).toFixed(2)}%)`);
console.log('gold→pred  errors  capitalised  in-dict  sentence-initial  examples');
for (const [k, p] of [...pairs].sort((a, b) => b[1].n - a[1].n).slice(0, top)) {
  const ex = [...p.ex].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([f, c]) => (c > 1 ? `${f}×${c}` : f));
  console.log(`${k.padEnd(12)} ${String(p.n).padStart(5)} ${String(p.cap).padStart(8)} ${String(p.known).padStart(8)} ${String(p.first).padStart(8)}  ${ex.join(' ')}`);
}
