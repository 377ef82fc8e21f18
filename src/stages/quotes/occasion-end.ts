// Where an attitude verb's noun-phrase object ends before the occasion of the report: "attacked
// Machado in early-morning tweets", "defended his record at a rally in Ohio", "called the ruling
// a disgrace in a statement" — a prepositional phrase whose noun names a medium or a gathering
// (data/quote-rule-words.tsv classes medium and gathering) is where and how the words were said,
// not what was said. A clause content keeps its phrases (what was said happened there). PolNeAR
// train: 16 contents become exact, 3 stop being ("critique of his performance at Saturday's debate",
// "participants in the meeting"); dev: 2 become exact, none stop being (eval/polnear-edges-14.md).
import { CLAUSE_OPENERS } from '../../lexicon/function-words.js';
import { inClass, isPunct, isQuoteTok, isWord, POS_AUX, POS_VERB, type View } from './view.js';
import { W_GATHERING, W_MEDIUM, W_TIME } from './words.js';

const OCCASION_PREPS = new Set(['in', 'on', 'at', 'via', 'over', 'through', 'from', 'during']);
// words between the preposition and the occasion noun: "in a statement", "at a campaign rally in …",
// "in an interview with …", "in early-morning tweets"
const MAX_MODIFIERS = 3;

/** the new end (exclusive) of the object content [start, fe), or `fe` */
export function occasionEnd(v: View, start: number, fe: number, isClause: boolean): number {
  if (isClause || v.lower[start] === 'to' || CLAUSE_OPENERS.has(v.lower[start]!)) return fe;
  for (let j = start + 1; j < fe - 1; j++) {
    if (v.tagged && (v.posCode[j - 1] === POS_VERB || v.posCode[j - 1] === POS_AUX)) return fe;
    if (!OCCASION_PREPS.has(v.lower[j]!) || v.inQuote[j]! >= 0) continue;
    if (!isWord(v, j - 1) && !isQuoteTok(v, j - 1)) continue;
    for (let k = j + 1; k < fe && k <= j + 1 + MAX_MODIFIERS; k++) {
      if (isPunct(v, k) || v.inQuote[k]! >= 0) break;
      const w = v.lower[k]!;
      if (!inClass(v, k, W_MEDIUM) && !inClass(v, k, W_GATHERING)) continue;
      // the phrase closes the content: no verb after it ("urged supporters at a rally to ask …"
      // keeps the listener's infinitive, and the rally is inside what was urged)
      for (let m = k + 1; m < fe; m++) if (v.tagged && (v.posCode[m] === POS_VERB || v.posCode[m] === POS_AUX)) return fe;
      // a bare time word right before it is the report's time too ("… Wednesday on a radio show")
      let cut = j;
      while (cut - 1 > start && (inClass(v, cut - 1, W_TIME) || isPunct(v, cut - 1, ','))) cut--;
      return cut;
    }
  }
  return fe;
}
