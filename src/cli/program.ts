// The newsgraph program as every entry point presents it: name, description, version, help on
// errors. main.ts registers the commands on it; extract-main.ts (the CommonJS extract CLI) registers extract alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { repoRoot } from '../core/paths.js';

export function newsgraphProgram(): Command {
  return new Command()
    .name('newsgraph')
    .description('Reads news and records who said what, and who did what to whom, when and where.')
    .version((JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version, '-V, --version', 'print the version')
    .showHelpAfterError();
}
