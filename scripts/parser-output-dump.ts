// Dumps the parser's (head, deprel) for every token of EWT dev, GUM dev (gold tags through parse(),
// our tagger's tags through parseIdsInto()) and the Wikinews bench corpus (our segmentation and
// tags), so a runtime change to the parser can be checked to leave its output byte-identical:
//   npx tsx scripts/parser-output-dump.ts /tmp/before.txt   (then after the change: /tmp/after.txt; cmp)
// Also decodes with the beam unpruned (margin ∞, the trainer's decoding) and greedily (width 1), so
// those paths are covered too. Prints a sha256 per section.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { sharedPath } from '../src/core/paths.js';
import { readConllu } from '../src/nlp/conllu.js';
import { getParser } from '../src/nlp/parser.js';
import { getTagger } from '../src/nlp/tagger.js';
import { segmentText } from '../src/nlp/segment-text.js';
import { wikinews } from '../bench/corpora.js';

const out = process.argv[2];
if (!out) throw new Error('usage: npx tsx scripts/parser-output-dump.ts OUT_FILE');
const parser = getParser();
const tagger = getTagger();
const names = parser.labelNames;
const corpora: { name: string; sents: { forms: string[]; upos?: string[]; xpos?: string[] }[] }[] = [];
for (const f of ['en_ewt-ud-dev.conllu', 'en_gum-ud-dev.conllu']) {
  const sents = readConllu(readFileSync(sharedPath('data', 'ud', f), 'utf8')).map((s) => ({ forms: s.words.map((w) => w.form), upos: s.words.map((w) => w.upos), xpos: s.words.map((w) => w.xpos) }));
  corpora.push({ name: f, sents });
}
const wn: { forms: string[] }[] = [];
for (const a of wikinews()) {
  const seg = segmentText(a.text);
  for (const s of seg.sentences) wn.push({ forms: seg.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.form) });
}
corpora.push({ name: 'wikinews', sents: wn });

const model = parser.model;
const width = model.beamWidth;
const margin = model.beamMargin;
const lines: string[] = [];
let ids = new Int32Array(256);
for (const [mode, w, m] of [['shipped', width, margin], ['unpruned', width, Infinity], ['greedy', 1, Infinity]] as const) {
  model.setBeam(w, m);
  for (const c of corpora) {
    const start = lines.length;
    for (const s of c.sents) {
      const n = s.forms.length;
      if (n === 0) continue;
      if (s.upos && s.xpos && mode === 'shipped') {
        const r = parser.parse(s.forms, s.upos, s.xpos);
        lines.push('g ' + r.heads.map((h, i) => `${h}:${r.deprels[i]}`).join(' '));
      }
      if (ids.length < n) ids = new Int32Array(n * 2);
      tagger.tagIds(s.forms, ids, n);
      const r = parser.parseIdsInto(s.forms, ids, tagger.uposOf, tagger.xposOf);
      let line = 't';
      for (let i = 0; i < n; i++) line += ` ${r.heads[i]}:${names[r.labels[i]!]}`;
      lines.push(line);
    }
    const sha = createHash('sha256').update(lines.slice(start).join('\n')).digest('hex').slice(0, 16);
    console.log(`${mode} ${c.name}: ${lines.length - start} parses, sha256 ${sha}`);
    lines.push(`# end ${mode} ${c.name}`);
  }
}
model.setBeam(width, margin);
writeFileSync(out, lines.join('\n') + '\n');
console.log(`wrote ${out}: ${lines.length} lines, sha256 ${createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16)}`);
