// One sentence through the whole syntactic chain: tag (UPOS+XPOS), lemmatize, parse. Shared by
// the syntax stage, `newsgraph parse`, eval/parse.ts and bench/parse.ts so they measure the same
// thing.
import { getLemmatizer } from './lemmatizer.js';
import { getParser } from './parser.js';
import { getTagger } from './tagger.js';
import { repairMissingFiniteVerb, repairPrepositionAsClauseMark, repairSecondSubject, repairSubjectAsApposition } from './syntax-repair.js';

export interface SentenceAnalysis {
  upos: string[];
  xpos: string[];
  lemmas: string[];
  /** 1-based heads, 0 = root */
  heads: number[];
  deprels: string[];
}

let ids = new Int32Array(256);

export function analyzeSentence(forms: readonly string[]): SentenceAnalysis {
  const n = forms.length;
  const tagger = getTagger();
  const parser = getParser();
  const lem = getLemmatizer();
  if (ids.length < n) ids = new Int32Array(n * 2);
  // tag ids go straight to the parser (no tag strings built and looked up again per token)
  tagger.tagIds(forms, ids, n);
  const { uposOf, xposOf } = tagger;
  repairMissingFiniteVerb(forms, ids, n, uposOf, xposOf);
  const r = parser.parseIdsInto(forms, ids, uposOf, xposOf);
  const names = parser.labelNames;
  const upos = new Array<string>(n);
  const xpos = new Array<string>(n);
  const lemmas = new Array<string>(n);
  const heads = new Array<number>(n);
  const deprels = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const t = ids[i]!;
    upos[i] = uposOf[t]!;
    xpos[i] = xposOf[t]!;
    lemmas[i] = lem.lemmatize(forms[i]!, upos[i]!, xpos[i]!);
    heads[i] = r.heads[i]!;
    deprels[i] = names[r.labels[i]!]!;
  }
  repairSecondSubject(heads, deprels, upos);
  repairSubjectAsApposition(heads, deprels, xpos);
  repairPrepositionAsClauseMark(heads, deprels, xpos, forms);
  return { upos, xpos, lemmas, heads, deprels };
}
