// Runs the pipeline over fuzzed articles and checks each output against the contract: the
// property behind `npm test` (1,000 articles) and the reliability suite (10,000).
import { isNewsgraphError } from '../../src/core/errors.js';
import { analyze } from '../../src/index.js';
import { contractViolations, type SpanViolation } from '../../src/io/contract-check.js';
import { Fuzzer } from './fuzz.js';

export interface FuzzReport {
  readonly articles: number;
  readonly chars: number;
  readonly crashes: { id: string; error: string }[];
  readonly violations: { id: string; violations: SpanViolation[] }[];
  readonly slowest: { id: string; ms: number; chars: number };
  readonly totalMs: number;
}

export function runFuzz(count: number, seed: number, onProgress?: (done: number) => void): FuzzReport {
  const fuzzer = new Fuzzer();
  const crashes: FuzzReport['crashes'] = [];
  const violations: FuzzReport['violations'] = [];
  let slowest = { id: '', ms: 0, chars: 0 };
  let chars = 0;
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const a = fuzzer.article(seed + i);
    chars += a.text.length;
    const t = performance.now();
    try {
      const doc = analyze(a.text, { id: a.id, published: a.published });
      const v = contractViolations(doc);
      if (v.length) violations.push({ id: a.id, violations: v });
    } catch (e) {
      // a coded refusal is an answer, not a crash; anything else is a bug
      if (!isNewsgraphError(e)) crashes.push({ id: a.id, error: (e as Error).stack ?? String(e) });
    }
    const ms = performance.now() - t;
    if (ms > slowest.ms) slowest = { id: a.id, ms, chars: a.text.length };
    if (onProgress && (i + 1) % 500 === 0) onProgress(i + 1);
  }
  return { articles: count, chars, crashes, violations, slowest, totalMs: performance.now() - t0 };
}
