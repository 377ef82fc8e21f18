// The newsgraph command. The only code that prints.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { analyze, defaultPipeline } from '../index.js';

const program = new Command();
program.name('newsgraph').description('who said what, and who did what to whom, when and where');

program
  .command('extract')
  .argument('[paths...]')
  .option('--published <date>', 'publication date where the input has none (YYYY-MM-DD)')
  .action((paths: string[], opts: { published?: string }) => {
    for (const p of paths) {
      const text = readFileSync(p, 'utf8');
      process.stdout.write(JSON.stringify(analyze(text, { published: opts.published ?? null, source: p })) + '\n');
    }
  });

program
  .command('pipeline')
  .option('--explain', 'print the stages with what they require and assign')
  .action(() => {
    process.stdout.write(defaultPipeline().explain() + '\n');
  });

await program.parseAsync(process.argv);
