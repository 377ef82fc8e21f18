// The view columns session 16 added for speed (quotes output unchanged): each must answer what the
// token objects or the lexicon would have, so the rules reading them see the same document.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { defaultResources } from '../../src/stages/resources.js';
import { entitiesStage } from '../../src/stages/entities/index.js';
import { segmentStage } from '../../src/stages/segment/index.js';
import { syntaxStage } from '../../src/stages/syntax/index.js';
import { findQuoteMarks } from '../../src/stages/quotes/quote-marks.js';
import { childrenOf } from '../../src/stages/quotes/constructions.js';
import { buildView, isQuoteTok, tokenAtOrAfter } from '../../src/stages/quotes/view.js';
import { wordFilterKey } from '../../src/stages/quotes/words.js';
import { QUOTE_MARKS } from '../../src/lexicon/quote-marks.js';

const TEXT =
  'RUBIO SAYS REFORM WAS A SIGN OF THINGS TO COME\n' +
  'Senator Says Reform Was A Sign Of Things To Come\n' +
  '“We will see,” said the governor, who spoke about the report. Officials in Ohio warned that talks had failed.\n' +
  'Critics called the levy ‘a burden’ and « une taxe ». She said: "It was not over," and \'\'nothing\'\' changed.';

function views() {
  const lex = defaultResources().lexicons.quotes;
  const docs = [createPipeline([segmentStage, entitiesStage]).run(createDoc(TEXT)), createPipeline([segmentStage, syntaxStage, entitiesStage]).run(createDoc(TEXT))];
  return docs.map((doc) => buildView(doc, findQuoteMarks(doc.text, doc.paragraphs), lex));
}

describe('quotes view columns', () => {
  it('holds each token’s start, sentence and quote-mark test', () => {
    for (const v of views()) {
      let quotes = 0;
      v.tokens.forEach((t, i) => {
        expect(v.starts[i]).toBe(t.start);
        expect(v.sent[i]).toBe(t.sent);
        const q = QUOTE_MARKS.includes(t.form);
        expect([t.form, isQuoteTok(v, i)]).toEqual([t.form, q]);
        if (q) quotes++;
      });
      expect(quotes).toBeGreaterThan(4);
      expect(isQuoteTok(v, -1)).toBe(false);
      expect(isQuoteTok(v, v.tokens.length)).toBe(false);
      // (the column is filled for tokens without a letter or digit only: no mark has one)
      expect(QUOTE_MARKS.filter((m) => /[\p{L}\p{N}]/u.test(m))).toEqual([]);
    }
  });

  it('finds the first token at or after an offset from the start column', () => {
    for (const v of views()) {
      for (let off = -1; off <= v.text.length + 1; off++) {
        const want = v.tokens.findIndex((t) => t.start >= off);
        expect(tokenAtOrAfter(v, off)).toBe(want < 0 ? v.tokens.length : want);
      }
    }
  });

  it('gives each token its parse children within its sentence, as childrenOf does', () => {
    const [plain, parsed] = views();
    expect(parsed!.kids).toEqual(childrenOf(parsed!.doc));
    expect(parsed!.kids.some((k) => k.length > 0)).toBe(true);
    expect(plain!.kids.every((k) => k.length === 0)).toBe(true);
    parsed!.kids.forEach((ks, h) => {
      for (const k of ks) expect([k, parsed!.tokens[k]!.head, parsed!.tokens[k]!.sent]).toEqual([k, h, parsed!.tokens[h]!.sent]);
    });
  });

  it('marks a sentence in title case as the per-sentence count did', () => {
    const v = views()[0]!;
    const want = v.doc.sentences.map((s) => {
      const long = v.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.form).filter((f) => f.length >= 4 && /^\p{L}/u.test(f));
      const caps = long.filter((f) => f[0] !== f[0]!.toLowerCase()).length;
      return long.length >= 3 && caps / long.length >= 0.8 ? 1 : 0;
    });
    expect([...v.titleCase]).toEqual(want);
    expect(want.filter((x) => x === 1).length).toBe(2);
    expect(want).toContain(0);
  });

  it('never filters out a word of the lexicon’s word table', () => {
    const lex = defaultResources().lexicons.quotes;
    const missed = [...lex.wordBits.keys()].filter((w) => lex.wordFilter[wordFilterKey(w)] !== 1);
    expect(missed).toEqual([]);
    // and filters out most other words (else it saves nothing)
    const others = ['zebra', 'parliament', 'hospital', 'tuesday', 'kilometres', 'vaccine', 'budget', 'minister', 'election', 'river'].filter((w) => !lex.wordBits.has(w));
    expect(others.filter((w) => lex.wordFilter[wordFilterKey(w)] === 0).length).toBeGreaterThan(others.length / 2);
  });
});
