// The extract command as a user runs it: exit codes, one-line errors naming the input, JSON Lines.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'newsgraph.js');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, timeout: 120_000 });

describe('newsgraph extract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-cli-'));
  writeFileSync(join(dir, 'a.txt'), 'The minister said on Monday that talks would resume.\n');
  writeFileSync(join(dir, 'b.txt'), '"We are ready," she told reporters.\n');

  it('prints one contract object per article, as JSON Lines', () => {
    const r = run(['extract', join(dir, 'a.txt'), join(dir, 'b.txt'), '--published', '2025-03-07']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ schema: 'newsgraph/1', published: '2025-03-07', text: 'The minister said on Monday that talks would resume.\n' });
    expect(lines[0].id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('goes on past a missing file, names it and summarises the failures', () => {
    const r = run(['extract', join(dir, 'nope.txt'), join(dir, 'a.txt')]);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`E001 input not found: ${join(dir, 'nope.txt')}`);
    expect(r.stderr).toMatch(/1 article\(s\) done, 1 failed \(E001 ×1\)/);
  });

  it('rejects an invalid --published before reading anything', () => {
    const r = run(['extract', join(dir, 'a.txt'), '--published', '2025-13-01']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('"2025-13-01"');
  });

  it('reads JSONL from standard input with -', () => {
    const r = run(['extract', '-'], '{"id":"s1","text":"Rebels attacked the town.","published":"2025-01-02"}\n');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 's1', published: '2025-01-02' });
  });

  it('refuses an unknown --format with a clear message', () => {
    const r = run(['extract', join(dir, 'a.txt'), '--format', 'xml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--format expects one of json, gdelt, plover, found "xml"/);
  });
});
