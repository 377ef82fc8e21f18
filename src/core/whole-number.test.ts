// The one reader of typed whole numbers: command options (src/cli/int-option.ts) and the queue's
// environment settings (src/queue/queue.ts) refuse the same things.
import { afterEach, describe, expect, it } from 'vitest';
import { queueSettings } from '../queue/queue.js';
import { wholeNumber } from './whole-number.js';

const SAVED = process.env.NEWSGRAPH_JOB_RETRIES;
afterEach(() => {
  if (SAVED === undefined) delete process.env.NEWSGRAPH_JOB_RETRIES;
  else process.env.NEWSGRAPH_JOB_RETRIES = SAVED;
});

describe('wholeNumber', () => {
  it('reads decimal digits at or above the minimum', () => {
    expect(wholeNumber('0', 'X', 0)).toBe(0);
    expect(wholeNumber('30', 'X', 1)).toBe(30);
  });

  it('refuses what Number() would take, naming the label (E042)', () => {
    for (const v of ['0x10', '1e2', '10.0', ' 5', '', '-1']) expect(() => wholeNumber(v, 'SOME_SETTING', 0)).toThrow(`E042 invalid request: SOME_SETTING expects a whole number >= 0, found "${v}"`);
    expect(() => wholeNumber('0', 'SOME_SETTING', 1)).toThrow(/>= 1, found "0"/);
  });

  it('is what the queue reads its environment settings with (it took "1e1" retries before)', () => {
    process.env.NEWSGRAPH_JOB_RETRIES = '7';
    expect(queueSettings().retries).toBe(7);
    process.env.NEWSGRAPH_JOB_RETRIES = '1e1';
    expect(() => queueSettings()).toThrow(/E042 .*NEWSGRAPH_JOB_RETRIES expects a whole number >= 0, found "1e1"/);
    process.env.NEWSGRAPH_JOB_RETRIES = '';
    expect(queueSettings().retries).toBe(5);
  });
});
