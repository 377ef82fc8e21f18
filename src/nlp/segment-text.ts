// Raw text → paragraphs, sentences and tokens (the `segment` stage and `newsgraph parse` both use
// this). Paragraphs come from line breaks, tokens from the tokenizer, sentences from the splitter
// run inside each paragraph, so a sentence never crosses a paragraph: the rule splitter first, then
// the learned boundary classifier (sentence-boundary.ts), which sees the rules' decision and adds the
// ends web and e-mail text leaves unpunctuated. `sentenceModel: null` gives the rules alone.
import type { Paragraph, Sentence, Token } from '../core/doc.js';
import { paragraphSpans } from './segment-paragraphs.js';
import { splitSentences } from './sentences.js';
import { getSentenceModel, type SentenceBoundaryModel } from './sentence-boundary.js';
import { tokenize, type RawToken } from './tokenize.js';
import { tokenizeLexicon, type TokenizeLexicon } from './tokenize-lexicon.js';
import * as chars from './tokenize-chars.js';
import { lowerCase } from '../core/lower-forms.js';

const { isSpace } = chars; // read once (see tokenize.ts)

export interface Segmentation {
  readonly paragraphs: Paragraph[];
  readonly sentences: Sentence[];
  readonly tokens: Token[];
}

export function segmentText(text: string, lex: TokenizeLexicon = tokenizeLexicon(), sentenceModel: SentenceBoundaryModel | null = getSentenceModel()): Segmentation {
  const paragraphs = paragraphSpans(text);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    const raw = tokenize(text, para.start, para.end, lex);
    const ruleEnds = splitSentences(text, raw, 0, raw.length, lex);
    const ends = sentenceModel ? sentenceModel.refine(text, raw, 0, raw.length, ruleEnds) : ruleEnds;
    let s0 = 0;
    for (const s1 of ends) {
      const sent = sentences.length;
      const tokenStart = tokens.length;
      for (let k = s0; k < s1; k++) {
        const t = raw[k]!;
        if (k === s1 - 1 && givesBackPeriod(text, t)) {
          tokens.push(makeToken(text, t.start, t.end - 1, sent));
          tokens.push(makeToken(text, t.end - 1, t.end, sent));
        } else {
          tokens.push(makeToken(text, t.start, t.end, sent));
        }
      }
      s0 = s1;
      if (tokens.length === tokenStart) continue;
      sentences.push({ start: tokens[tokenStart]!.start, end: tokens[tokens.length - 1]!.end, tokenStart, tokenEnd: tokens.length, paragraph: p });
    }
  }
  return { paragraphs, sentences, tokens };
}

/**
 * Refiner: an abbreviation with a single period that ends a sentence gives the period back as the
 * sentence's final punctuation ("… Cargill, Inc ." as EWT writes it); initials with several periods
 * keep it ("… to the U.S.").
 */
function givesBackPeriod(text: string, t: RawToken): boolean {
  if (!t.abbrev || t.end - t.start < 2) return false;
  for (let i = t.start; i < t.end - 1; i++) if (text.charCodeAt(i) === 46) return false;
  return true;
}

function makeToken(text: string, start: number, end: number, sent: number): Token {
  const form = text.slice(start, end);
  return {
    start,
    end,
    form,
    pos: '',
    xpos: '',
    lemma: lowerCase(form),
    head: -1,
    dep: '',
    sent,
    spaceAfter: end < text.length && isSpace(text.charCodeAt(end)),
    // written, though empty, so that every token has one shape (the syntax stage's tokens too)
    repair: undefined,
  };
}
