// Where the content of a cue-verb attribution starts and ends: past an addressee, adjuncts and
// commas; up to the end of the clause (not into a following author tail or participle phrase); out
// to the end of a quotation it ends inside. Shared by the indirect, noun-cue and according-to rules.
import type { Span } from '../../core/span.js';
import { listener, objectAfter, shortNP } from './addressee.js';
import { cueAt, lyAdverb, verbGroup, type Cue } from './cues.js';
import { leftNP } from './source-np.js';
import { inClass, isCap, isPossessive, isPunct, isQuoteTok, isWord, tokSpan, tokenAtOrAfter, POS_ADV, POS_AUX, POS_VERB, PB_AUX, PB_VERB, posIn, type View } from './view.js';
import { W_ADV, W_AUX, W_DET, W_LEAD, W_PREP, W_PREP_PARTICIPLE, W_PRON, W_STOP, W_TIME } from './words.js';
import { CLAUSE_OPENERS } from '../../lexicon/function-words.js';
import { OBJECT_LISTENER_VERBS } from '../../lexicon/listener-verbs.js';
import { isMonthWord } from '../../lexicon/day-words.js';

/** A longer "sentence" is a segmentation failure (a list, a table, a 2 MB run-on): skipping it
 * keeps the per-cue scans below bounded, so the stage stays linear. */
export const MAX_SENTENCE_TOKENS = 300;

/** A sentence a candidate rule reads: its token range [s, e) and where its words end before closing punctuation (ce). */
export interface AttributableSentence {
  readonly s: number;
  readonly e: number;
  readonly ce: number;
}

// per view and minimum length: the sentences are listed once per document, not once per rule
// (fourteen rules ask; a generator of fresh objects and contentEnd scans per rule was a large part
// of the stage's allocation)
const SENTENCES = new WeakMap<View, Map<number, readonly AttributableSentence[]>>();

/** The sentences a candidate rule reads — at least minTokens long and at most MAX_SENTENCE_TOKENS —
 * with their token range [s, e) and where their words end before closing punctuation (ce, contentEnd). */
export function attributableSentences(v: View, minTokens: number): readonly AttributableSentence[] {
  let byMin = SENTENCES.get(v);
  if (!byMin) SENTENCES.set(v, (byMin = new Map()));
  let out = byMin.get(minTokens);
  if (out) return out;
  const list: AttributableSentence[] = [];
  for (const sent of v.doc.sentences) {
    const s = sent.tokenStart;
    const e = sent.tokenEnd;
    if (e - s < minTokens || e - s > MAX_SENTENCE_TOKENS) continue;
    list.push({ s, e, ce: contentEnd(v, s, e) });
  }
  byMin.set(minTokens, (out = list));
  return out;
}

/** last content token of a sentence: drop closing punctuation (but not a closing quote mark) */
export function contentEnd(v: View, s: number, e: number): number {
  let j = e;
  while (j > s && isPunct(v, j - 1) && !isQuoteTok(v, j - 1) && v.tokens[j - 1]!.form !== ')') j--;
  return j;
}

/**
 * Only adjuncts between the end of the attribution and the sentence end: "said Tuesday",
 * "said in an interview", "told CNN on Sunday", "said last week" — at most five words, opening
 * with a preposition, a time word, an adverb or a name.
 */
export function onlyTrailing(v: View, from: number, end: number): boolean {
  let n = 0;
  for (let j = from; j < end; j++) {
    if (isPunct(v, j, ',;') && j + 1 < end) return false; // more clause follows: parenthetical
    if (isPunct(v, j)) continue;
    n++;
    if (n > 5) return false;
    const l = v.lower[j]!;
    if (n === 1 && !(inClass(v, j, W_PREP) || inClass(v, j, W_TIME) || inClass(v, j, W_ADV) || /ly$/.test(l) || isCap(v, j))) return false;
    if (inClass(v, j, W_PRON) || inClass(v, j, W_STOP) && l !== 'after' && l !== 'before') return false;
  }
  return true;
}

// (a relative pronoun is always followed by its verb: that is no coordinated predicate)
const RELATIVE_TAIL = new Set(['who', 'which']);
const SUBJECT_PRONOUN = new Set(['i', 'he', 'she', 'we', 'they', 'you']);
export const AUTHOR_TAIL = new Set(['but', 'while', 'however', 'although', 'though', 'whereas', 'who', 'which', 'according']);

/**
 * "…, but could not bear to insult Mr. Obama", "…, but would eventually add $84 billion": a verb
 * right after the conjunction continues the content's own clause (no new subject, so not the
 * author's). Needs the tagger.
 */
function coordinatedPredicate(v: View, k: number): boolean {
  if (!v.tagged || k >= v.tokens.length) return false;
  const p = v.tokens[k]!.pos;
  return p === 'AUX' || p === 'VERB' || p === 'ADV' && (v.posCode[k + 1] === POS_VERB || v.posCode[k + 1] === POS_AUX);
}

// "…, but that he would not …", "…, but not for cases of rape", "…, but also hungry for …": after
// "but" a second complement of the same cue or an elliptical contrast goes on with what was said
// (PolNeAR train: 21 of the 51 contents that run past a ", but" cut go on with one of these words)
const CONTRAST_GOES_ON = new Set(['that', 'not', 'also', 'only', 'no']);

/** "but" at token `k` continues the content ("but that …", "but not …") */
function contrastGoesOn(v: View, k: number): boolean {
  if (v.lower[k] !== 'but' || !CONTRAST_GOES_ON.has(v.lower[k + 1]!)) return false;
  // ("…, but that wasn't the case": a demonstrative "that" before its verb is the author's subject)
  return !(v.lower[k + 1] === 'that' && (v.tagged ? posIn(v, k + 2, PB_AUX | PB_VERB) : inClass(v, k + 2, W_AUX)));
}

/**
 * The closing comma of a relative clause opening at token `k` ("which"/"who") when a finite verb
 * follows that comma — the verb of the clause whose subject the relative clause sets off
 * ("the decision, which struck down …, illustrates"); -1 otherwise. Needs the tagger.
 */
function embeddedRelativeEnd(v: View, k: number, ce: number): number {
  if (!v.tagged) return -1;
  for (let j = k + 1; j < ce - 1; j++) {
    if (v.inQuote[j]! >= 0 && !isQuoteTok(v, j)) continue;
    if (isPunct(v, j, ';:.—–')) return -1;
    // ("the EU, which contended that Ireland undertaxed …, is …": a cue inside is an attribution of its own)
    if (cueAt(v, j, k)) return -1;
    if (!isPunct(v, j, ',')) continue;
    return /^(VBD|VBZ|VBP|MD)$/.test(v.tokens[j + 1]!.xpos ?? '') ? j : -1;
  }
  return -1;
}

/** a participial adjunct opens right after token `j` (", citing …", ", even suggesting …") */
export function participleAfter(v: View, j: number): boolean {
  const ing = inClass(v, j + 1, W_ADV) || lyAdverb(v, j + 1) ? j + 2 : j + 1;
  return /^[a-z]+ing$/.test(v.tokens[ing]?.form ?? '') && !inClass(v, ing, W_STOP) && !inClass(v, ing, W_PREP_PARTICIPLE);
}

/**
 * Where forward content ends: the sentence end, extended to the closing mark of a quotation that
 * runs past it ("said that “ethanol people” “do a fantastic job. And …”"), cut before a comma
 * that hands back to the author (", but Cook did not say when", ", who was his chief of staff").
 */
export function forwardEnd(v: View, start: number, ce: number): number {
  for (let j = start + 2; j < ce - 1; j++) {
    if (v.inQuote[j] >= 0) {
      // "… is “true,” but in the course of their report …": the comma inside the closing mark
      // hands back to the author as one outside it does
      const m = v.inQuote[j]!;
      if (isQuoteTok(v, j) && v.tokens[j]!.end === v.marks[m]!.end && isPunct(v, j - 1, ',') && AUTHOR_TAIL.has(v.lower[j + 1]!) && !(!RELATIVE_TAIL.has(v.lower[j + 1]!) && coordinatedPredicate(v, j + 2))) return j + 1;
      // "… to win this race,” adding that …": so does a participial adjunct after the closing mark
      if (isQuoteTok(v, j) && v.tokens[j]!.end === v.marks[m]!.end && isPunct(v, j - 1, ',') && participleAfter(v, j)) return j + 1;
      continue;
    }
    if (isPunct(v, j, ',;') && AUTHOR_TAIL.has(v.lower[j + 1]!) && !(!RELATIVE_TAIL.has(v.lower[j + 1]!) && coordinatedPredicate(v, j + 2)) && !contrastGoesOn(v, j + 1)) {
      // "that the decision, which struck down …, illustrates …": a relative clause set off inside
      // the content's subject; the content goes on with its verb after the closing comma
      const close = RELATIVE_TAIL.has(v.lower[j + 1]!) ? embeddedRelativeEnd(v, j + 1, ce) : -1;
      if (close < 0) return j;
      j = close;
      continue;
    }
    // a semicolon joins the author's next clause (PolNeAR train: content ends before it 96 times, runs past it 35)
    if (isPunct(v, j, ';')) return j;
    // ", citing …", ", even suggesting …": a participial adjunct the author adds
    if (isPunct(v, j, ',') && participleAfter(v, j)) return j;
    // "Back when he wrote his book, Mr. McKinley said that …": after a comma a subject and a speech
    // verb start the sentence's main attribution, which the content does not swallow
    if (isPunct(v, j, ',') && v.inQuote[j + 1]! < 0) {
      for (let k = j + 1; k < Math.min(ce, j + 8); k++) {
        if (isPunct(v, k) || inClass(v, k, W_STOP)) break;
        const e = cueAt(v, k, j + 1);
        if (!e) continue;
        if (e.cls === 'speech' && !e.form.endsWith('ing')) {
          // "Reuters, citing anonymous sources, reported …": the comma closes a parenthetical
          if (k === j + 1) return j;
          const np = leftNP(v, verbGroup(v, k, e, j + 1, ce).start, j + 1);
          if (np && np.start === j + 1 && !inClass(v, j + 1, W_PRON)) return j;
        }
        break;
      }
    }
    // "…, and Clinton said she would win": a second attribution starts
    // (not after a subject pronoun: "that she and her supporters never doubted …" is one subject)
    if ((v.lower[j] === 'and' || v.lower[j] === 'but') && !(v.lower[j] === 'and' && SUBJECT_PRONOUN.has(v.lower[j - 1]!))) {
      for (let k = j + 1; k < Math.min(ce, j + 8); k++) {
        if (isPunct(v, k) || inClass(v, k, W_STOP)) break;
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

// sentence-initial conjunctions PolNeAR leaves out of content more often than in (train: "But"
// out 55 / in 30, "And" 15 / 11, "Still" 7 / 2)
const LEAD_CONJUNCTIONS = new Set(['but', 'and', 'still']);

/** first content token of a sentence starting at s: past "However," and a leading "But"/"And" */
export function leadEnd(v: View, s: number): number {
  if (inClass(v, s, W_LEAD) && isPunct(v, s + 1, ',')) return s + 2;
  if (LEAD_CONJUNCTIONS.has(v.lower[s]!) && isWord(v, s + 1)) return s + 1;
  return s;
}

// words that open a fronted adverbial clause ("While Clinton called for …, Trump said …")
const FRONTED_OPENERS = new Set(['while', 'although', 'though', 'as', 'after', 'before', 'when', 'since', 'because', 'if', 'whereas', 'despite', 'with', 'unlike', 'like']);

const BARE_SUBJECT_XPOS = /^(CD|NNS?|JJ)$/;
// how far into the sentence a modified opener may come: "Just as …", "Less than a week after …"
const MAX_OPENER_LEAD = 5;

/**
 * "Just as she conceded that …, Clinton had …", "Less than a week after Obama announced that …, U.S.
 * forces bombed …": an opener of FRONTED_OPENERS after a few words of its own (an adverb, a measure of
 * time) and before the cue with no comma or verb between — the cue is still inside the fronted clause
 * (PolNeAR train: 6 contents become exact, none stop being; dev: 1 / 0).
 */
function modifiedOpener(v: View, f: number, cue: number): boolean {
  for (let o = f + 1; o <= f + MAX_OPENER_LEAD && o < cue; o++) {
    if (isPunct(v, o) || v.inQuote[o]! >= 0 || /^(VB|MD)/.test(v.tokens[o]!.xpos ?? '')) return false;
    if (!FRONTED_OPENERS.has(v.lower[o]!) || v.lower[o] === 'with' || v.lower[o] === 'like') continue;
    for (let k = o + 1; k < cue; k++) if (isPunct(v, k, ',;:') || v.inQuote[k]! >= 0) return false;
    return true;
  }
  return false;
}

/**
 * A cue inside a fronted clause ("Acknowledging a lack of passion …, President Obama is rolling
 * out …"; "While urging compensation to be clawed back …, Clinton restricted …"): its content ends
 * at the comma after which the main clause's subject and finite verb follow. `fe` otherwise.
 */
export function frontedClauseEnd(v: View, s: number, cue: number, start: number, fe: number): number {
  if (!v.tagged) return fe;
  const f = leadEnd(v, s);
  // (a participle cue inside a fronted prepositional phrase fronts as well: "In a statement
  // defending Lewandowski, Trump's campaign said …")
  const opener = FRONTED_OPENERS.has(v.lower[f]!) || /^VB[GN]$/.test(v.tokens[f]!.xpos ?? '') ||
    inClass(v, f, W_PREP) && /^VB[GN]$/.test(v.tokens[cue]!.xpos ?? '') || modifiedOpener(v, f, cue);
  if (!opener || f === cue) {
    if (!(f === cue && /^VB[GN]$/.test(v.tokens[f]!.xpos ?? ''))) return fe;
  }
  for (let j = start + 1; j < fe - 2; j++) {
    if (v.inQuote[j] >= 0 || !isPunct(v, j, ',')) continue;
    // the main clause: a subject (a name, a determiner, a pronoun, a number or a bare noun or adjective
    // first: "…, 80,000 employees volunteered", "…, employee benefits aren't …") and a finite verb soon
    // after (the bare subjects: PolNeAR train 8 contents become exact, 1 stops being; dev: no change)
    const n = j + 1;
    if (!(isCap(v, n) || inClass(v, n, W_DET) || inClass(v, n, W_PRON) || BARE_SUBJECT_XPOS.test(v.tokens[n]!.xpos ?? ''))) continue;
    for (let k = n + 1; k < Math.min(fe, n + 8); k++) {
      if (isPunct(v, k)) break;
      const x = v.tokens[k]!.xpos ?? '';
      if (x === 'VBD' || x === 'VBZ' || x === 'VBP' || x === 'MD') return j;
    }
  }
  return fe;
}

// subordinators and prepositions that open the author's adjunct after an object ("cited it during the
// debate", "described him as X when he ran"); "in", "on", "at" are as often part of the object in
// PolNeAR (cutting at them lost 0.01 content exact F1 on train and dev)
const OBJECT_ADJUNCT_OPENERS = new Set(['during', 'when', 'amid', 'following']);
// subordinators that after a comma open the author's adverbial clause or phrase behind an object
// ("urged action, because …", "criticized the deal, despite …"); not "as", which after a comma
// often goes on with the object's predicate ("described Mr. Bush, known as Jeb, as a presence …")
const COMMA_SUBORDINATORS = new Set(['after', 'before', 'because', 'since', 'while', 'although', 'though', 'despite', 'until', 'unless', 'if']);
const EVEN_SUBORDINATORS = new Set(['though', 'if', 'as', 'when', 'after', 'before', 'while']);

/**
 * Where an object content ends ("blasted the Affordable Care Act as a “crazy system” during a
 * campaign stop" → "the Affordable Care Act as a “crazy system”"): before an adjunct of time, place
 * or occasion after the object's noun. A clause is left alone: its prepositional phrases are part of
 * what was said. `isClause` tells whether a clause starts at `start`.
 */
/** "and"/"but" at token `j` opening the source's next predicate ("… and has since left", "… and said") */
function nextPredicate(v: View, j: number): boolean {
  if (!((v.lower[j] === 'and' || v.lower[j] === 'but') && v.tagged)) return false;
  // ("… and even questioned …", "… and then said …": an adverb may come first)
  const k = v.posCode[j + 1] === POS_ADV ? j + 2 : j + 1;
  return /^(VBD|VBZ|VBP|MD)$/.test(v.tokens[k]?.xpos ?? '');
}

export function objectEnd(v: View, start: number, fe: number, isClause: boolean): number {
  if (isClause || v.lower[start] === 'to' || CLAUSE_OPENERS.has(v.lower[start]!)) return fe;
  for (let j = start + 1; j < fe - 1; j++) {
    if (v.inQuote[j]! >= 0 && !isQuoteTok(v, j)) continue;
    // "praised Pence for cutting taxes - moves that he said …", "has also endorsed Cruz - the first
    // time it has weighed in": a dash after the object that no second dash closes opens the author's
    // comment (PolNeAR train: 20 contents become exact, 5 stop being: "those things now — and more",
    // "one of his signature proposals — the wall …"); a dash pair is an aside inside the object
    // ("all candidates — including the cost — of …")
    if (dashAt(v, j)) {
      const close = closingDash(v, j + 1, fe);
      if (close < 0 && isWord(v, j - 1)) return j;
      if (close > j) j = close;
      continue;
    }
    // "has praised Putin, saying he was …": a participial adjunct after the object is the
    // author's, even right after a one-word object (forwardEnd looks from the second token on)
    if (isPunct(v, j, ',') && participleAfter(v, j)) return j;
    // ", because …", ", even though …" after the object: the author's adjunct (PolNeAR train: 9 contents
    // become exact, 1 stops being)
    if (isPunct(v, j, ',') && (COMMA_SUBORDINATORS.has(v.lower[j + 1] ?? '') || v.lower[j + 1] === 'even' && EVEN_SUBORDINATORS.has(v.lower[j + 2] ?? ''))) return j;
    if (isPunct(v, j)) continue;
    // "criticized that assignment and has since left the network": the source's next predicate
    if (nextPredicate(v, j)) return isPunct(v, j - 1, ',') ? j - 1 : j;
    if (!OBJECT_ADJUNCT_OPENERS.has(v.lower[j]!)) continue;
    // after the object's noun, not inside a name ("Mr. Trump in Ohio" still cuts; "Trump Tower" never reaches here)
    if (isWord(v, j - 1) || isQuoteTok(v, j - 1)) return j;
  }
  return fe;
}

const DASHES = '—–--';

/** a dash between words: an em dash, or a hyphen or en dash with space on both sides (never the one in "Dodd-Frank") */
function dashAt(v: View, k: number): boolean {
  if (!isPunct(v, k, DASHES) || v.inQuote[k]! >= 0) return false;
  if (v.tokens[k]!.form.startsWith('—')) return true;
  const prev = v.tokens[k - 1];
  const next = v.tokens[k + 1];
  return !!prev && !!next && prev.end < v.tokens[k]!.start && v.tokens[k]!.end < next.start;
}

/** the next dash in [from, fe) outside quotations, or -1 */
function closingDash(v: View, from: number, fe: number): number {
  for (let k = from; k < fe; k++) if (dashAt(v, k)) return k;
  return -1;
}

const OBJECT_TIME_LEAD = new Set(['on', 'in', 'last', 'this', 'earlier', 'late', 'early']);

/**
 * "endorsed Hillary Clinton in November.", "defended his record on Sunday night": a time adjunct
 * closing an attitude verb's noun-phrase object is the report's time, not what was said (PolNeAR
 * train: 10 contents become exact, 1 stops being). An object with a verb of its own ("the
 * department to release the emails by …") or an event noun with its possessor ("Clinton's remarks
 * on Thursday") keeps it. Returns the new end token (exclusive), or `fe`.
 */
export function objectTimeEnd(v: View, start: number, fe: number, isClause: boolean): number {
  if (isClause || v.lower[start] === 'to' || v.lower[start] === 'not' && v.lower[start + 1] === 'to' || CLAUSE_OPENERS.has(v.lower[start]!)) return fe;
  let last = fe;
  while (last > start && isPunct(v, last - 1)) last--;
  let possessive = false;
  for (let j = start + 1; j < last; j++) {
    if (v.tagged && (v.posCode[j - 1] === POS_VERB || v.posCode[j - 1] === POS_AUX)) return fe;
    if (v.lower[j - 1] === "'s" || v.lower[j - 1] === '’s' || v.lower[j - 1] === "'" || v.lower[j - 1] === '’') possessive = true;
    if (v.inQuote[j]! >= 0 || !isWord(v, j - 1) && !isQuoteTok(v, j - 1)) continue;
    const l = v.lower[j]!;
    const prev = v.lower[j - 1]!;
    if (!OBJECT_TIME_LEAD.has(l) || inClass(v, j - 1, W_PREP) || inClass(v, j - 1, W_DET) || inClass(v, j - 1, W_TIME) || inClass(v, j - 1, W_ADV)) continue;
    // an event noun with its possessor keeps its own time ("Clinton's remarks on Thursday")
    if (possessive) return fe;
    const t = timeAdjunctEnd(v, j, last);
    const year = (k: number) => /^(19|20)\d\d$/.test(v.lower[k] ?? '');
    let end = t > j ? t : l === 'in' && year(j + 1) ? j + 2 : j;
    while (end < last && (year(end) || isPunct(v, end, ',') && year(end + 1))) end++;
    if (end === last) return j;
  }
  return fe;
}

/** the end offset of content ending at token `last`, extended to the end of a quote it is inside */
export function extendToQuote(v: View, last: number): number {
  const m = v.inQuote[last]!;
  const end = v.tokens[last]!.end;
  return m >= 0 ? Math.max(end, v.marks[m]!.end) : end;
}

export /** what opens the content after a cue and its listener: a clause, or an infinitive ("told them to leave") */
const CONTENT_OPENERS = new Set([...CLAUSE_OPENERS, 'to']);

// what opens the content after the cue's own prepositional or time adjunct ("said on Monday that …",
// "asked on the call-in show whether …", "is telling the gala how …")
const ADJUNCT_THEN_CLAUSE = new Set(['that', 'whether', 'how', 'why']);

/** Where the content starts after the cue group: past an addressee, adjuncts and commas, at "that". */
export function contentStart(v: View, cue: Cue, end: number): { start: number; addressee: Span | null } {
  let i = cue.end;
  // the object slot is skipped even when it names a gathering ("told a news conference that …")
  const obj = objectAfter(v, cue, end);
  let addressee: Span | null = obj && tokSpan(v, obj[0], obj[1]);
  if (addressee && ['tell', 'assure', 'inform', 'remind', 'warn', 'urge', 'ask', 'thank'].includes(cue.entry.lemma)) {
    const np = shortNP(v, i, end);
    if (np && v.lower[np[1]] !== 'to') i = np[1];
    else addressee = null;
    // "told reporters, “…”": the listener, a comma, then the quotation, which is the content
    if (addressee && obj && isPunct(v, i, ',:') && i + 1 < end && isQuoteTok(v, i + 1) && v.inQuote[i + 1]! >= 0) return { start: i + 1, addressee: listener(v, obj) };
    // nothing after the object, or the source's next predicate ("thanked Miami and said it was
    // …"): the object is the content ("urged restraint."), and the next verb a cue of its own
    if (i >= end || !isWord(v, i) && !isQuoteTok(v, i) || nextPredicate(v, i)) {
      i = cue.end;
      addressee = null;
    }
  } else if (addressee) {
    // "said to X that": skip "to X"
    while (i < end && v.tokens[i]!.end <= addressee.end) i++;
  }
  if (obj && addressee && !listener(v, obj)) addressee = null;
  // "reminded voters that …", "reminded viewers of …": remind's listener, named or not, is no part
  // of the content (PolNeAR train: 5 of 5 such predictions exact without it)
  if (cue.entry.lemma === 'remind' && !addressee && i === cue.end) {
    const np = shortNP(v, i, end);
    if (np && np[0] === i && (v.lower[np[1]] === 'that' || v.lower[np[1]] === 'of')) return { start: np[1], addressee: listener(v, np) };
  }
  // "told MSNBC's “Morning Joe” (on Friday) that …": a quoted programme title after a possessive
  // names the listener; the content opens at the "that" after it, not at the title's quote mark
  if (i < end && i > cue.end && isQuoteTok(v, i) && v.inQuote[i]! >= 0 && isPossessive(v, i - 1)) {
    const k = tokenAtOrAfter(v, v.marks[v.inQuote[i]!]!.end);
    const t = timeAdjunctEnd(v, k, end);
    if (t < end && ADJUNCT_THEN_CLAUSE.has(v.lower[t]!)) return { start: t, addressee };
  }
  // "said on Twitter on Monday, in reference to …, “Next summer …”": adjuncts, then the quotation
  if (i < end && (inClass(v, i, W_PREP) || inClass(v, i, W_TIME) || isPunct(v, i, ','))) {
    for (let j = i + 1; j < Math.min(end, i + 30); j++) {
      if (v.lower[j] === 'that' || cueAt(v, j, i)) break;
      if (isQuoteTok(v, j) && v.inQuote[j] >= 0 && isPunct(v, j - 1, ',:')) return { start: j, addressee };
    }
  }
  // "told host Alex Marlow on Thursday how …", "is warning voters that …", "tells a rally to …"
  if (Object.hasOwn(OBJECT_LISTENER_VERBS, cue.entry.lemma)) {
    for (let j = cue.end; j < Math.min(end, cue.end + 10); j++) {
      if (isPunct(v, j, ',;:') || isQuoteTok(v, j) || cueAt(v, j, cue.end)) break;
      // "pledged to pursue legislation if elected": the content opens right at the cue, and an
      // opener further on ("if") is inside it
      if (j === cue.end && CONTENT_OPENERS.has(v.lower[j]!)) break;
      if (j > cue.end && CONTENT_OPENERS.has(v.lower[j]!)) {
        const np = shortNP(v, cue.end, j);
        // "urged supporters to monitor polling places": PolNeAR's content holds the object of an
        // infinitive (train: urge 28 with the object, 12 without; ask 30 / 20)
        if (v.lower[j] === 'to' && np && np[0] === cue.end && np[1] === j) return { start: cue.end, addressee: obj ? addressee : listener(v, np) };
        return { start: j, addressee: obj ? addressee : np ? listener(v, np) : null };
      }
    }
  }
  // "said on Monday that …", "reported on March 6, citing …, that …"
  for (let j = i; j < Math.min(end, i + 16); j++) {
    if (ADJUNCT_THEN_CLAUSE.has(v.lower[j]!) && !isQuoteTok(v, j - 1)) {
      const between = v.lower.slice(i, j);
      // (not past an infinitive: "hoped to address the judge's concern that …" is one content)
      if (j === i || between.length && between[0] !== 'to' && (inClass(v, i, W_PREP) || inClass(v, i, W_TIME) || isPunct(v, i, ','))) return { start: j, addressee };
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

// month names and their abbreviations only: "Marco", "Augusta" and "Decker" are no months
export const TIME_LEAD = new Set(['on', 'in', 'last', 'this', 'next', 'late', 'early', 'earlier', 'for', 'over', 'during']);

/** end of a short time adjunct starting at i ("on Monday", "last week", "in March", "Thursday"), or i */
export function timeAdjunctEnd(v: View, i: number, end: number): number {
  let j = i;
  let timed = false;
  while (j < Math.min(end, i + 4)) {
    const l = v.lower[j]!;
    if (inClass(v, j, W_TIME) || isMonthWord(l) && (l !== 'may' || isCap(v, j))) timed = true;
    else if (!(TIME_LEAD.has(l) || /^\d{1,4}$/.test(l) || l === 'the' || l === 'past' || l === 'weeks' || l === 'days' || l === 'months' || l === 'years')) break;
    j++;
  }
  if (!timed) return i;
  // a time word with a possessive is the possessor of a noun phrase, not an adjunct ("condemned
  // Friday's test", "said Monday's decision will …"): the phrase starts at i
  if (j < end && isPossessive(v, j)) return i;
  // never end on a lead word ("said last") or an article ("on Monday the bridge …"): back off to
  // the last time word
  while (j > i && (TIME_LEAD.has(v.lower[j - 1]!) || v.lower[j - 1] === 'the')) j--;
  return j;
}
