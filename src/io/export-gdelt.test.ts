import { describe, expect, it } from 'vitest';
import { withLayers } from '../core/doc.js';
import { extractEvents } from '../stages/events/extract.js';
import { handDoc } from '../../test/events/hand-doc.js';
import { GDELT_COLUMNS, toGdeltRows, toGdeltTsv } from './export-gdelt.js';
import { toContract } from './write-json.js';

function contract() {
  const base = handDoc(
    [
      // (one sentence telling the praise twice: one event with two mentions — merge-duplicates.ts)
      'Germany|Germany|PROPN|2|nsubj praised|praise|VERB|0|root France|France|PROPN|2|obj in|in|ADP|5|case Paris|Paris|PROPN|2|obl and|and|CCONJ|7|cc commended|commend|VERB|2|conj France|France|PROPN|7|obj .|.|PUNCT|2|punct',
      'Russia|Russia|PROPN|4|nsubj did|do|AUX|4|aux not|not|PART|4|advmod attack|attack|VERB|0|root Ukraine|Ukraine|PROPN|4|obj .|.|PUNCT|4|punct',
    ],
    [{ id: 'fr', type: 'GPE', name: 'France', mentions: ['France'], country: 'FRA', actor_code: 'FRA' }],
  );
  const doc = withLayers({ ...base, id: 'art1', meta: { ...base.meta, url: 'https://example.org/a', published: '2025-03-07' } }, { events: extractEvents(base) }, ['events']);
  return toContract(doc);
}

describe('toGdeltRows', () => {
  it('writes one 61-column row per non-negated event in GDELT 2.0 column order', () => {
    const c = contract();
    const rows = toGdeltRows(c);
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(rows).toHaveLength(1); // the negated attack is left out; the praise/commend pair is merged
    const r = Object.fromEntries(GDELT_COLUMNS.map((k, i) => [k, rows[0]![i]]));
    expect(rows[0]).toHaveLength(61);
    expect(r).toMatchObject({
      SQLDATE: '20250307', MonthYear: '202503', Year: '2025', Actor1Code: 'DEU', Actor1Name: 'GERMANY', Actor1CountryCode: 'DEU',
      Actor2Code: 'FRA', Actor2Name: 'FRANCE', Actor2CountryCode: 'FRA', IsRootEvent: '1', EventCode: '051', EventBaseCode: '051',
      EventRootCode: '05', QuadClass: '1', GoldsteinScale: '3.4', NumMentions: '2', ActionGeo_FullName: 'Paris', SOURCEURL: 'https://example.org/a',
    });
    expect(r.GLOBALEVENTID).toMatch(/^\d+$/);
  });

  it('can keep negated events and add the header; TSV has one line per row', () => {
    const c = contract();
    const rows = toGdeltRows(c, { includeNegated: true, header: true });
    expect(rows[0]).toEqual([...GDELT_COLUMNS]);
    expect(rows.slice(1).map((r) => r[26])).toEqual(['051', '190']);
    expect(toGdeltTsv(c).split('\n').filter(Boolean).map((l) => l.split('\t').length)).toEqual([61]);
  });

  it('splits sector codes into type columns and leaves the country empty for IGOs', () => {
    const c = contract();
    const ev = { ...c.events[0]!, source: { entity: null, actor_code: 'USAGOV', mention: null }, target: { entity: null, actor_code: 'IGOUNO', mention: null } };
    const r = toGdeltRows({ ...c, events: [ev] })[0]!;
    const m = Object.fromEntries(GDELT_COLUMNS.map((k, i) => [k, r[i]]));
    expect(m).toMatchObject({ Actor1CountryCode: 'USA', Actor1Type1Code: 'GOV', Actor2CountryCode: '', Actor2KnownGroupCode: 'UNO' });
  });
});
