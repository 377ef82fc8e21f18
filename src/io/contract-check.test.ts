import { describe, expect, it } from 'vitest';
import { checkContract, contractViolations } from './contract-check.js';

describe('contract check', () => {
  const text = 'Rebels attacked the town.';
  it('accepts well-formed spans anywhere in the document', () => {
    const doc = { text, id: 'a', tokens: [{ start: 0, end: 6 }], quotes: [{ content: [{ start: 7, end: 15, text: 'attacked' }], cue: null }] };
    expect(contractViolations(doc)).toEqual([]);
    expect(checkContract(doc)).toBe(doc);
  });
  it('finds inverted, out-of-range, fractional and mis-sliced spans, with their path', () => {
    const doc = {
      text,
      quotes: [{ content: [{ start: 9, end: 7, text: '' }] }],
      events: [{ evidence: { start: 20, end: 99, text: 'x' } }, { evidence: { start: 0, end: 6, text: 'rebels' } }],
      tokens: [{ start: 1.5, end: 2 }, { start: -1, end: 2 }],
    };
    const v = contractViolations(doc);
    expect(v.map((x) => x.path).sort()).toEqual(['events[0].evidence', 'events[1].evidence', 'quotes[0].content[0]', 'tokens[0]', 'tokens[1]']);
    expect(v.find((x) => x.path === 'quotes[0].content[0]')!.why).toMatch(/inverted/);
    expect(() => checkContract(doc, 'f.txt')).toThrow(/E052 output contract violated: f\.txt: /);
  });
});
