// "Asked whether he would run, Smith said …": a fronted "Asked" reports a question put to the
// subject; the question is the content and the asker (named by "by") the source.
import { cueAttribution, lastCapital } from './cue-attribution.js';
import { MAX_SENTENCE_TOKENS } from './content-bounds.js';
import type { Cue } from './cues.js';
import type { NP } from './source-np.js';
import { accept, isFree, type State } from './state.js';
import { inClass, isPunct, isQuoteTok, tokSpan } from './view.js';
import { W_LEAD, W_TIME } from './words.js';
import { QUESTION_OPENERS } from '../../lexicon/function-words.js';

/** a question, or what it was about ("Asked about the plan,", "Asked to comment,") */
const ASKED_OPENERS = new Set([...QUESTION_OPENERS, 'about', 'to']);

/**
 * "Asked whether he would run, Smith said …" / "Asked by reporters about the plan, …": the
 * fronted participle reports a question put to the subject; the question is the content, the
 * asker (when named by "by") the source. The main clause is left to the other rules.
 */
export function attachAsked(st: State): void {
  const v = st.v;
  for (const sent of v.doc.sentences) {
    const s = sent.tokenStart;
    const e = sent.tokenEnd;
    if (e - s < 4 || e - s > MAX_SENTENCE_TOKENS) continue;
    let i = s;
    while (i < e && (isQuoteTok(v, i) || inClass(v, i, W_LEAD) || isPunct(v, i, ','))) i++;
    if (v.lower[i] !== 'asked' || st.usedTok[i]) continue;
    let j = i + 1;
    let np: NP | null = null;
    if (v.lower[j] === 'by') {
      // the asker: a short phrase up to the question
      let k = j + 1;
      while (k < Math.min(e, j + 8) && !ASKED_OPENERS.has(v.lower[k]!) && !isPunct(v, k)) k++;
      if (k === j + 1 || !ASKED_OPENERS.has(v.lower[k]!)) continue;
      np = { start: j + 1, end: k, head: lastCapital(v, j + 1, k) };
      j = k;
    }
    // ("Asked later about …", "Asked Tuesday about Sullivan, Feinstein said": a time word too)
    while (j < e && (lyAdverbWord(v.lower[j]!) || inClass(v, j, W_TIME))) j++;
    if (!ASKED_OPENERS.has(v.lower[j]!)) continue;
    // "Asked about the plan,": PolNeAR keeps "about" in the cue (train: "asked about" in 20, out 6)
    const about = v.lower[j] === 'about' && j === i + 1;
    const start = about ? j + 1 : j;
    let c = start + 1;
    while (c < e && !(isPunct(v, c, ',') && v.inQuote[c] < 0)) c++;
    if (c >= e - 1 || c - start < 2 || !isFree(st, i, c)) continue;
    const cue: Cue = { entry: v.lex.cues.get('asked')!, head: i, start: i, end: about ? i + 2 : i + 1 };
    accept(st, cueAttribution(v, [tokSpan(v, start, c)], cue, np, 'asked', 'asked-fronted', null));
  }
}

function lyAdverbWord(l: string): boolean {
  return /^[a-z]{3,}ly$/.test(l) || l === 'again' || l === 'later';
}
