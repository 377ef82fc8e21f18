// Issue 13, round 13 (frames part: the parse-side misses where nothing was predicted): each rule is
// shown on our own sentence where it acts, beside a control the rule must leave alone.
import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/core/doc.js';
import { repairRelativeClauseConjuncts } from '../../src/stages/events/relative-clause-conjunct.js';

/** tokens written `form|UPOS|XPOS|head|dep` (head 1-based, 0 = root), the parse as the parser misread it */
function parsed(line: string): { tokens: Token[]; heads: Int32Array; deps: string[] } {
  let at = 0;
  const tokens = line.split(' ').map((w) => {
    const [form, pos, xpos, head, dep] = w.split('|') as [string, string, string, string, string];
    const t: Token = { start: at, end: at + form.length, form, lemma: form.toLowerCase(), pos, xpos, head: Number(head) - 1, dep, sent: 0, spaceAfter: true };
    at += form.length + 1;
    return t;
  });
  return { tokens, heads: Int32Array.from(tokens.map((t) => t.head)), deps: tokens.map((t) => t.dep) };
}

// "She spoke about her brother, who was detained in March, and promised to hold elections ." with
// "promised" coordinated with the relative clause's verb, which hangs from "spoke"
const MISREAD =
  'She|PRON|PRP|2|nsubj spoke|VERB|VBD|0|root about|ADP|IN|5|case her|PRON|PRP$|5|nmod:poss brother|NOUN|NN|2|obl ,|PUNCT|,|9|punct ' +
  'who|PRON|WP|9|nsubj:pass was|AUX|VBD|9|aux:pass detained|VERB|VBN|2|advcl in|ADP|IN|11|case March|PROPN|NNP|9|obl ,|PUNCT|,|14|punct ' +
  'and|CCONJ|CC|14|cc promised|VERB|VBN|9|conj to|PART|TO|16|mark hold|VERB|VB|14|xcomp elections|NOUN|NNS|16|obj .|PUNCT|.|2|punct';

describe('issue 13 frame rules, round 13', () => {
  it('a verb coordinated after a closed ", who …," relative clause continues the interrupted clause', () => {
    const p = parsed(MISREAD);
    repairRelativeClauseConjuncts(p.tokens, p.heads, p.deps);
    expect(p.heads[13]).toBe(1); // promised → spoke (shares "She")
    expect(p.deps[13]).toBe('conj');
    // the same with the relative clause hung on its noun (acl:relcl): the verb above the noun
    const q = parsed(MISREAD.replace('detained|VERB|VBN|2|advcl', 'detained|VERB|VBN|5|acl:relcl'));
    repairRelativeClauseConjuncts(q.tokens, q.heads, q.deps);
    expect(q.heads[13]).toBe(1);
  });

  it('controls: a bare participle continuing a passive relative clause, no closing comma, or "that" stay inside it', () => {
    // "…, who was detained in March, and released in June": the brother was released
    const bare = parsed(MISREAD.replace('promised|VERB|VBN|9|conj to|PART|TO|16|mark hold|VERB|VB|14|xcomp elections|NOUN|NNS|16|obj', 'released|VERB|VBN|9|conj in|ADP|IN|16|case June|PROPN|NNP|14|obl .|PUNCT|.|14|punct'));
    repairRelativeClauseConjuncts(bare.tokens, bare.heads, bare.deps);
    expect(bare.heads[13]).toBe(8);
    const noComma = parsed(MISREAD.replace('March|PROPN|NNP|9|obl ,|PUNCT|,|14|punct', 'March|PROPN|NNP|9|obl ;|PUNCT|:|14|punct'));
    repairRelativeClauseConjuncts(noComma.tokens, noComma.heads, noComma.deps);
    expect(noComma.heads[13]).toBe(8);
    const that = parsed(MISREAD.replace('who|PRON|WP', 'that|PRON|WDT'));
    repairRelativeClauseConjuncts(that.tokens, that.heads, that.deps);
    expect(that.heads[13]).toBe(8);
  });
});
