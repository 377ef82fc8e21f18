// Coverage added for issue 20 (TIMEX3 guidelines, checked on MEANTIME dev): seasons named by
// themselves, parts of the unit in focus, parts of the day of the narrative, coordinated
// quantities, fractions that are not quarters of a year, and years inside names.
// Publication 2025-03-07 (a Friday) unless a test says otherwise.
import { describe, expect, it } from 'vitest';
import { find, timexes } from './helpers.js';

const value = (text: string, phrase: string, published = '2025-03-07') => find(text, phrase, published)?.value;
const texts = (text: string) => timexes(text).map((t) => t.text);

describe('seasons named by themselves', () => {
  it('reads a bare season as a part of the year, by tense', () => {
    expect(value("It's too early to see a trend, but spring shows signs of hope.", 'spring')).toBe('2025-SP');
    expect(value('The ministers met while the bank held their Autumn meetings.', 'Autumn')).toMatch(/^\d{4}-FA$/);
    expect(value('Winter arrived late and the harvest suffered.', 'Winter')).toMatch(/^\d{4}-WI$/);
  });
  it('leaves names, compounds and the verb alone', () => {
    expect(texts('The Arab Spring toppled four rulers.')).toEqual([]);
    expect(texts('Athletes trained for the Summer Olympics.')).toEqual([]);
    expect(texts('Villagers carried spring water to the camp.')).toEqual([]);
    expect(texts('Rebels could spring a surprise attack.')).toEqual([]);
    expect(texts('Prices fall when supply rises.')).toEqual([]);
  });
});

describe('a part of the unit in focus', () => {
  it('takes the year, month or week the narrative is in, modifier inside the span', () => {
    const text = 'According to an April 2 report, Apple passed Wal-Mart at the beginning of the year.';
    expect(find(text, 'the beginning of the year', '2008-04-09')).toMatchObject({ type: 'DATE', value: '2008' });
    expect(value('Talks stalled earlier in the month, officials said.', 'earlier in the month', '2019-01-23')).toBe('2019-01');
    expect(value('The index rebounded late in the day after falling 250 points.', 'late in the day', '2007-08-10')).toBe('2007-08-10');
  });
  it('dates "the day" of a market report by the day the narrative is on, past a month told in between', () => {
    const text = 'Ford said on Tuesday that its sales rose 43% in February. The stock rose, ending the day at $12.';
    expect(value(text, 'the day', '2010-03-03')).toBe('2010-03-02');
    const since = 'Stocks posted gains on Friday. Unemployment reached 8.5%, the highest since 1983. The Dow gained 39 points, ending the day at 8,017.';
    expect(value(since, 'the day', '2009-04-04')).toBe('2009-04-03');
  });
});

describe('parts of the day the narrative is on', () => {
  it('annotates "the evening", "early evening", "the evening hours" as times of the day in focus', () => {
    const text = 'Protesters gathered on Tuesday. Violence continued through the evening.';
    expect(find(text, 'the evening', '2019-10-02')).toMatchObject({ type: 'TIME', value: '2019-10-01TEV' });
    expect(value('Police arrived on Saturday. The crowd left in early evening.', 'early evening', '2019-08-19')).toBe('2019-08-17TEV');
    expect(value('The attack happened on Saturday, in the evening hours.', 'the evening hours', '2020-11-17')).toBe('2020-11-14TEV');
    // "in morning trading": the part of the day, not the noun after it
    expect(value('Shares rose on Tuesday in morning trading.', 'morning', '2010-03-03')).toBe('2010-03-02TMO');
  });
  it('leaves habits and nouns without a determiner or modifier alone', () => {
    expect(texts('The owls hunt by night.')).toEqual([]);
    expect(texts('She works in the morning of her career.')).toEqual([]);
  });
});

describe('coordinated quantities and fractions', () => {
  it('gives the first of two coordinated quantities the unit written after the second', () => {
    const found = timexes('He said the process would take between 60 and 90 days.').map((t) => [t.text, t.value]);
    expect(found).toEqual([['60', 'P60D'], ['90 days', 'P90D']]);
    expect(timexes('The trial may last two or three years.').map((t) => [t.text, t.value])).toEqual([['two', 'P2Y'], ['three years', 'P3Y']]);
    expect(texts('Between 2014 and 2016 prices rose.')).toEqual(['2014', '2016']);
  });
  it('reads "a quarter, of" as a fraction and "two consecutive quarters of" as time', () => {
    expect(texts('Chrysler wants to eliminate 789, or about a quarter, of its 3,200 dealers.')).toEqual([]);
    expect(value('Japan entered a recession after two consecutive quarters of negative growth.', 'two consecutive quarters')).toBe('P2Q');
    expect(value('The meeting ended after a quarter of an hour.', 'a quarter')).toBe('P1Q');
  });
});

describe('years inside names', () => {
  it('leaves a number between two capitalised words of a name alone', () => {
    expect(texts('The Russell 2000 Index of smaller companies fell.')).toEqual([]);
    expect(texts('Since 2000 Apple has grown.')).toEqual(['2000']);
    expect(value('Sales in June 2000 Apple reported were low.', 'June 2000')).toBe('2000-06');
  });
});

describe('a day of the month whose year a phrase after it gives', () => {
  it('takes the year of "of this year", "last year"', () => {
    expect(value('The vote was held on September 20 of this year.', 'September 20', '2019-12-14')).toBe('2019-09-20');
    expect(value('He was arrested on December 22, last year.', 'December 22', '2019-01-07')).toBe('2018-12-22');
    expect(value('Prices peaked in October of next year.', 'October', '2009-05-15')).toBe('2010-10');
  });
});

describe('ages', () => {
  it('keeps "-old" and "old" inside the span of an age, as TimeML annotates it', () => {
    expect(find('The 45-year-old man was arrested.', '45-year-old')).toMatchObject({ type: 'DURATION', value: 'P45Y' });
    expect(find('Smith, 64 years old, resigned.', '64 years old')).toMatchObject({ type: 'DURATION', value: 'P64Y' });
    // a duration that is no age keeps its span
    expect(texts('He served three years in prison.')).toEqual(['three years']);
  });
});
