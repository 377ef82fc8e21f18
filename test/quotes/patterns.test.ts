// Each attribution pattern of the quotes stage on invented sentences.
import { describe, expect, it } from 'vitest';
import { core, quotesOf, read } from './helpers.js';

describe('direct quotes', () => {
  it('"…," X said', () => {
    const [q] = quotesOf('“The harbour will reopen next week,” Maria Lopez said.');
    expect(q).toMatchObject({ kind: 'direct', cue: 'said', source: 'Maria Lopez', rule: 'quotes:direct-after' });
    expect(core(q!.content[0]!)).toBe('The harbour will reopen next week');
  });

  it('"…," said X with an apposition', () => {
    const [q] = quotesOf('"We ran out of beds on Friday," said Hugh Hill, a doctor at the county hospital.');
    expect(q).toMatchObject({ kind: 'direct', cue: 'said', rule: 'quotes:direct-after-inverted' });
    expect(q!.source).toBe('Hugh Hill, a doctor at the county hospital');
  });

  it('X, a doctor, said "…"-style apposition before the cue', () => {
    const [q] = quotesOf('“We ran out of beds,” Hugh Hill, a doctor, said.');
    expect(q).toMatchObject({ cue: 'said' });
    expect(q!.source).toMatch(/^Hugh Hill, a doctor/);
  });

  it('"…," X, Y\' manager, said: the possessive apostrophe is no quote mark', () => {
    const [q] = quotesOf('"This campaign is changing politics," Jeff Weaver, Sanders\' campaign manager, said.');
    expect(q).toMatchObject({ kind: 'direct', cue: 'said', source: "Jeff Weaver, Sanders' campaign manager", rule: 'quotes:direct-after' });
  });

  it('X said: "…" (the colon is punctuation, not part of the cue)', () => {
    const [q] = quotesOf('The governor said: “Nobody will be left behind.”');
    expect(q).toMatchObject({ kind: 'direct', cue: 'said', source: 'The governor', rule: 'quotes:direct-before-colon' });
  });

  it('X told Y, with the addressee', () => {
    const [q] = quotesOf('“You have done just that,” Tom Baker told Defense Minister Anna Holm during a briefing.');
    expect(q).toMatchObject({ cue: 'told', source: 'Tom Baker' });
    expect(q!.addressee).toMatch(/Anna Holm/);
  });

  it('X responded to Y, with the addressee', () => {
    const [q] = quotesOf('“We will go further,” Anna Holm responded to Tom Baker at the press conference.');
    expect(q).toMatchObject({ cue: 'responded', source: 'Anna Holm' });
    expect(q!.addressee).toMatch(/Tom Baker/);
  });

  it('a dash attribution closing the paragraph', () => {
    const [q] = quotesOf('“The river is higher than it has been in fifty years.” — Commissioner Dana Ortiz');
    expect(q).toMatchObject({ kind: 'direct', cue: '—', source: 'Commissioner Dana Ortiz', rule: 'quotes:direct-dash' });
  });

  it('a cue other than said: warned, insisted, added', () => {
    const got = quotesOf('“Prices will rise,” the central bank warned. “We did nothing wrong,” Ali Reza insisted. “And we will win,” he added.');
    expect(got.map((q) => q.cue)).toEqual(['warned', 'insisted', 'added']);
    expect(got[2]!.source).toBe('he');
  });

  it('the interrupted quote keeps both halves in one attribution', () => {
    const [q] = quotesOf('“I am ready,” she said, “and so is my team.”');
    expect(q!.content.map(core)).toEqual(['I am ready', 'and so is my team']);
  });

  it('speech nouns: “X’s comments:” and “a statement from X:”', () => {
    const got = quotesOf('The minister’s comments: “We will not back down.” A statement from the Interior Ministry: “We regret the delay.”');
    expect(got.map((q) => [q.source, q.cue, q.kind])).toEqual([
      ['The minister', 'comments', 'direct'],
      ['the Interior Ministry', 'statement', 'direct'],
    ]);
  });

  it('a follow-on quote paragraph inherits the previous speaker (floating quote)', () => {
    const got = quotesOf('“We are not done,” Mayor Ruth Kemp said.\n\n“There is more to do on housing, and we will do it.”');
    expect(got).toHaveLength(1);
    expect(got[0]!.content.map(core)).toEqual(['We are not done', 'There is more to do on housing, and we will do it']);
    expect(got[0]!.source).toBe('Mayor Ruth Kemp');
  });
});

describe('indirect and mixed quotes', () => {
  it('X said that CLAUSE', () => {
    const [q] = quotesOf('Finance Minister Lars Berg said on Tuesday that the budget would be balanced by 2027.');
    expect(q).toMatchObject({ kind: 'indirect', cue: 'said', source: 'Finance Minister Lars Berg' });
    expect(q!.content).toEqual(['that the budget would be balanced by 2027']);
  });

  it('X said CLAUSE without "that"', () => {
    const [q] = quotesOf('The company said profits fell sharply in the third quarter.');
    expect(q).toMatchObject({ kind: 'indirect', cue: 'said', source: 'The company', content: ['profits fell sharply in the third quarter'] });
  });

  it('a clause with ", including …" stays whole', () => {
    const [q] = quotesOf('Prime Minister Ada Voss said on March 2 that several nations, including Norway and Chile, are developing a plan.');
    expect(q!.content).toEqual(['that several nations, including Norway and Chile, are developing a plan']);
  });

  it('a narrative lead-in before a closing attribution is content, unless a colon introduces the quote', () => {
    const [a] = quotesOf('The country “has made dramatic changes for the better,” Senator Ray Cole said.');
    expect(a).toMatchObject({ kind: 'mixed', source: 'Senator Ray Cole' });
    expect(core(a!.content[0]!)).toBe('The country “has made dramatic changes for the better');
    const bs = quotesOf('Grant praised the crew for its work: “That is leadership,” Grant added.');
    const b = bs.find((q) => q.cue === 'added');
    expect(b).toMatchObject({ kind: 'direct', cue: 'added' });
    expect(core(b!.content[0]!)).toBe('That is leadership');
    // the report before the colon is its own attribution and ends there (indirect.ts beforeClaimedQuote)
    expect(bs.find((q) => q.cue === 'praised')?.content).toEqual(['the crew for its work']);
  });

  it('reported …, citing …, that …', () => {
    const [q] = quotesOf('Reuters reported on Friday, citing two officials, that the talks had collapsed.');
    expect(q).toMatchObject({ cue: 'reported', source: 'Reuters', content: ['that the talks had collapsed'] });
  });

  it('X warned of …', () => {
    const [q] = quotesOf('The agency warned of severe flooding along the coast.');
    expect(q).toMatchObject({ cue: 'warned of', source: 'The agency', content: ['severe flooding along the coast'] });
  });

  it('a passive cue with its agent: "was first reported by X" (PolNeAR leaves "by" out of the cue)', () => {
    const [q] = quotesOf('The registration problem was first reported by The Boston Globe.');
    expect(q).toMatchObject({ cue: 'was first reported', source: 'The Boston Globe', content: ['The registration problem'] });
  });

  it('CLAUSE, X said', () => {
    const [q] = quotesOf('The bridge will stay closed until May, officials said.');
    expect(q).toMatchObject({ cue: 'said', source: 'officials', content: ['The bridge will stay closed until May'], rule: 'quotes:indirect-closing' });
  });

  it('A, X said, B', () => {
    const [q] = quotesOf('The plan, the mayor said, is already late.');
    expect(q!.content).toEqual(['The plan', 'is already late']);
  });

  it('according to X', () => {
    const got = quotesOf('According to the ministry, 40 people were evacuated. Schools will reopen on Monday, according to local officials.');
    expect(got.map((q) => [q.source, q.cue, q.content])).toEqual([
      ['the ministry', 'According to', ['40 people were evacuated']],
      ['local officials', 'according to', ['Schools will reopen on Monday']],
    ]);
  });

  it('according to X after a sentence-opening connective ("But according to …, …")', () => {
    const got = quotesOf('But according to reports in the local press, the mayor could not convince the council.');
    expect(got.map((q) => [q.source, q.cue, q.content])).toEqual([['reports in the local press', 'according to', ['the mayor could not convince the council']]]);
  });

  it('a partial quotation inside indirect speech makes a mixed quote', () => {
    const [q] = quotesOf('Prime Minister Ada Voss said that the coalition will include “boots on the ground” within weeks.');
    expect(q).toMatchObject({ kind: 'mixed', cue: 'said' });
    expect(q!.content[0]).toContain('“boots on the ground”');
  });

  it('a quoted fragment after a non-speech cue is a partial quote', () => {
    const got = quotesOf('Defense Secretary Paul Grant hailed Norway for "stepping up" in the region.');
    const partial = got.find((q) => q.kind === 'partial');
    const parent = got.find((q) => q.kind === 'mixed');
    // the fragment names the parent's speaker and cue; the parent holds the source mention
    expect(partial).toMatchObject({ content: ['stepping up'], cue: 'hailed', source: null });
    expect(partial!.speaker).toMatch(/Grant/);
    expect(parent).toMatchObject({ cue: 'hailed', source: 'Defense Secretary Paul Grant' });
  });

  it('participles share the source of the cue before them', () => {
    const got = quotesOf('“No,” he said, adding that the vote would be held anyway.');
    expect(got[1]).toMatchObject({ cue: 'adding', source: 'he', content: ['that the vote would be held anyway'] });
  });

  it('a participle after a quotation closed inside its comma ends the cue before and keeps its own speaker', () => {
    const got = quotesOf('Cruz said that he is “the only one who can win this race,” adding that his rivals are weak.');
    expect(got.find((q) => q.cue === 'said')?.content).toEqual(['that he is “the only one who can win this race,”']);
    expect(got.find((q) => q.cue === 'adding')).toMatchObject({ source: 'Cruz', content: ['that his rivals are weak'] });
  });

  it('transcript labels', () => {
    const [q] = quotesOf('WALLACE: Will you be at the debate tomorrow night?');
    expect(q).toMatchObject({ source: 'WALLACE', cue: ':', content: ['Will you be at the debate tomorrow night?'] });
  });
});

describe('speakers resolve to entities', () => {
  it('a surname and a pronoun resolve to the person named earlier', () => {
    const doc = read('Defense Secretary Pete Harmon met his counterpart on Monday. “We are ready,” Harmon said. “So are our allies,” he added.');
    const ents = new Map(doc.entities.map((e) => [e.id, e.name]));
    const names = doc.quotes.map((q) => (q.speaker.entity ? ents.get(q.speaker.entity) : q.speaker.name));
    expect(names).toEqual(['Pete Harmon', 'Pete Harmon']);
    expect(doc.dates.quotes.size).toBe(0); // dates are the dating stage's
  });

  it('every span carries its provenance and stays inside the text', () => {
    const doc = read('“It works,” Ana Silva said. The firm said sales rose, officials said.');
    for (const q of doc.quotes) {
      expect(q.rule).toMatch(/^quotes:/);
      for (const c of q.content) expect(c.start).toBeLessThan(c.end);
      expect(q.cue!.end).toBeLessThanOrEqual(doc.text.length);
    }
  });
});
