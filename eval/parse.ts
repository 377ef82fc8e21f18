// Syntax accuracy on UD English EWT and GUM test sets (npm run eval:parse): gold tokenization,
// predicted tags — UPOS, XPOS, lemma accuracy, UAS and LAS (LAS as in shared/tools/score.py: the
// relation before ':' must match; "LAS full" also requires the subtype), then tokenization and
// sentence F1 from the raw text (eval/tokenize.ts). --pred DIR also writes the predicted CoNLL-U
// (DIR/<treebank>.pred.conllu) so the numbers can be checked with score.py.
//
// --mlp-margin M / --mlp-weight W set the parser MLP's consulting margin and weight (when
// models/parser-mlp.bin is attached), --no-parser-mlp detaches it: its mixes on one split in one run.
//
// --parser FILE parses with another parser model (same tagger and chain; eval/events-parser.ts).
//
// Usage: npx tsx eval/parse.ts [--split test|dev] [--pred DIR] [--mlp-margin M] [--mlp-weight W] [--no-parser-mlp] [--parser FILE]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { hasShared, sharedPath } from '../src/core/paths.js';
import { readConllu, writeConllu, type ConlluSentence } from '../src/nlp/conllu.js';
import { analyzeSentence } from '../src/nlp/parser-annotate.js';
import { getParser, type Parser } from '../src/nlp/parser.js';
import { parserFromFile } from './events-parser.js';
import { evalTokenization } from './tokenize.js';

export interface ParseEval {
  readonly file: string;
  readonly sentences: number;
  readonly tokens: number;
  readonly upos: number;
  readonly xpos: number;
  readonly lemma: number;
  readonly uas: number;
  readonly las: number;
  readonly lasFull: number;
  readonly ms: number;
}

/** Tags, lemmatizes and parses every sentence of a gold CoNLL-U file (its tokens only) and scores it. */
export function evalParse(conlluPath: string, predOut?: string, parser?: Parser): ParseEval {
  const gold = readConllu(readFileSync(conlluPath, 'utf8'));
  let n = 0;
  let upos = 0;
  let xpos = 0;
  let lemma = 0;
  let uas = 0;
  let las = 0;
  let lasFull = 0;
  const pred: ConlluSentence[] = [];
  const t0 = performance.now();
  for (const s of gold) {
    const a = analyzeSentence(s.words.map((w) => w.form), parser);
    s.words.forEach((w, i) => {
      n++;
      if (a.upos[i] === w.upos) upos++;
      if (a.xpos[i] === w.xpos) xpos++;
      if (a.lemmas[i] === w.lemma) lemma++;
      if (a.heads[i] === w.head) {
        uas++;
        if (a.deprels[i]!.split(':')[0] === w.deprel.split(':')[0]) las++;
        if (a.deprels[i] === w.deprel) lasFull++;
      }
    });
    if (predOut) {
      pred.push({
        ...s,
        words: s.words.map((w, i) => ({ ...w, lemma: a.lemmas[i]!, upos: a.upos[i]!, xpos: a.xpos[i]!, feats: '_', head: a.heads[i]!, deprel: a.deprels[i]!, deps: '_' })),
      });
    }
  }
  const ms = performance.now() - t0;
  if (predOut) writeFileSync(predOut, writeConllu(pred));
  return { file: conlluPath, sentences: gold.length, tokens: n, upos: upos / n, xpos: xpos / n, lemma: lemma / n, uas: uas / n, las: las / n, lasFull: lasFull / n, ms };
}

const pct = (x: number) => (100 * x).toFixed(2);

function main(argv: string[]): void {
  let split = 'test';
  let predDir: string | undefined;
  let margin: number | undefined;
  let weight: number | undefined;
  let parserFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--split') split = argv[++i]!;
    else if (argv[i] === '--pred') predDir = argv[++i]!;
    else if (argv[i] === '--mlp-margin') margin = Number(argv[++i]);
    else if (argv[i] === '--mlp-weight') weight = Number(argv[++i]);
    else if (argv[i] === '--parser') parserFile = argv[++i]!;
  }
  if (!hasShared()) {
    console.log('eval:parse skipped: ../shared is not present');
    return;
  }
  const parser = parserFile ? parserFromFile(parserFile) : getParser();
  if (parserFile) console.log(`parser model ${parserFile}`);
  const model = parser.model;
  const mlp = argv.includes('--no-parser-mlp') ? null : model.mlpModel;
  model.setMlp(mlp, margin ?? mlp?.meta.margin, weight ?? mlp?.meta.weight);
  if (mlp) console.log(`parser MLP attached: margin ${margin ?? mlp.meta.margin}, weight ${weight ?? mlp.meta.weight}`);
  if (predDir) mkdirSync(predDir, { recursive: true });
  console.log(`treebank  split  sents  tokens  UPOS   XPOS   Lemma  UAS    LAS    LAS-full  tok/s(tag+lem+parse)  TokF1  SentF1`);
  for (const tb of ['en_ewt', 'en_gum']) {
    const file = sharedPath('data', 'ud', `${tb}-ud-${split}.conllu`);
    const r = evalParse(file, predDir ? join(predDir, `${tb}-${split}.pred.conllu`) : undefined, parser);
    const tok = evalTokenization(file);
    console.log(
      [
        tb.padEnd(8),
        split.padEnd(5),
        String(r.sentences).padStart(5),
        String(r.tokens).padStart(7),
        pct(r.upos),
        pct(r.xpos),
        pct(r.lemma),
        pct(r.uas),
        pct(r.las),
        pct(r.lasFull).padEnd(8),
        String(Math.round(r.tokens / (r.ms / 1000))).padStart(20),
        pct(tok.tokens.f1),
        pct(tok.sentences.f1),
      ].join('  ') + (mlp ? `  MLP consultations/token ${(mlp.calls / r.tokens).toFixed(2)}` : ''),
    );
    if (mlp) mlp.calls = 0;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2));
}
