// "In a CNN/ORC poll released Wednesday, 38 percent of voters said …", "In the latest survey,
// Clinton leads by 9 points": a sentence that opens with "In" + a poll or survey attributes the rest
// to it. PolNeAR marks "In" as the cue, the poll phrase as the source and the clause after the
// comma as the content (train: 15 of 18 such sentences; "in the polls" later in a sentence is
// mostly the author's, 19 of 121, and is left alone).
import { contentEnd, extendToQuote, MAX_SENTENCE_TOKENS } from './content-bounds.js';
import { cueAttribution } from './cue-attribution.js';
import type { Cue } from './cues.js';
import { accept, isFree, type State } from './state.js';
import { isPunct, isQuoteTok } from './view.js';

const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys']);
/** the poll phrase before its comma: at most this many tokens */
const MAX_POLL_PHRASE = 14;

export function attachPollAttributions(st: State): void {
  const v = st.v;
  const entry = v.lex.cues.get('according to');
  if (!entry) return;
  for (const sent of v.doc.sentences) {
    const s = sent.tokenStart;
    const e = sent.tokenEnd;
    if (e - s < 5 || e - s > MAX_SENTENCE_TOKENS || v.tokens[s]!.form !== 'In' || st.usedTok[s] || v.inQuote[s]! >= 0) continue;
    let comma = -1;
    let poll = -1;
    for (let j = s + 1; j < Math.min(e, s + MAX_POLL_PHRASE + 2); j++) {
      if (isQuoteTok(v, j) || isPunct(v, j, '.;:?!')) break;
      if (isPunct(v, j, ',')) {
        comma = j;
        break;
      }
      if (POLL_NOUNS.has(v.lower[j]!) && poll < 0) poll = j;
    }
    if (poll < 0 || comma < 0) continue;
    const ce = contentEnd(v, s, e);
    if (comma + 2 > ce || !isFree(st, s, ce)) continue;
    const cue: Cue = { entry, head: s, start: s, end: s + 1 };
    const content = [{ start: v.tokens[comma + 1]!.start, end: extendToQuote(v, ce - 1) }];
    accept(st, cueAttribution(v, content, cue, { start: s + 1, end: comma, head: poll }, 'according-to', 'poll-initial', null));
  }
}
