// `npm run golden:update`: rewrites test/golden/contract/<case>.json from the current pipeline output
// on the samples and the seed (the seed only when ../shared is present; its file keeps no covered
// text). Run it after an intended change of output, then review `git diff test/golden/contract`:
// every changed line is a record or span that moved.
import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { repoRoot } from '../src/core/paths.js';
import { contractGoldenDir, formatGolden, goldenCases, goldenRecord, runGoldenCase } from '../test/helpers/golden.js';
import { assertSpans } from '../test/helpers/assert-spans.js';

function main(): void {
  mkdirSync(contractGoldenDir, { recursive: true });
  for (const c of goldenCases()) {
    const file = relative(repoRoot, c.goldenFile);
    if (!c.present) {
      process.stdout.write(`skipped ${file}: its input (../shared) is not here\n`);
      continue;
    }
    const doc = runGoldenCase(c);
    assertSpans(doc, c.input); // never record output whose spans are already wrong
    const text = formatGolden(goldenRecord(doc, c.keepText));
    const before = existsSync(c.goldenFile) ? readFileSync(c.goldenFile, 'utf8') : null;
    if (before === text) {
      process.stdout.write(`unchanged ${file}\n`);
      continue;
    }
    writeFileSync(c.goldenFile, text);
    process.stdout.write(`${before === null ? 'wrote' : 'updated'} ${file}\n`);
  }
}

main();
