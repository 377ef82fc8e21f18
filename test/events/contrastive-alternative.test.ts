// A clause marked as the alternative to a refused or negated act ("ruled out sending troops, instead
// encouraging allies to …") states what the actor does: it does not inherit the refusal's negation,
// whichever verb the parser attaches it to. Our own sentences, through the real pipeline.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import { modelPath } from '../../src/core/paths.js';
import { defaultPipeline } from '../../src/pipeline/default.js';

const hasParser = existsSync(modelPath('parser.bin'));
const run = (text: string) => defaultPipeline().run(createDoc(text, { id: 'c', published: '2026-05-01' }));

describe.skipIf(!hasParser)('contrastive alternatives and negation', () => {
  it('codes an "instead" participle after a refusal as asserted, not negated', () => {
    const doc = run('The German government has ruled out sending warships to the strait — instead urging France to lead the mission.');
    const urge = doc.events.find((e) => e.rule.includes('urge'));
    expect(urge, doc.events.map((e) => e.rule).join('; ')).toBeDefined();
    expect(urge?.negated).toBe(false);
  });
  it('still negates the act that was ruled out', () => {
    const doc = run('The German government has ruled out sending warships to the strait.');
    expect(doc.events.some((e) => e.root === '12'), doc.events.map((e) => e.rule).join('; ')).toBe(true);
    expect(doc.events.filter((e) => e.rule.includes('send') && !e.negated && e.modality === 'asserted')).toEqual([]);
  });
});
