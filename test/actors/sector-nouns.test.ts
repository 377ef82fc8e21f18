// The sector nouns ("officials" GOV, "gunman" CRM) are one list of the knowledge base
// (data/actors/group-nouns.tsv + sector-nouns.tsv) that the events layer's phrase reading indexes;
// where ours differ from the Phoenix agents table, the row says why.
import { describe, expect, it } from 'vitest';
import { loadTsv } from '../../src/core/data-loader.js';
import { ActorKB } from '../../src/kb/index.js';
import { buildActorLexicon } from '../../src/stages/events/actor-words.js';

describe('sector nouns', () => {
  const kb = new ActorKB();

  it('come from the knowledge base: group nouns first, then the phrase-only nouns', () => {
    const nouns = kb.tables.words.sectorNouns;
    expect(nouns.get('officials')).toBe('GOV');
    expect(nouns.get('spokesman')).toBe('GOV');
    expect(nouns.get('gunman')).toBe('CRM');
    for (const [noun, code] of kb.tables.words.groupNouns) expect(nouns.get(noun)).toBe(code);
  });

  it('give a decision wherever the code differs from the Phoenix agents table', () => {
    const rows = loadTsv('actors/sector-nouns.tsv', ['noun', 'code', 'phoenix', 'decision']).rows;
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) if (r.phoenix && r.phoenix !== r.code) expect(r.decision, r.noun).toBeTruthy();
  });

  it('are what the events layer reads a phrase with ("a spokesman" GOV, not Phoenix MED)', () => {
    const lex = buildActorLexicon(kb);
    expect(lex.common.get('spokesman')).toMatchObject({ kind: 'sector', code: 'GOV' });
    expect(lex.common.get('migrants')).toMatchObject({ kind: 'sector', code: 'REF' });
    // a title with a sector of its own wins (titles.tsv: activist NGO)
    expect(lex.common.get('activist')).toMatchObject({ kind: 'sector', code: 'NGO' });
  });
});
