// `extract --resume FILE`: the ids of the documents an earlier run already wrote to FILE (its JSON Lines
// output), so that a run stopped part-way — killed, or ended by an article that exhausted the heap of
// an in-thread batch, which no code in that process can catch — goes on where it stopped with its
// output appended to the same file. Each line is one contract document whose `id` is the input's id,
// else its content id (src/io/content-id.ts): the same id the rerun computes for the same input.
// The file is read in chunks (an output can be far larger than what a string may hold); only the ids
// are kept. A line that is not a newsgraph document (another format, a cut-off line) stops the run
// before anything is appended after it (E005 naming the line).
import { closeSync, openSync, readSync } from 'node:fs';
import { NewsgraphError } from '../core/errors.js';

// the writer's key order (src/io/write-json.ts: schema, then id) read without parsing the whole document
const HEAD = /^\{"schema":"newsgraph\/[^"]*","id":("(?:[^"\\]|\\.)*")/;

/** The id of one output line, or null when the line is not a newsgraph document. */
export function documentId(line: string): string | null {
  const m = HEAD.exec(line);
  if (m) return JSON.parse(m[1]!) as string;
  try {
    const doc = JSON.parse(line) as { schema?: unknown; id?: unknown } | null;
    return doc && typeof doc.schema === 'string' && doc.schema.startsWith('newsgraph/') && typeof doc.id === 'string' ? doc.id : null;
  } catch {
    return null;
  }
}

/** The ids of the documents in an earlier run's JSON Lines output (E001 when it is missing, E005 for a bad line). */
export function writtenIds(file: string): Set<string> {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    throw new NewsgraphError('E001', `--resume ${file}: no such file (the output of the earlier run)`, file);
  }
  const ids = new Set<string>();
  const buf = Buffer.alloc(1 << 20);
  let rest = '';
  let lineNo = 0;
  const take = (line: string) => {
    lineNo++;
    if (line.trim() === '') return;
    const id = documentId(line);
    if (id === null) throw new NewsgraphError('E005', `--resume ${file}:${lineNo}: not a newsgraph document (--resume reads the JSON Lines output of an earlier extract; a cut-off last line must be removed first)`, file);
    ids.add(id);
  };
  try {
    const decoder = new TextDecoder('utf-8');
    for (let n = readSync(fd, buf, 0, buf.length, null); n > 0; n = readSync(fd, buf, 0, buf.length, null)) {
      const lines = (rest + decoder.decode(buf.subarray(0, n), { stream: true })).split('\n');
      rest = lines.pop()!;
      for (const line of lines) take(line);
    }
    rest += decoder.decode();
    // every document is written with its line end in one write: a last line without one was cut off
    if (rest !== '') throw new NewsgraphError('E005', `--resume ${file}:${lineNo + 1}: the last line is cut off (no line end); remove it first`, file);
  } finally {
    closeSync(fd);
  }
  return ids;
}
