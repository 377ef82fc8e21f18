import { describe, expect, it } from 'vitest';
import { handDoc } from '../../../test/events/hand-doc.js';
import { ActorKB } from '../../kb/index.js';
import { datelineLength } from '../../nlp/dateline-split.js';
import { datelineCity, datelinePlace } from './dateline-place.js';

const kb = new ActorKB();
const toks = (s: string) =>
  s
    .split(' ')
    .map((w) => `${w}|${w}|X|0|dep`)
    .join(' ');
const city = (...sentences: string[]) => datelineCity(handDoc(sentences.map(toks)), kb);

describe("entities: the dateline city, by the syntax chain's one definition of a dateline", () => {
  it('reads the country of an all-caps city before its place, date, credit and dash', () => {
    expect(city('MOSCOW , March 3 ( Reuters ) - The minister said .')).toMatchObject({ iso: 'RUS', tokens: 1 });
    expect(city('JERUSALEM ( AP ) — Police said .')).toMatchObject({ iso: 'ISR', tokens: 1 });
    expect(city('KUALA LUMPUR , Dec. 5 ( Reuters ) - Police fired tear gas .')).toMatchObject({ iso: 'MYS', tokens: 2, end: 'KUALA LUMPUR'.length });
  });

  it('reads a dateline the segmenter made a sentence of its own', () => {
    expect(city('WASHINGTON ( AP ) —', 'The Senate voted .')).toMatchObject({ iso: 'USA', tokens: 1, start: 0, end: 'WASHINGTON'.length });
  });

  it('finds no dateline where the syntax chain finds none', () => {
    for (const s of [
      'Moscow ( AFP ) - Officials said .', // a city not in capitals
      'Officials said - nothing more .',
      'NATO — the alliance founded in 1949 — said it would act .', // an aside between two dashes
      'BIG MISTAKE - The food was tasteless .', // a hyphen with neither place nor credit
    ]) {
      expect(city(s), s).toBeNull();
      expect(datelineLength(s.split(' ')), s).toBe(0);
    }
  });

  it('gives no country when the place after the city is in another country (a state, a province)', () => {
    for (const [s, n] of [
      ['SAN JOSE , Calif. , Feb 26 - Excelan Inc said it is making an offering .', 8], // not Costa Rica's capital
      ['LONDON , Ontario , March 3 - Semi-annual dividend .', 7], // not Britain's
    ] as const) {
      expect(datelineLength(s.split(' ')), s).toBe(n);
      expect(city(s), s).toBeNull();
    }
    expect(city("N'DJAMENA , Chad ( AP ) - The African Union suspended Chad .")).toMatchObject({ iso: 'TCD', tokens: 1 });
  });

  it('agrees with the syntax chain on what it parses apart', () => {
    const s = 'BRUSSELS ( Reuters ) - The European Union imposed sanctions .';
    expect(datelineLength(s.split(' '))).toBe(5);
    expect(city(s)).toMatchObject({ iso: 'BEL', tokens: 1 });
  });

  it('makes the city a place mention of its country and drops the names inside it', () => {
    const doc = handDoc([toks('MOSCOW ( Reuters ) - The minister said .')]);
    const out = datelinePlace(doc, kb, []);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ start: 0, end: 6, type: 'GPE', rule: 'entities:dateline-city' });
    expect(out[0]!.gaz).toMatchObject({ id: 'RUS' });
  });
});
