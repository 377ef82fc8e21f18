// What a parser relabeller model (src/nlp/parser-relabel.ts) changes on EWT + GUM dev, by label
// pair: changes that fix a label on a correctly attached arc (good), that break one (bad), and
// changes on arcs whose head is wrong (neutral for LAS, but downstream rules read them).
// Usage: npx tsx scripts/relabel-changes.ts FILE.bin (a model written by scripts/train-relabel.ts)
import { readFileSync } from 'node:fs';
import { loadUd } from './train-parser.js';
import { parsedExamples } from './train-relabel.js';
import { RelabelModel } from '../src/nlp/parser-relabel.js';
import { getParser } from '../src/nlp/parser.js';

const file = process.argv[2];
if (!file) throw new Error('usage: relabel-changes.ts FILE.bin');
const m = RelabelModel.fromBuffer(readFileSync(file), file);
const L = getParser().model.header.labels;
const base = (l: string) => l.split(':')[0];
const good = new Map<string, number>();
const bad = new Map<string, number>();
const wrongHead = new Map<string, number>();
const bump = (map: Map<string, number>, k: string) => map.set(k, (map.get(k) ?? 0) + 1);
for (const f of ['en_ewt-ud-dev.conllu', 'en_gum-ud-dev.conllu']) {
  for (const e of parsedExamples(loadUd(f))) {
    const lab = Int32Array.from(e.labels);
    m.relabel(e.x, e.heads, lab);
    for (let i = 0; i < e.x.n; i++) {
      if (lab[i] === e.labels[i]) continue;
      const k = `${L[e.labels[i]!]}->${L[lab[i]!]}`;
      if (e.heads[i] !== e.goldHeads[i]) {
        bump(wrongHead, k);
        continue;
      }
      const g = base(L[e.goldLabels[i]!] ?? '?');
      const before = base(L[e.labels[i]!]!) === g;
      const after = base(L[lab[i]!]!) === g;
      if (after && !before) bump(good, k);
      else if (before && !after) bump(bad, k);
    }
  }
}
const sum = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);
console.log(`good ${sum(good)}, bad ${sum(bad)}, changes on wrongly attached arcs ${sum(wrongHead)}`);
console.log('change\tgood\tbad\twrong head');
const rows = [...new Set([...good.keys(), ...bad.keys(), ...wrongHead.keys()])].map((k) => [k, good.get(k) ?? 0, bad.get(k) ?? 0, wrongHead.get(k) ?? 0] as const);
rows.sort((a, b) => b[1] + b[2] + b[3] - (a[1] + a[2] + a[3]));
for (const r of rows.slice(0, 40)) console.log(r.join('\t'));
