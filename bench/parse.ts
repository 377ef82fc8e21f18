// Throughput and memory of tag + lemmatize + parse on one core over a fixed corpus: the Wikinews
// 2019–2020 articles, segmented by our tokenizer beforehand (segmentation is not timed). For
// reference, wink-nlp's POS tagger (wink-eng-lite-web-model) on the same texts — note that wink's
// time includes its own tokenization and that it does no dependency parsing.
// Usage: npx tsx bench/parse.ts [--rounds N] [--no-wink] [--parser-model FILE] (a parser.bin other than
// the shipped one: before/after comparisons in one run of the machine lock) [--no-parser-mlp]; bench/run.ts can call benchParse().
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { hasShared } from '../src/core/paths.js';
import { segmentText } from '../src/nlp/segment-text.js';
import { getLemmatizer } from '../src/nlp/lemmatizer.js';
import { readFileSync } from 'node:fs';
import { getParser, Parser } from '../src/nlp/parser.js';
import { ParserModel } from '../src/nlp/parser-model.js';
import { getTagger } from '../src/nlp/tagger.js';
import { wikinews } from './corpora.js';

export interface ParseBench {
  corpus: string;
  articles: number;
  sentences: number;
  tokens: number;
  /** tag + parse (the parser's acceptance figure), wall clock */
  tagParseTokensPerSec: number;
  /** the same per CPU second of this process (stabler when other processes share the cores) */
  tagParseTokensPerCpuSec: number;
  /** the tagger alone, per CPU second */
  taggerTokensPerCpuSec: number;
  /** the parser alone (tags computed beforehand), per CPU second */
  parserTokensPerCpuSec: number;
  /** tag + lemmatize + parse (what the syntax stage does) */
  fullTokensPerSec: number;
  /** process peak RSS after our runs (before wink is loaded), MB */
  peakRssMB: number;
  wink: { tokens: number; tokensPerSec: number; peakRssMB: number } | null;
}

const peakMB = () => Math.round(process.resourceUsage().maxRSS / 1024);

export async function benchParse(opts: { rounds?: number; wink?: boolean; parserModel?: string; parserMlp?: boolean } = {}): Promise<ParseBench | null> {
  if (!hasShared()) return null;
  const rounds = opts.rounds ?? 3;
  const articles = wikinews();
  const sents: string[][] = [];
  for (const a of articles) {
    const seg = segmentText(a.text);
    for (const s of seg.sentences) sents.push(seg.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.form));
  }
  const tokens = sents.reduce((n, s) => n + s.length, 0);
  const tagger = getTagger();
  const parser = opts.parserModel ? new Parser(ParserModel.fromBuffer(readFileSync(opts.parserModel), opts.parserModel)) : getParser();
  // --no-parser-mlp: the shipped parser without its MLP second opinion (before/after in one lock session)
  if (opts.parserMlp === false) parser.model.setMlp(null);
  const lem = getLemmatizer();
  // tag ids go straight to the parser, as in the syntax stage (src/nlp/parser-annotate.ts)
  let ids = new Int32Array(256);
  const { uposOf, xposOf } = tagger;
  const tagOne = (s: string[]) => {
    if (ids.length < s.length) ids = new Int32Array(s.length * 2);
    tagger.tagIds(s, ids, s.length);
  };
  const cpuRate = (f: () => void) => {
    const c0 = process.cpuUsage();
    for (let r = 0; r < rounds; r++) f();
    const c = process.cpuUsage(c0);
    return Math.round((tokens * rounds) / ((c.user + c.system) / 1e6));
  };
  // warm-up (JIT, lazy model loading)
  for (const s of sents.slice(0, 500)) {
    tagOne(s);
    parser.parseIdsInto(s, ids, uposOf, xposOf);
  }
  let t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    for (const s of sents) {
      tagOne(s);
      parser.parseIdsInto(s, ids, uposOf, xposOf);
    }
  }
  const tagParse = (tokens * rounds) / ((performance.now() - t0) / 1000);
  const c1 = process.cpuUsage(c0);
  const tagParseCpu = (tokens * rounds) / ((c1.user + c1.system) / 1e6);
  // the two halves alone: tagger, and parser on tags computed beforehand
  const tagged = sents.map((s) => {
    tagOne(s);
    return ids.slice(0, s.length);
  });
  const taggerCpu = cpuRate(() => {
    for (const s of sents) tagOne(s);
  });
  const parserCpu = cpuRate(() => {
    for (let i = 0; i < sents.length; i++) parser.parseIdsInto(sents[i]!, tagged[i]!, uposOf, xposOf);
  });
  t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const s of sents) {
      tagOne(s);
      for (let i = 0; i < s.length; i++) lem.lemmatize(s[i]!, uposOf[ids[i]!]!, xposOf[ids[i]!]!);
      parser.parseIdsInto(s, ids, uposOf, xposOf);
    }
  }
  const full = (tokens * rounds) / ((performance.now() - t0) / 1000);
  const peakRssMB = peakMB();

  let wink: ParseBench['wink'] = null;
  if (opts.wink ?? true) {
    const winkNlp = (await import('wink-nlp')).default;
    const model = (await import('wink-eng-lite-web-model')).default;
    const nlp = winkNlp(model);
    const its = nlp.its;
    for (const a of articles.slice(0, 20)) nlp.readDoc(a.text).tokens().out(its.pos);
    let wt = 0;
    const w0 = performance.now();
    for (let r = 0; r < rounds; r++) for (const a of articles) wt += nlp.readDoc(a.text).tokens().out(its.pos).length;
    wink = { tokens: wt / rounds, tokensPerSec: Math.round(wt / ((performance.now() - w0) / 1000)), peakRssMB: peakMB() };
  }
  return {
    corpus: `wikinews 2019-2020 (${articles.length} articles, our segmentation)`,
    articles: articles.length,
    sentences: sents.length,
    tokens,
    tagParseTokensPerSec: Math.round(tagParse),
    tagParseTokensPerCpuSec: Math.round(tagParseCpu),
    taggerTokensPerCpuSec: taggerCpu,
    parserTokensPerCpuSec: parserCpu,
    fullTokensPerSec: Math.round(full),
    peakRssMB,
    wink,
  };
}

/** Prints a tag+parse benchmark result (used by this script and by bench/run.ts). */
export function printParseBench(r: ParseBench): void {
  console.log(`corpus: ${r.corpus}, ${r.sentences} sentences, ${r.tokens} tokens`);
  console.log(`newsgraph tag+parse:       ${r.tagParseTokensPerSec} tokens/s wall, ${r.tagParseTokensPerCpuSec} tokens per CPU-second (one core)`);
  console.log(`  tagger alone: ${r.taggerTokensPerCpuSec}, parser alone: ${r.parserTokensPerCpuSec} tokens per CPU-second`);
  console.log(`newsgraph tag+lemma+parse: ${r.fullTokensPerSec} tokens/s`);
  console.log(`peak RSS (ours): ${r.peakRssMB} MB`);
  if (r.wink) console.log(`wink-nlp POS (incl. its tokenizer): ${r.wink.tokensPerSec} tokens/s over ${r.wink.tokens} tokens; peak RSS after loading wink ${r.wink.peakRssMB} MB`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--rounds');
  const m = process.argv.indexOf('--parser-model');
  const r = await benchParse({ rounds: i > 0 ? Number(process.argv[i + 1]) : 3, wink: !process.argv.includes('--no-wink'), ...(m > 0 ? { parserModel: process.argv[m + 1]! } : {}), parserMlp: !process.argv.includes('--no-parser-mlp') });
  if (!r) console.log('bench:parse skipped: ../shared is not present');
  else printParseBench(r);
}
