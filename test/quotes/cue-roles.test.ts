// data/quote-cue-roles.tsv: every row is a cue lemma of data/speech-verbs.tsv, and its example yields
// a quote cued by it: a closing attitude verb after its content, a raising passive with no source.
import { describe, expect, it } from 'vitest';
import { loadTsv } from '../../src/core/data-loader.js';
import { loadQuoteLexicon } from '../../src/stages/quotes/words.js';
import { read } from './helpers.js';

const rows = loadTsv('quote-cue-roles.tsv', ['word', 'class', 'example']).rows;
const lex = loadQuoteLexicon();

describe('data/quote-cue-roles.tsv', () => {
  it('lists cue lemmas only, once per class, in the two classes', () => {
    const lemmas = new Set([...lex.cues.values()].map((c) => c.lemma));
    expect(rows.filter((r) => !lemmas.has(r.word!)).map((r) => r.word)).toEqual([]);
    expect(new Set(rows.map((r) => r.class))).toEqual(new Set(['closing-attitude', 'raising-passive']));
    const keys = rows.map((r) => `${r.word}/${r.class}`);
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('each example yields the quote its class describes', () => {
    const failed: string[] = [];
    for (const r of rows) {
      const doc = read(r.example!);
      const ok = doc.quotes.some((q) => {
        const cue = q.cue ? doc.text.slice(q.cue.start, q.cue.end).toLowerCase().split(/\s+/) : [];
        if (!cue.some((w) => lex.cues.get(w)?.lemma === r.word)) return false;
        return r.class === 'closing-attitude' ? q.content[0]!.start < q.cue!.start : q.speaker.mention === null;
      });
      if (!ok) failed.push(`${r.class} ${r.word}: ${r.example} → ${JSON.stringify(doc.quotes.map((q) => [q.rule, q.cue && doc.text.slice(q.cue.start, q.cue.end)]))}`);
    }
    expect(failed).toEqual([]);
  });
});
