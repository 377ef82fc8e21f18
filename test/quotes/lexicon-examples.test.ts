// Every row of data/speech-verbs.tsv carries an example; the cue must fire on it.
import { describe, expect, it } from 'vitest';
import { loadTsv } from '../../src/core/data-loader.js';
import { read } from './helpers.js';

describe('data/speech-verbs.tsv examples', () => {
  const rows = loadTsv('speech-verbs.tsv', ['form', 'lemma', 'class', 'use', 'example']).rows;
  it('has rows with examples', () => {
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) expect(r.example, r.form).toBeTruthy();
  });
  it('defines each form once', () => {
    const seen = new Set<string>();
    const dup = rows.map((r) => r.form!.toLowerCase()).filter((f) => (seen.has(f) ? true : (seen.add(f), false)));
    expect(dup).toEqual([]);
  });
  it('every example yields a quote cued by its form', () => {
    const failed: string[] = [];
    for (const r of rows) {
      const doc = read(r.example!);
      const form = r.form!.toLowerCase();
      const ok = doc.quotes.some((q) => q.cue && doc.text.slice(q.cue.start, q.cue.end).toLowerCase().includes(form));
      if (!ok) failed.push(`${r.form}: ${r.example}`);
    }
    expect(failed).toEqual([]);
  });
});
