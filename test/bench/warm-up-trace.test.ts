// bench/warm-up-trace.ts: V8's --trace-opt / --trace-deopt lines summed per pass and per function,
// repeat compiles (a function compiled again after a deopt) told apart from first compiles.
import { describe, expect, it } from 'vitest';
import { areaOf, bundleModules, passMarker, summariseTrace } from '../../bench/warm-up-trace.js';

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

  it('reads each deopt\'s innermost position from --trace-deopt-verbose, per pass', () => {
    const t = summariseTrace([
      deopt('outer', '0xaa', 'wrong map'),
      '            ;;; deoptimize at </b/dist/bundle/extract-cli.cjs:120:7> inlined at </b/dist/bundle/extract-cli.cjs:300:3>',
      '  reading input frame outer => bytecode_offset=95, args=3, height=13, retval=0(#0); inputs:',
      passMarker(1),
      deopt('plain', '0xbb', 'out of bounds'),
      compiled('plain', '0xbb', [0, 1, 0]),
      deopt('', '0xcc', 'Insufficient type feedback for call'),
      '            ;;; deoptimize at </b/dist/bundle/extract-cli.cjs:9:1>',
    ]);
    expect(t.sites).toEqual([
      { pass: 0, reason: 'wrong map', fn: 'outer', file: '/b/dist/bundle/extract-cli.cjs', line: 120, column: 7 },
      { pass: 1, reason: 'Insufficient type feedback for call', fn: '(anonymous)', file: '/b/dist/bundle/extract-cli.cjs', line: 9, column: 1 },
    ]);
    // a bailout without a position line (plain --trace-deopt) is counted, not placed
    expect(t.passes[1]!.deopts).toBe(2);
  });
});

describe('bundleModules', () => {
  it('names the module of a bundle line by the comment esbuild writes before each module', () => {
    const src = ['"use strict";', '// ../main/node_modules/commander/lib/error.js', 'var a;', '// dist/core/doc.js', 'function createDoc() {', '}', '// dist/stages/entities/propagate.js', 'function propagateNames() {}'].join('\n');
    const at = bundleModules(src);
    expect(at(1)).toBe('(bundle prologue)');
    expect(at(3)).toBe('../main/node_modules/commander/lib/error.js');
    expect(at(5)).toBe('core/doc.js');
    expect(at(6)).toBe('core/doc.js');
    expect(at(8)).toBe('stages/entities/propagate.js');
    expect(areaOf(at(8))).toBe('stages/entities');
    expect(areaOf('nlp/tagger.js')).toBe('nlp');
    expect(areaOf('main.js')).toBe('main.js');
  });
});
