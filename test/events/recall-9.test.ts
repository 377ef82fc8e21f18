// Issue 13, round 9 recall rules (our own sentences, through the real pipeline): each rule that
// recovers an annotated happening is shown on a sentence where it acts, beside a control the rule
// must leave alone.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import { modelPath } from '../../src/core/paths.js';
import { defaultPipeline } from '../../src/pipeline/default.js';

const hasParser = existsSync(modelPath('parser.bin'));

function events(text: string) {
  return defaultPipeline().run(createDoc(text, { id: 'p', published: '2024-03-01' })).events;
}
const show = (text: string) => events(text).map((e) => `${e.cameo} ${e.source.actor_code ?? '-'}→${e.target.actor_code ?? '-'}`);

describe.skipIf(!hasParser)('issue 13 recall rules, round 9', () => {
  it('a name the parser coordinated with a fronted date is the subject of the clause', () => {
    expect(show('On Wednesday, Emmanuel Macron, the president of France, criticised the Russian government.')).toEqual(['111 FRAGOV→RUSGOV']);
    // control: a date coordinated with a date is no subject
    expect(show('On Monday and Tuesday, the Russian army shelled Kharkiv.')).toEqual(['194 RUSMIL→-']);
  }, 60_000);
});
