// The whole quotes stage stays linear on pathological input: 10,000 quote marks in one paragraph,
// and a long paragraph of plain attributions.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { quotesStage } from '../../src/stages/quotes/index.js';
import { segmentStage } from '../../src/stages/segment/index.js';
import { entitiesStage } from '../../src/stages/entities/index.js';

const segmented = (text: string) => createPipeline([segmentStage, entitiesStage]).run(createDoc(text));

/** Best of five runs: one garbage-collection pause or a busy neighbour process (load 10 on two
 * cores is common here) must not read as growth. */
function timeQuotes(text: string): { ms: number; quotes: number } {
  const doc = segmented(text);
  let ms = Infinity;
  let quotes = 0;
  for (let run = 0; run < 5; run++) {
    const t = performance.now();
    const out = quotesStage.run(doc, { published: null, options: {} });
    ms = Math.min(ms, performance.now() - t);
    quotes = out.quotes.length;
  }
  return { ms, quotes };
}

describe('quotes stage time', () => {
  it('10,000 quote marks in one paragraph', () => {
    const small = timeQuotes('“Yes,” she said, “no.” '.repeat(1250)); // 5,000 marks
    const big = timeQuotes('“Yes,” she said, “no.” '.repeat(2500)); // 10,000 marks
    expect(big.quotes).toBeGreaterThan(1000);
    expect(big.ms / Math.max(small.ms, 1)).toBeLessThan(5); // 2× the input: linear, not 4× or worse
  });
  it('5,000 "what he called “…”" frames and namings', () => {
    const unit = 'He thanked them for what he called “a fine answer” and she called it “Big Cake”. ';
    const small = timeQuotes(unit.repeat(1250));
    const big = timeQuotes(unit.repeat(2500));
    expect(big.quotes).toBeGreaterThan(1000);
    expect(big.ms / Math.max(small.ms, 1)).toBeLessThan(5);
  });
  it('10,000 unpaired marks and scare quotes', () => {
    const small = timeQuotes('the "so-called reform and ” stray '.repeat(2500));
    const big = timeQuotes('the "so-called reform and ” stray '.repeat(5000));
    expect(big.ms / Math.max(small.ms, 1)).toBeLessThan(5);
  });
});

describe('quotes stage on a run-on paragraph', () => {
  it('stays linear on one long sentence full of cues and commas', () => {
    const unit = 'the plan, she said, was fine and officials said that it worked, according to aides, ';
    // (large enough that the small run takes more than a few milliseconds, so timer noise stays small)
    const small = timeQuotes(unit.repeat(3000)); // ~260 k chars
    const big = timeQuotes(unit.repeat(6000)); // ~520 k chars
    expect(big.ms / Math.max(small.ms, 1)).toBeLessThan(5);
  });
});
