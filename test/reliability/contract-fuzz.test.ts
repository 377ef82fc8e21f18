// Property: on any article, the pipeline neither crashes nor emits a span that breaks the output
// contract (0 ≤ start ≤ end ≤ length, text == slice). 1,000 seeded fuzzed articles in `npm test`
// (NEWSGRAPH_FUZZ_N to change; the reliability suite runs 10,000).
import { describe, expect, it } from 'vitest';
import { Fuzzer } from './fuzz.js';
import { runFuzz } from './fuzz-run.js';

const N = Number(process.env.NEWSGRAPH_FUZZ_N ?? 1000);
const SEED = Number(process.env.NEWSGRAPH_FUZZ_SEED ?? 15);

describe('output contract over fuzzed articles', () => {
  it('the fuzzer is deterministic and varied', () => {
    const f = new Fuzzer();
    expect(f.article(7)).toEqual(new Fuzzer().article(7));
    const texts = new Set(Array.from({ length: 50 }, (_, i) => f.article(i).text));
    expect(texts.size).toBe(50);
  });

  it(`${N} articles: no crash, no contract violation`, () => {
    const r = runFuzz(N, SEED);
    console.log(`fuzz: ${r.articles} articles, ${(r.chars / 1e6).toFixed(1)} M chars in ${(r.totalMs / 1000).toFixed(1)} s; slowest ${r.slowest.id} ${r.slowest.ms.toFixed(0)} ms (${r.slowest.chars} chars)`);
    expect(r.crashes).toEqual([]);
    expect(r.violations).toEqual([]);
  }, 900_000);
});
