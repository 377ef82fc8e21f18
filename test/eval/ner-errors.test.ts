// The NER error classification behind eval/entities.ts --breakdown: each unmatched name lands in
// exactly one cell, by how the prediction differs from the gold name.
import { describe, expect, it } from 'vitest';
import { breakdownErrors, type ErrorBreakdown, type ErrorExamples } from '../../eval/ner-errors.js';

//            0         1         2         3         4
//            0123456789012345678901234567890123456789012345
const text = 'Bank of Mars and Ahmed Ali met John in Paris .';

describe('NER error kinds', () => {
  it('tells missed, spurious, type, left/right/both boundary and boundary+type apart', () => {
    const gold = new Set(['0:12:ORG', '17:26:PER', '31:35:PER', '39:44:LOC']);
    const pred = new Set(['0:4:ORG', '23:26:PER', '31:35:ORG', '27:30:LOC']);
    const b: ErrorBreakdown = {};
    const ex: ErrorExamples = {};
    breakdownErrors(gold, pred, b, text, ex);
    expect(b.ORG).toMatchObject({ boundary_right: 1, boundary_left: 0, spurious: 0 });
    expect(b.PER).toMatchObject({ boundary_left: 1, type: 1, missed: 0 });
    expect(b.LOC).toMatchObject({ missed: 1, spurious: 1 });
    expect(ex['ORG boundary_right']).toEqual(['ORG:Bank of Mars → ORG:Bank']);
    expect(ex['PER type']).toEqual(['PER:John → ORG:John']);
  });

  it('a prediction overrunning both ends is a both-sides boundary error; another type over other offsets is boundary+type', () => {
    const b: ErrorBreakdown = {};
    breakdownErrors(new Set(['5:12:LOC', '17:26:PER']), new Set(['0:16:LOC', '17:22:ORG']), b);
    expect(b.LOC!.boundary_both).toBe(1);
    expect(b.PER!.boundary_type).toBe(1);
  });
});
