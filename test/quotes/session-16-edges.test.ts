// Issue 14, session 16: four span and precision fixes found on PolNeAR train near-misses and false
// attributions — a time word that is a possessor ("condemned Friday's test"), a relative "which"
// after a preposition ("in which he said …"), a speech verb's "from" adjunct ("reported from Des
// Moines"), "add to" + a noun phrase ("adding to the confusion"), a quoted programme title naming the
// listener ("told MSNBC's “Morning Joe” that …"), remind's listener ("reminded voters that …"), passive
// "find", a cue word closing a hyphenated compound ("a jury-recommended sentence"). Needs the tagger.
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';
import { core } from './helpers.js';

interface Found {
  readonly cue: string;
  readonly content: string[];
}

/** cue and content pieces of every quote the full pipeline finds */
function quotes(text: string): Found[] {
  const doc = defaultPipeline().run(createDoc(text, { id: 't' }), { published: null, options: {} });
  return doc.quotes.map((q) => ({
    cue: q.cue ? text.slice(q.cue.start, q.cue.end) : '',
    content: q.content.map((c) => core(text.slice(c.start, c.end))),
  }));
}

describe('a time word with a possessive opens the content', () => {
  it('"condemned Friday\'s test as …" keeps the possessor', () => {
    const q = quotes('In a statement, President Obama condemned Friday\'s test as "provocative and destabilizing."\n').find((x) => x.cue.includes('condemned'));
    expect(q?.content).toEqual(['Friday\'s test as "provocative and destabilizing']);
  });

  it('"said Monday\'s decision will …" keeps the possessor', () => {
    const q = quotes("Hawkins said Monday's decision will make the choice clearer for voters.\n").find((x) => x.cue === 'said');
    expect(q?.content).toEqual(["Monday's decision will make the choice clearer for voters"]);
  });

  it('a time adjunct without a possessive is still skipped', () => {
    const q = quotes('Hawkins said Monday the decision will make the choice clearer for voters.\n').find((x) => x.cue === 'said');
    expect(q?.content).toEqual(['the decision will make the choice clearer for voters']);
  });
});

describe('a relative "which" after a preposition is no content piece', () => {
  it('"in which he said …": the clause alone', () => {
    const q = quotes('Democrats seized upon the television appearance, in which he said he was skeptical of the findings.\n').find((x) => x.cue === 'said');
    expect(q?.content).toEqual(['he was skeptical of the findings']);
  });

  it('"which he said were …" keeps "which" as the missing subject', () => {
    const q = quotes('He attacked the donations, which he said were accompanied by favors.\n').find((x) => x.cue === 'said');
    expect(q?.content).toEqual(['which', 'were accompanied by favors']);
  });
});

describe('uses of speech verbs that report nothing', () => {
  it('"reported from" a place is no attribution', () => {
    expect(quotes('She has reported from every primary debate this cycle.\n').filter((x) => /reported/.test(x.cue))).toEqual([]);
  });

  it('"adding to the confusion" is no attribution', () => {
    expect(quotes('The senator changed his vote twice, adding to the confusion over the bill.\n').filter((x) => /adding/.test(x.cue))).toEqual([]);
  });

  it('"find" in the passive is no attribution', () => {
    expect(quotes('The full poll can be found here.\n')).toEqual([]);
    expect(quotes('The regime would face airstrikes if it was found to use chemical weapons.\n').filter((x) => /found/.test(x.cue))).toEqual([]);
  });

  it('the active "found that …" still is', () => {
    const q = quotes('The poll found that Clinton leads by seven points.\n').find((x) => /found/.test(x.cue));
    expect(q?.content).toEqual(['that Clinton leads by seven points']);
  });

  it('"adding that …" still is', () => {
    const q = quotes('The senator changed his vote twice, adding that the bill was flawed.\n').find((x) => /adding/.test(x.cue));
    expect(q?.content).toEqual(['that the bill was flawed']);
  });
});

describe('a quoted programme title in the listener', () => {
  it('"told MSNBC\'s “Morning Joe” that …": the content opens at "that"', () => {
    const q = quotes('Sanders told MSNBC\'s “Morning Joe” that nobody would question her intelligence.\n').find((x) => x.cue === 'told');
    expect(q?.content).toEqual(['that nobody would question her intelligence']);
  });

  it('a time adjunct may follow the title', () => {
    const q = quotes('Johnson tells MSNBC\'s “Morning Joe” on Friday that the attack remains under investigation.\n').find((x) => x.cue === 'tells');
    expect(q?.content).toEqual(['that the attack remains under investigation']);
  });
});

describe('remind\'s listener', () => {
  it('"reminded voters that …": the content opens at "that"', () => {
    const q = quotes('She won the debate by reminding voters that the merger cost 30,000 jobs.\n').find((x) => /reminding/.test(x.cue));
    expect(q?.content).toEqual(['that the merger cost 30,000 jobs']);
  });

  it('"reminded viewers of …": the content opens at "of"', () => {
    const q = quotes('In Nevada, he constantly reminded viewers of the six years his family had lived in Las Vegas.\n').find((x) => /reminded/.test(x.cue));
    expect(q?.content).toEqual(['of the six years his family had lived in Las Vegas']);
  });
});

describe('a cue word closing a hyphenated compound modifier', () => {
  it('"a jury-recommended sentence" is no attribution', () => {
    expect(quotes('He was convicted, with a jury-recommended sentence of life in prison.\n').filter((x) => /recommended/.test(x.cue))).toEqual([]);
    expect(quotes('The court-ordered release of the emails fell behind schedule.\n')).toEqual([]);
  });

  it('"self-described" stays a cue', () => {
    expect(quotes('Bernie Sanders, a self-described democratic socialist, spoke on Tuesday.\n').some((x) => x.cue === 'described')).toBe(true);
  });
});
