// data/actors/place-words.tsv: four classes, each word once per class, each example using its word
// as a word of its own (the rules compare whole tokens), and the KB exposes the classes.
import { describe, expect, it } from 'vitest';
import { loadTsv } from '../../src/core/data-loader.js';
import { defaultKb } from '../../src/kb/index.js';
import { createDoc } from '../../src/core/doc.js';
import { segmentStage } from '../../src/stages/segment/index.js';

const rows = loadTsv('actors/place-words.tsv', ['word', 'class', 'example']).rows;

describe('data/actors/place-words.tsv', () => {
  it('has four classes, each word once per class', () => {
    expect(new Set(rows.map((r) => r.class))).toEqual(new Set(['facility', 'landform', 'admin-unit', 'person-org']));
    const keys = rows.map((r) => `${r.word}/${r.class}`);
    expect(keys.length).toBe(new Set(keys).size);
    const w = defaultKb().tables.words;
    expect(w.facilityWords.size + w.landformWords.size + w.adminUnits.size + w.personOrgHeads.size).toBe(rows.length);
  });

  it('each example has its word as a token (admin units and person-org heads as written)', () => {
    const missing = rows.filter((r) => {
      const forms = segmentStage.run(createDoc(r.example!), { published: null, options: {} }).tokens.map((t) => t.form);
      const asWritten = r.class === 'admin-unit' || r.class === 'person-org';
      return !forms.some((f) => (asWritten ? f : f.toLowerCase()) === r.word);
    });
    expect(missing.map((r) => `${r.word}: ${r.example}`)).toEqual([]);
  });
});
