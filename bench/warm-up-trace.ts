// Reads V8's --trace-opt / --trace-deopt lines of a run split into passes (bench/warm-up.ts): per pass
// how many TurboFan compiles finished and how long they took, how much of that was a function compiled
// AGAIN after it was thrown out (a deoptimisation loop: the whole compile repeated, in the background
// thread, and the function back in the interpreter meanwhile), and per function its compiles, deopts
// and their reasons. Session 18 found compiling ≈ 3.4 CPU-s of a 16–19 CPU-s first pass of the
// 595-article batch, 43% of it repeat compiles. The "took a, b, c ms" of a compile line are V8's
// prepare / execute / finalize wall times: on a loaded machine they overstate CPU, so compare them
// within one run (shares, rankings), not across runs. With --trace-deopt-verbose each deopt also
// gives its source position (sites): in the bundle, bundleModules names the module of a line.

export interface FunctionTrace {
  name: string;
  /** TurboFan compiles finished, per pass */
  compiles: number[];
  /** their time (ms, prepare + execute + finalize), per pass */
  compileMs: number[];
  /** of those, on-stack-replacement compiles */
  osr: number;
  /** deoptimisations (bailouts) per pass */
  deopts: number[];
  /** deopt reason → count, all passes */
  reasons: Map<string, number>;
}

export interface PassTrace {
  compiles: number;
  compileMs: number;
  /** compile time of functions compiled before (in this pass or an earlier one) */
  repeatMs: number;
  deopts: number;
}

/** Where a deopt happened (with V8's --trace-deopt-verbose: the innermost source position). */
export interface DeoptSite {
  pass: number;
  reason: string;
  /** the optimised function thrown out (the site may be in a function inlined into it) */
  fn: string;
  file: string;
  line: number;
  column: number;
}

export interface WarmUpTrace {
  passes: PassTrace[];
  functions: FunctionTrace[];
  /** deopts whose position the trace gave (--trace-deopt-verbose), in trace order */
  sites: DeoptSite[];
}

/** The line a driver prints before pass p (the trace lines of pass p follow it). */
export const passMarker = (p: number) => `@@PASS ${p}`;

const COMPLETED = /^\[completed compiling \S+ <JSFunction (\S*) \(sfi = (\w+)\)> \(target TURBOFAN\)( OSR)? - took ([\d.]+), ([\d.]+), ([\d.]+) ms\]/;
const BAILOUT = /^\[bailout \(kind: [^,]+, reason: ([^)]*)\): begin\. deoptimizing \S+ <JSFunction (\S*) \(sfi = (\w+)\)>/;
/** --trace-deopt-verbose's line after a bailout: the innermost position first ("… inlined at <…>" follows) */
const DEOPT_AT = /^\s*;;; deoptimize at <([^>]+):(\d+):(\d+)>/;

/** Summarises trace lines (any other lines are ignored); lines before the first pass marker count as pass 0. */
export function summariseTrace(lines: Iterable<string>): WarmUpTrace {
  const passes: PassTrace[] = [];
  const bySfi = new Map<string, FunctionTrace>();
  const sites: DeoptSite[] = [];
  /** the bailout just read, waiting for its position line */
  let open: Omit<DeoptSite, 'file' | 'line' | 'column'> | null = null;
  let p = 0;
  const pass = () => (passes[p] ??= { compiles: 0, compileMs: 0, repeatMs: 0, deopts: 0 });
  const fn = (sfi: string, name: string) => {
    let f = bySfi.get(sfi);
    if (!f) bySfi.set(sfi, (f = { name: name || '(anonymous)', compiles: [], compileMs: [], osr: 0, deopts: [], reasons: new Map() }));
    return f;
  };
  const add = (xs: number[], v: number) => {
    for (let i = xs.length; i <= p; i++) xs.push(0);
    xs[p]! += v;
  };
  for (const line of lines) {
    if (open) {
      const at = DEOPT_AT.exec(line);
      if (at) sites.push({ ...open, file: at[1]!, line: Number(at[2]), column: Number(at[3]) });
      open = null;
      if (at) continue;
    }
    if (line.startsWith('@@PASS ')) {
      p = Number(line.slice(7));
      pass();
      continue;
    }
    let m = COMPLETED.exec(line);
    if (m) {
      const ms = Number(m[4]) + Number(m[5]) + Number(m[6]);
      const f = fn(m[2]!, m[1]!);
      const before = f.compiles.reduce((a, b) => a + b, 0);
      add(f.compiles, 1);
      add(f.compileMs, ms);
      if (m[3]) f.osr++;
      const ps = pass();
      ps.compiles++;
      ps.compileMs += ms;
      if (before > 0) ps.repeatMs += ms;
      continue;
    }
    m = BAILOUT.exec(line);
    if (m) {
      const f = fn(m[3]!, m[2]!);
      add(f.deopts, 1);
      f.reasons.set(m[1]!, (f.reasons.get(m[1]!) ?? 0) + 1);
      pass().deopts++;
      open = { pass: p, reason: m[1]!, fn: m[2]! || '(anonymous)' };
    }
  }
  const n = passes.length;
  const pad = (xs: number[]) => Array.from({ length: n }, (_, i) => xs[i] ?? 0);
  for (let i = 0; i < n; i++) passes[i] ??= { compiles: 0, compileMs: 0, repeatMs: 0, deopts: 0 };
  const functions = [...bySfi.values()].map((f) => ({ ...f, compiles: pad(f.compiles), compileMs: pad(f.compileMs), deopts: pad(f.deopts) }));
  const total = (f: FunctionTrace) => f.compileMs.reduce((a, b) => a + b, 0);
  functions.sort((a, b) => total(b) - total(a) || a.name.localeCompare(b.name));
  return { passes, functions, sites };
}

/**
 * For a bundle built by scripts/bundle-cli.ts (esbuild writes a `// dist/…/file.js` line before each
 * module's code): the module a 1-based line of the bundle belongs to, e.g. "stages/entities/propagate.js".
 */
export function bundleModules(source: string): (line: number) => string {
  const starts: number[] = [];
  const names: string[] = [];
  source.split('\n').forEach((l, i) => {
    const m = /^\/\/ (?:dist\/)?(\S+\.[cm]?js)$/.exec(l);
    if (m) {
      starts.push(i + 1);
      names.push(m[1]!);
    }
  });
  return (line) => {
    let lo = 0;
    let hi = starts.length - 1;
    if (hi < 0 || line < starts[0]!) return '(bundle prologue)';
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= line) lo = mid;
      else hi = mid - 1;
    }
    return names[lo]!;
  };
}

/** "stages/entities" for "stages/entities/propagate.js", "nlp" for "nlp/tagger.js": where a module belongs. */
export const areaOf = (module: string) => /^(stages\/[^/]+|[^/]+)\//.exec(module)?.[1] ?? module;
