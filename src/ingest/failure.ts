// What a failed extraction reports, one definition for a worker thread (worker.ts) and for extract's
// own thread (src/cli/commands/extract.ts): a coded error as it is; anything else E050 with its
// message and where it was thrown (the first frame of its stack), so that a recorded failure can be
// traced to a stage and still fits one line.
import { isNewsgraphError } from '../core/errors.js';

export function failureOf(e: unknown): { readonly code: string; readonly message: string } {
  if (isNewsgraphError(e)) return { code: e.code, message: e.message };
  const where = e instanceof Error ? /\n\s+at [^\n]*?\(?([^\s()]+:\d+:\d+)\)?/.exec(e.stack ?? '')?.[1] : undefined;
  return { code: 'E050', message: (e instanceof Error ? e.message : String(e)) + (where ? ` (at ${where.replace(/^file:\/\//, '')})` : '') };
}
