// The CLI says what went wrong (issue 17): ingest names each failed input with its error and exits
// 1 when any failed; serve refuses a database file that does not exist unless --create; --version;
// `pipeline` without --explain lists the stages briefly.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/core/paths.js';

const bin = join(repoRoot, 'bin', 'newsgraph.js');
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 120_000 });

describe('CLI honesty', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-honest-'));

  it('ingest names every failed input with its error and exits 1; the good ones are stored', () => {
    writeFileSync(join(dir, 'good.json'), JSON.stringify({ text: 'Norland met Vestria on Monday.', published: '2025-03-03' }));
    writeFileSync(join(dir, 'bad.json'), '{ not json');
    writeFileSync(join(dir, 'empty.txt'), '');
    const db = join(dir, 'i.db');
    const r = run(['ingest', join(dir, 'good.json'), join(dir, 'bad.json'), join(dir, 'empty.txt'), join(dir, 'missing.txt'), '--db', db, '--no-progress', '--workers', '1', '--extractor', join(repoRoot, 'test', 'store', 'fixture-extractor.ts')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/1 new/);
    const failed = r.stderr.split('\n').filter((l) => l.startsWith('failed: '));
    expect(failed).toHaveLength(3);
    expect(r.stderr).toContain(`failed: ${join(dir, 'bad.json')}: E005`);
    expect(r.stderr).toContain(`failed: ${join(dir, 'empty.txt')}: E003`);
    expect(r.stderr).toContain(`failed: ${join(dir, 'missing.txt')}: E001`);
    expect(r.stderr).toContain('3 inputs failed');
  });

  it('ingest exits 0 when nothing failed', () => {
    const r = run(['ingest', join(dir, 'good.json'), '--db', join(dir, 'ok.db'), '--no-progress', '--workers', '1', '--extractor', join(repoRoot, 'test', 'store', 'fixture-extractor.ts')]);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain('failed:');
  });

  it('serve refuses a database file that does not exist, and creates none', () => {
    const db = join(dir, 'typo.db');
    const r = run(['serve', '--db', db, '--port', '0']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('does not exist');
    expect(r.stderr).toContain('--create');
    expect(existsSync(db)).toBe(false);
  });

  it('--version prints the package version', () => {
    const r = run(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version);
  });

  it('pipeline lists the stages briefly; --explain adds their layers', () => {
    const brief = run(['pipeline']);
    expect(brief.status).toBe(0);
    expect(brief.stdout).toMatch(/^1\. segment\n2\. syntax\n/);
    expect(brief.stdout).not.toContain('tokens');
    const full = run(['pipeline', '--explain']);
    expect(full.stdout).toContain('tokens');
  });
});
