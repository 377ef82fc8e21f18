// PLACEHOLDER: `newsgraph serve` is not built yet.
import type { Command } from 'commander';

export function registerServe(program: Command): void {
  program.command('serve').description('(not built yet)').action(() => {
    process.stderr.write('newsgraph serve: not built yet\n');
    process.exitCode = 2;
  });
}
