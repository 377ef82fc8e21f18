// The newsgraph command. The CLI is the only code that prints; each command lives in its own
// module under commands/ and registers itself on the program. Command modules are loaded lazily:
// `extract` must not pay for the HTTP server, the queue or the stores (their module graphs cost
// more start-up time than extracting a short article), so when the first argument names a command
// only that command's module is imported; help, or an unknown command, loads them all.
import type { Command } from 'commander';
import { newsgraphProgram } from './program.js';
import { applyHeapPolicy } from '../pipeline/heap-policy.js';

// The heap policy pays over many documents; while the models load it only adds major collections
// (+50 ms on the seed article's cold start), so `extract` applies it once a second article comes.
if (process.argv[2] !== 'extract') applyHeapPolicy();

type Register = (program: Command) => void;

const COMMANDS: Record<string, () => Promise<Register>> = {
  extract: async () => (await import('./commands/extract.js')).registerExtract,
  parse: async () => (await import('./commands/parse.js')).registerParse,
  pipeline: async () => (await import('./commands/pipeline.js')).registerPipeline,
  ingest: async () => (await import('./commands/ingest.js')).registerIngest,
  serve: async () => (await import('./commands/serve.js')).registerServe,
  worker: async () => (await import('./commands/worker.js')).registerWorker,
  status: async () => (await import('./commands/status.js')).registerStatus,
  demo: async () => (await import('./commands/demo.js')).registerDemo,
};

const program = newsgraphProgram();

const named = process.argv[2];
const wanted = named !== undefined && Object.hasOwn(COMMANDS, named) ? [named] : Object.keys(COMMANDS);
for (const register of await Promise.all(wanted.map((name) => COMMANDS[name]!()))) register(program);

await program.parseAsync(process.argv);
