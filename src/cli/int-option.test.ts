// One reader of whole-number options for every command: decimal digits only, at least the minimum.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPaths } from './commands/ingest.js';
import { intOption } from './int-option.js';

describe('intOption', () => {
  it('reads decimal digits, gives the default (or undefined) when the option is absent', () => {
    expect(intOption('12', 'workers', 1)).toBe(12);
    expect(intOption('0', 'timeout-ms', 0, 60_000)).toBe(0);
    expect(intOption(undefined, 'timeout-ms', 0, 60_000)).toBe(60_000);
    expect(intOption(undefined, 'workers', 1)).toBeUndefined();
  });

  it('refuses what Number() would take, and values under the minimum (E042 naming the option)', () => {
    for (const v of ['0x10', '1e2', '10.0', ' 5', '', '-1']) expect(() => intOption(v, 'batch-size', 0)).toThrow(`E042 invalid request: --batch-size expects a whole number >= 0, found "${v}"`);
    expect(() => intOption('0', 'workers', 1)).toThrow(/--workers expects a whole number >= 1, found "0"/);
  });

  it('is what ingest reads its options with (it took "0x2" workers before)', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'ng-intopt-')), 'news.db');
    await expect(ingestPaths([], { db, workers: '0x2', progress: false })).rejects.toThrow(/E042 .*--workers expects a whole number >= 1, found "0x2"/);
    expect(existsSync(db)).toBe(false);
  });
});
