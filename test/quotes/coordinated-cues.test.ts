// A second attribution the parse hangs on the first cue verb (src/stages/quotes/coordinated-cues.ts):
// the first content ends before it and the clause becomes an attribution of its own. Needs the
// parse, so these run the whole default pipeline on invented sentences.
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';
import { core } from './helpers.js';

const pipeline = defaultPipeline();

function read(text: string): { cue: string | null; source: string | null; content: string[] }[] {
  const doc = pipeline.run(createDoc(text, { id: 't' }));
  const t = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return doc.quotes.map((q) => ({ cue: t(q.cue), source: t(q.speaker.mention), content: q.content.map((c) => core(t(c)!)) }));
}

describe('a side clause with its own cue and subject is the next attribution', () => {
  it('"…, while X suggests …": two attributions, the first ends before "while"', () => {
    expect(read('Hillary Clinton accuses Bernie Sanders of a smear while Sanders suggests she is a captive of Wall Street.')).toEqual([
      { cue: 'accuses', source: 'Hillary Clinton', content: ['Bernie Sanders of a smear'] },
      { cue: 'suggests', source: 'Sanders', content: ['she is a captive of Wall Street'] },
    ]);
  });

  it('a one-word first content stays: "claimed momentum and argued …"', () => {
    expect(read('Sanders claimed momentum and argued he is a stronger candidate than Clinton.')).toEqual([
      { cue: 'claimed', source: 'Sanders', content: ['momentum'] },
      { cue: 'argued', source: 'Sanders', content: ['he is a stronger candidate than Clinton'] },
    ]);
  });

  it('"…, as she explained that …": the adverbial clause is its own attribution', () => {
    const qs = read('The mayor urged residents to stay indoors, as she explained that the storm would last two days.');
    expect(qs.map((q) => q.cue)).toEqual(['urged', 'explained']);
    expect(qs[0]!.content).toEqual(['residents to stay indoors']);
  });
});

describe('an -ing cue after before/after/while/by is the same source\'s next attribution', () => {
  it('"praised the deal while insisting that …": two attributions of one source', () => {
    expect(read('The senator praised the deal while insisting that the tariffs must stay.')).toEqual([
      { cue: 'praised', source: 'The senator', content: ['the deal'] },
      { cue: 'insisting', source: 'The senator', content: ['that the tariffs must stay'] },
    ]);
  });

  it('"distanced himself from X by saying …": the first content ends before "by"', () => {
    const qs = read('Bolton distanced himself from the NeverTrump movement by saying he would be willing to help.');
    expect(qs.map((q) => q.cue)).toEqual(['distanced himself from', 'saying']);
    expect(qs[0]!.content).toEqual(['the NeverTrump movement']);
  });
});

describe('clauses that stay inside the content', () => {
  it('a relative clause belongs to its noun ("problems that he blamed on …")', () => {
    expect(read('The general cited problems that he blamed on the council.')).toEqual([
      { cue: 'cited', source: 'The general', content: ['problems that he blamed on the council'] },
    ]);
  });

  it('a coordinated verb under a modal is part of what was said ("but would eventually add …")', () => {
    const qs = read('The agency says the tax would depress revenue at first, but would eventually add 84 billion dollars over ten years.');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.content[0]).toMatch(/over ten years$/);
  });
});

describe('a finite verb phrase coordinated with the cue verb ends an object content (conjoinedActEnd)', () => {
  it('"X mentioned CNN five times and seemed to blame …": the content is the object alone', () => {
    expect(read('Cruz mentioned CNN five times and seemed to blame the network for its reporting.')).toEqual([
      { cue: 'mentioned', source: 'Cruz', content: ['CNN five times'] },
    ]);
  });

  it('"X denied the charges and counter-accused her …": a second act that is no cue', () => {
    expect(read('He denied the charges and counter-accused her of battery.')).toEqual([{ cue: 'denied', source: 'He', content: ['the charges'] }]);
  });

  it('after a clausal complement the second verb stays in the content (the parse hangs it on either verb)', () => {
    expect(read('He says they are going ahead to the next contest in Nevada and will see what happens.')).toEqual([
      { cue: 'says', source: 'He', content: ['they are going ahead to the next contest in Nevada and will see what happens'] },
    ]);
  });

  it('coordinated gerunds are one object: "supports building … and planting trees"', () => {
    expect(read('The group supports building infrastructure and planting trees in Israel.')).toEqual([
      { cue: 'supports', source: 'The group', content: ['building infrastructure and planting trees in Israel'] },
    ]);
  });
});
