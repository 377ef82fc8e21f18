// Runs one global pattern over the text and collects what its builder accepts. Patterns are
// compiled once per generator; the scan is a single left-to-right pass.
import type { Candidate } from '../frame.js';

export type Builder = (m: RegExpExecArray, text: string) => Candidate | null;

export const SCAN_PROF = new Map<string, number>();
export function scan(re: RegExp, text: string, build: Builder, out: Candidate[]): void {
  const t0 = performance.now();
  try { scan0(re, text, build, out); } finally { SCAN_PROF.set(re.source.slice(0, 90), (SCAN_PROF.get(re.source.slice(0, 90)) ?? 0) + performance.now() - t0); }
}
function scan0(re: RegExp, text: string, build: Builder, out: Candidate[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const c = build(m, text);
    if (c) out.push(c);
  }
}
