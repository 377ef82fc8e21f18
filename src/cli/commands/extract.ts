// `newsgraph extract [paths…]`: articles in, contract JSON out — one object for one article,
// JSON Lines for several. A bad article is reported on stderr as one line naming it and skipped;
// the others are still processed and the failures are summarised at the end (exit code 1).
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { isNewsgraphError, NewsgraphError } from '../../core/errors.js';
import { analyze } from '../../index.js';
import { readInputs } from '../../io/read-inputs.js';
import { validatePublishedOption } from '../../io/published.js';
import { formatters, type OutputFormat } from '../formats.js';

interface ExtractOptions {
  published?: string;
  format: string;
  pretty?: boolean;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract entities, quotes, time expressions and events; print contract JSON')
    .argument('[paths...]', 'files or directories (.txt .html .json .jsonl .csv, RSS/Atom), or - for JSONL on stdin', ['-'])
    .option('--published <date>', 'publication date for inputs that carry none (YYYY-MM-DD)')
    .option('--format <format>', `output format: ${Object.keys(formatters).join(', ')}`, 'json')
    .option('--pretty', 'indent JSON output')
    .action((paths: string[], opts: ExtractOptions) => {
      process.exitCode = runExtract(paths, opts);
    });
}

export function runExtract(paths: string[], opts: ExtractOptions): number {
  const err = (line: string) => process.stderr.write(line + '\n');
  let published: string | undefined;
  try {
    if (opts.published !== undefined) published = validatePublishedOption(opts.published);
    if (!(opts.format in formatters)) {
      throw new NewsgraphError('E042', `--format expects one of ${Object.keys(formatters).join(', ')}, found "${opts.format}"`);
    }
  } catch (e) {
    err(`newsgraph extract: ${(e as Error).message}`);
    return 2;
  }
  const format = formatters[opts.format as OutputFormat];
  const stdin = paths.includes('-') ? readFileSync(0, 'utf8') : undefined;
  let ok = 0;
  const failures: { source: string; code: string }[] = [];
  let first = true;
  for (const item of readInputs(paths, { ...(published ? { published } : {}), ...(stdin !== undefined ? { stdin } : {}) })) {
    if (!item.ok) {
      failures.push({ source: item.source, code: item.error.code });
      err(`newsgraph extract: ${item.error.message}`);
      continue;
    }
    const a = item.article;
    try {
      const doc = analyze(a.text, { ...(a.id ? { id: a.id } : {}), title: a.title, url: a.url, published: a.published, source: a.source, byline: a.byline ?? null });
      const out = format(doc, { pretty: !!opts.pretty, first });
      if (out) process.stdout.write(out);
      first = false;
      ok++;
    } catch (e) {
      const code = isNewsgraphError(e) ? e.code : 'E999';
      failures.push({ source: a.source, code });
      err(`newsgraph extract: ${a.source}: ${isNewsgraphError(e) ? e.message : `internal error: ${(e as Error).stack ?? e}`}`);
    }
  }
  if (failures.length) {
    const byCode = new Map<string, number>();
    for (const f of failures) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
    err(`newsgraph extract: ${ok} article(s) done, ${failures.length} failed (${[...byCode].map(([c, n]) => `${c} ×${n}`).join(', ')})`);
    return 1;
  }
  if (ok === 0) {
    err('newsgraph extract: no articles found in the given inputs');
    return 1;
  }
  return 0;
}
