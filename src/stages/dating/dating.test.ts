// The dating stage on hand-built quotes and events over invented texts (publication 2025-03-07).
import { describe, expect, it } from 'vitest';
import { at, datedDoc, event, quote } from '../../../test/time/helpers.js';

const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

describe('quote dates', () => {
  it('takes a timex in the reporting clause, outside the content', () => {
    const text = 'Prime Minister Jane Roe said on March 2 that European nations are developing a plan for peace.';
    const d = datedDoc(text, (t) => ({ quotes: [quote(t, 'q1', 'European nations are developing a plan for peace', 'said', 'indirect')] }));
    expect(d.quotes[0]).toMatchObject({ date: '2025-03-02', date_source: 'clause' });
  });
  it('does not date a quote by a time inside its own words', () => {
    const text = 'The minister said: "We will meet the unions on Monday."';
    const d = datedDoc(text, (t) => ({ quotes: [quote(t, 'q1', 'We will meet the unions on Monday.', 'said')] }));
    expect(d.quotes[0]).toMatchObject({ date: '2025-03-07', date_source: 'published' });
  });
  it('uses a timex of the sentence beyond a clause boundary', () => {
    const text = 'The summit ended on March 2; "it was a success," the host said.';
    const d = datedDoc(text, (t) => ({ quotes: [quote(t, 'q1', 'it was a success,', 'said')] }));
    expect(d.quotes[0]).toMatchObject({ date: '2025-03-02', date_source: 'sentence' });
  });
  it('dates a statement by the dated act of its speaker in the sentence before, not by any scene', () => {
    const text = 'Leaders met in Paris on March 4, and Macron on March 5 hosted a dinner. "We are united," Macron said.';
    const named = (t: string) => ({ ...quote(t, 'q1', 'We are united,', 'said'), speaker: { entity: null, name: null, mention: at(t, 'Macron', 2) } });
    expect(datedDoc(text, (t) => ({ quotes: [named(t)] })).quotes[0]).toMatchObject({ date: '2025-03-05', date_source: 'context' });
    // the speaker is not the actor of the dated sentence: an undated tail is read as of publication
    const other = 'Leaders met in Paris on March 4 to discuss the crisis. "We are united," the French president said.';
    expect(datedDoc(other, (t) => ({ quotes: [quote(t, 'q1', 'We are united,', 'said')] })).quotes[0]).toMatchObject({ date: '2025-03-07', date_source: 'published' });
  });
  it('keeps the date of the statement a follow-on continues', () => {
    const text = 'Jane Roe said on March 2 that the talks will resume on Friday. She also said the unions agreed.';
    const d = datedDoc(text, (t) => ({
      quotes: [
        { ...quote(t, 'q1', 'the talks will resume on Friday', 'said', 'indirect'), speaker: { entity: null, name: null, mention: at(t, 'Jane Roe') } },
        { ...quote(t, 'q2', 'the unions agreed', 'said', 'indirect'), cue: at(t, 'said', 2), speaker: { entity: null, name: null, mention: at(t, 'She') } },
      ],
    }));
    expect(d.quotes[0]).toMatchObject({ date: '2025-03-02', date_source: 'clause' });
    expect(d.quotes[1]).toMatchObject({ date: '2025-03-02', date_source: 'quote-anchor' });
  });
  it('reads a time the quote stage left at the head of the content as the time of the speech verb', () => {
    const text = 'The minister said on Friday the bridge would reopen.';
    const d = datedDoc(text, (t) => ({ quotes: [quote(t, 'q1', 'on Friday the bridge would reopen', 'said', 'indirect')] }));
    expect(d.quotes[0]).toMatchObject({ date: '2025-03-07', date_source: 'clause' });
    const content = 'The minister said the bridge would reopen on Friday.';
    expect(datedDoc(content, (t) => ({ quotes: [quote(t, 'q1', 'the bridge would reopen on Friday', 'said', 'indirect')] })).quotes[0]).toMatchObject({ date_source: 'published' });
  });
  it('does not date a statement by a time that modifies a noun', () => {
    const text = "Reuters reported Monday's attack was the deadliest this year.";
    const d = datedDoc(text, (t) => ({ quotes: [quote(t, 'q1', "Monday's attack was the deadliest this year", 'reported', 'indirect')] }));
    expect(d.quotes[0]).toMatchObject({ date: '2025-03-07', date_source: 'published' });
  });
  it('takes "recently" but not "currently" as the time of a quote', () => {
    const text = 'The minister, who currently leads the party, said the plan had failed.';
    const d = datedDoc(text, (t) => ({ quotes: [quote(t, 'q1', 'the plan had failed', 'said', 'indirect')] }));
    expect(d.quotes[0]).toMatchObject({ date: '2025-03-07', date_source: 'published' });
    const text2 = 'The minister recently said the plan had failed.';
    const d2 = datedDoc(text2, (t) => ({ quotes: [quote(t, 'q1', 'the plan had failed', 'said', 'indirect')] }));
    expect(d2.quotes[0]).toMatchObject({ date: 'PAST_REF', date_source: 'clause' });
  });
  it('does not reach back beyond the scene', () => {
    const paras = ['Leaders met in Paris on March 4.', ...Array.from({ length: 7 }, (_, i) => `Paragraph ${i + 1} has no time in it at all.`), '"We are united," the French president said.'];
    const text = paras.join('\n');
    const d = datedDoc(text, (t) => ({ quotes: [quote(t, 'q1', 'We are united,', 'said')] }));
    expect(d.quotes[0]).toMatchObject({ date: '2025-03-07', date_source: 'published' });
  });
  it('says none when there is no time and no publication date', () => {
    const text = '"We are united," the French president said.';
    const d = datedDoc(text, (t) => ({ quotes: [quote(t, 'q1', 'We are united,', 'said')] }), null);
    expect(d.quotes[0]).toMatchObject({ date: null, date_source: 'none' });
  });
  it('gives a partial quote inside an indirect one the date of the quote around it', () => {
    const text = 'Jane Roe said on March 2 that the coalition will put "boots on the ground" in the spring.';
    const d = datedDoc(text, (t) => ({
      quotes: [quote(t, 'q1', 'the coalition will put "boots on the ground" in the spring', 'said', 'mixed'), quote(t, 'q2', 'boots on the ground', null, 'partial')],
    }));
    expect(d.quotes[1]).toMatchObject({ date: '2025-03-02', date_source: 'quote-anchor' });
  });
});

describe('times inside quotes are anchored to when the quote was said', () => {
  it('re-anchors a relative timex inside the content to the quote date', () => {
    const text = 'EU leaders met on Feb. 28, with Kaja Kallas stating that "Today, it became clear that the free world needs a new leader."';
    const d = datedDoc(text, (t) => ({ quotes: [quote(t, 'q1', 'Today, it became clear that the free world needs a new leader.', 'stating')] }));
    expect(d.quotes[0]).toMatchObject({ date: '2025-02-28', date_source: 'clause' });
    const today = d.timexes.find((x) => slice(text, x) === 'Today')!;
    expect(today).toMatchObject({ value: '2025-02-28', anchor: 'quote:q1' });
  });
  it('works without a publication date when the clause has an absolute date', () => {
    const text = 'On March 2, 2025, the general said: "Yesterday we lost the bridge."';
    const d = datedDoc(text, (t) => ({ quotes: [quote(t, 'q1', 'Yesterday we lost the bridge.', 'said')] }), null);
    expect(d.timexes.find((x) => slice(text, x) === 'Yesterday')).toMatchObject({ value: '2025-03-01', anchor: 'quote:q1' });
  });
  it('does not date an attribution tail by the narrative before it', () => {
    // publication 2025-03-07: "next month" is April, not the month after the Feb. 20 sentencing
    for (const text of [
      'The reporters were sentenced on Feb. 20 to six years in prison.\nBritain will announce similar measures next month, a spokesman told reporters.',
      'The reporters were sentenced on Feb. 20 to six years in prison. Britain will announce similar measures next month, a spokesman told reporters.',
    ]) {
      const d = datedDoc(text, (t) => ({ quotes: [quote(t, 'q1', 'Britain will announce similar measures next month', 'told', 'indirect')] }));
      expect(d.quotes[0]).toMatchObject({ date: '2025-03-07', date_source: 'published' });
      expect(d.timexes.find((x) => slice(text, x) === 'next month')).toMatchObject({ value: '2025-04', anchor: 'published' });
    }
  });
  it('does not re-anchor the time a quote was dated from to the quote itself', () => {
    // "3 p.m. EST" dates the saying and was read on the "Monday" inside the quote: re-anchoring that
    // Monday to the quote's day would date the quote by itself (the cycle the contract fuzzer found)
    // (unmarked reported speech: the time stage cannot see the quotation there)
    const text = 'Talks resume on Monday, the minister said 3 p.m. EST.';
    const d = datedDoc(text, (t) => ({ quotes: [quote(t, 'q1', 'Talks resume on Monday', 'said', 'indirect')] }));
    expect(d.quotes[0]).toMatchObject({ date_source: 'clause' });
    expect(d.timexes.find((x) => slice(text, x) === 'Monday')).toMatchObject({ anchor: 'published' });
    // between quotation marks the clock no longer takes that Monday (time/quoted-anchor.ts): no cycle, and the
    // Monday inside the quote counts from the day it was said
    const marked = '"Talks resume on Monday," the minister said 3 p.m. EST.';
    const m = datedDoc(marked, (t) => ({ quotes: [quote(t, 'q1', '"Talks resume on Monday,"', 'said')] }));
    expect(m.quotes[0]).toMatchObject({ date: '2025-03-07T15:00', date_source: 'clause' });
    expect(m.timexes.find((x) => slice(marked, x) === 'Monday')).toMatchObject({ anchor: 'quote:q1' });
  });
  it('leaves absolute dates and publication-dated quotes alone', () => {
    const text = 'The minister said: "Today we signed the March 6, 2024 accord again."';
    const d = datedDoc(text, (t) => ({ quotes: [quote(t, 'q1', 'Today we signed the March 6, 2024 accord again.', 'said')] }));
    expect(d.timexes.find((x) => slice(text, x) === 'Today')).toMatchObject({ value: '2025-03-07', anchor: 'published' });
    expect(d.timexes.find((x) => slice(text, x) === 'March 6, 2024')).toMatchObject({ value: '2024-03-06', anchor: 'absolute' });
  });
});

describe('event dates', () => {
  it('takes a timex in the evidence clause', () => {
    const text = 'Artillery shelled the town on Tuesday, residents said.';
    const d = datedDoc(text, (t) => ({ events: [event(t, 'v1', 'shelled the town')] }));
    expect(d.events[0]).toMatchObject({ date: '2025-03-04', date_source: 'clause' });
  });
  it('keeps a vague time with its range', () => {
    const text = 'In recent days, the United States has halted military aid to its ally.';
    const d = datedDoc(text, (t) => ({ events: [event(t, 'v1', 'halted military aid')] }));
    expect(d.events[0]).toMatchObject({ date: 'PAST_REF', date_source: 'clause' });
    expect(d.events[0]!.date_range).toEqual({ from: '2025-02-28', to: '2025-03-07' });
  });
  it('dates an event reported inside a quote by the quote date', () => {
    const text = 'Jane Roe said on March 2 that France is developing a peace plan with its allies.';
    const d = datedDoc(text, (t) => ({
      quotes: [quote(t, 'q1', 'France is developing a peace plan with its allies', 'said', 'indirect')],
      events: [event(t, 'v1', 'developing a peace plan')],
    }));
    expect(d.events[0]).toMatchObject({ date: '2025-03-02', date_source: 'quote-anchor' });
  });
  it('prefers a time stated next to the event inside the quote', () => {
    const text = 'Jane Roe said on March 2 that France will sign the plan on Friday.';
    const d = datedDoc(text, (t) => ({
      quotes: [quote(t, 'q1', 'France will sign the plan on Friday', 'said', 'indirect')],
      events: [event(t, 'v1', 'sign the plan')],
    }));
    expect(d.events[0]).toMatchObject({ date: '2025-03-07', date_source: 'clause' });
  });
  it('falls back to the context, then to publication', () => {
    const text = 'The army crossed the river on March 5.\nSoldiers then seized the bridge.';
    const d = datedDoc(text, (t) => ({ events: [event(t, 'v1', 'seized the bridge')] }));
    expect(d.events[0]).toMatchObject({ date: '2025-03-05', date_source: 'context' });
    const bare = datedDoc('Soldiers seized the bridge.', (t) => ({ events: [event(t, 'v1', 'seized the bridge')] }));
    expect(bare.events[0]).toMatchObject({ date: '2025-03-07', date_source: 'published' });
  });
});

describe('dates after the issue-20 merges', () => {
  it('dates a saying by a time in an adjunct after the closing quotation mark', () => {
    const text = 'The minister said, "They need to stand by us", while addressing the press on March 5.';
    const d = datedDoc(text, (t) => ({ quotes: [quote(t, 'q1', '"They need to stand by us", while addressing the press on March 5', 'said', 'mixed')] }));
    expect(d.quotes[0]).toMatchObject({ date: '2025-03-05' });
    // inside the quotation marks the time stays the content's
    const inside = 'The minister said, "We met the press on March 5", and left.';
    const e = datedDoc(inside, (t) => ({ quotes: [quote(t, 'q1', '"We met the press on March 5"', 'said', 'mixed')] }));
    expect(e.quotes[0]).toMatchObject({ date: '2025-03-07', date_source: 'published' });
  });
  it('continues the statement before when the speaker is written as a pronoun, whatever entity it was given', () => {
    const text = 'Roe on March 3 sent a letter. Roe claimed the decision was hers, insisting she was never pressured.';
    const d = datedDoc(text, (t) => ({
      quotes: [
        { ...quote(t, 'q1', 'the decision was hers', 'claimed', 'indirect'), speaker: { entity: 'e1', name: 'Jane Roe', mention: at(t, 'Roe', 2) } },
        { ...quote(t, 'q2', 'she was never pressured', 'insisting', 'indirect'), speaker: { entity: 'e2', name: 'Joe Doe', mention: at(t, 'she') } },
      ],
    }));
    expect(d.quotes[0]).toMatchObject({ date: '2025-03-03', date_source: 'context' });
    expect(d.quotes[1]).toMatchObject({ date: '2025-03-03', date_source: 'quote-anchor' });
  });
  it('leaves an ongoing activity ("has been encouraging") undated rather than taking the scene', () => {
    const text = 'Germany banned the airline on March 4.\nThe US has been encouraging allies to restrict it.';
    const d = datedDoc(text, (t) => ({ events: [event(t, 'v1', 'encouraging allies')] }));
    expect(d.events[0]).toMatchObject({ date: null, date_source: 'none' });
  });
  it('does not date an event by the start of a "since" span', () => {
    const text = 'More than 1000 people have been arrested since the protests began on March 2.';
    const d = datedDoc(text, (t) => ({ events: [event(t, 'v1', 'arrested')] }));
    expect(d.events[0]).toMatchObject({ date: null, date_source: 'none' });
    const plain = 'Police arrested 1000 people on March 2.';
    expect(datedDoc(plain, (t) => ({ events: [event(t, 'v1', 'arrested')] })).events[0]).toMatchObject({ date: '2025-03-02' });
  });
});

describe('a criticism of a happening told before', () => {
  it('is read as of publication, not dated by the happening\'s day', () => {
    const text = 'Turkey began an offensive on March 4.\nThe operation was condemned by the European Union.';
    const d = datedDoc(text, (t) => ({ events: [{ ...event(t, 'v1', 'condemned'), cameo: '111', root: '11' }] }));
    expect(d.events[0]).toMatchObject({ date: '2025-03-07', date_source: 'published' });
    // another act of the scene keeps the scene's day
    const other = datedDoc(text, (t) => ({ events: [event(t, 'v1', 'condemned')] }));
    expect(other.events[0]).toMatchObject({ date: '2025-03-04', date_source: 'context' });
  });
});

describe('a fronted length of time', () => {
  it('leaves the act it measures undated, not the scene\'s', () => {
    const text = 'The jet crashed on March 4.\nFor several days Iran denied the accusation.';
    const d = datedDoc(text, (t) => ({ events: [event(t, 'v1', 'denied')] }));
    expect(d.events[0]).toMatchObject({ date: null, date_source: 'none' });
    const plain = datedDoc('The jet crashed on March 4.\nIran denied the accusation.', (t) => ({ events: [event(t, 'v1', 'denied')] }));
    expect(plain.events[0]).toMatchObject({ date: '2025-03-04', date_source: 'context' });
  });
});

describe('temporal subordinate clauses', () => {
  it('reads the subordinator in any case (the caseless pattern), not past a comma', async () => {
    const { inTemporalSubordinate } = await import('./date-events.js');
    const verb = (text: string, w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
    for (const text of ['AFTER his lawyer was convicted, he left.', 'After His Lawyer Was convicted, he left.']) {
      expect(inTemporalSubordinate(text, verb(text, 'convicted'), 0), text).toBe(true);
    }
    const np = 'AFTER the attack, he left.';
    expect(inTemporalSubordinate(np, verb(np, 'left'), 0)).toBe(false);
  });
});
