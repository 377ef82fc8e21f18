// Reads V8's --trace-opt / --trace-deopt lines of a run split into passes (bench/warm-up.ts): per pass
// how many TurboFan compiles finished and how long they took, how much of that was a function compiled
// AGAIN after it was thrown out (a deoptimisation loop: the whole compile repeated, in the background
// thread, and the function back in the interpreter meanwhile), and per function its compiles, deopts
// and their reasons. Session 18 found compiling ≈ 3.4 CPU-s of a 16–19 CPU-s first pass of the
// 595-article batch, 43% of it repeat compiles. The "took a, b, c ms" of a compile line are V8's
// prepare / execute / finalize wall times: on a loaded machine they overstate CPU, so compare them
// within one run (shares, rankings), not across runs.

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

export interface WarmUpTrace {
  passes: PassTrace[];
  functions: FunctionTrace[];
}

/** The line a driver prints before pass p (the trace lines of pass p follow it). */
export const passMarker = (p: number) => `@@PASS ${p}`;

const COMPLETED = /^\[completed compiling \S+ <JSFunction (\S*) \(sfi = (\w+)\)> \(target TURBOFAN\)( OSR)? - took ([\d.]+), ([\d.]+), ([\d.]+) ms\]/;
const BAILOUT = /^\[bailout \(kind: [^,]+, reason: ([^)]*)\): begin\. deoptimizing \S+ <JSFunction (\S*) \(sfi = (\w+)\)>/;

/** Summarises trace lines (any other lines are ignored); lines before the first pass marker count as pass 0. */
export function summariseTrace(lines: Iterable<string>): WarmUpTrace {
  const passes: PassTrace[] = [];
  const bySfi = new Map<string, FunctionTrace>();
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
    }
  }
  const n = passes.length;
  const pad = (xs: number[]) => Array.from({ length: n }, (_, i) => xs[i] ?? 0);
  for (let i = 0; i < n; i++) passes[i] ??= { compiles: 0, compileMs: 0, repeatMs: 0, deopts: 0 };
  const functions = [...bySfi.values()].map((f) => ({ ...f, compiles: pad(f.compiles), compileMs: pad(f.compileMs), deopts: pad(f.deopts) }));
  const total = (f: FunctionTrace) => f.compileMs.reduce((a, b) => a + b, 0);
  functions.sort((a, b) => total(b) - total(a) || a.name.localeCompare(b.name));
  return { passes, functions };
}
