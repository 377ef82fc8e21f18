// An event noun in a time or cause adjunct ("during the rally", "after the attack") is the setting of
// the clause's act: the clause's subject did not protest or attack (issue 13, Wikinews dev
// "The government strengthened security measures during the rally" gave the government a 141).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import { modelPath } from '../../src/core/paths.js';
import { defaultPipeline } from '../../src/pipeline/default.js';

const hasParser = existsSync(modelPath('parser.bin'));
const run = (text: string) => defaultPipeline().run(createDoc(text, { id: 'adjunct-noun', published: '2024-03-01' })).events;

describe.skipIf(!hasParser)('event noun in a time or cause adjunct', () => {
  it('does not make the clause subject the protester', () => {
    for (const text of ['The Belarusian government strengthened security measures during the rally.', 'The Serbian government tightened security after the protests.']) {
      const wrong = run(text).filter((e) => e.root === '14' && /GOV$/.test(e.source.actor_code ?? ''));
      expect(wrong.map((e) => `${e.cameo} ${e.source.actor_code} [${e.rule}] in: ${text}`)).toEqual([]);
    }
  }, 120_000);

  it('keeps the subject of a meeting in a during-phrase as its participant', () => {
    const evs = run('During a meeting with his British counterpart, the U.S. Defense Secretary hailed the United Kingdom.');
    expect(evs.some((e) => e.root === '04' && e.source.actor_code?.startsWith('USA'))).toBe(true);
  }, 120_000);
});
