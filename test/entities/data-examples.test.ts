// Every rule record in the entities' data files carries an example, and each example must fire:
// titles are recognised as roles, metonyms/IGOs/news organisations get their actor codes,
// organisation head words make an organisation with the sector, not-names never become names.
import { describe, expect, it } from 'vitest';
import { loadTsv } from '../../src/core/data-loader.js';
import { defaultKb } from '../../src/kb/index.js';
import { segmentStage } from '../../src/stages/segment/index.js';
import { createDoc } from '../../src/core/doc.js';
import { analyzeEntities, mentionTexts } from './run.js';

const rows = (f: string) => loadTsv(f).rows.filter((r) => r.example);
const kb = defaultKb();

describe('data/actors examples fire', () => {
  it.each(rows('actors/titles.tsv').map((r) => [r.title!, r.example!]))('title "%s"', (title, example) => {
    const d = segmentStage.run(createDoc(example), { published: null, options: {} });
    const found = d.tokens.some((_, i) => kb.titles.longestAt(d.text, d.tokens, i)?.values.some((v) => v.title === title));
    expect(found).toBe(true);
  });

  it.each(rows('actors/metonyms.tsv').map((r) => [r.name!, r.example!, r.country!, r.target!]))('metonym "%s"', (name, example, country, target) => {
    const doc = analyzeEntities(example);
    const e = doc.entities.find((x) => mentionTexts(doc, x).includes(name));
    expect(e, example).toBeDefined();
    const sector = { country: '', government: 'GOV', military: 'MIL', legislature: 'LEG' }[target as 'country'];
    expect(e!.actor_code).toBe(`${country}${sector}`);
  });

  it.each(rows('actors/igos.tsv').map((r) => [r.name!, r.example!, r.code!]))('IGO "%s"', (_name, example, code) => {
    const doc = analyzeEntities(example);
    expect(doc.entities.map((e) => e.actor_code)).toContain(code);
  });

  it.each(rows('actors/media.tsv').map((r) => [r.name!, r.example!]))('news organisation "%s"', (_name, example) => {
    const doc = analyzeEntities(example);
    expect(doc.entities.some((e) => e.type === 'ORG' && e.actor_code === 'MED')).toBe(true);
  });

  it.each(rows('actors/org-words.tsv').map((r) => [r.word!, r.example!, r.sector!]))('organisation head word "%s"', (word, example, sector) => {
    const doc = analyzeEntities(example);
    const e = doc.entities.find((x) => x.type === 'ORG' && mentionTexts(doc, x).some((t) => t.split(' ').includes(word)));
    expect(e, example).toBeDefined();
    if (sector && !e!.actor_code?.startsWith('IGO')) expect(e!.sector).toBe(sector);
  });

  it.each(rows('actors/group-nouns.tsv').map((r) => [r.noun!, r.example!, r.code!]))('group noun "%s"', (noun, example, code) => {
    const doc = analyzeEntities(example);
    const e = doc.entities.find((x) => x.country_source === 'nationality' && x.name.endsWith(` ${noun}`));
    expect(e, `${example} -> ${doc.entities.map((x) => x.name).join(', ')}`).toBeDefined();
    expect(e!.actor_code).toBe(`${e!.country}${code}`);
  });

  it.each(rows('actors/not-names.tsv').map((r) => [r.word!, r.example!]))('not a name: "%s"', (word, example) => {
    const doc = analyzeEntities(example);
    const texts = doc.entities.flatMap((e) => mentionTexts(doc, e).map((t) => [e.type, t] as const));
    expect(texts.filter(([, t]) => t.split(/\s+/).includes(word))).toEqual([]);
  });
});

describe('data/actors/portfolios.tsv examples fire', () => {
  it.each(rows('actors/portfolios.tsv').map((r) => [r.word!, r.example!]))('portfolio "%s" is part of the role', (word, example) => {
    const doc = analyzeEntities(example);
    const roles = doc.entities.filter((e) => e.type === 'PERSON').map((e) => e.role ?? '');
    expect(roles.some((r) => r.split(' ').includes(word) && r.split(' ').length > 1), `${example} -> ${JSON.stringify(roles)}`).toBe(true);
  });
});

describe('data/actors/honorifics.tsv examples fire', () => {
  it.each(loadTsv('actors/honorifics.tsv').rows.map((r) => [r.word!, r.example!]))('"%s" stays out of the name', (word, example) => {
    const doc = analyzeEntities(example);
    const texts = doc.entities.filter((e) => e.type === 'PERSON').flatMap((e) => mentionTexts(doc, e));
    expect(texts.filter((t) => t.startsWith(`${word} `))).toEqual([]);
  });
});
