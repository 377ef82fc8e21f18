// data/quote-cue-phrases.tsv: every light verb and stance noun has an example whose quote cue runs
// from the light verb through the stance noun ("expressed concern"), and every modifier an example
// where it stands between them.
import { describe, expect, it } from 'vitest';
import { loadTsv } from '../../src/core/data-loader.js';
import { loadQuoteLexicon } from '../../src/stages/quotes/words.js';
import { read } from './helpers.js';

const rows = loadTsv('quote-cue-phrases.tsv', ['word', 'class', 'example']).rows;
const lex = loadQuoteLexicon();

/** the cue words of each quote of the example */
function cues(example: string): string[][] {
  const doc = read(example);
  return doc.quotes.filter((q) => q.cue).map((q) => doc.text.slice(q.cue!.start, q.cue!.end).toLowerCase().split(/\s+/));
}

describe('data/quote-cue-phrases.tsv', () => {
  it('has the three classes, each word once per class, each with an example', () => {
    expect(new Set(rows.map((r) => r.class))).toEqual(new Set(['light-verb', 'stance-noun', 'stance-modifier']));
    const keys = rows.map((r) => `${r.word}/${r.class}`);
    expect(keys.length).toBe(new Set(keys).size);
    for (const r of rows) expect(r.example, r.word).toBeTruthy();
  });

  it('each example yields a cue that joins a light verb and a stance noun through the row\'s word', () => {
    const failed: string[] = [];
    for (const r of rows) {
      const ok = cues(r.example!).some((w) => {
        const verb = lex.cues.get(w[0]!);
        const joined = verb !== undefined && lex.is('light-verb', verb.lemma) && w.slice(1).some((x) => lex.is('stance-noun', x));
        if (!joined) return false;
        if (r.class === 'light-verb') return verb!.lemma === r.word;
        return w.slice(1).includes(r.word!);
      });
      if (!ok) failed.push(`${r.class} ${r.word}: ${r.example} → ${JSON.stringify(cues(r.example!))}`);
    }
    expect(failed).toEqual([]);
  });
});
