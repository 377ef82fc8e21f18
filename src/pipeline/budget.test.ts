import { describe, expect, it } from 'vitest';
import { budgetExceededMessage, runWithinBudget } from './budget.js';

describe('runWithinBudget', () => {
  it('returns what the function returns when it finishes in time', () => {
    expect(runWithinBudget(() => 21 * 2, 1000)).toEqual({ ok: true, value: 42 });
  });

  it('cuts off a synchronous function that runs past the budget, and the thread goes on', () => {
    const t0 = Date.now();
    const r = runWithinBudget(() => {
      for (;;) if (Date.now() - t0 > 10_000) return 'not cut off';
    }, 50);
    expect(r.ok).toBe(false);
    expect(Date.now() - t0).toBeLessThan(5000);
    // the next run is not affected
    expect(runWithinBudget(() => 'next', 1000)).toEqual({ ok: true, value: 'next' });
  });

  it('passes the function\'s own errors through', () => {
    expect(() =>
      runWithinBudget(() => {
        throw new RangeError('bad input');
      }, 1000),
    ).toThrow(RangeError);
  });

  it('names the budget in its message', () => {
    expect(budgetExceededMessage(250)).toBe('extraction took longer than 250 ms (the per-article time budget); skipped');
  });
});
