import type { Command } from 'commander';
import { defaultPipeline } from '../../pipeline/default.js';

export function registerPipeline(program: Command): void {
  program
    .command('pipeline')
    .description('show the pipeline stages')
    .option('--explain', 'print each stage with the layers it requires, uses, assigns and modifies')
    .action(() => {
      process.stdout.write(defaultPipeline().explain() + '\n');
    });
}
