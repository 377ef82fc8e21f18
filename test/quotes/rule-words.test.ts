// data/quote-rule-words.tsv: fifteen classes, each word once per class, each example using its word as
// a token of its own (the rules compare lower-cased tokens); a phrase (group-adjunct "in the past") as
// consecutive tokens.
import { describe, expect, it } from 'vitest';
import { loadTsv } from '../../src/core/data-loader.js';
import { createDoc } from '../../src/core/doc.js';
import { segmentStage } from '../../src/stages/segment/index.js';
import { loadQuoteLexicon } from '../../src/stages/quotes/words.js';

const rows = loadTsv('quote-rule-words.tsv', ['word', 'class', 'example']).rows;

describe('data/quote-rule-words.tsv', () => {
  it('has the fifteen classes, each word once per class, all in the quote lexicon', () => {
    expect(new Set(rows.map((r) => r.class))).toEqual(new Set(['gathering', 'medium', 'prep-participle', 'not-ly-adverb', 'noun-reading', 'characterising', 'regard-as', 'unanswered-reply', 'unanswered-inquiry', 'backing', 'anonymity', 'survey-participle', 'speech-act-verb', 'not-report-that', 'group-adjunct']));
    const keys = rows.map((r) => `${r.word}/${r.class}`);
    expect(keys.length).toBe(new Set(keys).size);
    const lex = loadQuoteLexicon();
    expect(rows.filter((r) => !lex.is(r.class!, r.word!)).map((r) => r.word)).toEqual([]);
  });

  it('each example has its word as a token', () => {
    const missing = rows.filter((r) => {
      const forms = segmentStage.run(createDoc(r.example!), { published: null, options: {} }).tokens.map((t) => t.form.toLowerCase());
      const words = r.word!.split(' ');
      return !forms.some((_, i) => words.every((w, k) => forms[i + k] === w));
    });
    expect(missing.map((r) => `${r.word}: ${r.example}`)).toEqual([]);
  });
});
