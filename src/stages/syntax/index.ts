// The syntax stage: for each sentence of doc.tokens, tags (UPOS + PTB XPOS), lemmatizes and parses
// with the trained models in models/ (src/nlp/parser-annotate.ts), and returns new Token objects
// with pos, xpos, lemma, head (an index into doc.tokens, -1 for the sentence root) and dep (a UD
// relation with its subtype, e.g. nsubj:pass) and repair (the rule ids of the syntax chain's repairs
// that changed the token's tag, head or relation; absent for the parser's own output). Linear in the
// number of tokens.
import { withLayers, type Doc, type Token } from '../../core/doc.js';
import type { Stage } from '../stage.js';
import { analyzeSentence } from '../../nlp/parser-annotate.js';
import type { Parser } from '../../nlp/parser.js';
import { repairRule } from '../../nlp/syntax-repair-rules.js';

export const syntaxStage: Stage = {
  name: 'syntax',
  description: 'UPOS/XPOS tags, lemmas and UD dependency parse from the trained models; a token a repair of the parse changed names the repair',
  requires: ['sentences', 'tokens'],
  uses: [],
  assigns: ['pos', 'lemma', 'parse'],
  modifies: [],
  run(doc) {
    return withLayers(doc, { tokens: syntaxTokens(doc) }, this.assigns);
  },
};

/**
 * The stage's tokens, with `parser` in place of the shipped one when given (eval/events-parser.ts
 * compares parser files through this one loop rather than a copy of it).
 */
export function syntaxTokens(doc: Doc, parser?: Parser): Token[] {
  const tokens: Token[] = doc.tokens.slice();
  // each token's repair code, filled by the chain; a rule id (one string per code) only when written
  const repairs = new Uint16Array(doc.tokens.length);
  for (const s of doc.sentences) {
    const n = s.tokenEnd - s.tokenStart;
    if (n <= 0) continue;
    const forms = new Array<string>(n);
    for (let i = 0; i < n; i++) forms[i] = doc.tokens[s.tokenStart + i]!.form;
    const a = analyzeSentence(forms, parser, repairs, s.tokenStart);
    for (let i = 0; i < n; i++) {
      const t = doc.tokens[s.tokenStart + i]!;
      const h = a.heads[i]!;
      // every field written out in the order segment-text.ts's makeToken writes them, not `{ ...t, … }`:
      // a spread copy has a hidden class of its own, so a document's tokens outside every sentence
      // (left as the segmenter made them) were of a second shape, and the loops of later stages that
      // met one after being optimised for the other were thrown out ("wrong map")
      tokens[s.tokenStart + i] = {
        start: t.start,
        end: t.end,
        form: t.form,
        pos: a.upos[i]!,
        xpos: a.xpos[i]!,
        lemma: a.lemmas[i]!,
        head: h === 0 ? -1 : s.tokenStart + h - 1,
        dep: a.deprels[i]!,
        sent: t.sent,
        spaceAfter: t.spaceAfter,
        repair: repairRule(repairs[s.tokenStart + i]!),
      };
    }
  }
  return tokens;
}
