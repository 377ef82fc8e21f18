// Building corpus sentences from pre-tokenised corpora: the text is the tokens joined by single
// spaces (the corpora give no raw text), and labelled token ranges become named spans.
import type { CorpusSentence, CorpusWord, NamedSpan } from '../corpus.js';

export function sentenceFromTokens(forms: readonly string[], named: readonly NamedSpan[], id?: string): CorpusSentence {
  const words: CorpusWord[] = [];
  let text = '';
  for (const f of forms) {
    if (text) text += ' ';
    words.push({ form: f, upos: '', start: text.length, end: text.length + f.length });
    text += f;
  }
  return { id, text, words, named, mentions: [] };
}

/**
 * Keeps the longest of overlapping spans (nested annotations: "University of [Oxford]"), earlier
 * first on ties, so the result is a flat, sorted span list as BIO labelling needs.
 */
export function flatSpans(spans: readonly NamedSpan[]): NamedSpan[] {
  const byLength = [...spans].sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const taken: NamedSpan[] = [];
  for (const s of byLength) if (!taken.some((t) => t.from < s.to && s.from < t.to)) taken.push(s);
  return taken.sort((a, b) => a.from - b.from);
}
