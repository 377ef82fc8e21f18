import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc, withLayers, type Sentence, type Token } from '../../core/doc.js';
import { modelPath } from '../../core/paths.js';
import { syntaxStage } from './index.js';

const haveModels = ['tagger.bin', 'lemma.json', 'parser.bin'].every((f) => existsSync(modelPath(f)));
const ctx = { published: null, options: {} };

/** A Doc with hand-built tokens: words separated by single spaces, sentences given as word counts. */
function handDoc(words: string[], sentenceSizes: number[]) {
  const text = words.join(' ');
  const tokens: Token[] = [];
  let off = 0;
  let k = 0;
  const sentences: Sentence[] = [];
  for (let s = 0; s < sentenceSizes.length; s++) {
    const start = k;
    for (let i = 0; i < sentenceSizes[s]!; i++, k++) {
      const w = words[k]!;
      tokens.push({ start: off, end: off + w.length, form: w, pos: '', xpos: '', lemma: w.toLowerCase(), head: -1, dep: '', sent: s, spaceAfter: true });
      off += w.length + 1;
    }
    sentences.push({ start: tokens[start]!.start, end: tokens[k - 1]!.end, tokenStart: start, tokenEnd: k, paragraph: 0 });
  }
  return withLayers(createDoc(text), { tokens, sentences, paragraphs: [{ start: 0, end: text.length }] }, ['tokens', 'sentences', 'paragraphs']);
}

describe.skipIf(!haveModels)('syntax stage', () => {
  it('tags, lemmatizes and parses each sentence with heads indexing doc.tokens', () => {
    const doc = handDoc(['The', 'minister', 'resigned', '.', 'Protesters', 'were', 'arrested', 'by', 'police', '.'], [4, 6]);
    const out = syntaxStage.run(doc, ctx);
    expect(out.layers.has('parse')).toBe(true);
    expect(out.tokens).not.toBe(doc.tokens);
    expect(doc.tokens[0]!.pos).toBe(''); // the input Doc is not mutated
    const t = out.tokens;
    for (const s of out.sentences) {
      const roots = t.slice(s.tokenStart, s.tokenEnd).filter((x) => x.head === -1);
      expect(roots).toHaveLength(1);
      expect(roots[0]!.dep).toBe('root');
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const h = t[i]!.head;
        if (h !== -1) expect(h >= s.tokenStart && h < s.tokenEnd).toBe(true); // never crosses a sentence
        expect(t[i]!.pos).not.toBe('');
        expect(t[i]!.dep).not.toBe('');
      }
    }
    // the second sentence's root is a token of the second sentence (offset by 4)
    expect(t[6]!.head).toBe(-1);
    expect(t[6]!.lemma).toBe('arrest');
    expect(t[4]!.dep).toBe('nsubj:pass');
    expect(t[4]!.head).toBe(6);
    expect(t[5]!.dep).toBe('aux:pass');
    // spans and forms are kept
    expect(t.map((x) => out.text.slice(x.start, x.end))).toEqual(doc.tokens.map((x) => x.form));
  });

  it('is linear on a pathological 60,000-token sentence', () => {
    const words = Array.from({ length: 60000 }, (_, i) => (i % 7 === 6 ? ',' : 'word'));
    const doc = handDoc(words, [words.length]);
    const t0 = Date.now();
    const out = syntaxStage.run(doc, ctx);
    expect(out.tokens.filter((x) => x.head === -1)).toHaveLength(1);
    expect(Date.now() - t0).toBeLessThan(20000);
  }, 30000);

  it('leaves a Doc without sentences unchanged apart from the layer marks', () => {
    const out = syntaxStage.run(createDoc(''), ctx);
    expect(out.tokens).toEqual([]);
    expect(out.layers.has('pos')).toBe(true);
  });
});
