import type { Command } from 'commander';
import { defaultPipeline } from '../../pipeline/default.js';

export function registerPipeline(program: Command): void {
  program
    .command('pipeline')
    .description('show the pipeline stages')
    .option('--explain', 'print each stage with the layers it requires, uses, assigns and modifies')
    .action((opts: { explain?: boolean }) => {
      const pipeline = defaultPipeline();
      if (opts.explain) return void process.stdout.write(pipeline.explain() + '\n');
      // brief: one stage a line; --explain adds the layer declarations
      const names = pipeline.stages.map((st) => st.name);
      process.stdout.write(names.map((n, i) => `${i + 1}. ${n}`).join('\n') + '\n(newsgraph pipeline --explain: the layers each stage requires, uses, assigns and modifies)\n');
    });
}
