// The dependency parser's public face: `getParser()` loads models/parser.bin once, lazily, and
// `parse(forms, upos, xpos)` returns UD heads (1-based, 0 = ROOT) and relations for one sentence.
// The model and transition system live in parser-model.ts / parser-state.ts; training in
// parser-train.ts (run by `npm run train`).
import { existsSync, readFileSync } from 'node:fs';
import { NewsgraphError } from '../core/errors.js';
import { modelPath } from '../core/paths.js';
import { ParserModel } from './parser-model.js';
import { RELABEL_FILE, RelabelModel } from './parser-relabel.js';
import { PARSER_MLP_FILE, PARSER_MLP_KIND, parserMlpFromModel, taggerMlpVectors } from './parser-mlp.js';
import { readModelFile } from './model-io.js';
import { getTagger } from './tagger.js';
import { defaultWordClusters } from './word-clusters.js';

export const PARSER_FILE = 'parser.bin';

export interface ParseResult {
  /** heads[i] is the 1-based head of word i+1, 0 for the root */
  heads: number[];
  deprels: string[];
}

export class Parser {
  private heads = new Int32Array(256);
  private labels = new Int32Array(256);
  /** tagger class id → parser tag ids, for the class inventory it was built from (parseIdsInto) */
  private tagMap: { u: Int32Array; p: Int32Array } | null = null;
  private mapFor: readonly string[] | null = null;
  private mapForX: readonly string[] | null = null;

  /** the second-pass arc labeller (parser-relabel.ts), run on every finished tree; null: the parser's labels stand */
  constructor(
    readonly model: ParserModel,
    readonly relabeller: RelabelModel | null = null,
  ) {}

  /** Parses one sentence of n ≥ 0 words; the result is always a single-rooted tree. */
  parse(forms: readonly string[], upos: readonly string[], xpos: readonly string[]): ParseResult {
    const n = forms.length;
    if (upos.length !== n || xpos.length !== n) {
      throw new NewsgraphError('E042', `parse expects as many tags as words, found ${n} words, ${upos.length} UPOS, ${xpos.length} XPOS`);
    }
    this.parseInto(forms, upos, xpos);
    const heads = new Array<number>(n);
    const deprels = new Array<string>(n);
    const names = this.model.header.labels;
    for (let i = 0; i < n; i++) {
      heads[i] = this.heads[i]!;
      deprels[i] = names[this.labels[i]!]!;
    }
    return { heads, deprels };
  }

  /**
   * Parses into internal buffers and returns them (heads 1-based, label ids into labelNames):
   * valid until the next call. For callers that do not want arrays of strings.
   */
  parseInto(forms: readonly string[], upos: readonly string[], xpos: readonly string[]): { heads: Int32Array; labels: Int32Array } {
    const n = forms.length;
    if (this.heads.length < n) {
      this.heads = new Int32Array(n * 2);
      this.labels = new Int32Array(n * 2);
    }
    if (n > 0) {
      const x = this.model.prepare(forms, upos, xpos);
      this.model.parseInput(x, this.heads, this.labels);
      this.relabeller?.relabel(x, this.heads, this.labels);
    }
    return { heads: this.heads, labels: this.labels };
  }

  /**
   * parseInto() for tags given as tagger class ids (Tagger.tagIds) with the tagger's class names:
   * the same parse without building tag strings or looking them up per token.
   */
  parseIdsInto(forms: readonly string[], tagIds: ArrayLike<number>, uposOf: readonly string[], xposOf: readonly string[]): { heads: Int32Array; labels: Int32Array } {
    const n = forms.length;
    if (this.heads.length < n) {
      this.heads = new Int32Array(n * 2);
      this.labels = new Int32Array(n * 2);
    }
    if (this.mapFor !== uposOf || this.mapForX !== xposOf) {
      this.tagMap = this.model.tagIdMap(uposOf, xposOf);
      this.mapFor = uposOf;
      this.mapForX = xposOf;
    }
    if (n > 0) {
      const x = this.model.prepareIds(forms, tagIds, this.tagMap!);
      this.model.parseInput(x, this.heads, this.labels);
      this.relabeller?.relabel(x, this.heads, this.labels);
    }
    return { heads: this.heads, labels: this.labels };
  }

  get labelNames(): readonly string[] {
    return this.model.header.labels;
  }
}

let cached: Parser | null = null;

/** The shipped parser (models/parser.bin), loaded on first use. Throws E021 when missing or corrupt. */
export function getParser(): Parser {
  if (!cached) {
    const path = modelPath(PARSER_FILE);
    if (!existsSync(path)) throw new NewsgraphError('E021', `expected a parser model at ${path}, found none — run \`npm run train\``, path);
    const model = ParserModel.fromFile(path);
    // the relabeller is optional: a parser trained without it parses as before
    const rpath = modelPath(RELABEL_FILE);
    const relabeller = existsSync(rpath) ? RelabelModel.fromBuffer(readFileSync(rpath), rpath) : null;
    if (relabeller && relabeller.header.labels.join('\t') !== model.header.labels.join('\t')) {
      throw new NewsgraphError('E021', `${rpath}: expected the label inventory of ${path}, found another — run \`npm run train\``, rpath);
    }
    attachParserMlp(model);
    cached = new Parser(model, relabeller);
  }
  return cached;
}

/**
 * Attaches models/parser-mlp.bin, the transitions' MLP second opinion, when it was built (a parser
 * without it parses as before); it reads the tagger MLP's word vectors. E021 when it does not fit.
 */
export function attachParserMlp(model: ParserModel): void {
  const path = modelPath(PARSER_MLP_FILE);
  if (!existsSync(path)) return;
  const tmlp = getTagger().mlpModel;
  const clusters = defaultWordClusters();
  if (!tmlp || !clusters) throw new NewsgraphError('E021', `${path} needs the tagger MLP's word vectors (models/tagger-mlp.bin) and the word clusters — run \`npm run train\``, path);
  model.setMlp(parserMlpFromModel(readModelFile(path, PARSER_MLP_KIND), taggerMlpVectors(tmlp, clusters), path));
}

/** Drops the cached model (after retraining, or in tests). */
export function resetParser(): void {
  cached = null;
}
