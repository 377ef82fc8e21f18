// The syntax chain hangs punctuation by UD's convention (src/nlp/syntax-repair-punct.ts): the comma
// after a fronted word hangs from that word. Event rules that ask whether a word is bare (no
// dependents) must not count that comma (DepTree.bare).
import { describe, expect, it } from 'vitest';
import { withLayers, type Doc } from '../../src/core/doc.js';
import { extractEvents } from '../../src/stages/events/extract.js';
import { DepTree } from '../../src/stages/events/tree.js';
import { handDoc } from './hand-doc.js';

const ARMY = { id: 'e1', type: 'ORG' as const, name: 'Israeli army', country: 'ISR', sector: 'MIL', actor_code: 'ISRMIL', mentions: ['Israeli army'] };
const HAMAS = { id: 'e2', type: 'ORG' as const, name: 'Hamas', country: 'PSE', sector: 'REB', actor_code: 'PSEREB', mentions: ['Hamas'] };

/** "Thursday, the Israeli army attacked Hamas." with the day parsed as a second subject, its comma on `commaHead` */
function doc(commaHead: number): Doc {
  const d = handDoc(
    [
      `Thursday|Thursday|PROPN|6|nsubj ,|,|PUNCT|${commaHead}|punct the|the|DET|5|det Israeli|Israeli|ADJ|5|amod army|army|NOUN|6|nsubj ` +
        'attacked|attack|VERB|0|root Hamas|Hamas|PROPN|6|obj .|.|PUNCT|6|punct',
    ],
    [ARMY, HAMAS],
  );
  const tokens = d.tokens.map((t) => (t.form === 'attacked' ? { ...t, xpos: 'VBD' } : t));
  return withLayers(d, { tokens }, ['tokens']);
}

describe('events: a comma hung on a fronted day word leaves it a bare time word', () => {
  it('DepTree.bare ignores punctuation dependents only', () => {
    const t = new DepTree(doc(1));
    expect(t.bare(0)).toBe(true); // Thursday, with the comma below it
    expect(t.bare(4)).toBe(false); // army, with its determiner and adjective
    expect(t.bare(6)).toBe(true); // Hamas
  });

  it('the day word is no subject whichever word the comma hangs from', () => {
    for (const h of [1, 6]) {
      const got = extractEvents(doc(h)).map((e) => `${e.source.actor_code ?? '-'}→${e.target.actor_code ?? '-'}`);
      expect(got, `comma on token ${h}`).toContain('ISRMIL→PSEREB');
    }
  });
});
