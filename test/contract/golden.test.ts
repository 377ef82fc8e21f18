// The contract output on the samples and the seed must equal the reviewed golden files
// (test/golden/contract), offsets included, and every span must agree with the input text. After an
// intended change of output run `npm run golden:update` and review the diff. The seed lives in
// ../shared: without it its case is skipped with a message.
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/core/paths.js';
import { assertSpans } from '../helpers/assert-spans.js';
import { goldenCases, goldenDiff, goldenRecord, readGolden, runGoldenCase } from '../helpers/golden.js';

const cases = goldenCases();

describe('contract golden files (entities, time, quotes, events)', () => {
  it('covers the six samples and the seed', () => {
    expect(cases.filter((c) => c.name.startsWith('sample-')).length).toBe(6);
    expect(cases.some((c) => c.name === 'seed')).toBe(true);
  });

  for (const c of cases) {
    describe(c.name, () => {
      const doc = c.present ? runGoldenCase(c) : null;
      const file = relative(repoRoot, c.goldenFile);
      const absent = `${c.name}: its input is in ../shared/examples/seed, which is not here`;

      it('keeps every span consistent with the input text', (ctx) => {
        ctx.skip(!c.present, absent);
        assertSpans(doc, c.input);
      });

      it(`matches ${file}`, (ctx) => {
        ctx.skip(!c.present, absent);
        const golden = readGolden(c);
        if (!golden) throw new Error(`${file} is missing: run npm run golden:update and review it`);
        const diff = goldenDiff(golden, goldenRecord(doc!, c.keepText));
        if (diff.length > 0) {
          const shown = diff.slice(0, 40).concat(diff.length > 40 ? [`… and ${diff.length - 40} more`] : []);
          throw new Error(`the output differs from ${file} in ${diff.length} place(s) (if intended: npm run golden:update, then review the diff):\n${shown.join('\n')}`);
        }
      });

      it('has a golden file whose spans agree with the input (no hand edits gone wrong)', (ctx) => {
        ctx.skip(!c.present, absent);
        const golden = readGolden(c);
        if (golden) assertSpans(golden, c.input);
        if (!c.keepText) expect(JSON.stringify(golden)).not.toContain('"text":');
      });
    });
  }
});
