// `newsgraph demo` (what `npm start` runs): ingest the bundled corpus — the 295 Wikinews articles
// of 2019-2020 in data/demo/ (CC BY 2.5, attribution per row) and the fictional samples/ — into
// ./newsgraph.db (or --db) on the worker threads, then serve the web app and print its URL.
// Nothing is precomputed: a rerun skips what is stored, so the second start is instant.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { isNewsgraphError } from '../../core/errors.js';
import { repoRoot } from '../../core/paths.js';
import { formatSummary, ingestPaths } from './ingest.js';
import { startServer } from './serve.js';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('ingest the bundled demo corpus (Wikinews 2019-2020 + fictional samples), then serve the web app')
    .option('--db <path>', 'SQLite database file', './newsgraph.db')
    .option('--port <n>', 'port (0 = any free port)', '8080')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .action(async (opts: { db: string; port: string; host: string }) => {
      try {
        const { summary, counts, failures } = await ingestPaths([resolve(repoRoot, 'data', 'demo'), resolve(repoRoot, 'samples')], { db: opts.db });
        process.stdout.write(formatSummary(summary, counts, resolve(opts.db)) + '\n');
        for (const f of failures) process.stderr.write(`failed: ${f.source}: ${f.message}\n`);
        // the default port may be taken (another demo, another service): then any free port will do
        const server = await startServer({ db: opts.db, port: opts.port, host: opts.host }).catch((e) => {
          if (opts.port !== '8080') throw e;
          return startServer({ db: opts.db, port: '0', host: opts.host });
        });
        const { url, close } = server;
        process.stdout.write(`\nnewsgraph demo: open ${url} in a browser (Ctrl-C to stop)\n`);
        const stop = () => void close().then(() => process.exit(0));
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      } catch (e) {
        process.stderr.write(`newsgraph demo: ${isNewsgraphError(e) ? e.message : (e as Error).stack ?? String(e)}\n`);
        process.exitCode = 1;
      }
    });
}
