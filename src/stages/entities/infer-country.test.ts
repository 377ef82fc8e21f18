import { describe, expect, it } from 'vitest';
import { handDoc, type HandEntity } from '../../../test/events/hand-doc.js';
import { ActorKB } from '../../kb/index.js';
import { loadKbTables } from '../../kb/tables.js';
import { inferCountries } from './infer-country.js';

const kb = new ActorKB();
// invented names: none of them is in the bundled actor list
const run = (sentences: string[], ents: Parameters<typeof handDoc>[1]) => {
  const doc = handDoc(sentences, ents);
  return inferCountries(doc, kb, doc.entities);
};
const toks = (s: string) =>
  s
    .split(' ')
    .map((w) => `${w}|${w}|X|0|dep`)
    .join(' ');

describe('entities: country inference for actors with a role but no country', () => {
  it('never takes the country named in the sentence (proximity is no evidence)', () => {
    const out = run([toks('President Tomas Ekvall banned Swedish opposition parties .')], [
      { id: 'e1', name: 'Tomas Ekvall', sector: 'GOV', mentions: ['Tomas Ekvall'] },
      { id: 'e2', type: 'NORP', name: 'Swedish', country: 'SWE', mentions: ['Swedish'] },
    ]);
    expect(out[0]!.country).toBeNull();
    expect(out[0]!.rule).toBe('test');
  });

  it('never overrides a stated country, and leaves untitled names without one', () => {
    const out = run([toks('Ana Ruiz and Tomas Ekvall met in Norway .')], [
      { id: 'e1', name: 'Ana Ruiz', mentions: ['Ana Ruiz'] },
      { id: 'e2', name: 'Tomas Ekvall', sector: 'GOV', country: 'DNK', actor_code: 'DNKGOV', mentions: ['Tomas Ekvall'] },
      { id: 'e3', type: 'GPE', country: 'NOR', mentions: ['Norway'] },
    ]);
    expect(out[0]!.country).toBeNull();
    expect(out[1]).toMatchObject({ country: 'DNK', actor_code: 'DNKGOV', rule: 'test' });
  });

  it('reads a nationality just before the title, past rank words', () => {
    const doc = handDoc([toks('Nigerian junior foreign minister Dubem Oniya summoned the envoy of Ghana .')], [
      { id: 'e1', name: 'Dubem Oniya', sector: 'GOV', mentions: ['Dubem Oniya'] },
      { id: 'e2', type: 'NORP', country: 'NGA', mentions: ['Nigerian'] },
      { id: 'e3', type: 'GPE', country: 'GHA', mentions: ['Ghana'] },
    ]);
    const at = doc.text.indexOf('foreign minister');
    const withTitle = doc.entities.map((e) => (e.id === 'e1' ? { ...e, mentions: e.mentions.map((m) => ({ ...m, title: { start: at, end: at + 'foreign minister'.length } })) } : e));
    const out = inferCountries(doc, kb, withTitle);
    expect(out[0]).toMatchObject({ country: 'NGA', actor_code: 'NGAGOV', country_source: 'title' });
    expect(out[0]!.rule).toContain('+infer-country:title-nationality');
    // without the title span the sentence names two countries: no country
    expect(inferCountries(doc, kb, doc.entities)[0]!.country).toBeNull();
  });

  it('never gives a dateline city to an actor (the city itself: dateline-place.test.ts)', () => {
    const out = run([toks('MOSCOW (Reuters) - Tomas Ekvall spoke to Germany .')], [
      { id: 'e1', name: 'Tomas Ekvall', mentions: ['Tomas Ekvall'] },
      { id: 'e2', type: 'GPE', country: 'DEU', mentions: ['Germany'] },
    ]);
    expect(out[0]!.country).toBeNull();
  });

  it("never takes the document's dominant country for a group", () => {
    const out = run(
      [toks('The Liberation Front attacked a convoy .'), toks('Ghana said Ghana would act .'), toks('Togo was quiet .')],
      [
        { id: 'e1', type: 'ORG', name: 'Liberation Front', sector: 'REB', mentions: ['Liberation Front'] },
        { id: 'e2', type: 'GPE', country: 'GHA', mentions: ['Ghana'] },
        { id: 'e3', type: 'GPE', country: 'TGO', mentions: ['Togo'] },
      ],
    );
    expect(out[0]!.country).toBeNull();
  });

  it('keeps the knowledge-base country of a person out of office on the article date', () => {
    const tables = loadKbTables();
    const own = new ActorKB({ ...tables, people: [{ name: 'Arno Veldkamp', aliases: [], country: 'NLD', role: 'Prime Minister', sector: 'GOV', from: '1990-01-01', to: '1994-01-01', source: 'bundled' }] });
    const doc = handDoc([toks('Arno Veldkamp spoke to Germany .')], [
      { id: 'e1', name: 'Arno Veldkamp', mentions: ['Arno Veldkamp'] },
      { id: 'e2', type: 'GPE', country: 'DEU', mentions: ['Germany'] },
    ]);
    const out = inferCountries(doc, own, doc.entities);
    expect(out[0]).toMatchObject({ country: 'NLD', country_source: 'kb' });
    expect(out[0]!.rule).toContain('+infer-country:kb-any-date');
  });

  it('skips IGO officials and businesses', () => {
    const out = run([toks('Lena Berg of the firm spoke in Norway .')], [
      { id: 'e1', name: 'Lena Berg', sector: 'IGO', actor_code: 'IGOUNO', mentions: ['Lena Berg'] },
      { id: 'e2', type: 'ORG', name: 'firm', sector: 'BUS', mentions: ['firm'] },
      { id: 'e3', type: 'GPE', country: 'NOR', mentions: ['Norway'] },
    ]);
    expect(out[0]!.country).toBeNull();
    expect(out[1]!.country).toBeNull();
  });

  it('is linear on a long document', () => {
    const sentences: string[] = [];
    const ents: HandEntity[] = [];
    for (let i = 0; i < 3000; i++) sentences.push(toks(`Norwegian Minister M${i} spoke .`));
    for (let i = 0; i < 3000; i++) ents.push({ id: `p${i}`, name: `M${i}`, sector: 'GOV', mentions: [`M${i} `] });
    const doc = handDoc(sentences, ents);
    const titled = doc.entities.map((e) => {
      const at = doc.text.indexOf(`Minister ${e.name} `);
      return { ...e, mentions: e.mentions.map((m) => ({ ...m, title: { start: at, end: at + 'Minister'.length } })) };
    });
    const t0 = performance.now();
    const out = inferCountries(doc, kb, titled);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(out[0]!.country).toBe('NOR');
  });
});
