// bin/code-cache.js: extract's CommonJS file runs with a V8 code cache made after a run, one per
// node version and flag set, ignored once the file it was made from changed (V8 itself checks only
// the source length), and never written by a run that changed V8 flags.
import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module of the bin, no declarations
import { codeCachePath, requireWithCodeCache } from '../../bin/code-cache.js';

interface Loaded {
  exports: { answer: (n: number) => number; dirname: string };
  usedCache: boolean;
  save(flagsChanged?: boolean): boolean;
}
const load = requireWithCodeCache as (file: string) => Loaded;

function moduleFile(body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ng-code-cache-'));
  const file = join(dir, 'm.cjs');
  writeFileSync(file, body);
  return file;
}

const source = (k: number) => `"use strict";\nconst path = require("node:path");\nmodule.exports = { answer: (n) => n * ${k}, dirname: path.basename(__dirname) };\n`;

describe('requireWithCodeCache', () => {
  it('runs the file as CommonJS, writes its cache after the run, and uses it the next time', () => {
    const file = moduleFile(source(6));
    const first = load(file);
    expect(first.exports.answer(7)).toBe(42);
    expect(first.exports.dirname).toMatch(/^ng-code-cache-/);
    expect(first.usedCache).toBe(false);
    expect(first.save()).toBe(true);
    expect(readFileSync(codeCachePath(file)).length).toBeGreaterThan(20);
    const second = load(file);
    expect(second.exports.answer(7)).toBe(42);
    expect(second.usedCache).toBe(true);
    expect(second.save()).toBe(false); // nothing to rewrite
  });

  it('ignores the cache of a file that changed since, even at the same length', () => {
    const file = moduleFile(source(6));
    load(file).save();
    writeFileSync(file, source(7)); // same length, other code
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const after = load(file);
    expect(after.usedCache).toBe(false);
    expect(after.exports.answer(7)).toBe(49);
  });

  it('writes no cache for a run that changed V8 flags', () => {
    const file = moduleFile(source(3));
    expect(load(file).save(true)).toBe(false);
    expect(readdirSync(join(file, '..')).filter((f) => f.endsWith('.cache'))).toEqual([]);
  });
});
