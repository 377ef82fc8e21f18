// self-reference.ts: a pronoun target with the source's own actor code is the source speaking of
// itself ("Murphy claimed she made this decision"), no second party; a named target stays.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/stages/events/actor.js';
import { isSelfReference } from '../../src/stages/events/self-reference.js';

const text = 'Murphy claimed she made this decision; Biden criticised Harris.';
const actor = (word: string, code: string | null, from = 0): Actor => {
  const start = text.indexOf(word, from);
  return { entity: null, actor_code: code, mention: { start, end: start + word.length }, country: code ? code.slice(0, 3) : null, political: true, head: 0, origin: 'entity', rule: 'test' } as Actor;
};

describe('isSelfReference', () => {
  it('a pronoun with the source code is the source itself', () => {
    expect(isSelfReference(text, actor('Murphy', 'USAGOV'), actor('she', 'USAGOV'))).toBe(true);
  });
  it('a pronoun of another code, a named actor of the same code, and an uncoded source are other parties', () => {
    expect(isSelfReference(text, actor('Murphy', 'USAGOV'), actor('she', 'USALEG'))).toBe(false);
    expect(isSelfReference(text, actor('Biden', 'USAGOV'), actor('Harris', 'USAGOV'))).toBe(false);
    expect(isSelfReference(text, actor('Murphy', null), actor('she', null))).toBe(false);
  });
});
