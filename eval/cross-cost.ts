// `npx tsx eval/cross-cost.ts [N]` (N = 5295: the whole Wikinews + Reuters ingest): what the cross-article update (stories + event clusters, in
// each batch's transaction) adds to ingest. The first N items (default 1000) of the Wikinews +
// Reuters ingest corpus are extracted once (timed), then written into two fresh SQLite stores in
// batches like `newsgraph ingest` — one with the update (default), one with NEWSGRAPH_CROSS=off —
// and the extra write time is given as a share of extraction + plain writing: the CPU the update
// adds to an ingest. Run under `flock /tmp/newsgraph-cpu.lock`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reuters, wikinews } from '../bench/corpora.js';
import { analyze } from '../src/index.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import type { StoreDoc } from '../src/store/store.js';

const N = Number(process.argv[2] ?? 1000);
const BATCH = 100; // as src/ingest/run.ts
const items = [...wikinews(), ...reuters(5000)].slice(0, N);
const docs: StoreDoc[] = [];
let t = performance.now();
// tokens dropped, as the ingest workers do (src/ingest/extract.ts)
for (const a of items) docs.push({ ...analyze(a.text, { id: a.id, title: a.title, url: a.url, published: a.published }), tokens: [] } as unknown as StoreDoc);
const extractMs = performance.now() - t;

async function writeAll(cross: boolean): Promise<{ ms: number; stories: number; clusters: number }> {
  process.env.NEWSGRAPH_CROSS = cross ? 'on' : 'off';
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cross-cost-'));
  const store = openSqliteStore(join(dir, 'db.sqlite'));
  const t0 = performance.now();
  for (let i = 0; i < docs.length; i += BATCH) await store.writeBatch(docs.slice(i, i + BATCH).map((doc) => ({ kind: 'doc', doc })));
  const ms = performance.now() - t0;
  const stories = cross ? (await store.listStories({ limit: 1, offset: 0 })).total : 0;
  const clusters = cross ? (await store.listClusters({ limit: 1, offset: 0 })).total : 0;
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return { ms, stories, clusters };
}

// alternate, three times each, and keep the faster run of each: the machine is shared
const runs = { on: [] as number[], off: [] as number[] };
let last = { ms: 0, stories: 0, clusters: 0 };
for (let r = 0; r < 3; r++) {
  runs.off.push((await writeAll(false)).ms);
  last = await writeAll(true);
  runs.on.push(last.ms);
}
const off = Math.min(...runs.off);
const on = Math.min(...runs.on);
const fmt = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log(`items ${docs.length} (Wikinews + Reuters), batches of ${BATCH}`);
console.log(`extraction ${fmt(extractMs)}; writes without cross ${fmt(off)}, with cross ${fmt(on)} (runs: off ${runs.off.map(fmt).join(', ')}; on ${runs.on.map(fmt).join(', ')})`);
console.log(`stories with copies ${last.stories}, event clusters ${last.clusters}`);
console.log(`cross update adds ${fmt(on - off)} = ${((100 * (on - off)) / (extractMs + off)).toFixed(2)}% of ingest (extraction + writes)`);
