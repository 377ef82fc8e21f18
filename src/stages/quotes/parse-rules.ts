// Indirect speech from the dependency parse, for what the surface rules left: a cue verb of
// data/speech-verbs.tsv with a clausal complement (ccomp, or parataxis for "X said, …") and a
// subject (nsubj). The source is the subject's subtree, the content the complement's subtree.
// Runs only when the parse layer is present; subtrees are walked at most MAX_SUBTREE (constructions.ts) tokens deep
// so a pathological sentence stays linear.
import { cueAt, verbGroup } from './cues.js';
import { accept, isFree, type State } from './state.js';
import { inClass, isPossessive, isPunct, tokSpan, POS_ADV, type View } from './view.js';
import { W_PREP, W_TIME } from './words.js';
import { timeLexicon } from '../time/lexicon.js';
import { MAX_SENTENCE_TOKENS } from './content-bounds.js';
import { notSpeech } from './not-speech.js';
import { subtreeSpan } from './constructions.js';

/**
 * The end of a subject subtree without the adjuncts the parser hung on it: a time ("The Security
 * Council on Friday", "federal prosecutors in April") or a closing adverb ("… and diplomats almost").
 */
function withoutTrailingAdjunct(v: View, head: number, end: number): number {
  for (let k = head + 1; k < end; k++) {
    const next = v.lower[k + 1] ?? '';
    if (inClass(v, k, W_PREP) && (inClass(v, k + 1, W_TIME) || timeLexicon().months.has(next) || /^\d{4}$/.test(next))) return k;
    if (inClass(v, k, W_TIME) && !isPossessive(v, k + 1)) return k;
  }
  if (end - 1 > head && v.tagged && v.posCode[end - 1] === POS_ADV) return end - 1;
  return end;
}

export function attachParsed(st: State): void {
  const v = st.v;
  if (!v.parsed) return;
  const kids = v.kids;
  for (const sent of v.doc.sentences) {
    if (sent.tokenEnd - sent.tokenStart > MAX_SENTENCE_TOKENS) continue;
    for (let i = sent.tokenStart; i < sent.tokenEnd; i++) {
      // (cueAt finds nothing between cue words)
      i = v.nextVerbCue[i]!;
      if (i >= sent.tokenEnd) break;
      if (st.usedTok[i] || v.inQuote[i] >= 0) continue;
      const entry = cueAt(v, i, sent.tokenStart);
      if (!entry || entry.cls === 'prep' || entry.cls === 'noun' || entry.use === 'quote') continue;
      const subj = kids[i]!.find((c) => v.tokens[c]!.dep === 'nsubj');
      const comp = kids[i]!.find((c) => v.tokens[c]!.dep === 'ccomp' && c > i);
      if (subj === undefined || comp === undefined || subj > i) continue;
      const g = verbGroup(v, i, entry, sent.tokenStart, sent.tokenEnd);
      const [ss, se0] = subtreeSpan(kids, subj);
      const se = withoutTrailingAdjunct(v, subj, se0);
      let [cs, ce] = subtreeSpan(kids, comp);
      if (cs < g.end) cs = g.end;
      while (ce > cs && isPunct(v, ce - 1) && v.inQuote[ce - 1] < 0) ce--;
      if (se > g.start || ce <= cs || !isFree(st, cs, ce) || !isFree(st, ss, se)) continue;
      if (notSpeech(v, g, { start: ss, end: se, head: subj }, cs, ce)) continue;
      accept(st, {
        content: [tokSpan(v, cs, ce)],
        cue: tokSpan(v, g.start, g.end),
        source: tokSpan(v, ss, se),
        sourceHead: tokSpan(v, subj, subj + 1),
        addressee: null,
        kind: 'indirect',
        sent: v.tokens[i]!.sent,
        rule: 'quotes:parse-ccomp',
        origin: 'parse',
      });
    }
  }
}
