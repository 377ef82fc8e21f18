// Knowledge-base rows the events layer reads (data/actors/people.tsv, countries.tsv): the Quds Force
// commander's role ends with his death, the Houthi military spokesman is found by either spelling,
// and "Slovak Republic" is the country's formal name.
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
});
