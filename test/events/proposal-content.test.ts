// What a bill, law or plan "would" do is the content of a proposal, not an act or an intent of any
// actor (issue 13, CONTENT class on the Wikinews dev set): no event of any modality comes out of
// such a relative clause, while an actor's own "would" still gives its intent.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import { modelPath } from '../../src/core/paths.js';
import { defaultPipeline } from '../../src/pipeline/default.js';

const hasParser = existsSync(modelPath('parser.bin'));

const run = (text: string) => defaultPipeline().run(createDoc(text, { id: 'proposal', published: '2024-03-01' })).events;

describe.skipIf(!hasParser)('content of a proposal', () => {
  it('codes nothing inside "a bill that would …"', () => {
    const texts = [
      'Hong Kong citizens have been protesting since June, when their government proposed a bill that would have allowed the Chinese government to extradite people.',
      'The Hong Kong government proposed an amendment to a law that would allow the Chinese government to extradite accused criminals.',
      'The Russian parliament passed a law that could allow the Russian government to ban foreign media.',
    ];
    // the trigger is the first word of the evidence: no event may start at allow/extradite/ban
    const inside = texts.flatMap((t) => run(t).filter((e) => /^(allow|extradite|ban)/i.test(t.slice(e.evidence.start, e.evidence.end))).map((e) => `${e.cameo} [${e.rule}] in: ${t}`));
    expect(inside, inside.join('\n')).toEqual([]);
  }, 120_000);

  it('keeps an actor\'s own intent ("China said it would extradite …")', () => {
    const evs = run('The Chinese government said it would extradite the suspects to France.');
    expect(evs.some((e) => e.source.actor_code?.startsWith('CHN'))).toBe(true);
  }, 120_000);
});
