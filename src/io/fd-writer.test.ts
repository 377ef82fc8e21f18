// extract's standard output written to the descriptor: every byte in order, partial writes resumed,
// a full non-blocking descriptor handed to node's stream, a closed reader reported as a stream would.
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { FdWriter } from './fd-writer.js';

const errno = (code: string) => Object.assign(new Error(code), { code });
const noStream = () => {
  throw new Error('node stream not expected');
};

describe('FdWriter', () => {
  it('writes every chunk to the descriptor in order', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ng-fd-')), 'out.json');
    const fd = openSync(path, 'w');
    const w = new FdWriter(fd, noStream);
    expect(w.write('{"a":"é"}\n')).toBe(true);
    expect(w.write('{"b":"“x”"}\n')).toBe(true);
    closeSync(fd);
    expect(readFileSync(path, 'utf8')).toBe('{"a":"é"}\n{"b":"“x”"}\n');
  });

  it('resumes a partial write where it stopped', () => {
    const got: number[] = [];
    const w = new FdWriter(1, noStream, (_fd, bytes, offset, length) => {
      const n = Math.min(3, length);
      got.push(...bytes.subarray(offset, offset + n));
      return n;
    });
    expect(w.write('hello, world')).toBe(true);
    expect(Buffer.from(got).toString()).toBe('hello, world');
  });

  it('hands the rest to node stream when the descriptor is full, and passes its events on', () => {
    let calls = 0;
    let streamed = '';
    const stream = new Writable({ highWaterMark: 4, write: (chunk, _e, done) => ((streamed += String(chunk)), setImmediate(done)) });
    const w = new FdWriter(1, () => stream, (_fd, _bytes, _offset, length) => {
      if (++calls > 1) throw errno('EAGAIN');
      return length - 5; // all but the last five bytes, then the descriptor is full
    });
    expect(w.write('0123456789')).toBe(false); // the stream's buffer is over its mark
    expect(w.write('abc')).toBe(false);
    expect(calls).toBe(2);
    return new Promise<void>((resolve) => w.on('drain', () => {
      expect(streamed).toBe('56789abc');
      resolve();
    }));
  });

  it('reports a closed reader as error and close on the next tick, then drops what follows', async () => {
    let calls = 0;
    const w = new FdWriter(1, noStream, () => {
      calls++;
      throw errno('EPIPE');
    });
    const events: string[] = [];
    w.on('error', (e: Error) => events.push(`error ${e.message}`));
    w.on('close', () => events.push('close'));
    expect(w.write('x')).toBe(false);
    expect(events).toEqual([]);
    await new Promise((r) => process.nextTick(r));
    expect(events).toEqual(['error EPIPE', 'close']);
    expect(w.write('y')).toBe(true);
    expect(calls).toBe(1);
  });

  it('discards the output of a closed descriptor without an error', () => {
    const w = new FdWriter(1, noStream, () => {
      throw errno('EBADF');
    });
    const events: string[] = [];
    w.on('error', () => events.push('error'));
    expect(w.write('x')).toBe(true);
    expect(w.write('y')).toBe(true);
    expect(events).toEqual([]);
  });
});
