// Issue 14, session 21: non-verb cues measured on PolNeAR TRAIN (eval/quote-noun-candidates.ts,
// eval/polnear-nouns-21.md). A possessed noun cue right after a verb that governs it, its possessor a
// pronoun ("Cruz reboots his attacks on Trump"), is one cue from the verb group with the verb's subject
// as source (train: 10 such gold cues start at the verb, 2 at the noun). Needs the tagger and parser.
import { describe, expect, it } from 'vitest';
import { quotes } from './full-pipeline.js';

describe('a verb-led possessed noun cue (noun-cues.ts verbLed)', () => {
  it('"X ratcheted up his attacks on Y": the verb group joins the cue, the subject is the source', () => {
    expect(quotes('The senator ratcheted up his attacks on the harbour board.\n')).toContainEqual({
      cue: 'ratcheted up his attacks on', content: ['the harbour board'], source: 'The senator', rule: 'quotes:noun-cue-verb-led',
    });
  });

  it('"X has shared her belief that S": auxiliaries are in the cue, the clause is the content', () => {
    const [q] = quotes('The mayor has shared her belief that the bridge would close.\n').filter((x) => x.rule === 'quotes:noun-cue-verb-led');
    expect(q).toMatchObject({ cue: 'has shared her belief', source: 'The mayor' });
    expect(q!.content).toEqual(['that the bridge would close']);
  });

  it('an infinitive verb leaves the cue at the noun: "needs to calibrate her attacks on"', () => {
    const qs = quotes('The senator needs to calibrate her attacks on the harbour board.\n');
    expect(qs.filter((q) => q.rule === 'quotes:noun-cue-verb-led')).toEqual([]);
    expect(qs).toContainEqual(expect.objectContaining({ cue: 'attacks on', source: 'her', rule: 'quotes:noun-cue' }));
  });

  it('a name as possessor leaves the cue at the noun: "cheered the mayor’s attacks on"', () => {
    const qs = quotes('Voters cheered the mayor’s attacks on the harbour board.\n');
    expect(qs.filter((q) => q.rule === 'quotes:noun-cue-verb-led')).toEqual([]);
    expect(qs).toContainEqual(expect.objectContaining({ cue: 'attacks on', source: 'the mayor’s', rule: 'quotes:noun-cue' }));
  });
});

describe('a stance predicate may share its subject with another attribution (stance-predicates.ts)', () => {
  it('"X was critical of Y, telling Z …": both attributions have X as source', () => {
    const qs = quotes('The senator was critical of the new harbour plan, telling reporters that it would fail.\n');
    expect(qs).toContainEqual(expect.objectContaining({ cue: 'was critical of', source: 'The senator', rule: 'quotes:stance-adjective' }));
    expect(qs.filter((q) => q.source === 'The senator')).toHaveLength(2);
  });

  it('a subject inside another attribution’s content is no source: no stance reading there', () => {
    const qs = quotes('The mayor said the senator was critical of the new harbour plan.\n');
    expect(qs.filter((q) => q.rule === 'quotes:stance-adjective')).toEqual([]);
  });
});

describe('a verb-led noun construction may share its subject with another attribution (noun-construction-cues.ts)', () => {
  it('"X made a call for Y, saying …": both attributions have X as source', () => {
    const qs = quotes('The senator made an urgent call for calm, saying that the harbour would reopen soon.\n');
    expect(qs).toContainEqual(expect.objectContaining({ cue: 'made an urgent call for', source: 'The senator', rule: 'quotes:noun-construction-cue' }));
  });
});
