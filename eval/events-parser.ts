// The default pipeline with another parser model file in its syntax stage, so the events evaluation
// can compare two parsers in one process (eval/events.ts --parser FILE, eval/events-parse-diff.ts)
// without replacing models/parser.bin. getParser() loads only models/parser.bin, so the syntax stage's
// loop (src/stages/syntax syntaxTokens: the whole chain, dateline split, tag, repair, parse, lemmatize,
// repair, the repairs' provenance) runs here with a given Parser; syntaxMatchesShipped() checks on
// real text that it parses exactly as the shipped stage does (run by the diff tool before it trusts a
// comparison).
import { existsSync } from 'node:fs';
import { createDoc, withLayers, type Doc } from '../src/core/doc.js';
import { ParserModel } from '../src/nlp/parser-model.js';
import { attachParserMlp, getParser, Parser } from '../src/nlp/parser.js';
import { buildDefaultPipeline } from '../src/pipeline/default.js';
import { createPipeline, type Pipeline } from '../src/pipeline/pipeline.js';
import { createResources } from '../src/stages/resources.js';
import { syntaxStage, syntaxTokens } from '../src/stages/syntax/index.js';
import type { Stage } from '../src/stages/stage.js';

/** A parser over a model file (with the MLP second opinion when models/ has one, as getParser does). */
export function parserFromFile(path: string): Parser {
  if (!existsSync(path)) throw new Error(`no parser model at ${path}`);
  const model = ParserModel.fromFile(path);
  attachParserMlp(model);
  return new Parser(model);
}

/** The syntax stage (src/stages/syntax) with `parser` instead of the shipped one. */
export function syntaxStageWith(parser: Parser): Stage {
  return {
    ...syntaxStage,
    run(doc) {
      return withLayers(doc, { tokens: syntaxTokens(doc, parser) }, syntaxStage.assigns);
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
