// The default pipeline with another parser model file in its syntax stage, so the events evaluation
// can compare two parsers in one process (eval/events.ts --parser FILE, eval/events-parse-diff.ts)
// without replacing models/parser.bin. getParser() loads only models/parser.bin, so the syntax chain
// of src/nlp/parser-annotate.ts (tag, repair, parse, lemmatize, repair) is repeated here around a
// given Parser; syntaxMatchesShipped() checks on real text that the copy still parses exactly as
// the shipped stage does (run by the diff tool before it trusts a comparison).
import { existsSync } from 'node:fs';
import { createDoc, withLayers, type Doc, type Token } from '../src/core/doc.js';
import { getLemmatizer } from '../src/nlp/lemmatizer.js';
import { ParserModel } from '../src/nlp/parser-model.js';
import { attachParserMlp, getParser, Parser } from '../src/nlp/parser.js';
import { repairMissingFiniteVerb, repairPrepositionAsClauseMark, repairSecondSubject, repairSubjectAsApposition } from '../src/nlp/syntax-repair.js';
import { getTagger } from '../src/nlp/tagger.js';
import { buildDefaultPipeline } from '../src/pipeline/default.js';
import { createPipeline, type Pipeline } from '../src/pipeline/pipeline.js';
import { createResources } from '../src/stages/resources.js';
import { syntaxStage } from '../src/stages/syntax/index.js';
import type { Stage } from '../src/stages/stage.js';

/** A parser over a model file (with the MLP second opinion when models/ has one, as getParser does). */
export function parserFromFile(path: string): Parser {
  if (!existsSync(path)) throw new Error(`no parser model at ${path}`);
  const model = ParserModel.fromFile(path);
  attachParserMlp(model);
  return new Parser(model);
}

/** parser-annotate.ts analyzeSentence with the parser given */
function analyze(parser: Parser, forms: readonly string[]) {
  const n = forms.length;
  const tagger = getTagger();
  const lem = getLemmatizer();
  const ids = new Int32Array(Math.max(1, n));
  tagger.tagIds(forms, ids, n);
  const { uposOf, xposOf } = tagger;
  repairMissingFiniteVerb(forms, ids, n, uposOf, xposOf);
  const r = parser.parseIdsInto(forms, ids, uposOf, xposOf);
  const names = parser.labelNames;
  const upos: string[] = [], xpos: string[] = [], lemmas: string[] = [], heads: number[] = [], deprels: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = ids[i]!;
    upos.push(uposOf[t]!);
    xpos.push(xposOf[t]!);
    lemmas.push(lem.lemmatize(forms[i]!, upos[i]!, xpos[i]!));
    heads.push(r.heads[i]!);
    deprels.push(names[r.labels[i]!]!);
  }
  repairSecondSubject(heads, deprels, upos);
  repairSubjectAsApposition(heads, deprels, xpos);
  repairPrepositionAsClauseMark(heads, deprels, xpos, forms);
  return { upos, xpos, lemmas, heads, deprels };
}

/** The syntax stage (src/stages/syntax) with `parser` instead of the shipped one. */
export function syntaxStageWith(parser: Parser): Stage {
  return {
    ...syntaxStage,
    run(doc) {
      const tokens: Token[] = doc.tokens.slice();
      for (const s of doc.sentences) {
        const n = s.tokenEnd - s.tokenStart;
        if (n <= 0) continue;
        const forms: string[] = [];
        for (let i = 0; i < n; i++) forms.push(doc.tokens[s.tokenStart + i]!.form);
        const a = analyze(parser, forms);
        for (let i = 0; i < n; i++) {
          const t = doc.tokens[s.tokenStart + i]!;
          const h = a.heads[i]!;
          tokens[s.tokenStart + i] = { ...t, pos: a.upos[i]!, xpos: a.xpos[i]!, lemma: a.lemmas[i]!, head: h === 0 ? -1 : s.tokenStart + h - 1, dep: a.deprels[i]! };
        }
      }
      return withLayers(doc, { tokens }, syntaxStage.assigns);
    },
  };
}

/** The default pipeline, over resources of its own, with the parser of `path` (null: the shipped one). */
export function pipelineWithParser(path: string | null): Pipeline {
  const base = buildDefaultPipeline(createResources());
  if (path === null) return base;
  const syntax = syntaxStageWith(parserFromFile(path));
  return createPipeline(base.stages.map((s) => (s.name === syntaxStage.name ? syntax : s)));
}

/** Whether syntaxStageWith(the shipped parser) tags and parses `texts` exactly as the syntax stage does. */
export function syntaxMatchesShipped(texts: readonly string[]): boolean {
  const mine = syntaxStageWith(getParser());
  const seg = buildDefaultPipeline(createResources()).stages[0]!;
  for (const text of texts) {
    const doc: Doc = seg.run(createDoc(text, {}), { published: null, options: {} });
    const a = syntaxStage.run(doc, { published: null, options: {} }).tokens;
    const b = mine.run(doc, { published: null, options: {} }).tokens;
    for (let i = 0; i < a.length; i++) {
      const x = a[i]!, y = b[i]!;
      if (x.head !== y.head || x.dep !== y.dep || x.pos !== y.pos || x.xpos !== y.xpos || x.lemma !== y.lemma) return false;
    }
  }
  return true;
}
