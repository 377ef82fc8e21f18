// `newsgraph parse [file|-]`: raw text → CoNLL-U (segment stage for sentences and tokens, then tag,
// lemmatize, parse). With --conllu the input is CoNLL-U: its tokenization and sentence breaks are
// kept, its LEMMA/UPOS/XPOS/FEATS/HEAD/DEPREL/DEPS columns are ignored and replaced by ours. A word
// that a repair of the syntax chain changed carries the repair's rule id in MISC ("Repair=syntax:punct-convention",
// syntax-repair-rules.ts), as an output token carries `repair`. A malformed input fails as one line
// `newsgraph parse: E020 …: line N: …` with exit code 1.
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { createDoc } from '../../core/doc.js';
import { isNewsgraphError, NewsgraphError } from '../../core/errors.js';
import { writeConllu, type ConlluSentence, type ConlluWord } from '../../nlp/conllu.js';
import { readConlluStrict } from '../../nlp/conllu-strict.js';
import { analyzeSentence } from '../../nlp/parser-annotate.js';
import { repairRule } from '../../nlp/syntax-repair-rules.js';
import { segmentStage } from '../../stages/segment/index.js';

interface ParseOptions {
  conllu?: boolean;
}

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('tag, lemmatize and dependency-parse text; print CoNLL-U')
    .argument('[file]', 'a text file, or - for stdin', '-')
    .option('--conllu', 'the input is CoNLL-U: keep its tokens and sentences, replace its annotation')
    .action((file: string, opts: ParseOptions) => {
      process.exitCode = runParse(file, opts, (s) => process.stdout.write(s), (s) => process.stderr.write(s + '\n'));
    });
}

/** Runs the command; returns the exit code. Exported for tests. */
export function runParse(file: string, opts: ParseOptions, out: (s: string) => void, err: (line: string) => void): number {
  try {
    const input = readInput(file);
    out(opts.conllu ? parseConllu(input) : parseText(input, file));
    return 0;
  } catch (e) {
    if (isNewsgraphError(e)) {
      err(`newsgraph parse: ${e.message.replace(/\s*\n\s*/g, ' ')}`);
      return 1;
    }
    throw e;
  }
}

function readInput(file: string): string {
  if (file === '-') return readFileSync(0, 'utf8');
  if (!existsSync(file)) throw new NewsgraphError('E001', `expected a readable file, found no file at ${file}`, file);
  return readFileSync(file, 'utf8');
}

/** The predicted columns of word i (FEATS and DEPS are not predicted: cleared). */
function predicted(a: ReturnType<typeof analyzeSentence>, i: number) {
  return { lemma: a.lemmas[i]!, upos: a.upos[i]!, xpos: a.xpos[i]!, feats: '_', head: a.heads[i]!, deprel: a.deprels[i]!, deps: '_' };
}

/** MISC with the word's repair (an input's own Repair= dropped: the column says what this parse did) */
function miscWith(misc: string, code: number): string {
  const kept = misc === '_' ? [] : misc.split('|').filter((a) => !a.startsWith('Repair='));
  const rule = repairRule(code);
  if (rule) kept.push(`Repair=${rule}`);
  return kept.length ? kept.join('|') : '_';
}

/** CoNLL-U in, CoNLL-U out with predicted LEMMA, UPOS, XPOS, HEAD, DEPREL (FEATS and DEPS cleared). */
export function parseConllu(input: string): string {
  const sents = readConlluStrict(input);
  const out: ConlluSentence[] = sents.map((s) => {
    const repairs = new Uint16Array(s.words.length);
    const a = analyzeSentence(s.words.map((w) => w.form), undefined, repairs);
    const words: ConlluWord[] = s.words.map((w, i) => ({ ...w, ...predicted(a, i), misc: miscWith(w.misc, repairs[i]!) }));
    return { ...s, words };
  });
  return writeConllu(out);
}

/** Raw text in: sentences and tokens from the segment stage, then the syntax chain. */
export function parseText(text: string, source = 'stdin'): string {
  if (!text.trim()) return '';
  const doc = segmentStage.run(createDoc(text, { source }), { published: null, options: {} });
  const out: ConlluSentence[] = [];
  for (const s of doc.sentences) {
    const toks = doc.tokens.slice(s.tokenStart, s.tokenEnd);
    if (!toks.length) continue;
    const repairs = new Uint16Array(toks.length);
    const a = analyzeSentence(toks.map((t) => t.form), undefined, repairs);
    out.push({
      comments: [`# sent_id = ${out.length + 1}`, `# text = ${text.slice(s.start, s.end).replace(/\s*\n\s*/g, ' ')}`],
      multiwords: [],
      line: 0,
      words: toks.map((t, i) => ({ id: i + 1, form: t.form, ...predicted(a, i), misc: miscWith(t.spaceAfter ? '_' : 'SpaceAfter=No', repairs[i]!) })),
    });
  }
  return writeConllu(out);
}
