// In-process time of each API route on a database (no HTTP, no load, response cache off), so a slow
// query shows as itself rather than as queueing under load:
//   npx tsx scripts/reliability/route-profile.ts --db PATH [--runs N]
// Prints the median and worst of N calls per route, slowest first. The routes are those the load mix
// uses plus the filters the web app sends (`/events` filters, `/quotes?about=`, `/clusters`, `/stories`).
import { parseArgs } from 'node:util';
import { createApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/open.js';
import { pct } from './measure.js';

const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string', default: '15' } } });
if (!values.db) throw new Error('--db PATH is required');
const store = await openStore(values.db, { readonly: false });
const app = createApp({ store, cacheTtlMs: 0 });
const get = async (path: string) => {
  const r = await app.request(`http://localhost${path}`);
  const body = await r.text();
  if (r.status !== 200) throw new Error(`${path}: ${r.status} ${body.slice(0, 200)}`);
  return JSON.parse(body) as { items?: { id: string }[] };
};
const ids = ((await get('/articles?limit=20')).items ?? []).map((a) => a.id);
const actors = ((await get('/actors?limit=5')).items ?? []).map((a) => a.id);
const actor = encodeURIComponent(actors[0] ?? 'x');
const routes = [
  '/stats', '/articles?limit=20&offset=1500', `/articles/${encodeURIComponent(ids[3] ?? 'x')}`, '/articles/search?q=minister&limit=10',
  '/quotes?limit=20&offset=150', '/quotes?limit=20&sort=-date', '/quotes?limit=20&sort=speaker', `/quotes?about=${actor}&limit=20`, `/quotes?speaker=${actor}&limit=20`, '/quotes?q=oil&limit=20',
  '/events?limit=20&offset=150', '/events?limit=20&sort=-goldstein', '/events?cameo=04&limit=20', '/events?root=04&limit=20', '/events?quad=4&limit=20', `/events?actor=${actor}&limit=20`,
  '/events?source_country=USA&limit=20', '/events?source_code=USAGOV&limit=20', '/events?modality=reported&limit=20', '/events?location=london&limit=20', '/events?text=oil&limit=20', '/events?plover=CONSULT&limit=20',
  '/actors?limit=20&offset=150', '/actors?q=min&limit=20', `/actors/${actor}`, `/actors/${actor}/quotes`, `/actors/${actor}/events`,
  '/timeline?bucket=month', '/timeline?bucket=week', '/network', '/map', '/stories?limit=20', '/stories?limit=20&min_articles=2', '/clusters?limit=20', '/clusters?limit=20&min_articles=2',
];
const rows: [string, number, number][] = [];
for (const path of routes) {
  const t: number[] = [];
  for (let i = 0; i < Number(values.runs); i++) {
    const t0 = performance.now();
    await get(path);
    t.push(performance.now() - t0);
  }
  rows.push([path, pct(t, 50), Math.max(...t)]);
}
rows.sort((a, b) => b[1] - a[1]);
for (const [p, med, max] of rows) console.log(`${med.toFixed(1).padStart(7)} ms median ${max.toFixed(1).padStart(7)} ms max  ${p}`);
await store.close();
