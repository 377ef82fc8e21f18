// data/events/governors.tsv: every row's example uses its lemma (as the tagger and lemmatizer read
// it), each (lemma, class) pair is listed once, and the classes are the eleven the events stage reads.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTsv } from '../../src/core/data-loader.js';
import { createDoc } from '../../src/core/doc.js';
import { modelPath } from '../../src/core/paths.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { loadGovernors } from '../../src/stages/events/event-lexicon.js';
import { segmentStage } from '../../src/stages/segment/index.js';
import { syntaxStage } from '../../src/stages/syntax/index.js';

const hasParser = existsSync(modelPath('parser.bin'));
const rows = loadTsv('events/governors.tsv', ['lemma', 'class', 'example']).rows;

describe('data/events/governors.tsv', () => {
  it('lists each lemma once per class, in the eleven classes, each with an example', () => {
    const seen = new Set<string>();
    const dup = rows.map((r) => `${r.lemma}/${r.class}`).filter((k) => (seen.has(k) ? true : (seen.add(k), false)));
    expect(dup).toEqual([]);
    const g = loadGovernors();
    expect(g.future.size + g.hypothetical.size + g.negative.size + g.attempt.size + g.allege.size + g.judge.size + g.pledge.size + g.pursue.size + g.actsOn.size + g.cause.size + g.perform.size).toBe(rows.length);
    for (const r of rows) expect(r.example, r.lemma).toBeTruthy();
  });

  it.skipIf(!hasParser)('every example uses its lemma', () => {
    const syntax = createPipeline([segmentStage, syntaxStage]);
    const missing = rows.filter((r) => !syntax.run(createDoc(r.example!)).tokens.some((t) => t.lemma.toLowerCase() === r.lemma));
    expect(missing.map((r) => `${r.lemma}: ${r.example}`)).toEqual([]);
  });
});
