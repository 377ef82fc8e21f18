// Dev LAS by genre for parser model files side by side: EWT dev by its sent_id prefix (answers, email,
// newsgroup, reviews, weblog), GUM dev by the genre in its document name (GUM_news_…). The whole-set
// figures (scripts/parser-candidates.ts) can hide a gain in one genre paid for in another — session
// 21's self-trained parsers gained on GUM news and lost on EWT e-mail (eval/parser-selftrain-21.md).
// The shipped tagger's tags, as parser-candidates. An eval job: run it in the work lock.
//   npx tsx scripts/parser-dev-genres.ts FILE[@WIDTH[:MARGIN]] ...   (FILE "shipped" = models/parser.bin)
import { readFileSync } from 'node:fs';
import { readConllu } from '../src/nlp/conllu.js';
import { modelPath, sharedPath } from '../src/core/paths.js';
import { ParserModel } from '../src/nlp/parser-model.js';
import { getTagger } from '../src/nlp/tagger.js';

const specs = process.argv.slice(2);
const models = specs.map((spec) => {
  const [file, decode] = spec.split('@');
  const path = file === 'shipped' ? modelPath('parser.bin') : file!;
  const m = ParserModel.fromBuffer(readFileSync(path), path);
  if (decode) {
    const [width, margin] = decode.split(':');
    m.setBeam(Number(width), margin ? Number(margin) : Infinity);
  }
  return m;
});
const tagger = getTagger();

/** The genre a dev sentence's id names: "GUM_news_iodine-3" → news, "email-enronsent01_01-0001" → email. */
function genreOf(set: 'ewt' | 'gum', sentId: string): string {
  return set === 'gum' ? (sentId.split('_')[1] ?? '?') : (sentId.split('-')[0] ?? '?');
}

for (const set of ['ewt', 'gum'] as const) {
  const sents = readConllu(readFileSync(sharedPath('data', 'ud', `en_${set}-ud-dev.conllu`), 'utf8'));
  // genre → [tokens, LAS hits of each model]
  const rows = new Map<string, number[]>();
  let heads = new Int32Array(256);
  let labs = new Int32Array(256);
  for (const s of sents) {
    const id = /^#\s*sent_id\s*=\s*(\S+)/.exec(s.comments.find((c) => /^#\s*sent_id/.test(c)) ?? '')?.[1] ?? '';
    const forms = s.words.map((w) => w.form);
    if (forms.length > heads.length) {
      heads = new Int32Array(forms.length * 2);
      labs = new Int32Array(forms.length * 2);
    }
    const t = tagger.tag(forms);
    const g = genreOf(set, id);
    let row = rows.get(g);
    if (!row) rows.set(g, (row = new Array<number>(models.length + 1).fill(0)));
    row[0]! += forms.length;
    models.forEach((m, k) => {
      m.parseInput(m.prepare(forms, t.upos, t.xpos), heads, labs);
      // LAS as evaluateParser counts it: the head and the label's universal part
      s.words.forEach((w, i) => {
        if (heads[i] === w.head && m.header.labels[labs[i]!]!.split(':')[0] === w.deprel.split(':')[0]) row![k + 1]!++;
      });
    });
  }
  console.log(`\n${set.toUpperCase()} dev LAS by genre\n| genre | tokens | ${specs.join(' | ')} |\n|---|---|${specs.map(() => '---').join('|')}|`);
  for (const [g, r] of [...rows].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`| ${g} | ${r[0]} | ${r.slice(1).map((x) => ((100 * x) / r[0]!).toFixed(2)).join(' | ')} |`);
  }
}
