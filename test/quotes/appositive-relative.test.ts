// A summing-up apposition with a reported relative clause (src/stages/quotes/appositive-relative.ts):
// its own attribution, content the noun phrase, and no part of the content before its comma.
// Needs the parse's tags, so these run the whole default pipeline on invented sentences.
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';
import { core } from './helpers.js';

const pipeline = defaultPipeline();

function read(text: string): { cue: string | null; source: string | null; content: string[]; rule: string }[] {
  const doc = pipeline.run(createDoc(text, { id: 't' }));
  const t = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return doc.quotes.map((q) => ({ cue: t(q.cue), source: t(q.speaker.mention), content: q.content.map((c) => core(t(c)!)), rule: q.rule }));
}

describe('", a NOUN that X CUE": the relative clause subject\'s attribution', () => {
  it('"…, a charge that X strongly denied": the first content ends before the comma', () => {
    expect(read('The mayor complained that the contest had been rigged against him, a charge that Colorado Republican leaders strongly denied.').map(({ rule: _, ...q }) => q)).toEqual([
      { cue: 'complained', source: 'The mayor', content: ['that the contest had been rigged against him'] },
      { cue: 'strongly denied', source: 'Colorado Republican leaders', content: ['a charge'] },
    ]);
  });

  it('"…, something she opposed as a senator": the noun phrase, not the adjunct, is what she opposed', () => {
    const qs = read('He voted for the war, something she opposed as a senator from New York.');
    // (the first clause is his stance, "voted for" + object: verb-stances.ts)
    expect(qs).toEqual([
      { cue: 'voted for', source: 'He', content: ['the war'], rule: 'quotes:verb-stance' },
      { cue: 'opposed', source: 'she', content: ['something'], rule: 'quotes:appositive-relative' },
    ]);
  });
});

describe('appositions that stay', () => {
  it('a noun that goes on into a name is no apposition ("…, a Morning Consult poll found …")', () => {
    const qs = read('Bloomberg would draw from her support, a Morning Consult poll found.');
    expect(qs.some((q) => q.rule === 'quotes:appositive-relative')).toBe(false);
  });

  it('a definite noun phrase and a name before a closing cue are its source ("…, the state news agency BelTA reported")', () => {
    const qs = read('Minsk rejected an EU request last week to allow diplomats to visit the jailed reporters, the state news agency BelTA reported.');
    expect(qs.map(({ rule: _, ...q }) => q)).toEqual([
      { cue: 'reported', source: 'the state news agency BelTA', content: ['Minsk rejected an EU request last week to allow diplomats to visit the jailed reporters'] },
    ]);
  });

  it('an apposition without a cue stays in the content ("…, a position never before seen")', () => {
    const qs = read('She has not said how a former president would fit into her administration, a position never before seen in American politics.');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.content[0]).toMatch(/never before seen in American politics$/);
  });
});
