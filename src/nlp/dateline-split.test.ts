import { describe, expect, it } from 'vitest';
import { datelineCityLength, datelineLength, datelinePrefix } from './dateline-split.js';

const words = (s: string) => s.split(' ');

describe('datelineLength', () => {
  it('finds a city with an agency credit before a hyphen', () => {
    expect(datelineLength(words('BRUSSELS ( Reuters ) - The European Union imposed sanctions .'))).toBe(5);
  });
  it('finds a city with its country or state and a credit', () => {
    expect(datelineLength(words("N'DJAMENA , Chad ( AP ) - The African Union suspended Chad ."))).toBe(7);
    expect(datelineLength(words('RIO DE JANEIRO , Dec. 5 ( Reuters ) - Police fired tear gas .'))).toBe(10);
  });
  it('takes a hyphen after a city and place without a credit', () => {
    expect(datelineLength(words('PONCHATOULA , La. - Police arrested a man .'))).toBe(4);
  });
  it('takes a dash proper after an all-caps city alone', () => {
    expect(datelineLength(words('WASHINGTON — The Senate voted .'))).toBe(2);
    expect(datelineLength(words('NEW YORK -- The mayor spoke .'))).toBe(3);
  });
  it('needs a credit or a place before a plain hyphen', () => {
    expect(datelineLength(words('BIG MISTAKE - The food was tasteless .'))).toBe(0);
  });
  it('reads an aside closed by a second dash as no dateline', () => {
    expect(datelineLength(words('NATO — the alliance founded in 1949 — said it would act .'))).toBe(0);
  });
  it('needs an all-caps opening word and a clause after the dash', () => {
    expect(datelineLength(words('Brussels ( Reuters ) - The Union imposed sanctions .'))).toBe(0);
    expect(datelineLength(words('TEHRAN ( AFP ) -'))).toBe(0);
    expect(datelineLength(words('TEHRAN ( AFP ) - Yes'))).toBe(0);
    expect(datelineLength(words('I - think so .'))).toBe(0);
  });
  it('leaves an unknown credit alone before a hyphen', () => {
    expect(datelineLength(words('PARIS ( Acme ) - The Union imposed sanctions .'))).toBe(0);
  });
});

describe('datelinePrefix and datelineCityLength (the one definition the entities stage reads too)', () => {
  it('finds a dateline that is a sentence of its own, which datelineLength leaves to the segmenter', () => {
    expect(datelinePrefix(words('TEHRAN ( AFP ) -'))).toBe(5);
    expect(datelinePrefix(words('WASHINGTON —'))).toBe(2);
    expect(datelineLength(words('WASHINGTON —'))).toBe(0);
  });
  it('is datelineLength wherever a clause follows', () => {
    for (const s of ['BRUSSELS ( Reuters ) - The European Union imposed sanctions .', "N'DJAMENA , Chad ( AP ) - The African Union suspended Chad .", 'NATO — the alliance founded in 1949 — said it would act .', 'BIG MISTAKE - The food was tasteless .']) {
      expect(datelinePrefix(words(s)), s).toBe(datelineLength(words(s)));
    }
  });
  it('reads a state and a date after the city (Reuters: "CONWAY, Ark., Feb 26 -"), not a third part or a lower-case one', () => {
    expect(datelineLength(words('CONWAY , Ark. , Feb 26 - CCX Network Inc said .'))).toBe(7);
    expect(datelineLength(words('SANTA BARBARA , Calif. , March 2 - Financial Corp said .'))).toBe(8);
    expect(datelineLength(words('ELWOOD , KAN . , Feb 26 - Shr loss six cts .'))).toBe(8);
    expect(datelineLength(words('CONWAY , Ark. , the state capital - it rained .'))).toBe(0);
    expect(datelineLength(words('CONWAY , . - it rained .'))).toBe(0);
    expect(datelineLength(words('CONWAY , Ark. , USA , Feb 26 - it rained .'))).toBe(0);
  });
  it('counts the all-caps city words, at most four', () => {
    expect(datelineCityLength(words('KUALA LUMPUR , Dec. 5 ( Reuters ) - Police fired .'))).toBe(2);
    expect(datelineCityLength(words("N'DJAMENA , Chad ( AP ) -"))).toBe(1);
    expect(datelineCityLength(words('Brussels ( Reuters ) -'))).toBe(0);
    expect(datelineCityLength(words('A B C D E F'))).toBe(0); // a one-letter opening word is no city
  });
});
