// `newsgraph serve`: the HTTP API and the web app over a SQLite or PostgreSQL (--db postgres://…) database. Read-only unless a token
// is given (--token or NEWSGRAPH_TOKEN); then POST /articles accepts articles with that Bearer token.
import { existsSync } from 'node:fs';
import { hostname, networkInterfaces } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { serve } from '@hono/node-server';
import { isNewsgraphError, NewsgraphError } from '../../core/errors.js';
import { createApp, LOCAL_HOSTS } from '../../server/app.js';
import { intOption } from '../int-option.js';
import { describeDb, isPostgresUrl, openStore } from '../../store/open.js';

export interface ServeOptions {
  db: string;
  port: string;
  host: string;
  token?: string;
  maxBody?: string;
  /** extra Host names to serve (a proxy's public name), comma-separated */
  allowHost?: string;
  workers?: string;
  timeoutMs?: string;
  /** create the SQLite file when it does not exist (otherwise serve refuses it) */
  create?: boolean;
}

/**
 * The Host names a browser may use to reach us: localhost and the bound address; on a wildcard
 * address also this machine's interface addresses and name; plus any --allow-host.
 */
export function allowedHostsFor(bound: string, extra: string | undefined): string[] {
  const hosts = [...LOCAL_HOSTS, bound];
  if (bound === '0.0.0.0' || bound === '::') {
    hosts.push(hostname());
    for (const addrs of Object.values(networkInterfaces())) for (const a of addrs ?? []) hosts.push(a.address);
  }
  for (const h of (extra ?? '').split(',')) if (h.trim()) hosts.push(h.trim());
  return hosts;
}

/** Starts the server; resolves with the URL once it listens. */
export async function startServer(opts: ServeOptions): Promise<{ url: string; close: () => Promise<void> }> {
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new NewsgraphError('E042', `--port expects 0-65535, found "${opts.port}"`);
  const maxBody = opts.maxBody ? Number(opts.maxBody) : undefined;
  if (maxBody !== undefined && !(Number.isInteger(maxBody) && maxBody > 0)) throw new NewsgraphError('E042', `--max-body expects a positive integer, found "${opts.maxBody}"`);
  const token = opts.token ?? process.env.NEWSGRAPH_TOKEN ?? undefined;
  if (token !== undefined && token.length < 8) throw new NewsgraphError('E042', 'the token must be at least 8 characters');
  const store = await openStore(opts.db);
  const app = createApp({
    store,
    token,
    ...(maxBody ? { maxBodyBytes: maxBody } : {}),
    allowedHosts: allowedHostsFor(opts.host, opts.allowHost),
    // on SQLite the extraction workers write posted articles themselves (no write on the request thread)
    ...(isPostgresUrl(opts.db) ? {} : { sqlitePath: resolve(opts.db) }),
    workers: intOption(opts.workers, 'workers', 1, 1),
    timeoutMs: intOption(opts.timeoutMs, 'timeout-ms', 1, 60_000),
  });
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: opts.host }, (info) => {
      const host = opts.host === '0.0.0.0' || opts.host === '::' ? 'localhost' : opts.host;
      resolvePromise({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${info.port}/`,
        close: () =>
          new Promise<void>((r) => {
            server.close(() => void app.close().then(() => store.close()).then(() => r()));
          }),
      });
    });
    server.on('error', (e) => reject(new NewsgraphError('E042', `cannot listen on ${opts.host}:${port}: ${e.message}`)));
  });
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (GET /openapi.json) and the web app over a newsgraph database')
    .addOption(new Option('--db <path|url>', 'SQLite database file, or postgres://user@host/db').env('NEWSGRAPH_DB').default('./newsgraph.db'))
    .option('--port <n>', 'port (0 = any free port)', '8080')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--token <token>', 'enable POST /articles for this Bearer token (or set NEWSGRAPH_TOKEN)')
    .option('--max-body <bytes>', 'largest request body accepted (default 2000000)')
    .option('--allow-host <names>', 'more Host names to answer (comma-separated), e.g. a reverse proxy\'s public name')
    .option('--workers <n>', 'extraction worker threads for POST /articles (default 1)')
    .option('--timeout-ms <n>', 'time budget per posted article (default 60000)')
    .option('--create', 'create the SQLite database file if it does not exist')
    .action(async (opts: ServeOptions) => {
      try {
        // a typo in --db must not quietly serve a new, empty database
        if (!isPostgresUrl(opts.db) && !existsSync(resolve(opts.db))) {
          if (!opts.create) {
            throw new NewsgraphError('E042', `database file ${opts.db} does not exist (give --create to start a new, empty one; newsgraph ingest … --db ${opts.db} fills one)`);
          }
          process.stderr.write(`newsgraph serve: creating an empty database at ${opts.db}\n`);
        }
        const { url, close } = await startServer(opts);
        // NEWSGRAPH_LOOP_STATS=1: the request thread's worst event-loop delay each second, on stderr
        // (the reliability suite tells a blocked thread from a starved machine with it)
        if (process.env.NEWSGRAPH_LOOP_STATS) {
          const h = monitorEventLoopDelay({ resolution: 10 });
          h.enable();
          setInterval(() => {
            process.stderr.write(`loop-delay max ${(h.max / 1e6).toFixed(0)} ms p99 ${(h.percentile(99) / 1e6).toFixed(0)} ms\n`);
            h.reset();
          }, 1000).unref();
        }
        process.stdout.write(`newsgraph serving ${describeDb(opts.db)} at ${url} (API: ${url}openapi.json)${opts.token ?? process.env.NEWSGRAPH_TOKEN ? ', POST /articles enabled' : ', read-only'}\n`);
        const stop = () => void close().then(() => process.exit(0));
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      } catch (e) {
        process.stderr.write(`newsgraph serve: ${isNewsgraphError(e) ? e.message : (e as Error).stack ?? String(e)}\n`);
        process.exitCode = 1;
      }
    });
}
