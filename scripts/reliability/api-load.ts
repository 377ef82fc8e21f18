// The API under load, over loopback only and bounded in count and time: a 2,000-article database
// built with `newsgraph ingest` (Wikinews + Reuters from ../shared), `newsgraph serve` in a child
// process, an open-loop load of mixed reads (latency measured from each request's scheduled time,
// so a stall is never hidden), a ~2 MB POST during load, and security probes.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { reuters, wikinews } from '../../bench/corpora.js';
// @ts-expect-error plain browser ES module without type declarations
import { safeLinkUrl } from '../../src/web/url.js';
import { BIN, pct, runCli } from './measure.js';

const TOKEN = 'reliability-suite-token';

export async function buildDatabase(db: string, articles: number, log: (s: string) => void): Promise<void> {
  if (existsSync(db)) return log(`  database ${db} exists; reused`);
  const wiki = wikinews();
  const items = [...wiki, ...reuters(Math.max(0, articles - wiki.length))].slice(0, articles);
  const input = join(mkdtempSync(join(tmpdir(), 'ng-db-')), 'corpus.jsonl');
  writeFileSync(input, items.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const r = await runCli(['ingest', input, '--db', db, '--workers', '2', '--no-progress']);
  log(`  built ${db}: ${items.length} articles (${wiki.length} Wikinews + ${items.length - wiki.length} Reuters) in ${r.seconds.toFixed(0)} s, peak RSS ${r.peakMb?.toFixed(0)} MB, exit ${r.code}`);
}

export async function startServe(db: string, extra: string[] = []): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1', '--token', TOKEN, ...extra], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NEWSGRAPH_LOOP_STATS: process.env.NEWSGRAPH_LOAD_DEBUG ?? '' } });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /at (http:\/\/\S+\/) /.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (c) => reject(new Error(`serve exited with ${c}`)));
  });
  return { url, child };
}

/** The machine's 1-minute load average: on a shared 2-core machine a p99 means little without it. */
const load1 = () => loadavg()[0]!.toFixed(1);

/** CPU ms a process has used (Linux /proc; 0 elsewhere): the server's cost per request, which unlike
 * a latency does not depend on what else the machine runs. */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in USER_HZ (100 on Linux)
  } catch {
    return 0;
  }
}

export interface LoadResult {
  readonly sent: number;
  readonly done: number;
  readonly errors: number;
  readonly rate: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  /** share of answers served from the server's short-lived response cache */
  readonly cached: number;
  /** p99 (ms) by route */
  readonly byRoute: Record<string, number>;
}

/** Open-loop load: `rate` requests/s for `seconds`, at most `maxInFlight` outstanding. */
export async function load(base: string, paths: () => string, rate: number, seconds: number, until?: Promise<unknown>): Promise<LoadResult> {
  const lat: number[] = [];
  let sent = 0;
  let errors = 0;
  let inFlight = 0;
  let hits = 0;
  const byRoute = new Map<string, number[]>();
  const slow: [number, number, string][] = [];
  const t0 = performance.now();
  const pending = new Set<Promise<void>>();
  let stop = false;
  void until?.then(() => (stop = true));
  while (!stop) {
    const elapsed = (performance.now() - t0) / 1000;
    if (!until && elapsed >= seconds) break;
    if (until && elapsed >= 600) break;
    const due = Math.floor(elapsed * rate) - sent;
    for (let i = 0; i < due; i++) {
      const scheduled = t0 + ((sent + 1) / rate) * 1000;
      sent++;
      if (inFlight >= 256) {
        errors++;
        continue;
      }
      inFlight++;
      const path = paths();
      const route = path.replace(/\?.*$/, '').replace(/^\/articles\/(?!search).+$/, '/articles/{id}');
      const p = fetch(base + path.slice(1))
        .then(async (r) => {
          await r.arrayBuffer();
          if (r.status !== 200) errors++;
          if (r.headers.get('x-cache') === 'hit') hits++;
        })
        .catch(() => void errors++)
        .finally(() => {
          inFlight--;
          lat.push(performance.now() - scheduled);
          if (process.env.NEWSGRAPH_LOAD_DEBUG && performance.now() - scheduled > 500) slow.push([Math.round(scheduled - t0), Math.round(performance.now() - scheduled), path]);
          const l = byRoute.get(route) ?? [];
          l.push(performance.now() - scheduled);
          byRoute.set(route, l);
          pending.delete(p);
        });
      pending.add(p);
    }
    await new Promise((r) => setTimeout(r, 2));
  }
  await Promise.all(pending);
  if (slow.length) console.log('slow (scheduled at ms, latency ms, path):', JSON.stringify(slow.sort((a, b) => a[0] - b[0]).slice(0, 8)));
  const secs = (performance.now() - t0) / 1000;
  return { sent, done: lat.length, errors, rate: lat.length / secs, p50: pct(lat, 50), p99: pct(lat, 99), max: Math.max(...lat), cached: hits / Math.max(1, lat.length), byRoute: Object.fromEntries([...byRoute].map(([k, v]) => [k, Math.round(pct(v, 99))])) };
}

/** What the web app reads: lists, an article, search, stats, timeline, and the explorers' filters. */
function readMix(ids: string[], actors: string[]): () => string {
  let i = 0;
  const words = ['minister', 'oil', 'election', 'police', 'trade', 'court', 'bank', 'storm'];
  const roots = ['01', '04', '05', '11', '17', '19'];
  return () => {
    i++;
    const id = ids[i % ids.length]!;
    const actor = encodeURIComponent(actors[i % actors.length] ?? 'none');
    switch (i % 12) {
      case 0: return `/articles?limit=20&offset=${i % 1900}`;
      case 1: return `/articles/${encodeURIComponent(id)}`;
      case 2: return `/quotes?limit=20&offset=${i % 200}`;
      case 3: return `/events?limit=20&offset=${i % 200}`;
      case 4: return `/actors?limit=20&offset=${i % 200}`;
      case 5: return `/articles/search?q=${words[i % words.length]}&limit=10`;
      case 6: return '/stats';
      case 7: return `/quotes?about=${actor}&limit=20`;
      case 8: return `/events?root=${roots[i % roots.length]}&quad=${1 + (i % 4)}&limit=20&sort=-date`;
      case 9: return `/clusters?limit=20&offset=${i % 50}`;
      case 10: return `/stories?limit=20&offset=${i % 50}`;
      default: return '/timeline?bucket=month';
    }
  };
}

export interface ApiReport {
  readonly steady: LoadResult;
  readonly duringPost: LoadResult;
  readonly post: { status: number; answerMs: number; jobMs: number; outcome: string };
  readonly probes: { name: string; ok: boolean; detail: string }[];
}

export async function apiLoad(db: string, rate: number, seconds: number, log: (s: string) => void): Promise<ApiReport> {
  const { url, child } = await startServe(db);
  try {
    const list = (await (await fetch(`${url}articles?limit=500`)).json()) as { items: { id: string }[] };
    const ids = list.items.map((a) => a.id);
    const actors = ((await (await fetch(`${url}actors?limit=100`)).json()) as { items: { id: string }[] }).items.map((a) => a.id);
    // warm-up at the full rate, discarded: JIT, SQLite page cache, connection pool
    await load(url, readMix(ids, actors), rate, 5);
    const before = load1();
    const cpu0 = cpuMs(child.pid);
    const steady = await load(url, readMix(ids, actors), rate, seconds);
    const serverCpu = cpuMs(child.pid) - cpu0;
    log(`  load average ${before} → ${load1()}; ${rate} req/s for ${seconds} s: ${steady.done} answered (${steady.rate.toFixed(0)}/s), ${steady.errors} errors, p50 ${steady.p50.toFixed(1)} ms, p99 ${steady.p99.toFixed(1)} ms, max ${steady.max.toFixed(0)} ms, ${(steady.cached * 100).toFixed(0)}% from the response cache; server CPU ${(serverCpu / steady.done).toFixed(2)} ms per request (${((serverCpu / 1000 / seconds) * 100).toFixed(0)}% of a core)`);
    log(`  p99 by route (ms): ${JSON.stringify(steady.byRoute)}`);

    // a ~2 MB article posted while readers keep coming; the window lasts until its job is done
    const para = 'The minister said on Monday that the talks in Geneva would resume next week, officials told reporters. ';
    // unique per run: the same text again would only be found a duplicate
    const text = `Run ${Date.now()}.\n` + (para.repeat(9) + '\n').repeat(Math.floor(1_950_000 / (para.length * 9 + 1)));
    const t0 = performance.now();
    let answerMs = 0;
    let status = 0;
    let outcome = '';
    const posted = (async () => {
      const r = await fetch(`${url}articles`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify({ id: `post-${Date.now()}`, text }) });
      status = r.status;
      answerMs = performance.now() - t0;
      const body = (await r.json()) as { job?: string; ids?: string[] };
      if (!body.job) return void (outcome = JSON.stringify(body).slice(0, 120));
      for (;;) {
        await new Promise((res) => setTimeout(res, 500));
        const j = (await (await fetch(`${url}jobs/${body.job}`)).json()) as { status: string; result?: unknown; error?: { code: string } };
        if (j.status !== 'running') return void (outcome = `${j.status} ${JSON.stringify(j.result ?? j.error).slice(0, 100)}`);
      }
    })();
    const duringPost = await load(url, readMix(ids, actors), Math.min(rate, 200), 0, posted);
    const jobMs = performance.now() - t0;
    log(`  POST of ${(text.length / 1e6).toFixed(2)} MB: answered ${status} in ${answerMs.toFixed(0)} ms, stored after ${(jobMs / 1000).toFixed(1)} s (${outcome})`);
    log(`  load average ${load1()}; reads meanwhile at ${Math.min(rate, 200)} req/s: ${duringPost.done} answered, ${duringPost.errors} errors, p50 ${duringPost.p50.toFixed(1)} ms, p99 ${duringPost.p99.toFixed(1)} ms, max ${duringPost.max.toFixed(0)} ms, ${(duringPost.cached * 100).toFixed(0)}% cached`);

    const probes = await securityProbes(url, db);
    for (const p of probes) log(`  ${p.ok ? 'ok  ' : 'FAIL'} probe: ${p.name} — ${p.detail}`);
    return { steady, duringPost, post: { status, answerMs, jobMs, outcome }, probes };
  } finally {
    child.kill('SIGTERM');
  }
}

/** A POST on a keep-alive socket the server just closed fails once; a fresh attempt is fair. */
async function fetchRetry(input: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(input, init);
  } catch {
    return fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), connection: 'close' } });
  }
}

async function securityProbes(url: string, db: string): Promise<ApiReport['probes']> {
  const out: ApiReport['probes'] = [];
  const probe = async (name: string, f: () => Promise<[boolean, string]>) => {
    try {
      const [ok, detail] = await f();
      out.push({ name, ok, detail });
    } catch (e) {
      const cause = (e as Error & { cause?: { code?: string; message?: string } }).cause;
      out.push({ name, ok: false, detail: `${(e as Error).message}${cause ? ` (${cause.code ?? cause.message})` : ''}` });
    }
  };
  const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
  const { request } = await import('node:http');
  // fetch cannot set Host; a raw request can, as a rebinding page's browser would
  const rawGet = (path: string, host: string) =>
    new Promise<number>((resolve, reject) => {
      const u = new URL(url);
      request({ host: u.hostname, port: u.port, path, headers: { host } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).on('error', reject).end();
    });
  await probe('foreign Host header (DNS rebinding)', async () => {
    const s = await rawGet('/stats', 'attacker.example:80');
    return [s === 421, `status ${s}`];
  });
  await probe('path traversal in /web/', async () => {
    const s = (await fetch(`${url}web/..%2F..%2Fpackage.json`)).status;
    return [s === 404, `status ${s}`];
  });
  for (const v of ['0x10', '1e2', '-1', '9'.repeat(30)]) {
    await probe(`limit=${v.slice(0, 12)}`, async () => {
      const r = await fetch(`${url}articles?limit=${v}`);
      const body = (await r.json()) as { error?: { message: string } };
      return [r.status === 400 && /limit/.test(body.error?.message ?? ''), `status ${r.status}`];
    });
  }
  await probe('POST without token', async () => {
    const s = (await fetch(`${url}articles`, { method: 'POST', body: '{"text":"x"}', headers: { 'content-type': 'application/json' } })).status;
    return [s === 401, `status ${s}`];
  });
  await probe('POST invalid UTF-8', async () => {
    const r = await fetch(`${url}articles`, { method: 'POST', headers: auth, body: Buffer.concat([Buffer.from('{"text":"caf'), Buffer.from([0xe9]), Buffer.from('"}')]) });
    const b = (await r.json()) as { error?: { code: string } };
    return [r.status === 400 && b.error?.code === 'E002', `status ${r.status} ${b.error?.code}`];
  });
  await probe('POST non-string id', async () => {
    const r = await fetch(`${url}articles`, { method: 'POST', headers: auth, body: JSON.stringify({ id: { a: 1 }, text: 'Rebels attacked.' }) });
    const b = (await r.json()) as { error?: { code: string } };
    return [r.status === 400 && b.error?.code === 'E042', `status ${r.status} ${b.error?.code}`];
  });
  await probe('javascript: URL is stored but never a link', async () => {
    const r = await fetchRetry(`${url}articles`, { method: 'POST', headers: auth, body: JSON.stringify({ id: 'js-url', text: 'Rebels attacked the town on Monday.', url: 'javascript:alert(document.cookie)' }) });
    await r.arrayBuffer();
    const a = (await (await fetch(`${url}articles/js-url`)).json()) as { url: string | null };
    return [a.url !== null && safeLinkUrl(a.url) === null, `stored url ${JSON.stringify(a.url)} → link ${safeLinkUrl(a.url)}`];
  });
  await probe('no local path in any response', async () => {
    const dir = db.slice(0, db.lastIndexOf('/'));
    const bodies = await Promise.all(['articles?limit=500', 'ingest-errors?limit=500', 'stats'].map(async (p) => (await fetch(url + p)).text()));
    const leaks = bodies.filter((b) => b.includes(dir) || /"source":"\//.test(b)).length;
    return [leaks === 0, `${leaks} responses with a path`];
  });
  await probe('FTS/SQL-looking search', async () => {
    const s = (await fetch(`${url}articles/search?q=${encodeURIComponent('" OR 1=1; DROP TABLE articles; --')}`)).status;
    return [s === 200 || s === 400, `status ${s}`];
  });
  await probe('web app served with a CSP', async () => {
    const r = await fetch(url);
    await r.arrayBuffer();
    const csp = r.headers.get('content-security-policy') ?? '';
    return [/script-src 'self'/.test(csp), csp ? 'present' : 'missing'];
  });
  // last: a 413 closes its connection, which a pooled client may try to reuse
  await probe('POST over the body limit', async () => {
    const r = await fetch(`${url}articles`, { method: 'POST', headers: auth, body: JSON.stringify({ text: 'x'.repeat(2_100_000) }) });
    return [r.status === 413, `status ${r.status}`];
  });
  return out;
}
