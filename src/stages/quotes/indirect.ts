// Indirect and mixed speech from surface patterns over one sentence (the dependency rules in
// parse-rules.ts take over where a parse is present):
//   CONTENT, X said.  /  CONTENT, said X.             (attribution closing the sentence)
//   A, X said, B.                                      (parenthetical attribution: content A + B)
//   X said (on Monday) (that) CONTENT.                 (cue, optional addressee/adjuncts, clause)
//   X, who …, said CONTENT / X warned of …            (any cue of data/speech-verbs.tsv)
//   CONTENT, X believes. / CONTENT, polls show.        (closing cognition and evidential verbs)
//   X is expected to VP / it is believed that CONTENT  (raising and impersonal passives: no source)
// Quoted fragments inside the content make it 'mixed'. Cues inside claimed content are nested
// attributions and are left alone (PolNeAR marks only the outermost).
import type { Span } from '../../core/span.js';
import { listener, objectAfter, shortNP } from './addressee.js';
import { subjectNP } from './attach-direct.js';
import { cueAt, verbGroup, type Cue } from './cues.js';
import { leftNP, rightNP, type NP } from './source-np.js';
import { inanimateSource, notSpeech } from './not-speech.js';
import { accept, isFree, type State } from './state.js';
import type { Attribution } from './types.js';
import { cueLexicon, is } from './words.js';
import { isCap, isPunct, isQuoteTok, isWord, tokSpan, type View } from './view.js';

/** last content token of a sentence: drop closing punctuation (but not a closing quote mark) */
function contentEnd(v: View, s: number, e: number): number {
  let j = e;
  while (j > s && isPunct(v, j - 1) && !isQuoteTok(v, j - 1) && v.tokens[j - 1]!.form !== ')') j--;
  return j;
}

function make(v: View, content: Span[], cue: Cue, np: NP | null, rule: string, addressee: Span | null): Attribution {
  return {
    content,
    cue: tokSpan(v, cue.start, cue.end),
    source: np ? tokSpan(v, np.start, np.end) : null,
    sourceHead: np ? tokSpan(v, np.head, np.head + 1) : null,
    addressee,
    kind: 'indirect',
    sent: v.tokens[cue.head]!.sent,
    rule: `quotes:${rule}`,
  };
}

/**
 * Only adjuncts between the end of the attribution and the sentence end: "said Tuesday",
 * "said in an interview", "told CNN on Sunday", "said last week" — at most five words, opening
 * with a preposition, a time word, an adverb or a name.
 */
function onlyTrailing(v: View, from: number, end: number): boolean {
  let n = 0;
  for (let j = from; j < end; j++) {
    if (isPunct(v, j, ',;') && j + 1 < end) return false; // more clause follows: parenthetical
    if (isPunct(v, j)) continue;
    n++;
    if (n > 5) return false;
    const l = v.lower[j]!;
    if (n === 1 && !(is('prep', l) || is('time', l) || is('adv', l) || /ly$/.test(l) || isCap(v, j))) return false;
    if (is('pron', l) || is('stop', l) && l !== 'after' && l !== 'before') return false;
  }
  return true;
}

// participles that work as prepositions and keep the clause going ("…, including the U.K. and France")
const PREP_PARTICIPLES = new Set(['including', 'according', 'following', 'regarding', 'concerning', 'excluding', 'involving', 'during', 'notwithstanding', 'considering', 'barring', 'pending']);

const AUTHOR_TAIL = new Set(['but', 'while', 'however', 'although', 'though', 'whereas', 'who', 'which', 'according']);

/**
 * Where forward content ends: the sentence end, extended to the closing mark of a quotation that
 * runs past it ("said that “ethanol people” “do a fantastic job. And …”"), cut before a comma
 * that hands back to the author (", but Cook did not say when", ", who was his chief of staff").
 */
export function forwardEnd(v: View, start: number, ce: number): number {
  for (let j = start + 2; j < ce - 1; j++) {
    if (v.inQuote[j] >= 0) continue;
    if (isPunct(v, j, ',;') && AUTHOR_TAIL.has(v.lower[j + 1]!)) return j;
    // ", citing …", ", amounting to …": a participial adjunct the author adds
    if (isPunct(v, j, ',') && /^[a-z]+ing$/.test(v.tokens[j + 1]!.form) && !is('stop', v.lower[j + 1]!) && !PREP_PARTICIPLES.has(v.lower[j + 1]!)) return j;
    // "…, and Clinton said she would win": a second attribution starts
    if (v.lower[j] === 'and' || v.lower[j] === 'but') {
      for (let k = j + 1; k < Math.min(ce, j + 8); k++) {
        if (isPunct(v, k) || is('stop', v.lower[k]!)) break;
        const e = cueAt(v, k, j + 1);
        if (e && e.cls !== 'prep') {
          const np = leftNP(v, verbGroup(v, k, e, j + 1, ce).start, j + 1);
          if (np && np.start === j + 1 || !np && k === j + 1) return isPunct(v, j - 1, ',;') ? j - 1 : j;
          break;
        }
      }
    }
  }
  return ce;
}

/** the end offset of content ending at token `last`, extended to the end of a quote it is inside */
export function extendToQuote(v: View, last: number): number {
  const m = v.inQuote[last]!;
  const end = v.tokens[last]!.end;
  return m >= 0 ? Math.max(end, v.marks[m]!.end) : end;
}

const LISTENER_VERBS = new Set(['tell', 'warn', 'urge', 'ask', 'remind', 'assure', 'inform', 'notify', 'advise', 'promise']);
const CLAUSE_OPENERS = new Set(['that', 'how', 'whether', 'what', 'why', 'to', 'if', 'when', 'where', 'who']);

/** Where the content starts after the cue group: past an addressee, adjuncts and commas, at "that". */
function contentStart(v: View, cue: Cue, end: number): { start: number; addressee: Span | null } {
  let i = cue.end;
  // the object slot is skipped even when it names a gathering ("told a news conference that …")
  const obj = objectAfter(v, cue, end);
  let addressee: Span | null = obj && tokSpan(v, obj[0], obj[1]);
  if (addressee && ['tell', 'assure', 'inform', 'remind', 'warn', 'urge', 'ask', 'thank'].includes(cue.entry.lemma)) {
    const np = shortNP(v, i, end);
    if (np && v.lower[np[1]] !== 'to' || np && cue.entry.lemma === 'tell') i = np[1];
    else addressee = null;
    // nothing after the object: the object is the content ("urged restraint.")
    if (i >= end || !isWord(v, i) && !isQuoteTok(v, i)) {
      i = cue.end;
      addressee = null;
    }
  } else if (addressee) {
    // "said to X that": skip "to X"
    while (i < end && v.tokens[i]!.end <= addressee.end) i++;
  }
  if (obj && addressee && !listener(v, obj)) addressee = null;
  // "said on Twitter on Monday, in reference to …, “Next summer …”": adjuncts, then the quotation
  if (i < end && (is('prep', v.lower[i]!) || is('time', v.lower[i]!) || isPunct(v, i, ','))) {
    for (let j = i + 1; j < Math.min(end, i + 30); j++) {
      if (v.lower[j] === 'that' || cueAt(v, j, i)) break;
      if (isQuoteTok(v, j) && v.inQuote[j] >= 0 && isPunct(v, j - 1, ',:')) return { start: j, addressee };
    }
  }
  // "told host Alex Marlow on Thursday how …", "is warning voters that …", "tells a rally to …"
  if (LISTENER_VERBS.has(cue.entry.lemma)) {
    for (let j = cue.end; j < Math.min(end, cue.end + 10); j++) {
      if (isPunct(v, j, ',;:') || isQuoteTok(v, j) || cueAt(v, j, cue.end)) break;
      if (j > cue.end && CLAUSE_OPENERS.has(v.lower[j]!)) {
        const np = shortNP(v, cue.end, j);
        return { start: j, addressee: obj ? addressee : np ? listener(v, np) : null };
      }
    }
  }
  // "said on Monday that …", "reported on March 6, citing …, that …"
  for (let j = i; j < Math.min(end, i + 16); j++) {
    if (v.lower[j] === 'that' && !isQuoteTok(v, j - 1)) {
      const between = v.lower.slice(i, j);
      if (j === i || between.length && (is('prep', between[0]!) || is('time', between[0]!) || isPunct(v, i, ','))) return { start: j, addressee };
      break;
    }
    if (isQuoteTok(v, j)) break;
  }
  // "said on Wednesday he would …", "said last week she …": a time adjunct before a bare clause
  const t = timeAdjunctEnd(v, i, end);
  if (t > i && t < end && isWord(v, t) && v.inQuote[t] < 0) i = t;
  while (i < end && isPunct(v, i, ',:')) i++;
  return { start: i, addressee };
}

const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(\.|[a-z]*)$/;
const TIME_LEAD = new Set(['on', 'in', 'last', 'this', 'next', 'late', 'early', 'earlier', 'for', 'over', 'during']);

/** end of a short time adjunct starting at i ("on Monday", "last week", "in March", "Thursday"), or i */
function timeAdjunctEnd(v: View, i: number, end: number): number {
  let j = i;
  let timed = false;
  while (j < Math.min(end, i + 4)) {
    const l = v.lower[j]!;
    if (is('time', l) || MONTHS.test(l) && (l !== 'may' || isCap(v, j))) timed = true;
    else if (!(TIME_LEAD.has(l) || /^\d{1,4}$/.test(l) || l === 'the' || l === 'past' || l === 'weeks' || l === 'days' || l === 'months' || l === 'years')) break;
    j++;
  }
  if (!timed) return i;
  // never end on a lead word ("said last"): back off to the last time word
  while (j > i && TIME_LEAD.has(v.lower[j - 1]!)) j--;
  return j;
}

// cognition and evidential verbs that close a sentence as speech verbs do ("The plan will fail,
// she believes." / "…, new filings show."); desire and stance verbs never take a fronted clause
const CLOSING_ATTITUDE = new Set(['believe', 'think', 'feel', 'expect', 'hope', 'fear', 'suspect', 'reckon', 'guess', 'know', 'worry', 'show', 'find', 'predict', 'estimate']);

// passives that report a belief or a statement without naming its holder: "X is expected to …",
// "X was thought to be …", "it is believed that …" (PolNeAR: no source, the empty "it" left out)
const RAISING_PASSIVE = new Set(['expect', 'believe', 'think', 'say', 'report', 'know', 'understand', 'consider', 'rumor', 'suspect', 'estimate', 'predict', 'project', 'allege', 'claim', 'fear']);

const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", '’s']);

/** "is expected", "was told", "were asked": the subject is not the source of a passive cue */
function isPassive(v: View, g: Cue): boolean {
  for (let k = g.head - 1; k >= g.start; k--) if (BE.has(v.lower[k]!)) return /(ed|wn|ld|ght|id|en)$/.test(v.lower[g.head]!);
  return false;
}

/** A longer "sentence" is a segmentation failure (a list, a table, a 2 MB run-on): skipping it
 * keeps the per-cue scans below bounded, so the stage stays linear. */
export const MAX_SENTENCE_TOKENS = 300;

export function attachIndirect(st: State): void {
  const v = st.v;
  for (const sent of v.doc.sentences) {
    const s = sent.tokenStart;
    const e = sent.tokenEnd;
    if (e - s < 3 || e - s > MAX_SENTENCE_TOKENS) continue;
    const ce = contentEnd(v, s, e);
    // 1. attributions that close or interrupt the sentence (outermost: they take the rest)
    for (let i = s + 1; i < e; i++) {
      if (st.usedTok[i] || v.inQuote[i] >= 0) continue;
      const entry = cueAt(v, i, s);
      if (!entry || !(entry.cls === 'speech' || CLOSING_ATTITUDE.has(entry.lemma)) || entry.form.endsWith('ing') || entry.use === 'quote') continue;
      const g = verbGroup(v, i, entry, s, e);
      let np = leftNP(v, g.start, s);
      let comma = np ? np.start - 1 : -1;
      let after = g.end;
      let inverted = false;
      if (np && !isPunct(v, comma, ',') && np.start > s) {
        // "X, a doctor, said" is already an apposition; anything else is not a closing attribution
        np = null;
      }
      if (!np && isPunct(v, g.start - 1, ',')) {
        const r = rightNP(v, g.end, e);
        if (r) {
          np = r;
          comma = g.start - 1;
          after = r.end;
          inverted = true;
        }
      }
      if (!np || comma <= s || !isPunct(v, comma, ',')) continue;
      const obj = objectAfter(v, g, e);
      const addressee = obj && listener(v, obj);
      let trailing = after;
      if (obj) while (trailing < e && trailing < obj[1]) trailing++;
      const s0 = is('lead', v.lower[s]!) && isPunct(v, s + 1, ',') ? s + 2 : s; // "However, …, the IMF said."
      // "However, she added, …": the comma after the lead word is no content boundary (issue 15)
      if (comma <= s0) continue;
      const headSpan: Span = { start: v.tokens[s0]!.start, end: v.tokens[comma - 1]!.end };
      if (!isFree(st, s, comma)) continue;
      if (onlyTrailing(v, trailing, ce)) {
        accept(st, make(v, [headSpan], g, np, inverted ? 'indirect-closing-inverted' : 'indirect-closing', addressee));
        break;
      }
      // parenthetical: A, X said, B.
      if (isPunct(v, trailing, ',') && trailing + 1 < ce && isFree(st, trailing + 1, ce)) {
        const tail: Span = { start: v.tokens[trailing + 1]!.start, end: v.tokens[ce - 1]!.end };
        accept(st, make(v, [headSpan, tail], g, np, 'indirect-parenthetical', addressee));
        break;
      }
    }
    // 2. X CUE (that) CONTENT
    for (let i = s; i < ce; i++) {
      if (st.usedTok[i] || v.inQuote[i] >= 0) continue;
      const entry = cueAt(v, i, s);
      if (!entry || entry.cls === 'prep' || entry.cls === 'noun' || entry.use === 'quote' || st.naming.has(i)) continue;
      const g = verbGroup(v, i, entry, s, ce);
      if (isPassive(v, g)) {
        // "The registration issue was first reported by The Washington Post": the agent is the
        // source, the subject the content, "was first reported by" the cue
        if (v.lower[g.end] === 'by' && entry.cls === 'speech') {
          const agent = rightNP(v, g.end + 1, ce);
          const subj = leftNP(v, g.start, s);
          if (agent && subj && isFree(st, subj.start, subj.end)) {
            const cue: Cue = { ...g, end: g.end + 1 };
            accept(st, make(v, [tokSpan(v, subj.start, subj.end)], cue, agent, 'indirect-passive-by', null));
            i = agent.end;
          }
        } else if (RAISING_PASSIVE.has(entry.lemma)) {
          const done = attachRaising(st, g, s, ce);
          if (done > i) i = done;
        }
        continue;
      }
      let np: NP | null = null;
      const prev = v.lower[g.start - 1];
      if (prev === 'who' || prev === 'which') np = { start: g.start - 1, end: g.start, head: g.start - 1 };
      else np = leftNP(v, g.start, s);
      if (!np && entry.form.endsWith('ing') && isPunct(v, g.start - 1, ',—–')) np = subjectNP(v, s, g.start);
      // coordinated verb phrases: "Her campaign announced … and said …"
      if (!np && (prev === 'and' || prev === 'but') && g.start - 1 > s + 2) np = subjectNP(v, s, g.start);
      let inherited: Attribution | undefined;
      if (!np && isPunct(v, g.start - 1, ',') && entry.form.endsWith('ing')) {
        // "“Yes,” he said, adding that …": the participle shares the source of the cue before it
        const cueStart = v.tokens[g.start]!.start;
        inherited = st.atts.find((a) => a.sent === sent.tokenStart - sent.tokenStart + v.tokens[i]!.sent && a.cue && a.cue.end <= cueStart && a.source);
      }
      if (!np && !inherited) continue;
      const { start, addressee } = contentStart(v, g, ce);
      if (start >= ce || !isWord(v, start) && !isQuoteTok(v, start)) continue;
      if (notSpeech(v, g, np ?? null, start, ce)) continue;
      const fe = forwardEnd(v, start, ce);
      if (!isFree(st, start, fe)) continue;
      const made = make(v, [{ start: v.tokens[start]!.start, end: extendToQuote(v, fe - 1) }], g, np, `indirect-${entry.cls}`, addressee);
      if (inherited) {
        made.source = inherited.source;
        made.sourceHead = inherited.sourceHead;
        made.rule = 'quotes:indirect-participle-shared';
      }
      accept(st, made);
      i = fe; // a later coordinated attribution may follow ("…, and Clinton said …")
    }
  }
}

/**
 * "The vote is expected to be close" → content [subject, "to be close"]; "It is believed that the
 * vote was close" → content "the vote was close". No source: the subject is part of what is
 * believed, and an empty "it" is no one. Returns the last token claimed, or -1.
 */
function attachRaising(st: State, g: Cue, s: number, ce: number): number {
  const v = st.v;
  const next = v.lower[g.end];
  const subj = leftNP(v, g.start, s);
  if (!subj || v.lower[subj.start] === 'who' || v.lower[subj.start] === 'which' || inanimateSource(v, subj)) return -1;
  const pron = subj.end - subj.start === 1 && is('pron', v.lower[subj.start]!);
  if (next === 'that' && v.lower[subj.start] === 'it' && subj.end === g.start) {
    const fe = forwardEnd(v, g.end + 1, ce);
    if (fe <= g.end + 2 || !isFree(st, g.end, fe)) return -1;
    accept(st, make(v, [{ start: v.tokens[g.end + 1]!.start, end: extendToQuote(v, fe - 1) }], g, null, 'indirect-impersonal-passive', null));
    return fe;
  }
  if (next !== 'to' || pron && v.lower[subj.start] === 'it' || subj.start !== s && !isPunct(v, subj.start - 1, ',;:')) return -1;
  const fe = forwardEnd(v, g.end, ce);
  if (fe <= g.end + 1 || !isFree(st, subj.start, subj.end) || !isFree(st, g.end, fe)) return -1;
  const content = [tokSpan(v, subj.start, subj.end), { start: v.tokens[g.end]!.start, end: extendToQuote(v, fe - 1) }];
  accept(st, make(v, content, g, null, 'indirect-raising-passive', null));
  return fe;
}

const ASKED_OPENERS = new Set(['if', 'whether', 'what', 'why', 'how', 'when', 'where', 'who', 'which', 'about', 'to']);

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
    while (i < e && (isQuoteTok(v, i) || is('lead', v.lower[i]!) || isPunct(v, i, ','))) i++;
    if (v.lower[i] !== 'asked' || st.usedTok[i]) continue;
    let j = i + 1;
    let np: NP | null = null;
    if (v.lower[j] === 'by') {
      // the asker: a short phrase up to the question
      let k = j + 1;
      while (k < Math.min(e, j + 8) && !ASKED_OPENERS.has(v.lower[k]!) && !isPunct(v, k)) k++;
      if (k === j + 1 || !ASKED_OPENERS.has(v.lower[k]!)) continue;
      np = { start: j + 1, end: k, head: lastCap(v, j + 1, k) };
      j = k;
    }
    while (j < e && lyAdverbWord(v.lower[j]!)) j++;
    if (!ASKED_OPENERS.has(v.lower[j]!)) continue;
    const start = v.lower[j] === 'about' || v.lower[j] === 'to' ? j : j;
    let c = start + 1;
    while (c < e && !(isPunct(v, c, ',') && v.inQuote[c] < 0)) c++;
    if (c >= e - 1 || c - start < 2 || !isFree(st, i, c)) continue;
    const cue: Cue = { entry: cueLexicon().get('asked')!, head: i, start: i, end: i + 1 };
    accept(st, make(v, [tokSpan(v, start, c)], cue, np, 'asked-fronted', null));
  }
}

function lyAdverbWord(l: string): boolean {
  return /^[a-z]{3,}ly$/.test(l) || l === 'again' || l === 'later';
}

/** "According to X, CONTENT." / "CONTENT, according to X." */
export function attachAccordingTo(st: State): void {
  const v = st.v;
  for (const sent of v.doc.sentences) {
    const s = sent.tokenStart;
    const e = sent.tokenEnd;
    if (e - s > MAX_SENTENCE_TOKENS) continue;
    const ce = contentEnd(v, s, e);
    for (let i = s; i + 2 < e; i++) {
      if (v.lower[i] !== 'according' || v.lower[i + 1] !== 'to' || st.usedTok[i]) continue;
      const cue: Cue = { entry: cueLexicon().get('according to')!, head: i, start: i, end: i + 2 };
      if (i === s || isPunct(v, i - 1, ',') && i - 1 === s) {
        // According to X, CONTENT.
        let c = i + 2;
        while (c < ce && !isPunct(v, c, ',')) c++;
        if (c >= ce - 1 || c === i + 2) break; // "According to , …": no source, no attribution (issue 15)
        const np: NP = { start: i + 2, end: c, head: lastCap(v, i + 2, c) };
        if (!isFree(st, c + 1, ce)) break;
        accept(st, make(v, [{ start: v.tokens[c + 1]!.start, end: extendToQuote(v, ce - 1) }], cue, np, 'according-to-initial', null));
      } else if (isPunct(v, i - 1, ',')) {
        // CONTENT, according to X[, …].
        let c = i + 2;
        while (c < ce && !isPunct(v, c, ',;')) c++;
        if (c === i + 2) break; // "…, according to , …": an empty source would be an inverted span (issue 15)
        const np: NP = { start: i + 2, end: c, head: lastCap(v, i + 2, c) };
        const head: Span = { start: v.tokens[s]!.start, end: v.tokens[i - 2]!.end };
        if (i - 1 <= s || !isFree(st, s, i - 1)) break;
        const content = [head];
        if (c < ce - 1 && isFree(st, c + 1, ce)) content.push({ start: v.tokens[c + 1]!.start, end: v.tokens[ce - 1]!.end });
        accept(st, make(v, content, cue, np, 'according-to-final', null));
      }
      break;
    }
  }
}

function lastCap(v: View, s: number, e: number): number {
  for (let i = e - 1; i >= s; i--) if (isCap(v, i)) return i;
  return Math.max(s, e - 1);
}
