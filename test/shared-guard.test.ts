// ../shared (the evaluation corpora and the seed article) is outside the repository: a clone
// elsewhere runs without it, and the tests that need it skip naming what is missing
// (test/helpers/shared.ts). CI always has it (.ci/run sets NEWSGRAPH_REQUIRE_SHARED=1), so there a
// missing ../shared must fail the run rather than turn tests into skips.
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sharedPath, sharedRoot } from '../src/core/paths.js';
import { missingShared, sharedName, sharedPresent, sharedRequired } from './helpers/shared.js';

describe('../shared', () => {
  it('is here when the run requires it (NEWSGRAPH_REQUIRE_SHARED=1 or CI)', () => {
    if (sharedRequired()) expect(existsSync(sharedRoot), `${sharedRoot} is missing and this run requires ../shared`).toBe(true);
  });

  it('is required by NEWSGRAPH_REQUIRE_SHARED=1 or CI, unless NEWSGRAPH_REQUIRE_SHARED=0', () => {
    expect(sharedRequired({})).toBe(false);
    expect(sharedRequired({ NEWSGRAPH_REQUIRE_SHARED: '1' })).toBe(true);
    expect(sharedRequired({ CI: 'true' })).toBe(true);
    expect(sharedRequired({ CI: '1' })).toBe(true);
    expect(sharedRequired({ CI: 'false' })).toBe(false);
    expect(sharedRequired({ CI: 'true', NEWSGRAPH_REQUIRE_SHARED: '0' })).toBe(false);
  });

  describe('a missing input', () => {
    const saved = { require: process.env.NEWSGRAPH_REQUIRE_SHARED, ci: process.env.CI };
    const missing = sharedPath('no-such-corpus', 'none.csv');
    afterEach(() => {
      for (const [k, v] of [['NEWSGRAPH_REQUIRE_SHARED', saved.require], ['CI', saved.ci]] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    });

    it('fails where ../shared is required, naming it', () => {
      process.env.NEWSGRAPH_REQUIRE_SHARED = '1';
      expect(() => sharedPresent(missing)).toThrow(/\.\.\/shared\/no-such-corpus\/none\.csv is missing/);
    });

    it('is a skip with its name elsewhere', () => {
      process.env.NEWSGRAPH_REQUIRE_SHARED = '0';
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      expect(sharedPresent(missing, 'what needs it skips')).toBe(false);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\.\.\/shared\/no-such-corpus\/none\.csv is not here .*: what needs it skips$/));
      warn.mockRestore();
      expect(sharedName(missing)).toBe('../shared/no-such-corpus/none.csv');
      expect(missingShared(missing)).toMatch(/^skipped: \.\.\/shared\/no-such-corpus\/none\.csv is not here/);
    });
  });
});
