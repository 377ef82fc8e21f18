// bench/warm-up-trace.ts: V8's --trace-opt / --trace-deopt lines summed per pass and per function,
// repeat compiles (a function compiled again after a deopt) told apart from first compiles.
import { describe, expect, it } from 'vitest';
import { passMarker, summariseTrace } from '../../bench/warm-up-trace.js';

const compiled = (name: string, sfi: string, ms: [number, number, number], osr = false) =>
  `[completed compiling 0x1a2b <JSFunction ${name} (sfi = ${sfi})> (target TURBOFAN)${osr ? ' OSR' : ''} - took ${ms.join(', ')} ms]`;
const deopt = (name: string, sfi: string, reason: string) =>
  `[bailout (kind: deopt-eager, reason: ${reason}): begin. deoptimizing 0x3c4d <JSFunction ${name} (sfi = ${sfi})>, 0x5e6f <Code TURBOFAN>, opt id 3, bytecode offset 95, deopt exit 6]`;

describe('summariseTrace', () => {
  it('sums compiles and deopts per pass and per function, repeat compiles apart', () => {
    const t = summariseTrace([
      '[marking 0x1a2b <JSFunction big (sfi = 0xaa)> for optimization to TURBOFAN, ConcurrencyMode::kConcurrent, reason: hot and stable]',
      compiled('big', '0xaa', [0.5, 100, 1.5]),
      deopt('big', '0xaa', 'wrong map'),
      compiled('big', '0xaa', [0.5, 90, 1.5]),
      compiled('small', '0xbb', [0.1, 2, 0.1], true),
      '{"schema":"newsgraph/1"} output lines are ignored',
      passMarker(1),
      deopt('big', '0xaa', 'wrong map'),
      deopt('big', '0xaa', 'Insufficient type feedback for call'),
      compiled('big', '0xaa', [0.5, 80, 1.5]),
      compiled('', '0xcc', [0, 1, 0]),
    ]);
    expect(t.passes).toHaveLength(2);
    expect(t.passes[0]).toEqual({ compiles: 3, compileMs: expect.closeTo(196.2, 6), repeatMs: expect.closeTo(92, 6), deopts: 1 });
    expect(t.passes[1]).toEqual({ compiles: 2, compileMs: expect.closeTo(83, 6), repeatMs: expect.closeTo(82, 6), deopts: 2 });
    const [big, small, anon] = t.functions;
    expect(big!.name).toBe('big');
    expect(big!.compiles).toEqual([2, 1]);
    expect(big!.deopts).toEqual([1, 2]);
    expect([...big!.reasons]).toEqual([['wrong map', 2], ['Insufficient type feedback for call', 1]]);
    expect(small).toMatchObject({ name: 'small', compiles: [1, 0], osr: 1, deopts: [0, 0] });
    expect(anon).toMatchObject({ name: '(anonymous)', compiles: [0, 1] });
  });

  it('tells functions of the same name apart by their shared function info', () => {
    const t = summariseTrace([compiled('run', '0x1', [0, 5, 0]), compiled('run', '0x2', [0, 7, 0])]);
    expect(t.functions.map((f) => f.compileMs[0])).toEqual([7, 5]);
    expect(t.passes[0]!.repeatMs).toBe(0);
  });
});
