// Linear time on pathological input: a very long single paragraph full of names, titles, pronouns
// and role nominals, and text with thousands of quote marks. Doubling the input must not much more
// than double the time (a quadratic path would quadruple it).
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import { segmentStage } from '../../src/stages/segment/index.js';
import { entitiesStage } from '../../src/stages/entities/index.js';

const ctx = { published: '2024-01-01', options: {} };

function timeEntities(text: string): { ms: number; entities: number } {
  const d = segmentStage.run(createDoc(text), ctx);
  const t = performance.now();
  const out = entitiesStage.run(d, ctx);
  return { ms: performance.now() - t, entities: out.entities.length };
}

describe('entities: linear time on pathological input', () => {
  const unit = 'German Foreign Minister Klara Brandt told his counterpart, the French Foreign Minister, that she and Brandt and the nation and its allies in Berlin, Paris and the Kremlin agreed, ';
  it('one long paragraph without sentence ends', () => {
    timeEntities(unit.repeat(20)); // warm up the model and the caches
    const small = timeEntities(unit.repeat(400));
    const big = timeEntities(unit.repeat(1600));
    expect(big.entities).toBeGreaterThan(0);
    expect(big.ms / Math.max(small.ms, 1)).toBeLessThan(4 * 2.5);
  });

  it('thousands of quote marks', () => {
    const q = '"Yes," he said. "No," said Anna Moreau. '.repeat(1);
    timeEntities(q.repeat(10));
    const small = timeEntities(q.repeat(1250));
    const big = timeEntities(q.repeat(5000));
    expect(big.ms / Math.max(small.ms, 1)).toBeLessThan(4 * 2.5);
  });
});
