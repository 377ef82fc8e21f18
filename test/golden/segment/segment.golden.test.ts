// Golden files for the segment stage: the current output must equal the reviewed JSON. After an
// intended change, regenerate with `npx tsx scripts/golden-segment.ts` and review the diff.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenCases, goldenDir, goldenJson } from '../../../scripts/golden-segment.js';

describe('segment golden files', () => {
  const cases = goldenCases();
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));
  for (const c of cases) {
    it(c, () => {
      const text = readFileSync(join(goldenDir, 'cases', `${c}.txt`), 'utf8');
      expect(goldenJson(text)).toBe(readFileSync(join(goldenDir, `${c}.json`), 'utf8'));
    });
  }
});
