// One report of a failed extraction for a worker and for extract's own thread.
import { describe, expect, it } from 'vitest';
import { NewsgraphError } from '../core/errors.js';
import { failureOf } from './failure.js';

describe('failureOf', () => {
  it('keeps a coded error as it is', () => {
    expect(failureOf(new NewsgraphError('E052', 'events[0].evidence: bad span'))).toEqual({ code: 'E052', message: 'E052 output contract violated: events[0].evidence: bad span' });
  });

  it('makes anything else E050 with its message and where it was thrown, on one line', () => {
    const e = new TypeError('x is undefined');
    e.stack = 'TypeError: x is undefined\n    at resolvePronouns (file:///repo/src/stages/coref/index.ts:120:7)\n    at run (file:///repo/src/pipeline/pipeline.ts:40:3)';
    expect(failureOf(e)).toEqual({ code: 'E050', message: 'x is undefined (at /repo/src/stages/coref/index.ts:120:7)' });
    expect(failureOf('thrown string')).toEqual({ code: 'E050', message: 'thrown string' });
  });
});
