// Self time inside one function's calls (a pipeline stage's run function, e.g. runQuotes), summed per
// function and per source file over every call tree under it, so a stage's cost can be read from a
// profile of the whole pipeline (bench/pipeline-profile.ts): `npx tsx scripts/cpu-profile-stage.ts
// <file.cpuprofile> runQuotes [top N]`. Garbage collection is sampled at the profile's root (not
// under the stage), so it is reported for the whole run alongside.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { CpuProfile } from './cpu-profile-summary.js';

export interface StageProfile {
  /** the whole profile's and the stage's milliseconds, and the garbage collector's (whole run) */
  totalMs: number;
  stageMs: number;
  gcMs: number;
  byFunction: [string, number][];
  byFile: [string, number][];
}

const shortUrl = (url: string) => url.replace(/^file:\/\//, '').replace(/^.*\/(dist|src|node_modules)\//, '$1/').replace(/^dist\/bench\//, '');

export function stageProfile(p: CpuProfile, rootName: string): StageProfile {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  // nodes under (or at) a frame named rootName; nested calls of it count once
  const inStage = new Set<number>();
  const mark = (id: number, inside: boolean) => {
    const n = byId.get(id)!;
    const now = inside || n.callFrame.functionName === rootName;
    if (now) inStage.add(id);
    for (const c of n.children ?? []) mark(c, now);
  };
  mark(p.nodes[0]!.id, false);
  const totalMs = (p.endTime - p.startTime) / 1000;
  const msPerSample = p.samples.length ? totalMs / p.samples.length : 0;
  const fn = new Map<string, number>();
  const file = new Map<string, number>();
  let stageMs = 0;
  let gcMs = 0;
  for (const s of p.samples) {
    const n = byId.get(s)!;
    if (n.callFrame.functionName === '(garbage collector)') gcMs += msPerSample;
    if (!inStage.has(s)) continue;
    stageMs += msPerSample;
    const url = shortUrl(n.callFrame.url);
    const name = `${n.callFrame.functionName || '(anonymous)'} ${url}:${n.callFrame.lineNumber + 1}`;
    fn.set(name, (fn.get(name) ?? 0) + msPerSample);
    const f = url || n.callFrame.functionName;
    file.set(f, (file.get(f) ?? 0) + msPerSample);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { totalMs, stageMs, gcMs, byFunction: sorted(fn), byFile: sorted(file) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [path, root] = process.argv.slice(2);
  if (!path || !root) throw new Error('usage: cpu-profile-stage <file.cpuprofile> <function name> [top N]');
  const top = Number(process.argv[4] ?? 30);
  const s = stageProfile(JSON.parse(readFileSync(path, 'utf8')) as CpuProfile, root);
  const row = ([k, ms]: [string, number]) => `${ms.toFixed(1).padStart(8)} ms  ${((100 * ms) / s.stageMs).toFixed(1).padStart(5)}%  ${k}`;
  console.log(`profile ${s.totalMs.toFixed(0)} ms; under ${root}: ${s.stageMs.toFixed(0)} ms; garbage collector (whole run): ${s.gcMs.toFixed(0)} ms`);
  console.log('\nself time by file (share of the stage):');
  for (const r of s.byFile.slice(0, top)) console.log(row(r));
  console.log('\nself time by function:');
  for (const r of s.byFunction.slice(0, top)) console.log(row(r));
}
