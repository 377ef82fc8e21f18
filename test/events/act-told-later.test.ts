// A reaction to an act named by an act noun is aimed at the act's author even when the story tells
// the act after the reaction (act-owner.ts), and an evaluation's reported clause names the act it
// is about ("ruled that the prorogation was unlawful").
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import { modelPath } from '../../src/core/paths.js';
import { defaultPipeline } from '../../src/pipeline/default.js';

const hasParser = existsSync(modelPath('parser.bin'));
const brief = (text: string) =>
  defaultPipeline()
    .run(createDoc(text, { id: 't', published: '2024-03-01' }))
    .events.map((e) => `${e.source.actor_code ?? '-'} ${e.cameo} ${e.target.actor_code ?? '-'}`);

describe.skipIf(!hasParser)('events: the author of an act told after the reaction to it', () => {
  it('aims a ruling on the act at whoever did it, told later', () => {
    expect(brief('The British court found the prorogation to be unlawful. The British queen suspended the British parliament last month.')).toContain('GBRJUD 116 GBRGOV');
  });

  it("reads the act from an evaluation's reported clause", () => {
    expect(brief('The British court ruled that the prorogation was unlawful. The British queen suspended the British parliament last month.')).toContain('GBRJUD 116 GBRGOV');
  });

  it('leaves the target empty when no event of that kind has an author', () => {
    expect(brief('The British court ruled that the prorogation was unlawful.')).toEqual(['GBRJUD 116 -']);
  });
});
