// PLACEHOLDER segmenter (to be replaced by the real tokenizer/sentence splitter in src/nlp):
// paragraphs = non-empty lines, sentences = naive split, tokens = words and punctuation.
import { withLayers, type Paragraph, type Sentence, type Token } from '../../core/doc.js';
import type { Stage } from '../../pipeline/stage.js';

export const segmentStage: Stage = {
  name: 'segment',
  description: 'paragraphs, sentences and UD tokens with exact offsets',
  requires: [],
  assigns: ['paragraphs', 'sentences', 'tokens'],
  run(doc) {
    const text = doc.text;
    const paragraphs: Paragraph[] = [];
    const sentences: Sentence[] = [];
    const tokens: Token[] = [];
    const lineRe = /[^\n]+/g;
    for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
      if (!m[0].trim()) continue;
      const p = paragraphs.length;
      paragraphs.push({ start: m.index, end: m.index + m[0].length });
      const sentRe = /[^.!?]+(?:[.!?]+["”’]?|$)/g;
      for (let s = sentRe.exec(m[0]); s; s = sentRe.exec(m[0])) {
        if (!s[0].trim()) continue;
        const tokenStart = tokens.length;
        const tokRe = /\w+(?:[.'’]\w+)*|[^\s\w]/g;
        const base = m.index + s.index;
        for (let t = tokRe.exec(s[0]); t; t = tokRe.exec(s[0])) {
          const start = base + t.index;
          const end = start + t[0].length;
          tokens.push({ start, end, form: t[0], pos: '', xpos: '', lemma: t[0].toLowerCase(), head: -1, dep: '', sent: sentences.length, spaceAfter: /\s/.test(text[end] ?? '') });
        }
        if (tokens.length > tokenStart) {
          sentences.push({ start: tokens[tokenStart]!.start, end: tokens[tokens.length - 1]!.end, tokenStart, tokenEnd: tokens.length, paragraph: p });
        }
      }
    }
    return withLayers(doc, { paragraphs, sentences, tokens }, this.assigns);
  },
};
