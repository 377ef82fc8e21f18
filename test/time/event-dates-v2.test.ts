// Event dates (issue 20): the speech act is dated as its attribution, an event told only as the
// bound of another is undated, the clause's own verb decides which time governs, and a fronted
// "On Thursday," reads the tense of the main verb past an appositive.
// Publication 2025-03-07 (a Friday).
import { describe, expect, it } from 'vitest';
import { datedDoc, event, find, quote } from './helpers.js';

const PUB = '2025-03-07';

describe('event dates', () => {
  it('dates the speech act of an attribution tail as the attribution: publication unless the text dates it', () => {
    const text = 'Rockets hit the base on Tuesday.\nThe militia blamed Israel for the attack, its spokesman said.';
    const d = datedDoc(text, (t) => ({
      quotes: [quote(t, 'q1', 'The militia blamed Israel for the attack', 'said', 'indirect')],
      events: [event(t, 'v1', 'said')],
    }), PUB);
    expect(d.events[0]).toMatchObject({ date: PUB, date_source: 'published' });
    // mirror: the attribution clause states its day, and the event takes it
    const dated = 'Rockets hit the base on Tuesday.\nThe militia blamed Israel, its spokesman said on Wednesday.';
    const e = datedDoc(dated, (t) => ({
      quotes: [quote(t, 'q1', 'The militia blamed Israel', 'said', 'indirect')],
      events: [event(t, 'v1', 'said')],
    }), PUB);
    expect(e.events[0]).toMatchObject({ date: '2025-03-05', date_source: 'clause' });
    // a speech act told in the narrative's own clause is an event of the story: the scene dates it
    const told = 'Rockets hit the base on Tuesday.\nMerkel demanded an explanation from Russia.';
    const f = datedDoc(told, (t) => ({
      quotes: [quote(t, 'q1', 'an explanation from Russia', 'demanded', 'indirect')],
      events: [event(t, 'v1', 'demanded')],
    }), PUB);
    expect(f.events[0]).toMatchObject({ date: '2025-03-04', date_source: 'context' });
  });
  it('leaves an event told only as the bound of another undated', () => {
    const text = 'Prosecutors met on Tuesday.\nThe office began its probe after his lawyer was convicted of fraud.';
    const d = datedDoc(text, (t) => ({ events: [event(t, 'v1', 'convicted of fraud'), event(t, 'v2', 'began its probe')] }), PUB);
    expect(d.events[0]).toMatchObject({ date: null, date_source: 'none' });
    // the main clause keeps the scene's day; "after the attack" is a noun phrase, not a clause
    expect(d.events[1]).toMatchObject({ date: '2025-03-04', date_source: 'context' });
    const np = datedDoc('Police met on Tuesday.\nThey arrested him after the attack ended.', (t) => ({ events: [event(t, 'v1', 'arrested him')] }), PUB);
    expect(np.events[0]).toMatchObject({ date: '2025-03-04', date_source: 'context' });
  });
  it('counts "a day before the event" from the scene\'s day, and "two days after Monday\'s vote" from its time', () => {
    const text = 'On Thursday, thousands held a rally in Minsk.\nWithin roughly a day before the event, the KGB arrested 33 men.';
    const d = datedDoc(text, (t) => ({ events: [event(t, 'v1', 'arrested 33 men')] }), '2020-08-03');
    expect(d.events[0]).toMatchObject({ date: '2020-07-29', date_source: 'context' });
    // mirror: after, with the anchor's own time in the phrase
    const after = 'Two days after the vote on Monday, the minister resigned.';
    const e = datedDoc(after, (t) => ({ events: [event(t, 'v1', 'resigned')] }), PUB);
    expect(e.events[0]).toMatchObject({ date: '2025-03-05', date_source: 'clause' });
    // an event inside the anchor phrase lies the duration before the main clause's date
    const inside = 'He tested positive on Wednesday.\nThis comes a week after he attended a summit in Brussels.';
    const f = datedDoc(inside, (t) => ({ events: [event(t, 'v1', 'attended a summit')] }), PUB);
    expect(f.events[0]).toMatchObject({ date: '2025-02-26', date_source: 'context' });
    // an indefinite anchor with no time: nothing to count from
    const vague = 'Police met on Tuesday.\nA day before a vote, the minister resigned.';
    const g = datedDoc(vague, (t) => ({ events: [event(t, 'v1', 'resigned')] }), PUB);
    expect(g.events[0]).toMatchObject({ date: null, date_source: 'none' });
  });
  it('leaves an event that follows an undated one ("After X failed…, the PM apologised") undated', () => {
    const text = 'A lockdown was agreed on Tuesday.\nAfter the minister failed to buy tests, the Prime Minister apologised.';
    const d = datedDoc(text, (t) => ({ events: [event(t, 'v1', 'apologised')] }), PUB);
    expect(d.events[0]).toMatchObject({ date: null, date_source: 'none' });
    const stmt = 'Rockets hit the embassy on Tuesday.\nIn a statement following the attack, a spokesman blamed Israel.';
    const e = datedDoc(stmt, (t) => ({ events: [event(t, 'v1', 'blamed')] }), PUB);
    expect(e.events[0]).toMatchObject({ date: null, date_source: 'none' });
    // mirror: a time in the bound dates it; "shortly after" is the scene just told
    const dated = 'After the vote on Tuesday, the Prime Minister apologised.';
    expect(datedDoc(dated, (t) => ({ events: [event(t, 'v1', 'apologised')] }), PUB).events[0]).toMatchObject({ date: '2025-03-04', date_source: 'clause' });
    const shortly = 'Rockets hit the embassy on Tuesday.\nImmediately after the attack, the militia claimed it.';
    expect(datedDoc(shortly, (t) => ({ events: [event(t, 'v1', 'claimed')] }), PUB).events[0]).toMatchObject({ date: '2025-03-04', date_source: 'context' });
    // a clause opened by a bound on the happening just told ("Following the vote,") follows on the scene
    const follow = 'Parliament voted on Tuesday to expel the troops.\nFollowing the vote, a spokesman said the government was disappointed.';
    expect(datedDoc(follow, (t) => ({ events: [event(t, 'v1', 'disappointed')] }), PUB).events[0]).toMatchObject({ date: '2025-03-04', date_source: 'context' });
  });
  it('keeps the scene\'s day for two paragraphs or six sentences, then reads an undated event as of publication', () => {
    const near = 'Drones hit the plant on Tuesday.\n\nFires spread to a storage tank.\n\nThe minister blamed Iran for the attacks.';
    expect(datedDoc(near, (t) => ({ events: [event(t, 'v1', 'blamed Iran')] }), PUB).events[0]).toMatchObject({ date: '2025-03-04', date_source: 'context' });
    // one-line paragraphs: the scene lasts a few sentences however many paragraphs they make
    const lines = 'Drones hit the plant on Tuesday.\n\nFires spread to a tank.\n\nExports continued.\n\nThe minister blamed Iran for the attacks.';
    expect(datedDoc(lines, (t) => ({ events: [event(t, 'v1', 'blamed Iran')] }), PUB).events[0]).toMatchObject({ date: '2025-03-04', date_source: 'context' });
    const far = 'Drones hit the plant on Tuesday. Fires spread. Smoke rose.\n\nExports continued. Prices rose. Traders waited.\n\nShips sailed. Ports stayed open.\n\nThe minister blamed Iran for the attacks.';
    expect(datedDoc(far, (t) => ({ events: [event(t, 'v1', 'blamed Iran')] }), PUB).events[0]).toMatchObject({ date: PUB, date_source: 'published' });
  });
  it('does not take the day a lasting state began ("since Tuesday") as the scene of the acts told after it', () => {
    const text = 'Thursday was the third day of protests.\n\nProtests have been taking place since Tuesday.\n\nThe protesters clashed with the police.';
    expect(datedDoc(text, (t) => ({ events: [event(t, 'v1', 'clashed')] }), PUB).events[0]).toMatchObject({ date: '2025-03-06', date_source: 'context' });
    // mirror: a day of its own ("on Tuesday") does set the scene
    const on = 'Thursday was the third day of protests.\n\nProtests began on Tuesday.\n\nThe protesters clashed with the police.';
    expect(datedDoc(on, (t) => ({ events: [event(t, 'v1', 'clashed')] }), PUB).events[0]).toMatchObject({ date: '2025-03-04', date_source: 'context' });
  });
  it('dates an event inside a quote by the quote, not by a time of another verb of the content', () => {
    const text = 'Also on Sunday, the United States announced a complete withdrawal from the region, beyond the withdrawal first announced seven days earlier on October 6.';
    const d = datedDoc(text, (t) => ({
      quotes: [quote(t, 'q1', 'a complete withdrawal from the region, beyond the withdrawal first announced seven days earlier on October 6', 'announced', 'indirect')],
      events: [event(t, 'v1', 'withdrawal')],
    }), '2019-10-15');
    expect(d.events[0]).toMatchObject({ date: '2019-10-13', date_source: 'quote-anchor' });
    // mirror: the content's time next to the event's own verb dates it
    const own = 'Also on Sunday, the United States announced a complete withdrawal from the region on October 20.';
    const e = datedDoc(own, (t) => ({
      quotes: [quote(t, 'q1', 'a complete withdrawal from the region on October 20', 'announced', 'indirect')],
      events: [event(t, 'v1', 'withdrawal')],
    }), '2019-10-15');
    expect(e.events[0]).toMatchObject({ date: '2019-10-20', date_source: 'clause' });
  });
  it('lets a time of an embedded verb ("to be held on August 9") give way to the fronted one', () => {
    const text = 'On Thursday, Tsikhanouskaya, a candidate in the election to be held on August 9, held a rally in Minsk.';
    const d = datedDoc(text, (t) => ({ events: [event(t, 'v1', 'held a rally')] }), '2020-08-03');
    expect(d.events[0]).toMatchObject({ date: '2020-07-30', date_source: 'clause' });
  });
});

describe('a fronted adverbial reads the main verb past an appositive', () => {
  it('past main verb → the Thursday before; future main verb → the coming one', () => {
    const past = 'On Thursday, Tsikhanouskaya, a candidate in the election to be held on August 9, held a rally in Minsk.';
    expect(find(past, 'Thursday', '2020-08-03')?.value).toBe('2020-07-30');
    const future = 'On Thursday, the opposition leader, who was arrested in 2019 for fraud, will hold a rally in Minsk.';
    expect(find(future, 'Thursday', '2020-08-03')?.value).toBe('2020-08-06');
  });
});
