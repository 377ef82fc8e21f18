// Builds the agreement-filtered self-training corpus for the parser (issue 19, session 21; see
// src/nlp/self-train.ts and eval/parser-selftrain-21.md). Unlabelled text we may train shipped
// weights on — the CC BY Wikinews articles of ../shared/data/wikinews (minus the 40 rows of the
// Wikinews dev set, eval/wikinews-dev/articles.tsv) and the sentence texts of the NER corpora
// (Re-DocRED, CrossNER train + dev (never its test split), wikigold, re3d; not UNER PUD — it is UD
// PUD, already gold training trees — nor the tweets of BTC) — is split and tokenised by our own
// segmenter, tagged by the shipped tagger, filtered (length band, names, capitals, final
// punctuation), parsed by two parsers (A: models/parser.bin, B: --b FILE, e.g. the shipped
// configuration retrained with seed 1), and the sentences whose two trees agree on every head and
// label are written as CoNLL-U (the tagger's tags, parser A's tree) to --out (default
// .cache/self-train/agreed.conllu; not committed, not shipped). It also reports how accurate the
// agreeing trees are, on EWT and GUM dev: both parsers on the shipped tagger's tags, LAS of the
// sentences where they agree against those where they do not.
//   npx tsx scripts/self-train-corpus.ts --b /tmp/parser-seed1.bin [--out FILE] [--min 5] [--max 40]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { modelPath } from '../src/core/paths.js';
import { ParserModel } from '../src/nlp/parser-model.js';
import { getTagger } from '../src/nlp/tagger.js';
import { segmentText } from '../src/nlp/segment-text.js';
import { writeConllu, type ConlluSentence } from '../src/nlp/conllu.js';
import { DEFAULT_SELF_TRAIN_FILTER, selfTrainReject, treesAgree, type SelfTrainFilter } from '../src/nlp/self-train.js';
import { readNerCorpus, CROSSNER_DOMAINS } from '../src/stages/entities/corpora/index.js';
import { wikinews } from '../bench/corpora.js';
import { devArticles } from '../eval/wikinews-dev/articles.js';
import { loadUd } from './train-parser.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const bFile = opt('--b');
if (!bFile) throw new Error('--b FILE: the second parser (e.g. the shipped configuration trained with --seed 1)');
const out = resolve(opt('--out') ?? '.cache/self-train/agreed.conllu');
const filter: SelfTrainFilter = { ...DEFAULT_SELF_TRAIN_FILTER, minTokens: Number(opt('--min') ?? DEFAULT_SELF_TRAIN_FILTER.minTokens), maxTokens: Number(opt('--max') ?? DEFAULT_SELF_TRAIN_FILTER.maxTokens) };

// each model decodes as it would ship: its own beam width and pruning margin (from its header)
const A = ParserModel.fromBuffer(readFileSync(modelPath('parser.bin')), modelPath('parser.bin'));
const B = ParserModel.fromBuffer(readFileSync(bFile), bFile);
const tagger = getTagger();

let heads = [new Int32Array(256), new Int32Array(256)];
let labs = [new Int32Array(256), new Int32Array(256)];
function parseBoth(forms: string[], upos: string[], xpos: string[]): { heads: number[]; labels: string[] }[] {
  if (forms.length > heads[0]!.length) {
    heads = [new Int32Array(forms.length * 2), new Int32Array(forms.length * 2)];
    labs = [new Int32Array(forms.length * 2), new Int32Array(forms.length * 2)];
  }
  return [A, B].map((m, k) => {
    m.parseInput(m.prepare(forms, upos, xpos), heads[k]!, labs[k]!);
    return { heads: Array.from(heads[k]!.subarray(0, forms.length)), labels: Array.from(labs[k]!.subarray(0, forms.length), (l) => m.header.labels[l]!) };
  });
}

// 1. How accurate are agreeing trees? EWT / GUM dev (gold trees, the shipped tagger's tags).
const dev: string[] = [];
for (const f of ['en_ewt-ud-dev.conllu', 'en_gum-ud-dev.conllu']) {
  const acc = { agree: { s: 0, n: 0, las: 0, uas: 0, sentOk: 0 }, differ: { s: 0, n: 0, las: 0, uas: 0, sentOk: 0 }, agreeBand: { s: 0, n: 0, las: 0, uas: 0, sentOk: 0 } };
  for (const g of loadUd(f)) {
    const t = tagger.tag(g.forms);
    const [a, b] = parseBoth(g.forms, t.upos, t.xpos);
    const agree = treesAgree(a!.heads, a!.labels, b!.heads, b!.labels, g.forms.length);
    const buckets = [agree ? acc.agree : acc.differ];
    if (agree && !selfTrainReject(g.forms, t.upos, filter)) buckets.push(acc.agreeBand);
    let ok = 0;
    for (const c of buckets) c.s++;
    for (let i = 0; i < g.forms.length; i++) {
      const uasOk = a!.heads[i] === g.heads[i];
      const lasOk = uasOk && a!.labels[i]!.split(':')[0] === g.labels[i]!.split(':')[0];
      if (lasOk) ok++;
      for (const c of buckets) {
        c.n++;
        if (uasOk) c.uas++;
        if (lasOk) c.las++;
      }
    }
    if (ok === g.forms.length) for (const c of buckets) c.sentOk++;
  }
  for (const [k, c] of Object.entries(acc)) {
    dev.push(`| ${f.replace('-ud-', ' ').replace('.conllu', '')} | ${k} | ${c.s} | ${c.n} | ${((100 * c.uas) / c.n).toFixed(2)} | ${((100 * c.las) / c.n).toFixed(2)} | ${((100 * c.sentOk) / c.s).toFixed(1)} |`);
  }
}
console.log('dev: parser A (models/parser.bin) on the shipped tagger\'s tags, by whether B agrees\n| set | trees | sentences | tokens | UAS A | LAS A | whole sentence right % |\n|---|---|---|---|---|---|---|');
console.log(dev.join('\n'));

// 2. The unlabelled text, sentence by sentence.
const devTexts = new Set(devArticles().map((a) => a.text));
const texts: { corpus: string; source: string; text: string }[] = [];
for (const a of wikinews()) if (!devTexts.has(a.text)) texts.push({ corpus: 'wikinews', source: a.id, text: a.text });
for (const name of ['redocred', ...CROSSNER_DOMAINS.map((d) => `crossner-${d}`), 'wikigold', 're3d']) {
  const c = readNerCorpus(name);
  for (const d of [...c.train, ...c.dev]) for (const s of d.sentences) texts.push({ corpus: name, source: `${name}:${d.id}`, text: s.text });
}

const seen = new Set<string>();
const reasons = new Map<string, number>();
const bySource = new Map<string, { sents: number; tokens: number; pool: number; agreed: number; agreedTokens: number }>();
const agreed: ConlluSentence[] = [];
let n = 0;
for (const t of texts) {
  let row = bySource.get(t.corpus);
  if (!row) bySource.set(t.corpus, (row = { sents: 0, tokens: 0, pool: 0, agreed: 0, agreedTokens: 0 }));
  const seg = segmentText(t.text);
  for (const s of seg.sentences) {
    const forms = seg.tokens.slice(s.tokenStart, s.tokenEnd).map((k) => k.form);
    row.sents++;
    row.tokens += forms.length;
    const key = forms.join(' ');
    // the NER corpora share some Wikipedia sentences, and Wikinews repeats boilerplate
    if (seen.has(key)) {
      reasons.set('duplicate', (reasons.get('duplicate') ?? 0) + 1);
      continue;
    }
    seen.add(key);
    const tags = tagger.tag(forms);
    const why = selfTrainReject(forms, tags.upos, filter);
    if (why) {
      reasons.set(why, (reasons.get(why) ?? 0) + 1);
      continue;
    }
    row.pool++;
    const [a, b] = parseBoth(forms, tags.upos, tags.xpos);
    if (!treesAgree(a!.heads, a!.labels, b!.heads, b!.labels, forms.length)) continue;
    row.agreed++;
    row.agreedTokens += forms.length;
    agreed.push({
      comments: [`# sent_id = selftrain-${++n}`, `# source = ${t.source}`, `# text = ${t.text.slice(s.start, s.end).replace(/\s+/g, ' ')}`],
      words: forms.map((form, i) => ({ id: i + 1, form, lemma: '_', upos: tags.upos[i]!, xpos: tags.xpos[i]!, feats: '_', head: a!.heads[i]!, deprel: a!.labels[i]!, deps: '_', misc: '_' })),
      multiwords: [],
      line: 0,
    });
  }
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, writeConllu(agreed));
console.log('\n| source | sentences | tokens | in the filter band | agreed | agreed tokens |\n|---|---|---|---|---|---|');
const total = { sents: 0, tokens: 0, pool: 0, agreed: 0, agreedTokens: 0 };
for (const [k, r] of bySource) {
  console.log(`| ${k} | ${r.sents} | ${r.tokens} | ${r.pool} | ${r.agreed} | ${r.agreedTokens} |`);
  for (const f of Object.keys(total) as (keyof typeof total)[]) total[f] += r[f];
}
console.log(`| all | ${total.sents} | ${total.tokens} | ${total.pool} | ${total.agreed} (${((100 * total.agreed) / total.pool).toFixed(1)}%) | ${total.agreedTokens} |`);
console.log(`left out: ${[...reasons].map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`wrote ${out}`);
