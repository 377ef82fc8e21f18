// Rule tests for the time stage on invented news sentences. Publication date 2025-03-07 (a
// Friday) unless a test says otherwise.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { find, timexes } from '../../../test/time/helpers.js';

const value = (text: string, phrase: string, published: string | null = '2025-03-07') => find(text, phrase, published)?.value;

describe('absolute dates', () => {
  it('resolves written dates without the publication date', () => {
    const t = find('The treaty was signed on March 6, 2019, in Geneva.', 'March 6, 2019', null)!;
    expect(t).toMatchObject({ type: 'DATE', value: '2019-03-06', granularity: 'day', anchor: 'absolute', inferred: [] });
    expect(value('Talks opened on 6 March 2019 in Geneva.', '6 March 2019')).toBe('2019-03-06');
    expect(value('The plant closed in November 2006 after a strike.', 'November 2006')).toBe('2006-11');
    expect(value('The law dates from 1998.', '1998')).toBe('1998');
    expect(value('The memo, dated 2024-11-05, was leaked.', '2024-11-05')).toBe('2024-11-05');
    expect(value('Inflation soared in the 1970s.', 'the 1970s')).toBe('197');
    expect(value('Monday, March 3, 2025 was a holiday.', 'Monday, March 3, 2025')).toBe('2025-03-03');
  });
  it('keeps modifiers inside the span without changing the value', () => {
    expect(find('Production resumes in early 2026.', 'early 2026')?.value).toBe('2026');
    expect(find('The mine opens in mid-2027.', 'mid-2027')?.value).toBe('2027');
  });
});

describe('year inferred from the publication date', () => {
  it('reads a deadline in a conditional or modal sentence forward, past a backshifted verb', () => {
    // publication 2026-11-06: January before November in the year, so the next one is meant
    expect(value('He said Chad would quit the bloc if the suspension was not lifted by January.', 'January', '2026-11-06')).toBe('2027-01');
    expect(value('The envoy warned that aid could stop unless elections were held before March.', 'March', '2026-11-06')).toBe('2027-03');
    expect(value('Officials said the border would stay closed until Feb. 3.', 'Feb. 3', '2026-11-06')).toBe('2027-02-03');
    // the same words without a deadline preposition or a condition stay in the past
    expect(value('The suspension was not lifted in January, officials said.', 'January', '2026-11-06')).toBe('2026-01');
    expect(value('The suspension was lifted by January, officials said.', 'January', '2026-11-06')).toBe('2026-01');
  });
  it('puts a bare past date in the year before publication when needed', () => {
    const t = find('Parliament voted on Feb. 28 to extend the mission.', 'Feb. 28')!;
    expect(t).toMatchObject({ value: '2025-02-28', inferred: ['year'], anchor: 'published' });
    expect(value('The ceasefire collapsed on Dec. 30, officials said.', 'Dec. 30', '2025-01-03')).toBe('2024-12-30');
  });
  it('puts a bare future date in the next year when needed', () => {
    expect(value('The summit will open on Jan. 5 in Rome.', 'Jan. 5', '2024-12-20')).toBe('2025-01-05');
  });
  it('does not read a date in the coming weeks as most of a year ago', () => {
    expect(value('A judge ordered that ballots be accepted until April 13.', 'April 13', '2025-04-07')).toBe('2025-04-13');
    expect(value('The governor delayed the vote until June.', 'June', '2025-04-07')).toBe('2025-06');
    expect(value('The governor delayed the vote in September.', 'September', '2025-04-07')).toBe('2024-09');
  });
  it('infers the year of a bare month by tense', () => {
    expect(value('Exports fell in December, the ministry said.', 'December')).toBe('2024-12');
    expect(value('The new law will take effect in June.', 'June')).toBe('2025-06');
  });
});

describe('relative to publication, with a news past bias', () => {
  it('reads a weekday in a past-tense clause as the one before publication', () => {
    expect(value('The minister said on Monday that the plan had failed.', 'Monday')).toBe('2025-03-03');
    expect(value('Officials met on Friday to discuss the budget.', 'Friday')).toBe('2025-03-07');
  });
  it('reads a weekday in a future-tense clause as the next one', () => {
    expect(value('The leaders will meet on Monday in Paris.', 'Monday')).toBe('2025-03-10');
    expect(value('The minister said on Tuesday that talks will resume on Thursday.', 'Thursday')).toBe('2025-03-13');
    expect(value('The minister said on Tuesday that talks will resume on Thursday.', 'Tuesday')).toBe('2025-03-04');
  });
  it('resolves relative days, weeks, months and years', () => {
    const t = 'Yesterday the bank cut rates; last week it warned of a slowdown, and this week it met again.';
    expect(value(t, 'Yesterday')).toBe('2025-03-06');
    expect(value(t, 'last week')).toBe('2025-W09');
    expect(value(t, 'this week')).toBe('2025-W10');
    expect(value('Elections are due next year.', 'next year')).toBe('2026');
    expect(value('Prices rose last month.', 'last month')).toBe('2025-02');
    expect(value('The army withdrew two days ago.', 'two days ago')).toBe('2025-03-05');
    expect(value('The strike began a week ago.', 'a week ago')).toBe('2025-02-28');
    expect(value('The party was founded three years ago.', 'three years ago')).toBe('2022');
    expect(find('Earlier this month the firm cut jobs.', 'Earlier this month')?.value).toBe('2025-03');
    expect(value('The index peaked last September.', 'last September')).toBe('2024-09');
    expect(value('The vote is set for next Tuesday.', 'next Tuesday')).toBe('2025-03-11');
    expect(value('The talks happened today.', 'today')).toBe('2025-03-07');
  });
});

describe('parts of years and weeks', () => {
  it('resolves quarters, halves, seasons and weekends', () => {
    expect(value('Profits rose in the third quarter of 2009.', 'the third quarter of 2009')).toBe('2009-Q3');
    expect(value('The firm reported third-quarter profits.', 'third-quarter')).toBe('2024-Q3');
    expect(value('Sales fell in the fourth quarter, the company said.', 'the fourth quarter')).toBe('2024-Q4');
    expect(value('Output grew in the first half of 2024.', 'the first half of 2024')).toBe('2024-H1');
    expect(value('The plant will reopen this summer.', 'this summer')).toBe('2025-SU');
    expect(value('Fuel ran short last winter.', 'last winter')).toBe('2024-WI');
    expect(value('Protests continued over the weekend, police said.', 'the weekend')).toBe('2025-W09-WE');
    expect(value('Voters go to the polls this weekend.', 'this weekend')).toBe('2025-W10-WE');
    expect(value('Dealers must close after October of next year.', 'October')).toBe('2026-10');
    expect(value('Dealers must close after October of next year.', 'next year')).toBe('2026');
  });
  it('resolves parts of days as TIME without a clock time', () => {
    expect(find('The curfew starts tonight.', 'tonight')).toMatchObject({ type: 'TIME', value: '2025-03-07TNI' });
    expect(find('Shelling was heard last night.', 'last night')).toMatchObject({ type: 'TIME', value: '2025-03-06TNI' });
    expect(find('The minister spoke this morning.', 'this morning')).toMatchObject({ type: 'TIME', value: '2025-03-07TMO' });
  });
});

describe('anchored to an earlier time in the text', () => {
  it('counts from the last date before it', () => {
    const text = 'The fire broke out on June 3, 2019. The next day, officials ordered an evacuation. Two days later, the town reopened.';
    const next = find(text, 'The next day', '2025-03-07')!;
    expect(next.value).toBe('2019-06-04');
    expect(next.anchor).toBe('timex:0');
    expect(value(text, 'Two days later')).toBe('2019-06-06');
    expect(value('The riot started on June 3, 2019. A week later, the curfew ended.', 'A week later')).toBe('2019-06-10');
  });
  it('leaves "the next day" of nothing unresolved, with the range it must lie in', () => {
    const t = find('The next day, officials ordered an evacuation.', 'The next day')!;
    expect(t).toMatchObject({ value: null, anchor: 'unresolved', range: { from: '2025-02-07', to: '2025-03-07' } });
    expect(t.inferred).toContain('anchor: no earlier time in the text');
    // "that day" with nothing before it is the day of writing, as a reader takes it
    const that = find('Officials ordered an evacuation that day.', 'that day')!;
    expect(that).toMatchObject({ value: '2025-03-07', anchor: 'published' });
  });
});

describe('durations, sets and vague references', () => {
  it('normalises durations', () => {
    const d = find('He spent three years in prison.', 'three years')!;
    expect(d).toMatchObject({ type: 'DURATION', value: 'P3Y', granularity: 'year' });
    expect(value('The talks lasted 18 months.', '18 months')).toBe('P18M');
    expect(value('The speech lasted thirty minutes.', 'thirty minutes')).toBe('PT30M');
    expect(value('The war lasted two and a half years.', 'two and a half years')).toBe('P2.5Y');
    expect(value('The project took several years.', 'several years')).toBe('PXY');
    expect(value('The war lasted a decade.', 'a decade')).toBe('P10Y');
    expect(find('She ended a 27-year career.', '27-year')?.value).toBe('P27Y');
  });
  it('normalises sets', () => {
    expect(find('The council meets every Tuesday.', 'every Tuesday')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-2' });
    expect(find('The paper is published daily.', 'daily')).toMatchObject({ type: 'SET', value: 'P1D' });
    expect(find('The firm spends $5 billion a year on research.', 'a year')).toMatchObject({ type: 'SET', value: 'P1Y' });
  });
  it('keeps vague references with a range ending at publication', () => {
    const t = find('In recent days, the army advanced.', 'recent days')!;
    expect(t.value).toBe('PAST_REF');
    expect(t.range).toEqual({ from: '2025-02-28', to: '2025-03-07' });
    expect(value('The firm recently cut jobs.', 'recently')).toBe('PAST_REF');
    expect(value('A decision is due in the coming weeks.', 'the coming weeks')).toBe('FUTURE_REF');
  });
});

describe('clock times and parts of days', () => {
  it('puts a time on the day written before it, never inventing one', () => {
    const text = 'On Monday, polls closed at 8 p.m. across the country.';
    const t = find(text, '8 p.m.')!;
    expect(t).toMatchObject({ type: 'TIME', value: '2025-03-03T20:00', anchor: 'timex:0' });
    expect(value('Trading halted at 14:30 GMT.', '14:30 GMT')).toBe('2025-03-07T14:30Z');
    expect(find('Ballots will be counted until 4 p.m. on April 13.', '4 p.m.')).toMatchObject({ value: '2025-04-13T16:00', anchor: 'timex:1' });
    expect(find('Rebels attacked the base Thursday night.', 'Thursday night')).toMatchObject({ type: 'TIME', value: '2025-03-06TNI' });
    for (const t2 of timexes('Yesterday the bank cut rates; two hours ago it reversed course.')) expect(t2.value).not.toMatch(/T\d/);
  });
  it('does not take the day of a clock told after a quotation from a date inside it', () => {
    // Monday is when the talks resume; 3 p.m. is when the minister spoke (publication's day here)
    expect(find('"Talks resume on Monday," the minister said at 3 p.m. EST.', '3 p.m. EST')?.value).toMatch(/^2025-03-07T15:00/);
    expect(find('"Talks resume on Monday," the minister said at 3 p.m. EST.', '3 p.m. EST')).toMatchObject({ anchor: 'published' });
    expect(find('“We meet on Monday,” she said at 3 p.m.', '3 p.m.')).toMatchObject({ value: '2025-03-07T15:00', anchor: 'published' });
    // a day told before the quotation still dates it, and a clock inside the same quotation keeps its day
    expect(find('On Wednesday the minister said "talks resume on Monday" at 3 p.m.', '3 p.m.')).toMatchObject({ value: '2025-03-05T15:00' });
    expect(find('He said: "On Monday we met at 3 p.m. and agreed."', '3 p.m.')).toMatchObject({ value: '2025-03-03T15:00', anchor: 'timex:0' });
  });
});

describe('bad or missing publication date', () => {
  afterEach(() => vi.useRealTimers());
  it('keeps relative expressions unresolved and still resolves absolute ones', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-07-15T12:00:00Z'));
    for (const published of [null, 'soon', '2025-13-45']) {
      const text = 'He said on Monday that the deal signed on March 6, 2025 was void, and that prices fell last week.';
      const monday = find(text, 'Monday', published)!;
      expect(monday).toMatchObject({ value: null, anchor: 'unresolved' });
      expect(find(text, 'last week', published)).toMatchObject({ value: null, anchor: 'unresolved' });
      expect(find(text, 'March 6, 2025', published)?.value).toBe('2025-03-06');
      for (const t of timexes(text, published)) expect(t.value ?? '').not.toMatch(/2031/);
    }
  });
});

describe('every timex explains itself', () => {
  it('carries granularity, inferred parts, anchor and rule', () => {
    const text = 'On Monday, three years after the 2022 vote, the council said it meets every Tuesday; in recent days it met at 9 a.m.';
    const all = timexes(text);
    // the spans, as the input's words at their offsets (the helper slices the input text)
    expect(all.map((t) => t.text)).toEqual(['Monday', 'three years', '2022', 'every Tuesday', 'recent days', '9 a.m.']);
    for (const t of all) {
      expect(t.granularity).toBeTruthy();
      expect(Array.isArray(t.inferred)).toBe(true);
      expect(t.anchor).toBeTruthy();
      expect(t.rule).toMatch(/^time:[a-z-]+$/);
    }
  });
});

describe('negatives: no time expression', () => {
  const none = [
    'Officials say prices may rise.',
    'May I add that the plan works?',
    'Thousands joined the march on the capital.',
    'Thousands joined the March to protest the cuts.',
    'The Sunday Times reported the deal.',
    'She finished second in the race.',
    'He tried a second time and failed.',
    'Arsenal won 3-2 at home.',
    'The final score was 3:2 after extra time.',
    'Users should upgrade to version 2.0.1 of the app.',
    'The phone runs iOS 10.3.2 and Windows 2000.',
    'More than 2000 people attended the rally.',
    'June Carter sang at the rally.',
    'The findings appeared in the journal Current Biology.',
    'Call us as soon as you can.',
  ];
  it.each(none)('%s', (text) => {
    expect(timexes(text).map((t) => t.text)).toEqual([]);
  });
});
