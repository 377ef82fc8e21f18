// Lines of a file or of standard input, read in fixed-size chunks so that memory stays bounded on a
// 1 GB JSONL: only the current line is held. A line longer than maxLineBytes is skipped (reported,
// not buffered). Synchronous so that readInputs stays a plain generator for every caller.
import { closeSync, openSync, readSync } from 'node:fs';

export interface Line {
  /** 1-based line number */
  readonly n: number;
  /** the line's bytes without the newline, or null when it exceeded the limit */
  readonly bytes: Buffer | null;
  readonly length: number;
}

const CHUNK = 1 << 20;

function readChunk(fd: number, buf: Buffer): number {
  for (;;) {
    try {
      return readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        // a non-blocking stdin with nothing yet: wait a little without spinning
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if (code === 'EOF') return 0;
      throw e;
    }
  }
}

/** Lines of an open descriptor; `first` receives the first chunk (for encoding sniffing). */
export function* readLines(fd: number, maxLineBytes: number, first?: (chunk: Buffer) => void): Generator<Line> {
  const buf = Buffer.allocUnsafe(CHUNK);
  let parts: Buffer[] = [];
  let size = 0;
  let over = false;
  let n = 0;
  let isFirst = true;
  for (;;) {
    const got = readChunk(fd, buf);
    if (got === 0) break;
    const chunk = buf.subarray(0, got);
    if (isFirst) {
      first?.(chunk);
      isFirst = false;
    }
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, from);
      const piece = chunk.subarray(from, nl < 0 ? got : nl);
      if (!over) {
        if (size + piece.length > maxLineBytes) {
          over = true;
          parts = [];
        } else parts.push(Buffer.from(piece));
      }
      size += piece.length;
      if (nl < 0) break;
      n++;
      yield { n, bytes: over ? null : Buffer.concat(parts, size), length: size };
      parts = [];
      size = 0;
      over = false;
      from = nl + 1;
    }
  }
  if (size > 0 || parts.length) {
    n++;
    yield { n, bytes: over ? null : Buffer.concat(parts, size), length: size };
  }
}

export function* readFileLines(path: string, maxLineBytes: number, first?: (chunk: Buffer) => void): Generator<Line> {
  const fd = openSync(path, 'r');
  try {
    yield* readLines(fd, maxLineBytes, first);
  } finally {
    closeSync(fd);
  }
}
