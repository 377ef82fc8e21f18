// scripts/cold-start-breakdown.ts: the marked copy of the extract bundle computes what the original
// computes, and its rows are self time (a marked callee's time is not counted twice).
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { instrumentBundle, medianRows, parseMarks } from '../../scripts/cold-start-breakdown.js';

/** a stand-in for the bundle: two marked functions (one calls the other) and the pipeline's stage loop */
const BUNDLE = [
  'function getParser(n) { let x = 0; for (let i = 0; i < n; i++) x += i; return x; }',
  'function loadNerModel(n) { return getParser(n) + 1; }',
  'function unmarked() { return 7; }',
  'function runStages(stages, d, full) {',
  '  for (const stage of stages) {',
  '    d = stage.run(d, full);',
  '  }',
  '  return d;',
  '}',
  'result = [loadNerModel(10), unmarked(), runStages([{ name: "segment", run: (d) => d + 1 }, { name: "syntax", run: (d) => d * 2 }], 1, {})];',
].join('\n');

/** runs a bundle source in a fresh context; the marker's table as the exit handler would print it */
function run(source: string): { result: unknown; rows: Map<string, number> } {
  let onExit: (() => void) | undefined;
  let printed = '';
  const sandbox: Record<string, unknown> = {
    process: {
      cpuUsage: () => ({ user: 0, system: 0 }),
      on: (event: string, f: () => void) => {
        if (event === 'exit') onExit = f;
      },
    },
    require: (id: string) => {
      if (id !== 'node:fs') throw new Error(id);
      return { writeSync: (_fd: number, s: string) => (printed += s) };
    },
    result: undefined,
  };
  runInNewContext(source, sandbox);
  onExit?.();
  return { result: sandbox.result, rows: parseMarks(printed) };
}

describe('instrumentBundle', () => {
  it('keeps what the bundle computes and marks each named function and each stage call', () => {
    const plain = run(BUNDLE);
    const marked = run(instrumentBundle(BUNDLE, { getParser: 'load: parser', loadNerModel: 'load: NER' }));
    expect(marked.result).toEqual(plain.result);
    expect(marked.result).toEqual([46, 7, 4]);
    expect([...marked.rows.keys()].sort()).toEqual(['load: NER', 'load: parser', 'stage segment (first run)', 'stage syntax (first run)']);
  });

  it('counts self time: a marked callee is taken out of its caller’s row', () => {
    // a CPU clock that advances 5 ms at each reading
    const clocked = instrumentBundle(BUNDLE, { getParser: 'load: parser', loadNerModel: 'load: NER' }).replace(
      'const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e3; };',
      'const cpu = () => (globalThis.__t += 5);',
    );
    const src = `globalThis.__t = 0;\n${clocked}`;
    const { rows } = run(src);
    // loadNerModel: entry 5, getParser entry 10 / exit 15 (5 ms), exit 20 → 15 ms inclusive, 10 self
    expect(rows.get('load: parser')).toBe(5);
    expect(rows.get('load: NER')).toBe(10);
  });

  it('refuses a bundle without a named function or without the stage loop', () => {
    expect(() => instrumentBundle(BUNDLE, { getTagger: 'load: tagger' })).toThrow(/no top-level function getTagger/);
    expect(() => instrumentBundle('function getParser() {}', { getParser: 'load: parser' })).toThrow(/stage loop/);
    expect(() => instrumentBundle(`function* getParser() {}\n${BUNDLE}`, { getParser: 'load: parser' })).toThrow(/generator/);
  });
});

describe('parseMarks and medianRows', () => {
  it('reads "<ms> ms  <row>" lines, sums repeated rows, and takes medians over runs', () => {
    const a = parseMarks('1.50 ms  load: parser\nnoise\n2.00 ms  stage syntax (first run)\n0.50 ms  load: parser\n');
    expect(a).toEqual(new Map([['load: parser', 2], ['stage syntax (first run)', 2]]));
    const b = parseMarks('4.00 ms  load: parser\n');
    const c = parseMarks('3.00 ms  load: parser\n1.00 ms  stage syntax (first run)\n');
    expect(medianRows([a, b, c])).toEqual([
      ['load: parser', 3, 2, 4],
      ['stage syntax (first run)', 1, 0, 2],
    ]);
  });
});
