// eval/events-parser.ts: the pipeline with a chosen parser file, which eval/events.ts --parser and
// eval/events-parse-diff.ts rely on. With the shipped file it must give exactly the shipped output;
// the copy of the syntax chain must still parse as src/nlp/parser-annotate.ts does.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import { modelPath, repoRoot } from '../../src/core/paths.js';
import { toContract } from '../../src/io/write-json.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { pipelineWithParser, syntaxMatchesShipped } from '../../eval/events-parser.js';
import { scorePloverRecord, type GsrRecord } from '../../eval/events.js';

const haveModels = ['tagger.bin', 'lemma.json', 'parser.bin'].every((f) => existsSync(modelPath(f)));
const sample = JSON.parse(readFileSync(`${repoRoot}/samples/sample-02-aid-suspended.json`, 'utf8')) as { text: string; published: string };

describe.skipIf(!haveModels)('events evaluation with a chosen parser file', () => {
  it('the copied syntax chain parses as the syntax stage does', () => {
    expect(syntaxMatchesShipped([sample.text, 'The U.N. envoy said on Monday that talks would resume.'])).toBe(true);
  });

  it('the shipped file through pipelineWithParser gives the default pipeline output', () => {
    const doc = () => createDoc(sample.text, { id: 's2', published: sample.published });
    const mine = toContract(pipelineWithParser(modelPath('parser.bin')).run(doc()));
    const base = toContract(defaultPipeline().run(doc()));
    expect(mine.events.length).toBeGreaterThan(0);
    expect(JSON.stringify(mine)).toBe(JSON.stringify(base));
  });

  it('a missing model file is an error, not the shipped parser', () => {
    expect(() => pipelineWithParser('/nonexistent/parser.bin')).toThrow(/no parser model/);
  });
});

describe('a PLOVER record scored', () => {
  const rec: GsrRecord = {
    id: 'x', event: 'ACCUSE', text: 'Israel accused Iran of arming rebels and Syria protested.',
    source: [{ code: 'ISR' }], target: [{ code: 'IRN' }], textInfo: { markup: 'Israel (EVT: accused) Iran' },
  };
  const ev = (plover: string, start: number, src: string, tgt: string) => ({
    plover, evidence: { start, end: start + 3, text: '' }, source: { actor_code: src }, target: { actor_code: tgt },
  }) as unknown as Parameters<typeof scorePloverRecord>[1][number];

  it('takes the event nearest the gold trigger as primary and checks its parties', () => {
    const o = scorePloverRecord(rec, [ev('PROTEST', 45, 'SYR', 'ISR'), ev('ACCUSE', 7, 'ISRGOV', 'IRN')]);
    expect(o.primary?.plover).toBe('ACCUSE');
    expect([o.typeOk, o.srcOk, o.tgtOk]).toEqual([true, true, true]);
  });

  it('no event: every check fails; a side the gold leaves empty is not checked', () => {
    const o = scorePloverRecord({ ...rec, target: [] }, []);
    expect([o.typeOk, o.srcOk, o.tgtOk]).toEqual([false, false, null]);
  });
});
