// Serve latency on a filled database (not part of `npm test`):
//   npx tsx test/store/bench-serve.ts DB [requests] [concurrency]
// Starts `newsgraph serve --db DB` on a loopback port, then sends a fixed mix of API requests (the
// web app's: lists, search, one article, actor pages, events, timelines, the network) with bounded
// concurrency, and prints p50/p95/p99/max latency per route and overall.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { repoRoot } from '../../src/core/paths.js';

const [db, nReq = '2000', conc = '4'] = process.argv.slice(2);
if (!db) throw new Error('usage: bench-serve.ts DB [requests] [concurrency]');
const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src/cli/main.ts'), 'serve', '--db', db, '--port', '0'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise<string>((resolve) => {
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    const m = / at (http:\/\/\S+\/) /.exec(out);
    if (m) resolve(m[1]!);
  });
});
const get = async (path: string) => {
  const r = await fetch(base + path.replace(/^\//, ''));
  if (r.status >= 500) throw new Error(`${path}: ${r.status}`);
  return r.json() as Promise<Record<string, unknown>>;
};
// warm-up and the ids the mix uses
const actors = ((await get('/actors?limit=30')).items as { id: string }[]).map((a) => a.id);
const articles = ((await get('/articles?limit=200')).items as { id: string }[]).map((a) => a.id);
const words = ['election', 'oil', 'president', 'talks', 'court', 'bank', 'police', 'minister', 'prices', 'war*'];
const pick = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)]!;
const mix: [string, () => string][] = [
  ['stats', () => '/stats'],
  ['articles', () => `/articles?limit=50&offset=${Math.floor(Math.random() * 10) * 50}`],
  ['search', () => `/articles/search?q=${encodeURIComponent(pick(words))}`],
  ['article', () => `/articles/${encodeURIComponent(pick(articles))}`],
  ['quotes', () => `/quotes?speaker=${pick(actors)}`],
  ['quote-text', () => `/quotes?q=${encodeURIComponent(pick(words))}`],
  ['actors', () => `/actors?q=${pick(['uni', 'ban', 'pre', 'min', 'chi'])}`],
  ['actor', () => `/actors/${pick(actors)}`],
  ['events', () => `/events?actor=${pick(actors)}`],
  ['events-cameo', () => `/events?cameo=${pick(['01', '04', '05', '11', '19'])}`],
  ['timeline', () => `/timeline?actor=${pick(actors)}&bucket=week`],
  ['network', () => '/network?limit=300'],
];
for (const [, f] of mix) await get(f());
const lat = new Map<string, number[]>();
let next = 0;
const total = Number(nReq);
const load0 = loadavg()[0]!;
const t0 = performance.now();
await Promise.all(Array.from({ length: Number(conc) }, async () => {
  while (next < total) {
    const [name, f] = mix[next++ % mix.length]!;
    const t = performance.now();
    await get(f());
    const list = lat.get(name) ?? [];
    list.push(performance.now() - t);
    lat.set(name, list);
  }
}));
const secs = (performance.now() - t0) / 1000;
const q = (xs: number[], p: number) => xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const all = [...lat.values()].flat();
const row = (name: string, xs: number[]) => `${name.padEnd(13)} n=${String(xs.length).padStart(5)} p50 ${q(xs, 0.5).toFixed(1).padStart(7)} p95 ${q(xs, 0.95).toFixed(1).padStart(7)} p99 ${q(xs, 0.99).toFixed(1).padStart(7)} max ${Math.max(...xs).toFixed(1).padStart(7)} ms`;
console.log(`db ${db.replace(/:[^:@/]*@/, ':***@')}: ${total} requests, concurrency ${conc}, ${(total / secs).toFixed(0)} req/s, load ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`);
console.log(row('ALL', all));
for (const [name, xs] of lat) console.log(row(name, xs));
child.kill('SIGTERM');
