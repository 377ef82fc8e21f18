// Building corpus sentences from pre-tokenised corpora: the text is the tokens joined by single
// spaces (the corpora give no raw text), and labelled token ranges become named spans.
import type { CorpusSentence, CorpusWord, NamedSpan } from '../corpus.js';

// a hyphen token between two word tokens ("Jean - Claude", "co - founder"), as Re-DocRED's tokenizer
// splits every hyphenated word: written without spaces the text reads as the original did, and the
// pipeline's free-dash rule (ner-model.ts: a dash between spaces is never inside a name) then cuts no
// name in two ("Jean - Claude Killy" scored as "Jean")
const glued = (forms: readonly string[], i: number) => forms[i] === '-' && /[\p{L}\p{N}]$/u.test(forms[i - 1] ?? '') && /^[\p{L}\p{N}]/u.test(forms[i + 1] ?? '');

/** A sentence of the tokens joined by single spaces; with `glueHyphens`, a hyphen between two words takes none. */
export function sentenceFromTokens(forms: readonly string[], named: readonly NamedSpan[], id?: string, glueHyphens = false): CorpusSentence {
  const words: CorpusWord[] = [];
  let text = '';
  for (let i = 0; i < forms.length; i++) {
    const f = forms[i]!;
    if (text && !(glueHyphens && (glued(forms, i) || glued(forms, i - 1)))) text += ' ';
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
