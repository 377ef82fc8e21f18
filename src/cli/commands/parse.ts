// PLACEHOLDER: `newsgraph parse` is not built yet.
import type { Command } from 'commander';

export function registerParse(program: Command): void {
  program.command('parse').description('(not built yet)').action(() => {
    process.stderr.write('newsgraph parse: not built yet\n');
    process.exitCode = 2;
  });
}
