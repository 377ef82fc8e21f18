// One sentence through the whole syntactic chain: tag (UPOS+XPOS), lemmatize, parse. Shared by
// the syntax stage, `newsgraph parse`, eval/parse.ts and bench/parse.ts so they measure the same
// thing.
import { getLemmatizer } from './lemmatizer.js';
import { getParser } from './parser.js';
import { getTagger } from './tagger.js';

export interface SentenceAnalysis {
  upos: string[];
  xpos: string[];
  lemmas: string[];
  /** 1-based heads, 0 = root */
  heads: number[];
  deprels: string[];
}

export function analyzeSentence(forms: readonly string[]): SentenceAnalysis {
  const { upos, xpos } = getTagger().tag(forms);
  const lem = getLemmatizer();
  const lemmas = forms.map((f, i) => lem.lemmatize(f, upos[i]!, xpos[i]!));
  const { heads, deprels } = getParser().parse(forms, upos, xpos);
  return { upos, xpos, lemmas, heads, deprels };
}
