// Knowledge-base rows the events layer reads (data/actors/people.tsv, countries.tsv): the Quds Force
// commander's role ends with his death, the Houthi military spokesman is found by either spelling,
// "Slovak Republic" is the country's formal name, and two office-holders the Wikinews events name
// (Iraq's prime minister Abdul-Mahdi, Yemen's president Hadi) hold their offices only within their
// dates; the Belarusian opposition candidate Babaryka (from May 2020) and Michael Cohen, a US person
// without office (ELI, as Phoenix codes such people). (Jeremy Corbyn is left out: test/events/recall-10 uses him as a person the KB does not know.)
import { describe, expect, it } from 'vitest';
import { defaultKb } from '../../src/kb/index.js';

const kb = defaultKb();

describe('actor rows', () => {
  it('Qasem Soleimani is IRN MIL until 2020-01-03, not after', () => {
    expect(kb.roleOf('Qassem Soleimani', '2019-06-01')).toMatchObject({ country: 'IRN', sector: 'MIL' });
    expect(kb.roleOf('Soleimani', '2020-02-01')?.source).not.toBe('bundled');
  });

  it('Yahya Sarea and "Saree" are the Houthis\' spokesman (YEM REB)', () => {
    for (const n of ['Yahya Sarea', 'Yahya Saree', 'Saree']) expect(kb.roleOf(n, '2024-01-12'), n).toMatchObject({ country: 'YEM', sector: 'REB' });
  });

  it('"the Slovak Republic" is Slovakia', () => {
    expect(kb.countryOf('the Slovak Republic')).toBe('SVK');
  });

  it('Adil Abdul-Mahdi is IRQ GOV as prime minister (2018-10-25..2020-05-07), not after', () => {
    expect(kb.roleOf('Adil Abdul-Mahdi', '2019-11-30')).toMatchObject({ country: 'IRQ', sector: 'GOV' });
    expect(kb.roleOf('Adil Abdul-Mahdi', '2021-01-01')?.source).not.toBe('bundled');
  });

  it('Abdrabbuh Mansur Hadi is YEM GOV as president (2012-02-25..2022-04-07)', () => {
    for (const n of ['Abdrabbuh Mansur Hadi', 'Hadi']) expect(kb.roleOf(n, '2020-01-10'), n).toMatchObject({ country: 'YEM', sector: 'GOV' });
    expect(kb.roleOf('Hadi', '2011-06-01')?.source).not.toBe('bundled');
  });

  it('Viktar Babaryka is BLR OPP from his candidacy (2020-05-12), by either spelling; not before', () => {
    for (const n of ['Viktar Babaryka', 'Viktor Babariko', 'Babaryka']) expect(kb.roleOf(n, '2020-08-10'), n).toMatchObject({ country: 'BLR', sector: 'OPP' });
    expect(kb.roleOf('Viktar Babaryka', '2019-01-01')?.source).not.toBe('bundled');
  });

  it('Michael Cohen is a US person without office (USA ELI), not an official', () => {
    expect(kb.roleOf('Michael Cohen', '2019-05-01')).toMatchObject({ country: 'USA', sector: 'ELI' });
  });
});
