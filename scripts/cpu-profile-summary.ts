// Sums a V8 .cpuprofile (node --cpu-prof) by self time per function and per source file, so a cold
// start can be read as "where the CPU went" without a browser: `npx tsx scripts/cpu-profile-summary.ts
// <file.cpuprofile> [top N]`. Self time of a node = its sample count × the mean sampling interval.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  totalMs: number;
  byFunction: [string, number][];
  byFile: [string, number][];
}

/** Self milliseconds per function ("name file:line") and per file, largest first. */
export function summariseProfile(p: CpuProfile): ProfileSummary {
  const counts = new Map<number, number>();
  for (const s of p.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
  const totalMs = (p.endTime - p.startTime) / 1000;
  const msPerSample = p.samples.length ? totalMs / p.samples.length : 0;
  const fn = new Map<string, number>();
  const file = new Map<string, number>();
  for (const n of p.nodes) {
    const c = counts.get(n.id);
    if (!c) continue;
    const url = n.callFrame.url.replace(/^file:\/\//, '').replace(/^.*\/(dist|src|node_modules)\//, '$1/');
    const name = `${n.callFrame.functionName || '(anonymous)'} ${url}:${n.callFrame.lineNumber + 1}`;
    fn.set(name, (fn.get(name) ?? 0) + c * msPerSample);
    const f = url || n.callFrame.functionName;
    file.set(f, (file.get(f) ?? 0) + c * msPerSample);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { totalMs, byFunction: sorted(fn), byFile: sorted(file) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = process.argv[2];
  if (!path) throw new Error('usage: cpu-profile-summary <file.cpuprofile> [top N]');
  const top = Number(process.argv[3] ?? 40);
  const s = summariseProfile(JSON.parse(readFileSync(path, 'utf8')) as CpuProfile);
  const row = ([k, ms]: [string, number]) => `${ms.toFixed(1).padStart(8)} ms  ${(100 * ms / s.totalMs).toFixed(1).padStart(5)}%  ${k}`;
  console.log(`profile: ${s.totalMs.toFixed(0)} ms`);
  console.log('\nself time by file:');
  for (const r of s.byFile.slice(0, top)) console.log(row(r));
  console.log('\nself time by function:');
  for (const r of s.byFunction.slice(0, top)) console.log(row(r));
}
