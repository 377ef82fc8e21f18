// `newsgraph extract [paths…]`: articles in, contract JSON out (JSON Lines for several).
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { analyze } from '../../index.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract entities, quotes, time expressions and events; print contract JSON')
    .argument('[paths...]', 'files or directories (.txt, .html, .json, .jsonl), or - for JSONL on stdin')
    .option('--published <date>', 'publication date where the input has none (YYYY-MM-DD)')
    .action((paths: string[], opts: { published?: string }) => {
      for (const p of paths) {
        const text = readFileSync(p, 'utf8');
        process.stdout.write(JSON.stringify(analyze(text, { published: opts.published ?? null, source: p })) + '\n');
      }
    });
}
