// Every record in data/time-*.tsv carries an example; each example must do what its record says:
// a calendar word, vague phrase or set word is found inside a time expression; a blocker's
// example yields no time expression at all; a tense marker decides the tense of the time
// expression in its example.
import { describe, expect, it } from 'vitest';
import { loadTsv } from '../../core/data-loader.js';
import { timeDoc, timexes } from '../../../test/time/helpers.js';
import { tenseAt } from './tense.js';

const rows = (file: string) => loadTsv(file).rows.filter((r) => r.example);

describe('data/time-*.tsv examples fire', () => {
  it.each(rows('time-words.tsv').map((r) => [r.word!, r.class!, r.example!]))('%s (%s): %s', (word, _cls, example) => {
    const hit = timexes(example).find((t) => t.text.toLowerCase().includes(word.toLowerCase()));
    expect(hit, `no time expression containing "${word}"`).toBeDefined();
  });
  it.each(rows('time-vague.tsv').map((r) => [r.phrase!, r.value!, r.example!]))('%s → %s: %s', (phrase, value, example) => {
    const hit = timexes(example).find((t) => t.text.toLowerCase().replace(/\s+/g, ' ').includes(phrase));
    expect(hit?.value).toBe(value);
  });
  it.each(rows('time-sets.tsv').map((r) => [r.phrase!, r.value!, r.example!]))('%s → %s: %s', (phrase, value, example) => {
    const hit = timexes(example).find((t) => t.text.toLowerCase() === phrase);
    expect(hit).toMatchObject({ type: 'SET', value });
  });
  it.each(rows('time-blockers.tsv').map((r) => [r.word!, r.position!, r.example!]))('%s (%s) blocks: %s', (_w, _p, example) => {
    expect(timexes(example).map((t) => t.text)).toEqual([]);
  });
  it.each(rows('time-tense.tsv').map((r) => [r.marker!, r.tense!, r.example!]))('"%s" marks %s: %s', (_m, tense, example) => {
    const doc = timeDoc(example);
    const t = doc.timexes.find((x) => x.type === 'DATE');
    expect(t, 'the example has a date').toBeDefined();
    expect(tenseAt(doc, t!.start, t!.end)).toBe(tense);
  });
});
