// data/events/event-words.tsv: seven classes, each word once per class, act nouns with their CAMEO
// roots, and each example using its word as a token of its own.
import { describe, expect, it } from 'vitest';
import { loadTsv } from '../../src/core/data-loader.js';
import { createDoc } from '../../src/core/doc.js';
import { segmentStage } from '../../src/stages/segment/index.js';
import { loadEventWords } from '../../src/stages/events/event-lexicon.js';
import { cameoTable } from '../../src/stages/events/lexicon.js';

const rows = loadTsv('events/event-words.tsv', ['word', 'class', 'roots', 'example']).rows;

describe('data/events/event-words.tsv', () => {
  it('has seven classes, each word once per class; act nouns name CAMEO roots', () => {
    expect(new Set(rows.map((r) => r.class))).toEqual(new Set(['holder-title', 'org-anaphor', 'entitlement', 'act-noun', 'nature', 'fiction', 'habitual']));
    const keys = rows.map((r) => `${r.word}/${r.class}`);
    expect(keys.length).toBe(new Set(keys).size);
    const w = loadEventWords();
    expect(w.holderTitles.size + w.orgAnaphors.size + w.entitlements.size + w.actNouns.size + w.nature.size + w.fiction.size + w.habitual.size).toBe(rows.length);
    const roots = new Set([...cameoTable().values()].map((c) => c.root));
    expect([...w.actNouns].filter(([, rs]) => rs.some((r) => !roots.has(r))).map(([n]) => n)).toEqual([]);
  });

  it('each example has its word as a token', () => {
    const missing = rows.filter((r) => !segmentStage.run(createDoc(r.example!), { published: null, options: {} }).tokens.some((t) => t.form.toLowerCase() === r.word));
    expect(missing.map((r) => `${r.word}: ${r.example}`)).toEqual([]);
  });
});
