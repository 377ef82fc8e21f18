// The newsgraph command. The CLI is the only code that prints; each command lives in its own
// module under commands/ and registers itself on the program.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { repoRoot } from '../core/paths.js';
import { registerExtract } from './commands/extract.js';
import { registerPipeline } from './commands/pipeline.js';
import { registerParse } from './commands/parse.js';
import { registerIngest } from './commands/ingest.js';
import { registerServe } from './commands/serve.js';
import { registerWorker } from './commands/worker.js';
import { registerStatus } from './commands/status.js';
import { registerDemo } from './commands/demo.js';

const program = new Command();
program
  .name('newsgraph')
  .description('Reads news and records who said what, and who did what to whom, when and where.')
  .version((JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version, '-V, --version', 'print the version')
  .showHelpAfterError();

registerExtract(program);
registerParse(program);
registerPipeline(program);
registerIngest(program);
registerServe(program);
registerWorker(program);
registerStatus(program);
registerDemo(program);

await program.parseAsync(process.argv);
