// roles.ts prepArgWords: the prepositions prepArgs may find a phrase with, read once per trigger so
// that match-frames.ts asks prepArgs only for those. It must hold every preposition prepArgs finds
// (else a frame would silently stop matching): checked on real parses, for every token read as a verb
// and as a noun, against every preposition the sentences use.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { createDoc } from '../../src/core/doc.js';
import { modelPath } from '../../src/core/paths.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { prepArgs, prepArgWords } from '../../src/stages/events/roles.js';
import { DepTree } from '../../src/stages/events/tree.js';

const hasParser = existsSync(modelPath('parser.bin'));
const text = [
  'The government halted military aid and intelligence sharing with Kyiv on Monday.',
  'Protesters clashed with police in front of the parliament after the vote on the budget.',
  'The halt of aid to Ukraine angered officials in Brussels, who called for talks with Moscow.',
  'Iran was accused by the United States of attacking tankers near the Strait of Hormuz.',
  'The peace talks between the two sides resumed in Geneva despite objections from the opposition.',
  'She sent attack helicopters to Syria before meeting with the minister about the ceasefire.',
  'The council imposed new sanctions on Iran and signed an agreement with Russia.',
  'Officials announced a ban on exports and curbs on imports from China.',
].join(' ');

describe.skipIf(!hasParser)('prepArgWords', () => {
  const t = new DepTree(defaultPipeline().run(createDoc(text, { id: 'prep-words' })));
  const n = t.doc.tokens.length;
  const preps = new Set<string>();
  for (let c = 0; c < n; c++) {
    const w = t.phraseWord(c);
    if (w !== null) preps.add(w);
  }

  it('holds every preposition prepArgs finds a phrase with, for a verb and for a noun reading', () => {
    let found = 0;
    let elsewhere = 0;
    const missing: string[] = [];
    for (let p = 0; p < n; p++) {
      for (const noun of [false, true]) {
        const words = prepArgWords(t, p, noun);
        for (const prep of preps) {
          if (!prepArgs(t, p, prep, noun).length) continue;
          found++;
          // a phrase not on the trigger itself: on its object or a conjunct, an of-complement, a governing verb
          if (!t.prepKids(p, prep).length) elsewhere++;
          if (!words.has(prep)) missing.push(`${t.lower(p)} ${noun ? 'N' : 'V'} ${prep}`);
        }
      }
    }
    expect(missing).toEqual([]);
    // not vacuous: own phrases, phrases on objects and conjuncts, on an of-complement, on a governing verb
    expect(preps.size).toBeGreaterThan(8);
    expect(found).toBeGreaterThan(40);
    expect(elsewhere).toBeGreaterThan(10);
  });
});

describe.skipIf(!hasParser)('DepTree.cached', () => {
  it('answers as the function does, asking it once per token, and passes indices outside the document through', () => {
    const t = new DepTree(defaultPipeline().run(createDoc('Rebels attacked the town. The army withdrew.', { id: 'cached' })));
    const asked: number[] = [];
    const f = (tree: DepTree, i: number) => (asked.push(i), i < 0 ? -1 : tree.head(i));
    for (let round = 0; round < 2; round++) for (let i = 0; i < t.doc.tokens.length; i++) expect(t.cached(f, i)).toBe(t.head(i));
    expect(asked).toEqual(t.doc.tokens.map((_, i) => i));
    expect(t.cached(f, -1)).toBe(-1);
    expect(asked.length).toBe(t.doc.tokens.length + 1);
  });
});
