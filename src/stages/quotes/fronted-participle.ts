// Fronted participial adjuncts: "After saying he was nervous to ask a question, the man …",
// "In rejecting a similar challenge to Cruz's eligibility, the commission …", "Since announcing
// in October that he would not seek the presidency, Mr. Biden …". The -ing cue's attribution
// belongs to the main clause's subject (the participle's understood subject), its content is the
// adjunct's object or clause up to the comma that hands over to the main clause. No rule read
// these: the cue has no subject before it. PolNeAR train: 15 of 20 sentence-initial
// "PREP + cue-ing" adjuncts are marked, 0 were predicted. A bare one opening the sentence reads the
// same ("Noting that …, Tester said", "Declaring that he alone …, the mogul …": train 13
// predictions, 8 content-exact, 10 cue-exact; its own rule id, quotes:fronted-participle-bare).
// Runs after the verb rules, on tokens they left free.
import { attributableSentences, forwardEnd, leadEnd } from './content-bounds.js';
import { particlesAfter } from './cues.js';
import { headOf, type NP } from './source-np.js';
import { acceptIndirect, isFree, type State } from './state.js';
import { inClass, isPunct, isWord, POS_ADP, POS_VERB, type View } from './view.js';
import { W_PRON, W_TIME } from './words.js';

// prepositions and subordinators that front a participial adjunct ("After saying …", "While saying …")
const FRONTING = new Set(['after', 'by', 'in', 'while', 'before', 'since', 'when', 'without', 'upon', 'despite', 'besides', 'on']);
// two-word openers: "Instead of calling himself conservative, …", "Rather than …"
const FRONTING_PAIRS = new Set(['instead of', 'rather than']);
/** at most this many tokens between the cue and the comma closing the adjunct */
const MAX_ADJUNCT = 40;

/** the -ing cue right after a fronting preposition at `k` (or at `k` itself when `bare`), or -1 */
function frontedCue(v: View, k: number, bare = false): number {
  const pair = `${v.lower[k]} ${v.lower[k + 1]}`;
  const i = bare ? k : FRONTING_PAIRS.has(pair) ? k + 2 : FRONTING.has(v.lower[k]!) ? k + 1 : -1;
  if (i < 0 || !/^[a-z]+ing$/.test(v.lower[i] ?? '')) return -1;
  const e = v.lex.cues.get(v.lower[i]!);
  if (!e || e.cls === 'prep' || e.cls === 'noun' || e.use === 'quote') return -1;
  // a particle-bound cue needs its particles ("making the case", not "making their home")
  if (e.particles && particlesAfter(v, i, e) === 0) return -1;
  return !v.tagged || v.posCode[i] === POS_VERB ? i : -1;
}

/** the comma that closes the adjunct before the main clause's subject (the first comma after `from`) */
function adjunctComma(v: View, from: number, ce: number): number {
  for (let j = from; j < Math.min(ce, from + MAX_ADJUNCT); j++) {
    if (v.inQuote[j]! >= 0) continue;
    if (isPunct(v, j, ',')) return j;
    if (isPunct(v, j, ';:—–()')) return -1;
  }
  return -1;
}

/** where the content starts after the cue: past its particles and a time adjunct before "that" ("announcing in October that …") */
function contentFrom(v: View, i: number, comma: number): number {
  const e = v.lex.cues.get(v.lower[i]!)!;
  const from = i + 1 + particlesAfter(v, i, e);
  for (let j = from; j < Math.min(comma, from + 5); j++) if (v.lower[j] === 'that') return j;
  return from;
}

/** at most this many tokens in the main clause's subject */
const MAX_SUBJECT = 18;

/**
 * The nominal subject of the verb the participle's adjunct hangs on (the participle's understood
 * subject), from the parse: the contiguous phrase in [lo, hi) whose heads lead to it, or null.
 */
function adjunctHostSubject(v: View, i: number, lo: number, hi: number): NP | null {
  const toks = v.tokens;
  const h = toks[i]!.head;
  if (h < 0 || !/^advcl/.test(toks[i]!.dep ?? '')) return null;
  let subj = -1;
  for (let j = lo; j < hi; j++) if (toks[j]!.head === h && /^nsubj/.test(toks[j]!.dep ?? '') && !/pass/.test(toks[j]!.dep ?? '')) subj = j;
  if (subj < 0) return null;
  const under = (k: number) => {
    for (let n = 0, x = k; n < MAX_SUBJECT && x >= 0; n++, x = toks[x]!.head) if (x === subj) return true;
    return false;
  };
  let start = subj;
  while (start - 1 >= lo && under(start - 1)) start--;
  let end = subj + 1;
  while (end < hi && under(end)) end++;
  while (end > start + 1 && isPunct(v, end - 1)) end--;
  while (start < end - 1 && !isWord(v, start)) start++;
  if (end - start > MAX_SUBJECT) return null;
  return { start, end, head: inClass(v, subj, W_PRON) ? subj : headOf(v, start, end) };
}

export function attachFrontedParticiples(st: State): void {
  const v = st.v;
  if (!v.parsed) return;
  for (const { s, ce } of attributableSentences(v, 6)) {
    const k = leadEnd(v, s);
    let i = frontedCue(v, k);
    const bare = i < 0;
    if (bare) i = frontedCue(v, k, true);
    if (i < 0 || st.usedTok[i]) continue;
    const from = contentFrom(v, i, ce);
    const comma = adjunctComma(v, from, ce);
    // ("In responding Friday, …": no object or clause, nothing was said about anything)
    if (comma <= from || inClass(v, from, W_TIME) && comma === from + 1) continue;
    // a bare participle with a prepositional complement sets the scene ("Pointing to X's involvement,
    // Weber told …", "Reporting among the poorest …": PolNeAR train 0 of 4 marked)
    if (bare && v.posCode[from] === POS_ADP) continue;
    const h = v.tokens[i]!.head;
    const np = h > comma && h < ce ? adjunctHostSubject(v, i, comma + 1, h) : null;
    if (np && np.start !== comma + 1) continue;
    // (the subject may be the main clause's own source too: "Instead of calling himself
    // conservative, Mr. Trump said …" is two attributions of one source; never content)
    if (!np || !isFree(st, i, comma) || st.usedTok.subarray(np.start, np.end).includes(1)) continue;
    // the main clause's subject said it: cue the participle, content up to the adjunct's comma
    const cueEnd = i + 1 + particlesAfter(v, i, v.lex.cues.get(v.lower[i]!)!);
    acceptIndirect(st, i, { start: from, end: comma }, { start: i, end: cueEnd }, np, bare ? 'quotes:fronted-participle-bare' : 'quotes:fronted-participle', 'fronted-participle');
  }
}

// subordinators of an adjunct after its clause: "Trump told reporters, before insisting he had …",
// "Police charged him after determining that …", "…, while saying that …", "distanced himself …
// by saying he would …" (train, not predicted: after/before 26 of 36 marked; with the parse's
// subject the four make 18 predictions, source exact 15, cue 13; "in" adjuncts stay out)
export const POSTPOSED = new Set(['after', 'before', 'while', 'by']);

/** "SUBJ VERB …, before/after CUE-ing …": the clause's subject is the participle's source, content to the clause end */
export function attachPostposedParticiples(st: State): void {
  const v = st.v;
  if (!v.parsed) return;
  for (const { s, ce } of attributableSentences(v, 6)) {
    for (let k = s + 2; k + 2 < ce; k++) {
      if (!POSTPOSED.has(v.lower[k]!)) continue;
      k = postposedAt(st, k, s, ce);
    }
  }
}

/**
 * The attribution of the participle after the subordinator at token `k` in sentence [s, ce),
 * accepted; returns where the scan resumes: `k` when there is none. (Apart from the scan: the
 * per-token loop compiles small, this rarer path on its own.)
 */
function postposedAt(st: State, k: number, s: number, ce: number): number {
  const v = st.v;
  const i = frontedCue(v, k);
  if (i < 0 || st.usedTok[i]) return k;
  const h = v.tokens[i]!.head;
  if (h < s || h >= k) return k;
  const np = adjunctHostSubject(v, i, s, h);
  if (!np || st.usedTok.subarray(np.start, np.end).includes(1)) return k;
  const from = contentFrom(v, i, ce);
  const end = forwardEnd(v, from, ce);
  if (end <= from || !isFree(st, i, end) || inClass(v, from, W_TIME) && end === from + 1) return k;
  // the clause's subject said it: cue the participle, content its object or clause
  const cueEnd = i + 1 + particlesAfter(v, i, v.lex.cues.get(v.lower[i]!)!);
  acceptIndirect(st, i, { start: from, end }, { start: i, end: cueEnd }, np, 'quotes:postposed-participle', 'fronted-participle');
  return end - 1;
}
