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
  it('reports the first five violations in document order (an object: fields last to first)', () => {
    const doc = {
      text,
      id: 'x',
      tokens: [{ start: 1.5, end: 2 }, { start: -1, end: 2 }, { start: 0, end: 6 }, { start: 3, end: 1 }],
      quotes: [{ content: [{ start: 9, end: 7, text: '' }], cue: { start: 0, end: 6, text: 'Rebel' } }],
      events: [{ evidence: { start: 20, end: 99, text: 'x' } }, { evidence: { start: 0, end: 6, text: 'rebels' } }],
      about: { start: 0, end: '3' },
    };
    // the order of the explicit stack the walk had before 2026-12-07: the same five, the same paths
    expect(contractViolations(doc).map((v) => v.path)).toEqual(['about', 'events[0].evidence', 'events[1].evidence', 'quotes[0].cue', 'quotes[0].content[0]']);
    const rootSpan = { text, start: 3, end: 2 };
    expect(contractViolations(rootSpan)).toEqual([{ path: '(root)', why: 'inverted span [3, 2)' }]);
    const numberText = { text, a: [{ start: 0, end: 6, text: 6 }] };
    expect(contractViolations(numberText)[0]!.why).toMatch(/is not the slice \[0, 6\)/);
  });
});
