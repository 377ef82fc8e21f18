// Direction and anchoring (issue 20), each case with its mirror image: the tense and aspect of the
// clause's own verb decide past or future; relative expressions count from the time the narrative
// is at, not from publication, and stay unresolved when there is none; quotes and events take the
// date of the speech act or of their own clause. Every case asserts the value and where it came
// from (a timex's `anchor`, a quote's or event's `date_source`). Our own sentences, run through the
// real segmenter, tagger and time stage (the dating cases add hand-built quotes and events).
import { describe, expect, it } from 'vitest';
import { createDoc, type Doc } from '../../src/core/doc.js';
import { segmentStage } from '../../src/stages/segment/index.js';
import { syntaxStage } from '../../src/stages/syntax/index.js';
import { timeStage } from '../../src/stages/time/index.js';
import { at, datedDoc, event, quote } from './helpers.js';

/** Wednesday */
const PUB = '2025-03-05';

function tagged(text: string, published: string): Doc {
  const ctx = { published, options: {} };
  return timeStage.run(syntaxStage.run(segmentStage.run(createDoc(text, { published }), ctx), ctx), ctx);
}

/** [sentence, expression, value, anchor ('abs' absolute, 'pub' published, 'timex' an earlier timex, 'none' unresolved), publication] */
type Case = [string, string, string | null, 'abs' | 'pub' | 'timex' | 'none', string?];

const ANCHOR = { abs: /^absolute$/, pub: /^published$/, timex: /^timex:\d+$/, none: /^unresolved$/ };

function check([sentence, phrase, value, anchor, published = PUB]: Case) {
  const doc = tagged(sentence, published);
  const t = doc.timexes.find((x) => sentence.slice(x.start, x.end) === phrase);
  expect(t, `a timex "${phrase}" in: ${sentence} (found ${doc.timexes.map((x) => sentence.slice(x.start, x.end)).join(' | ')})`).toBeDefined();
  expect(t!.value).toBe(value);
  expect(t!.anchor).toMatch(ANCHOR[anchor]);
}

const direction: Case[] = [
  // future, conditional and intention contexts look forward; past ones back
  ['The minister will visit Kyiv on Monday.', 'Monday', '2025-03-10', 'pub'],
  ['The minister visited Kyiv on Monday.', 'Monday', '2025-03-03', 'pub'],
  ['The talks are scheduled for Thursday.', 'Thursday', '2025-03-06', 'pub'],
  ['The talks were held on Thursday.', 'Thursday', '2025-02-27', 'pub'],
  ['Erdogan invited his Greek counterpart to Istanbul in January.', 'January', '2026-01', 'pub', '2025-11-20'],
  ['Erdogan visited Istanbul in January.', 'January', '2025-01', 'pub', '2025-11-20'],
  ['The company plans to open the plant in October.', 'October', '2025-10', 'pub'],
  ['The company opened the plant in October.', 'October', '2024-10', 'pub'],
  ['If approved, the law would take effect in July.', 'July', '2025-07', 'pub'],
  ['The law took effect in July.', 'July', '2024-07', 'pub'],
  ['The election will be held this September.', 'this September', '2025-09', 'pub'],
  ['He will resign next Tuesday.', 'next Tuesday', '2025-03-11', 'pub'],
  ['He resigned last Tuesday.', 'last Tuesday', '2025-03-04', 'pub'],
  // a present main verb with a time of its own is a schedule
  ['The ceasefire expires on Sunday.', 'Sunday', '2025-03-09', 'pub'],
  ['The ceasefire expired on Sunday.', 'Sunday', '2025-03-02', 'pub'],
  // the clause's own verb decides, not the sentence's first verb
  ['The minister said on Monday that the talks will resume on Friday.', 'Monday', '2025-03-03', 'pub'],
  ['The minister said on Monday that the talks will resume on Friday.', 'Friday', '2025-03-07', 'pub'],
  ['The minister will say on Monday that the talks collapsed on Friday.', 'Monday', '2025-03-10', 'pub'],
  ['The minister will say on Monday that the talks collapsed on Friday.', 'Friday', '2025-02-28', 'pub'],
];

const anchoring: Case[] = [
  // "N units later/earlier" count from the time in focus, at the precision of their unit
  ['Police arrested her on March 2, 2024. Three months later she was released.', 'Three months later', '2024-06', 'timex'],
  ['Police arrested her on March 2, 2024. Three months earlier she had moved to Paris.', 'Three months earlier', '2023-12', 'timex'],
  ['The summit opened on March 3. The day before, protesters marched.', 'The day before', '2025-03-02', 'timex'],
  ['The summit opened on March 3. The day after, protesters marched.', 'The day after', '2025-03-04', 'timex'],
  ['The summit opened on March 3. A week later, the deal collapsed.', 'A week later', '2025-03-10', 'timex'],
  ['The summit opened on March 3. The next day, leaders signed the deal.', 'The next day', '2025-03-04', 'timex'],
  ['The court sat on Monday. The judge ruled the same day.', 'the same day', '2025-03-03', 'timex'],
  // a day after publication told in the past clause before is not the day in focus
  ['The attack happened on Monday, and the suspect will appear in court on March 20. Police made arrests the same day.', 'the same day', '2025-03-03', 'timex'],
  ['The war began in 2014. That September, the city fell.', 'That September', '2014-09', 'timex'],
  ['The war began in 2014. In September, the city fell.', 'September', '2024-09', 'pub'],
  // no time in focus: "the next day" stays unresolved (with a range), "that day" is the day of writing
  ['The next day, he resigned.', 'The next day', null, 'none'],
  ['He resigned that day.', 'that day', '2025-03-05', 'pub'],
  // clock times take the day the narrative is at, skipping a future date in a past clause
  ['Protesters marched on Saturday evening and police made arrests at 21:00.', '21:00', '2025-03-01T21:00', 'timex'],
  ['The flood hit the town on March 1.\nAt 06:00 the water began to recede.', '06:00', '2025-03-01T06:00', 'timex'],
  ['The vote closes at 3 p.m. ET on Friday.', '3 p.m. ET on Friday', '2025-03-07T15:00', 'pub'],
  ['The vote closed at 3 p.m. ET.', '3 p.m. ET', '2025-03-05T15:00', 'pub'],
  // coverage: parts of a year, decades, durations and sets
  ['Profits rose in fiscal Q3.', 'fiscal Q3', '2024-Q3', 'pub'],
  ['Profits will rise in fiscal Q3.', 'fiscal Q3', '2025-Q3', 'pub'],
  ['The band was popular in the seventies.', 'the seventies', '197', 'abs'],
  ['The band was popular in the 1990s.', 'the 1990s', '199', 'abs'],
  ['The meeting lasted three hours.', 'three hours', 'PT3H', 'abs'],
  ['The market opens every Tuesday.', 'every Tuesday', 'XXXX-WXX-2', 'abs'],
];

describe('direction from the tense and aspect of the clause', () => {
  it.each(direction)('%s → "%s" = %s (%s)', (...c) => check(c as Case));
});

describe('anchors that follow the narrative', () => {
  it.each(anchoring)('%s → "%s" = %s (%s)', (...c) => check(c as Case));
  it('gives an unresolved "the next day" the stretch of time it must lie in', () => {
    const text = 'The next day, he resigned.';
    const t = tagged(text, PUB).timexes[0]!;
    expect(t.range).toEqual({ from: '2025-02-05', to: '2025-03-05' });
  });
});

describe('dates of quotes and events: the speech act, not the content', () => {
  const speaker = (t: string, s: string, n = 1) => ({ entity: null, name: null, mention: at(t, s, n) });
  it('dates the quote by "said on Monday" and the event of its content by Friday', () => {
    const text = 'The minister said on Monday that the talks will resume on Friday.';
    const d = datedDoc(text, (t) => ({
      quotes: [quote(t, 'q1', 'the talks will resume on Friday', 'said', 'indirect')],
      events: [event(t, 'v1', 'resume')],
    }), PUB);
    expect(d.quotes[0]).toMatchObject({ date: '2025-03-03', date_source: 'clause' });
    expect(d.events[0]).toMatchObject({ date: '2025-03-07', date_source: 'clause' });
  });
  it('dates an attribution tail by publication, not by the weekday of the sentence before', () => {
    const text = 'Troops shelled the town on Wednesday. The attack killed nine people, his office said.';
    const d = datedDoc(text, (t) => ({ quotes: [quote(t, 'q1', 'The attack killed nine people', 'said', 'indirect')] }), '2025-03-07');
    expect(d.quotes[0]).toMatchObject({ date: '2025-03-07', date_source: 'published' });
  });
  it('and by the text when the tail is dated', () => {
    const text = 'Troops shelled the town. The attack killed nine people, his office said on Wednesday.';
    const d = datedDoc(text, (t) => ({ quotes: [quote(t, 'q1', 'The attack killed nine people', 'said', 'indirect')] }), '2025-03-07');
    expect(d.quotes[0]).toMatchObject({ date: '2025-03-05', date_source: 'clause' });
  });
  it('keeps the date of the statement a follow-on continues ("He also said")', () => {
    const text = 'Mark Rutte said on Tuesday that the alliance is united. He also said the budget will grow.';
    const d = datedDoc(text, (t) => ({
      quotes: [
        { ...quote(t, 'q1', 'the alliance is united', 'said', 'indirect'), speaker: speaker(t, 'Mark Rutte') },
        { ...quote(t, 'q2', 'the budget will grow', 'said', 'indirect'), cue: at(t, 'said', 2), speaker: speaker(t, 'He') },
      ],
    }), PUB);
    expect(d.quotes[1]).toMatchObject({ date: '2025-03-04', date_source: 'quote-anchor' });
  });
  it('but another speaker with no date of its own is dated by publication', () => {
    const text = 'Mark Rutte said on Tuesday that the alliance is united. The budget will grow, officials said.';
    const d = datedDoc(text, (t) => ({
      quotes: [
        { ...quote(t, 'q1', 'the alliance is united', 'said', 'indirect'), speaker: speaker(t, 'Mark Rutte') },
        { ...quote(t, 'q2', 'The budget will grow', 'said', 'indirect'), cue: at(t, 'said', 2), speaker: speaker(t, 'officials') },
      ],
    }), PUB);
    expect(d.quotes[1]).toMatchObject({ date: '2025-03-05', date_source: 'published' });
  });
  it('dates a statement at "the press briefing" by the briefing told before', () => {
    const text = 'Hegseth met Healey on March 3 and said "we are united" during a press briefing.\nLater, "we will do more," Healey responded during the press briefing.';
    const d = datedDoc(text, (t) => ({
      quotes: [
        { ...quote(t, 'q1', 'we are united', 'said'), speaker: speaker(t, 'Hegseth') },
        { ...quote(t, 'q2', 'we will do more,', 'responded'), speaker: speaker(t, 'Healey', 2) },
      ],
    }), PUB);
    expect(d.quotes[0]).toMatchObject({ date: '2025-03-03', date_source: 'clause' });
    expect(d.quotes[1]).toMatchObject({ date: '2025-03-03', date_source: 'quote-anchor' });
  });
  it('dates an undated event by its aspect: ongoing now, or before the story at an untold time', () => {
    const text = 'Troops shelled the town on Tuesday.\nInvestigators are examining the site. The militia had made threats.\nThe militia made threats on Monday.';
    const d = datedDoc(text, (t) => ({ events: [event(t, 'v1', 'examining the site'), event(t, 'v2', 'made threats'), event(t, 'v3', 'made threats on Monday')] }), PUB);
    expect(d.events[0]).toMatchObject({ date: PUB, date_source: 'published' });
    expect(d.events[1]).toMatchObject({ date: null, date_source: 'none' });
    expect(d.events[2]).toMatchObject({ date: '2025-03-03', date_source: 'clause' });
  });
  it('dates an event by its own clause, and an undated one by the scene before it', () => {
    const text = 'Artillery shelled the town on Tuesday.\nSoldiers then seized the bridge.';
    const d = datedDoc(text, (t) => ({ events: [event(t, 'v1', 'shelled the town'), event(t, 'v2', 'seized the bridge')] }), PUB);
    expect(d.events[0]).toMatchObject({ date: '2025-03-04', date_source: 'clause' });
    expect(d.events[1]).toMatchObject({ date: '2025-03-04', date_source: 'context' });
  });
});
