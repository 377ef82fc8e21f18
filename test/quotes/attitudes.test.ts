// Belief, evidential and impersonal attributions and the cue conventions around them, on invented
// sentences (PolNeAR counts beliefs, intentions and evidence as attributions).
import { describe, expect, it } from 'vitest';
import { core, quotesOf } from './helpers.js';

describe('cognition and evidential cues', () => {
  it('CLAUSE, X believes (a closing cognition verb)', () => {
    const [q] = quotesOf('The harbour economy will recover next spring, the mayor believes.');
    expect(q).toMatchObject({ cue: 'believes', source: 'the mayor', rule: 'quotes:indirect-closing' });
    expect(core(q!.content[0]!)).toBe('The harbour economy will recover next spring');
  });

  it('CLAUSE, records show (evidence as the source)', () => {
    const [q] = quotesOf('The county spent twice its budget on roads, city records show.');
    expect(q).toMatchObject({ cue: 'show', source: 'city records' });
    expect(core(q!.content[0]!)).toBe('The county spent twice its budget on roads');
  });

  it('a desire verb does not close a sentence', () => {
    const qs = quotesOf('The bridge will close on Friday, the mayor wants.');
    expect(qs.filter((q) => q.cue === 'wants')).toEqual([]);
  });

  it('X wants to VP (intention)', () => {
    const [q] = quotesOf('The harbour master intends to reopen the docks before winter.');
    expect(q).toMatchObject({ cue: 'intends', source: 'The harbour master' });
    expect(core(q!.content[0]!)).toBe('to reopen the docks before winter');
  });

  it('an attitude verb\'s one-word object ends before a participle, which is its own attribution', () => {
    const qs = quotesOf('The senator has praised Putin, saying he was a stronger leader than Obama.');
    expect(qs.find((q) => q.cue === 'has praised')?.content).toEqual(['Putin']);
    expect(qs.find((q) => q.cue === 'saying')).toMatchObject({ source: 'The senator', content: ['he was a stronger leader than Obama'] });
  });
});

describe('impersonal and raising passives', () => {
  it('X is expected to VP: the subject and the infinitive are the content, no source', () => {
    const [q] = quotesOf('The final vote is expected to take place next week.');
    expect(q).toMatchObject({ cue: 'is expected', source: null, rule: 'quotes:indirect-raising-passive' });
    expect(q!.content.map(core)).toEqual(['The final vote', 'to take place next week']);
  });

  it('it is believed that CLAUSE: the empty "it" is no source', () => {
    const [q] = quotesOf('It is widely believed that the ferry sank in a storm.');
    expect(q).toMatchObject({ source: null, rule: 'quotes:indirect-impersonal-passive' });
    expect(q!.cue).toMatch(/believed$/);
    expect(core(q!.content[0]!)).toBe('the ferry sank in a storm');
  });

  it('a passive with its agent still takes the agent as source', () => {
    const [q] = quotesOf('The closure was first reported by the Harbour Gazette.');
    expect(q).toMatchObject({ rule: 'quotes:indirect-passive-by' });
  });
});

describe('fronted "Asked …,"', () => {
  it('the question is content; the answer is a separate attribution', () => {
    const qs = quotesOf('Asked whether he would run again, Tom Baker said he had not decided.');
    const asked = qs.find((q) => q.rule === 'quotes:asked-fronted');
    expect(asked).toMatchObject({ cue: 'Asked', source: null });
    expect(core(asked!.content[0]!)).toBe('whether he would run again');
    const said = qs.find((q) => q.cue === 'said');
    expect(said).toMatchObject({ source: 'Tom Baker' });
    expect(core(said!.content[0]!)).toBe('he had not decided');
  });

  it('"Asked by X" names the asker as source', () => {
    const [q] = quotesOf('Asked by reporters about the budget gap, the mayor declined to comment.');
    expect(q).toMatchObject({ rule: 'quotes:asked-fronted', source: 'reporters' });
    expect(core(q!.content[0]!)).toBe('about the budget gap');
  });

  it('a time word after "Asked": "Asked Tuesday about the budget, …"', () => {
    const qs = quotesOf('Asked Tuesday about the budget gap, the mayor said she had no plan yet.');
    const asked = qs.find((q) => q.rule === 'quotes:asked-fronted');
    expect(asked).toMatchObject({ cue: 'Asked', source: null });
    expect(core(asked!.content[0]!)).toBe('about the budget gap');
  });

  it('a fronted "Asked" with no question word is left alone', () => {
    const qs = quotesOf('Asked politely, the guests left the hall.');
    expect(qs.filter((q) => q.rule === 'quotes:asked-fronted')).toEqual([]);
  });
});

describe('cue spans', () => {
  it('a selected preposition stays in the cue ("warned of", "apologized for")', () => {
    const [q] = quotesOf('The mayor apologized for the long delays at the bridge.');
    expect(q).toMatchObject({ cue: 'apologized for', source: 'The mayor' });
    expect(core(q!.content[0]!)).toBe('the long delays at the bridge');
  });

  it('a light verb with a stance noun: "expressed concern that"', () => {
    const [q] = quotesOf('The governor expressed concern that the bridge would close.');
    expect(q).toMatchObject({ cue: 'expressed concern', source: 'The governor' });
    expect(core(q!.content[0]!)).toMatch(/the bridge would close$/);
  });

  it('a time adjunct between the cue and a bare clause is not content', () => {
    const [q] = quotesOf('Cole said on Wednesday he would meet the union leaders.');
    expect(q).toMatchObject({ cue: 'said', source: 'Cole' });
    expect(core(q!.content[0]!)).toBe('he would meet the union leaders');
  });
});

describe('headline and transcript labels', () => {
  it('a label with a role word: "Harbour pollster Anna Holm: …"', () => {
    const [q] = quotesOf('Harbour pollster Anna Holm: “Lesser-known candidates often gain after early contests.”');
    expect(q).toMatchObject({ cue: ':', source: 'Harbour pollster Anna Holm', rule: 'quotes:transcript-label' });
  });

  it('the addressee after "to" is not the source: "Holm to Harbour Council: …"', () => {
    const [q] = quotesOf('Holm to Harbour Council: The ferry will run all winter\n\nThe mayor spoke at the quay.');
    expect(q).toMatchObject({ cue: ':', source: 'Holm' });
    expect(core(q!.content[0]!)).toBe('The ferry will run all winter');
  });

  it('a narrative lead-in with a verb is no label: "Wait, it gets better: …"', () => {
    const qs = quotesOf('Then it gets better: the ferry will run all winter and the bridge will close.');
    expect(qs.filter((q) => q.rule === 'quotes:transcript-label')).toEqual([]);
  });
});

describe('the clitic after a subject pronoun', () => {
  it('"He’s predicting …": the clitic is an auxiliary, not a possessive', () => {
    const [q] = quotesOf('He’s predicting he will do very well in the next contest.');
    expect(q).toMatchObject({ cue: '’s predicting', source: 'He' });
    expect(core(q!.content[0]!)).toBe('he will do very well in the next contest');
  });

  it('"Obama’s plans" stays a noun phrase', () => {
    expect(quotesOf('Obama’s plans were discussed at length on Monday.')).toEqual([]);
  });
});

describe('noun cues after a possessive (data/quote-nouns.tsv)', () => {
  it('every example fires with its noun in the cue', async () => {
    const { loadTsv } = await import('../../src/core/data-loader.js');
    const failed: string[] = [];
    for (const r of loadTsv('quote-nouns.tsv', ['noun', 'prep', 'example']).rows) {
      const ok = quotesOf(r.example!).some((q) => q.rule === 'quotes:noun-cue' && (q.cue ?? '').toLowerCase().includes(r.noun!));
      if (!ok) failed.push(r.example!);
    }
    expect(failed).toEqual([]);
  });

  it('"The mayor’s criticism of X": the possessor with its clitic is the source, the object the content', () => {
    const [q] = quotesOf('The mayor’s criticism of the new toll road surprised nobody.');
    expect(q).toMatchObject({ cue: 'criticism of', source: 'The mayor’s', rule: 'quotes:noun-cue' });
    expect(q!.content).toEqual(['the new toll road']);
  });

  it('"her warning that S": a clause content keeps "that"', () => {
    const [q] = quotesOf('Residents ignored her warning that the bridge would close.');
    expect(q).toMatchObject({ cue: 'warning', source: 'her' });
    expect(core(q!.content[0]!)).toBe('that the bridge would close');
  });

  it('"her support for X" / "his opposition to X" are no noun cue (PolNeAR train: right 4 of 22 and 3 of 13)', () => {
    for (const s of ['The mayor’s support for the new toll road surprised nobody.', 'Her opposition to the new toll road surprised nobody.']) {
      expect(quotesOf(s).filter((q) => q.rule === 'quotes:noun-cue')).toEqual([]);
    }
  });

  it('no possessor, no attribution: "the criticism of the plan"', () => {
    expect(quotesOf('The criticism of the plan grew louder on Monday.').filter((q) => q.rule === 'quotes:noun-cue')).toEqual([]);
  });
});
