// "The EU imposed sanctions over the jailing of journalists, freezing assets and banning them…":
// the -ing clause after the comma is the EU's act, though the parser hangs it on "journalists"
// (issue 13, test/articles/belarus-sanctions.txt gave "banning them" the journalists' MED code).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import { modelPath } from '../../src/core/paths.js';
import { defaultPipeline } from '../../src/pipeline/default.js';

const hasParser = existsSync(modelPath('parser.bin'));

describe.skipIf(!hasParser)('source of a free adjunct participle', () => {
  it('comes from the governing clause, not from the noun the parser hung it on', () => {
    const text = 'BRUSSELS (Reuters) - The European Union imposed sanctions on Belarus on Thursday over the jailing of three independent journalists, freezing the assets of 14 officials and banning them from travel to the bloc.';
    const evs = defaultPipeline().run(createDoc(text, { id: 'adjunct', published: '2024-03-01' })).events;
    const after = evs.filter((e) => e.evidence.start > text.indexOf('journalists,'));
    expect(after.length).toBeGreaterThan(0);
    for (const e of after) expect(e.source.actor_code, `${e.cameo} ${e.rule}`).toMatch(/^IGOEUR/);
  }, 120_000);

  it('keeps a comma participle on a subject as that subject\'s act', () => {
    const text = 'French protesters, chanting slogans, attacked the police station in Lyon.';
    const evs = defaultPipeline().run(createDoc(text, { id: 'adjunct2', published: '2024-03-01' })).events;
    expect(evs.length).toBeGreaterThan(0);
    expect(evs.every((e) => e.source.actor_code?.startsWith('FRA'))).toBe(true);
  }, 120_000);
});
