// bin/newsgraph.js runs `extract` from its own CommonJS file (dist/bundle/extract-cli.cjs, after
// `npm run build`): the same output, errors and exit codes as the ES-module bundle's full program.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/core/paths.js';

const bin = join(repoRoot, 'bin', 'newsgraph.js');
const esm = join(repoRoot, 'dist', 'bundle', 'main.js');
const built = existsSync(join(repoRoot, 'dist', 'bundle', 'extract-cli.cjs')) && existsSync(esm);

describe.skipIf(!built)('extract from extract-cli.cjs (after `npm run build`)', () => {
  it('prints what the ES-module bundle prints, for one article, several, and bad options', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-extract-cli-'));
    writeFileSync(join(dir, 'a.txt'), 'The U.N. envoy said on Monday that talks in Geneva would resume.\n');
    writeFileSync(join(dir, 'b.txt'), '"We are ready," she told reporters. Rebels attacked the town.\n');
    const env = { ...process.env, NEWSGRAPH_SNAPSHOT: '0' };
    for (const args of [['extract', join(dir, 'a.txt'), '--published', '2025-03-10'], ['extract', join(dir, 'a.txt'), join(dir, 'b.txt')], ['extract', join(dir, 'a.txt'), '--workers', 'x'], ['extract', '--help']]) {
      const viaBin = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 120_000, env });
      const viaEsm = spawnSync(process.execPath, [esm, ...args], { encoding: 'utf8', timeout: 120_000, env });
      expect(viaBin.status).toBe(viaEsm.status);
      expect(viaBin.stdout).toBe(viaEsm.stdout);
      expect(viaBin.stderr).toBe(viaEsm.stderr);
    }
  }, 240_000);
});
