// self-reference.ts: a pronoun target with the source's own actor code is the source speaking of
// itself ("Murphy claimed she made this decision"), no second party; a named target stays.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { createDoc } from '../../src/core/doc.js';
import { modelPath } from '../../src/core/paths.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import type { Actor } from '../../src/stages/events/actor.js';
import { isSelfReference } from '../../src/stages/events/self-reference.js';
import { DepTree } from '../../src/stages/events/tree.js';

const hasParser = existsSync(modelPath('parser.bin'));
const text = 'Murphy claimed she made this decision; Biden criticised Harris.';
// the real tagger decides what is a pronoun (self-reference.ts keeps no word list of its own)
const t = hasParser ? new DepTree(defaultPipeline().run(createDoc(text, { id: 't' }))) : (null as unknown as DepTree);
const actor = (word: string, code: string | null, from = 0): Actor => {
  const start = text.indexOf(word, from);
  const head = t.doc.tokens.findIndex((k) => k.start === start);
  return { entity: null, actor_code: code, mention: { start, end: start + word.length }, country: code ? code.slice(0, 3) : null, political: true, head, origin: 'entity', rule: 'test' } as Actor;
};

describe.skipIf(!hasParser)('isSelfReference', () => {
  it('a pronoun with the source code is the source itself', () => {
    expect(isSelfReference(t, actor('Murphy', 'USAGOV'), actor('she', 'USAGOV'))).toBe(true);
  });
  it('a pronoun of another code, a named actor of the same code, and an uncoded source are other parties', () => {
    expect(isSelfReference(t, actor('Murphy', 'USAGOV'), actor('she', 'USALEG'))).toBe(false);
    expect(isSelfReference(t, actor('Biden', 'USAGOV'), actor('Harris', 'USAGOV'))).toBe(false);
    expect(isSelfReference(t, actor('Murphy', null), actor('she', null))).toBe(false);
  });
});
