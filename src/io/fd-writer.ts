// Standard output for `newsgraph extract`, written with fs.writeSync on the descriptor instead of
// through process.stdout. The first use of process.stdout builds node's stream for the descriptor:
// for a pipe (how a caller reads the output) a net.Socket, which loads node's stream and net modules
// — ~13 ms of CPU in a cold extract of one article that spends ~0.55 s in all (2026-12-07; a TTY
// loads the same, a file ~3 ms). A blocking write is what node does for a pipe on Linux as well
// (it tries the write at once), and the caller's back-pressure still holds: a write returns when the
// reader took the bytes.
// The descriptor is as the parent left it. If it is non-blocking and full (EAGAIN), the rest of the
// output goes through process.stdout, which waits for the reader. A closed reader (EPIPE, or any
// other write error) is reported as node's stream reports it: 'error' and 'close', on the next tick;
// later writes are dropped. A closed descriptor (EBADF) discards the output, as node's stream does.
// Only for a process that writes its standard output nowhere else first (bytes node's stream still
// held would come after these).
import { EventEmitter } from 'node:events';
import { writeSync } from 'node:fs';
import type { Writable } from 'node:stream';

/** What extract needs of its output: process.stdout, a Writable, or an FdWriter. */
export interface OutputStream {
  write(chunk: string): boolean;
  on(event: 'error' | 'close' | 'drain', listener: () => void): unknown;
  off(event: 'error' | 'close' | 'drain', listener: () => void): unknown;
}

export class FdWriter extends EventEmitter implements OutputStream {
  /** node's stream, once a write found the descriptor full */
  private stream: Writable | null = null;
  private failed = false;

  /** fd: the descriptor; makeStream: node's stream for it (made only when needed); write: fs.writeSync (tests give others) */
  constructor(
    private readonly fd: number,
    private readonly makeStream: () => Writable,
    private readonly writeBytes: (fd: number, bytes: Buffer, offset: number, length: number) => number = writeSync,
  ) {
    super();
  }

  write(chunk: string): boolean {
    if (this.stream) return this.stream.write(chunk);
    if (this.failed) return true;
    const bytes = Buffer.from(chunk, 'utf8');
    let done = 0;
    try {
      while (done < bytes.length) done += this.writeBytes(this.fd, bytes, done, bytes.length - done);
      return true;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') return this.handOver(bytes.subarray(done));
      this.failed = true;
      if (code === 'EBADF') return true;
      process.nextTick(() => {
        this.emit('error', e);
        this.emit('close');
      });
      return false;
    }
  }

  /** the rest of the output through node's stream, its events passed on as this writer's */
  private handOver(rest: Buffer): boolean {
    const stream = this.makeStream();
    this.stream = stream;
    for (const event of ['error', 'close', 'drain'] as const) stream.on(event, (...args: unknown[]) => this.emit(event, ...args));
    return stream.write(rest);
  }
}

/** Standard output as an FdWriter (process.stdout only when the descriptor cannot take a write at once). */
export const stdoutWriter = (): FdWriter => new FdWriter(1, () => process.stdout);
