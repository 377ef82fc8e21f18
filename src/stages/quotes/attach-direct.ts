// Attaches a speaker and cue to each quote-mark span (direct quotes), in newsroom order:
//   "…," X said.   "…," said X.   "…" — Commissioner X   (attribution after the quote; AP style
//   puts it after the first sentence or paragraph of a multi-paragraph quote, so every span of an
//   AP chain is tried)
//   X said: "…"    X told Y, "…"   X said "…"            (attribution before the quote)
//   X's comments: "…"   a statement from X: "…"   X rolled out a message: "…"   (speech nouns, colons)
// The content is the quote span with its marks (PolNeAR includes them; scoring trims them), plus
// the narrative lead-in of the sentence when the attribution closes it, plus quotes that resume
// right after the attribution ("“…,” she said. “…”").
import type { Span } from '../../core/span.js';
import { cueAt, lyAdverb, verbGroup, type Cue } from './cues.js';
import { leftNP, possessiveMark, rightNP, type NP } from './source-np.js';
import { accept, isFree, type State } from './state.js';
import type { Attribution } from './types.js';
import { inClass, isCap, isPossessive, isPunct, isQuoteTok, isWord, lowerLemma, sentenceOf, tokSpan, tokenAtOrAfter, POS_ADP, POS_AUX, POS_VERB, type View } from './view.js';
import { W_ADV, W_AUX, W_DET, W_LABEL, W_NEG, W_PREP, W_PRON, W_STOP, W_TIME } from './words.js';
import { addresseeAfter } from './addressee.js';
import { leadEnd } from './content-bounds.js';
import { cueSubject } from './cue-subject.js';
import { whatFrameBefore } from './partial.js';
import { POSSESSIVE_DETERMINERS } from '../../lexicon/function-words.js';

export interface Found {
  readonly cue: Cue | null;
  readonly cueSpan: Span;
  readonly np: NP | null;
  /** first token after the attribution words */
  readonly after: number;
  readonly where: DirectWhere;
}

/** after the quote (plain, inverted "said X", a dash), or before it (a cue verb, a colon, a speech noun) */
export type DirectWhere = 'after' | 'after-inverted' | 'after-frame' | 'dash' | 'before' | 'before-colon' | 'before-noun-dash' | 'before-clause-colon' | 'before-noun';

/** the rule id each placement reports (output only: rules read `where`) */
const DIRECT_RULE: Readonly<Record<DirectWhere, string>> = {
  after: 'quotes:direct-after',
  'after-inverted': 'quotes:direct-after-inverted',
  'after-frame': 'quotes:direct-after-frame',
  dash: 'quotes:direct-dash',
  before: 'quotes:direct-before',
  'before-colon': 'quotes:direct-before-colon',
  'before-noun-dash': 'quotes:direct-before-noun-dash',
  'before-clause-colon': 'quotes:direct-before-clause-colon',
  'before-noun': 'quotes:direct-before-noun',
};

const DASHES = '—–―';

function paraEnd(v: View, i: number): number {
  return v.paraTok[v.para[i]!]?.[1] ?? v.tokens.length;
}

function allModifiers(v: View, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const l = v.lower[i]!;
    if (!isWord(v, i) || inClass(v, i, W_STOP) || inClass(v, i, W_AUX) || inClass(v, i, W_PRON) || inClass(v, i, W_PREP) || inClass(v, i, W_TIME)) return false;
  }
  return true;
}

/** Attribution right after a quote ending at token index k (the first token after the closing mark). */
export function attributionAfter(v: View, k: number, ceil: number, closedSentence: string): Found | null {
  if (k < ceil && isPunct(v, k, ',')) k++;
  if (k >= ceil) return null;
  // after “… .” a capitalised word starts a new sentence: "He added" there introduces the next
  // quote, not this one (after ? and ! it may still close it: "“Really?” Bush asked.")
  if (closedSentence === '.' && isCap(v, k)) return null;
  const [, sEnd] = sentenceOf(v, k);
  const lim = Math.min(ceil, Math.max(sEnd, k + 1));
  // "…," said X
  const e0 = cueAt(v, k, k);
  if (e0 && e0.cls === 'speech' && !e0.form.endsWith('ing')) {
    const g = verbGroup(v, k, e0, k, lim);
    const np = rightNP(v, g.end, lim);
    if (np) return { cue: g, cueSpan: tokSpan(v, g.start, g.end), np, after: np.end, where: 'after-inverted' };
  }
  // "…," X said / "…," X, a doctor, said
  for (let j = k; j < Math.min(lim, k + 45); j++) {
    // (the apostrophe of "Jeff Weaver, Sanders' campaign manager, said" is no quote mark)
    if (isQuoteTok(v, j) && !possessiveMark(v, j) || isPunct(v, j, '.?!;:')) break;
    const e = cueAt(v, j, k);
    if (!e) continue;
    if (e.cls === 'prep') break;
    const g = verbGroup(v, j, e, k, lim);
    // an attitude verb closes a quote only when it ends the sentence ("…?” Vitter demanded.)
    if (e.cls !== 'speech' && !(g.end >= lim || isPunct(v, g.end, '.!?'))) break;
    let np = leftNP(v, g.start, k);
    // a modifier the phrase finder stopped at ("retired Air Force general Lloyd Newton said")
    if (np && np.start > k && np.start - k <= 2 && allModifiers(v, k, np.start)) np = { ...np, start: k };
    if (np && np.start === k) return { cue: g, cueSpan: tokSpan(v, g.start, g.end), np, after: g.end, where: 'after' };
    break;
  }
  // "…," Oliver barked. / "…," reacted Trump.: a verb no cue list holds, in the frame that closes a
  // quotation, reports it (see frameVerbAfter)
  const fr = frameVerbAfter(v, k, lim);
  if (fr) return fr;
  // "…" — Commissioner X (a dash attribution closes the paragraph)
  if (isPunct(v, k, DASHES) || v.tokens[k]!.form === '--' || v.tokens[k]!.form === '-') {
    const pe = paraEnd(v, k);
    const np = rightNP(v, k + 1, pe);
    if (np && np.end >= pe - 1) return { cue: null, cueSpan: tokSpan(v, k, k + 1), np, after: np.end, where: 'dash' };
  }
  return null;
}

// linking verbs: after a quoted word they predicate of it ("“undocumented immigrant” became a
// regular part of political dialogue"), nobody speaks (the one frame verb PolNeAR train marked wrong)
const LINKING = new Set(['become', 'remain', 'seem', 'appear', 'prove', 'stay', 'turn', 'grow', 'look', 'sound', 'get', 'mean']);

/** a finite verb the tagger is sure of (past or third-person present), lower-case, no auxiliary or linking verb */
function finiteVerb(v: View, i: number): boolean {
  const t = v.tokens[i];
  return !!t && t.pos === 'VERB' && (t.xpos === 'VBD' || t.xpos === 'VBZ') && !isCap(v, i) && !inClass(v, i, W_AUX) && !LINKING.has(lowerLemma(v, i));
}

/** the frame's clause ends at token i: a sentence end, the paragraph's or the quotation resuming
 * after a comma ("…,” she elaborated, “…”) */
function frameEnds(v: View, i: number, lim: number): boolean {
  return i >= lim || isPunct(v, i, '.!?') || isPunct(v, i, ',') && isQuoteTok(v, i + 1);
}

/**
 * The quotation that ends right before token k opens its sentence: only punctuation before its opening
 * mark. A quotation inside a sentence is a title or a name the sentence goes on about ("Her latest
 * single, “Gold Rush,” topped the charts.", "The album, “Blue Hour,” sold a million copies."), and the
 * verb after it is the sentence's, not a report's.
 */
function quotationOpensSentence(v: View, k: number): boolean {
  let t = k - 1;
  while (t > 0 && t >= k - 2 && v.inQuote[t]! < 0) t--;
  const m = v.inQuote[t]!;
  if (m < 0) return false;
  const open = tokenAtOrAfter(v, v.marks[m]!.start);
  const [sStart] = sentenceOf(v, open);
  for (let i = Math.min(sStart, open); i < open; i++) if (!isPunct(v, i)) return false;
  return true;
}

/** at most this many tokens in the adjunct that may follow the frame's verb */
const MAX_FRAME_ADJUNCT = 6;

/** the end of a time word or prepositional phrase after the frame's verb ("fumed on Tuesday", "riffed
 * at a rally in Ohio"): words, no verb or quotation, up to the sentence end; `i` when none */
function trailingAdjunct(v: View, i: number, lim: number): number {
  if (i >= lim || !(inClass(v, i, W_TIME) || v.posCode[i] === POS_ADP)) return i;
  let j = i + 1;
  while (j < lim && j - i < MAX_FRAME_ADJUNCT && isWord(v, j) && v.posCode[j] !== POS_VERB && v.posCode[j] !== POS_AUX) j++;
  return j;
}

/**
 * The frame that closes a quotation with a verb no cue list holds: "“…,” Oliver barked.", "“…?”
 * Hannity pressed.", "“…,” reacted Trump." — the source and one finite verb, nothing else before the
 * sentence ends (or the quotation resumes). In that frame any verb reports the quotation (PolNeAR
 * train: barked, fumed, riffed, surmised, exhorted, retaliated …, each once or twice; lists never
 * hold the long tail). Called when the known cues found nothing; the quotation must close on a
 * comma, "?" or "!" (a closing period makes the next words a new sentence).
 */
function frameVerbAfter(v: View, k: number, lim: number): Found | null {
  if (!v.tagged || k === 0 || !quotationOpensSentence(v, k)) return null;
  const at = v.tokens[k]!.start;
  const close = v.text.slice(Math.max(0, at - 8), at).replace(/[\s"”'’]+$/, '');
  if (!/[,?!]$/.test(close)) return null;
  const entry = (j: number) => ({ form: v.lower[j]!, lemma: v.tokens[j]!.lemma.toLowerCase(), cls: 'speech' as const, use: 'quote' as const, example: '' });
  // "…," reacted Trump.
  if (finiteVerb(v, k)) {
    const np = rightNP(v, k + 1, lim);
    if (np && frameEnds(v, np.end, lim)) return { cue: { entry: entry(k), head: k, start: k, end: k + 1 }, cueSpan: tokSpan(v, k, k + 1), np, after: np.end, where: 'after-frame' };
    return null;
  }
  // "…," Oliver barked.
  for (let j = k + 1; j < Math.min(lim, k + 12); j++) {
    if (isQuoteTok(v, j) && !possessiveMark(v, j) || isPunct(v, j, '.?!;:')) return null;
    if (!finiteVerb(v, j)) continue;
    if (!frameEnds(v, j + 1, lim) && !frameEnds(v, trailingAdjunct(v, j + 1, lim), lim)) return null;
    const np = leftNP(v, j, k);
    return np && np.start === k ? { cue: { entry: entry(j), head: j, start: j, end: j + 1 }, cueSpan: tokSpan(v, j, j + 1), np, after: j + 1, where: 'after-frame' } : null;
  }
  return null;
}

/** Attribution right before a quote starting at token index k (the opening mark). */
export function attributionBefore(v: View, k: number): Found | null {
  let j = k - 1;
  if (j < 0) return null;
  // "He said:" closing the paragraph before the quotation
  const colonPara = v.para[j] === v.para[k] - 1 && isPunct(v, j, ':') && v.tokens[k]!.start === v.doc.paragraphs[v.para[k]!]!.start;
  if (v.para[j] !== v.para[k] && !colonPara) return null;
  // the cue's own sentence bounds the search for its subject: with the colon on the line above
  // ("Cruz continued: ⏎ “…”") the quote's sentence starts after the cue and would leave it no source
  const [sStart] = sentenceOf(v, colonPara ? j : k);
  const colon = isPunct(v, j, ':');
  if (colon || isPunct(v, j, ',')) j--;
  // a speech noun before the colon: "Hegseth's comments: “…”", "a statement from the agency: “…”"
  if (colon && j > 0) {
    const noun = nounCue(v, j, sStart);
    if (noun) return noun;
  }
  // a dash introducing the quotation after a speech noun works as the colon does: "in one line
  // from spokeswoman Karen Doyle — “Aid will resume …”" (verbs and bare clauses keep needing a colon)
  if (!colon && j > 0 && v.para[j] === v.para[k] && (isPunct(v, j, DASHES) || v.tokens[j]!.form === '--')) {
    const noun = nounCue(v, j - 1, sStart);
    if (noun) return { ...noun, where: 'before-noun-dash' };
  }
  // "for what he called “…”": a partial quote inside the sentence (partial.ts), not a direct one
  if (!colon && whatFrameBefore(v, k) >= 0) return null;
  // look back a few tokens for the cue ("told reporters on Monday:")
  for (let c = j; c >= Math.max(0, j - 8) && v.para[c] === v.para[j]; c--) {
    if (isQuoteTok(v, c) || isPunct(v, c, '.?!;')) break;
    const floor = Math.min(sStart, c);
    const e = cueAt(v, c, floor);
    if (!e) continue;
    if (e.cls === 'prep') return null;
    // a web-page label, not a cue: "Read more: “…”", "Watch: “…”"
    if (c === sStart && inClass(v, c, W_LABEL)) return null;
    // without a colon the cue must touch the quote ("said “…”"), else the quote is a fragment
    // of indirect speech ("said Obama's words “amount to …”") and the indirect rules take it
    if (!colon && c !== j) return null;
    if (c !== j && e.cls !== 'speech') return null;
    const ceil = c === j && colon ? j + 2 : c + 1;
    const g = verbGroup(v, c, e, floor, ceil);
    // "…, Trump attacked Clinton for …, saying, “…”": a participle takes its clause's subject
    // (the comma may sit inside the closing mark of a quotation before it: "…,” adding, “…”")
    const participle = (isPunct(v, g.start - 1, ',') || isQuoteTok(v, g.start - 1) && isPunct(v, g.start - 2, ',')) && /ing$/.test(v.lower[c]!);
    let np = (participle ? cueSubject(v, c) : null) ?? leftNP(v, g.start, floor);
    if (!np && g.start === floor) np = rightNP(v, g.end, j + 1); // "Stated Stone: …"
    if (!np && isPunct(v, g.start - 1, ',') && /ing$/.test(v.lower[c]!)) np = subjectNP(v, floor, g.start);
    return { cue: g, cueSpan: tokSpan(v, g.start, g.end), np, after: k, where: colon ? 'before-colon' : 'before' };
  }
  // any clause introducing the quotation with a colon: "Obama is rolling out a new campaign
  // message: “It's about me.”" — the subject is the source, the verb phrase up to the colon the cue
  if (colon && v.para[j] === v.para[k]) {
    // the clause is the sentence, or the main clause after a fronted one ("Acknowledging …,
    // President Obama is rolling out a new message: “…”")
    let c0 = sStart;
    for (let c = j; c > sStart && j + 1 - c <= 16; c--) if (isPunct(v, c - 1, ',') && v.inQuote[c - 1]! < 0) { c0 = c; break; }
    const np = j + 1 - c0 <= 16 ? subjectNP(v, c0, j + 1) : null;
    if (np && np.end < j + 1) return { cue: null, cueSpan: tokSpan(v, np.end, j + 1), np, after: k, where: 'before-clause-colon' };
  }
  return null;
}

/** A speech noun ending at token `j` or followed by "from X" up to `j`, with its possessor or "from" source. */
function nounCue(v: View, j: number, floor: number): Found | null {
  const lex = v.lex.cues;
  const colon = j + 1; // the colon token
  // "X's comments:" / "Her words:"
  const e = lex.get(v.lower[j]!);
  if (e && e.cls === 'noun') {
    let p = j - 1;
    while (p > floor && !isPossessive(v, p) && !POSSESSIVE_DETERMINERS.has(v.lower[p]!) && j - p < 3) p--;
    if (p >= floor && POSSESSIVE_DETERMINERS.has(v.lower[p]!)) {
      return { cue: null, cueSpan: tokSpan(v, p + 1, colon), np: { start: p, end: p + 1, head: p }, after: colon + 1, where: 'before-noun' };
    }
    if (p > floor && isPossessive(v, p)) {
      const end = v.lower[p] === "'s" || v.lower[p] === '’s' ? p : p + 1;
      const np = leftNP(v, end, floor);
      if (np) return { cue: null, cueSpan: tokSpan(v, p + 1, colon), np, after: colon + 1, where: 'before-noun' };
    }
  }
  // "a statement from X:"
  for (let f = j - 1; f > floor && j - f <= 8; f--) {
    if (v.lower[f] !== 'from') continue;
    const n = lex.get(v.lower[f - 1]!);
    if (!n || n.cls !== 'noun') break;
    const np = rightNP(v, f + 1, colon);
    if (np) return { cue: null, cueSpan: tokSpan(v, f - 1, f), np, after: colon + 1, where: 'before-noun' };
    break;
  }
  return null;
}


/**
 * The subject of the sentence, for participial and coordinated cues ("X spoke on Monday, saying …",
 * "Her campaign announced … and said …"): the noun phrase from the sentence start up to its first
 * verb (the tagger's VERB/AUX when it has run, else an auxiliary, a cue word or an -ed/-s word).
 */
export function subjectNP(v: View, floor: number, ceil: number): NP | null {
  for (let j = floor + 1; j < Math.min(ceil, floor + 30); j++) {
    const t = v.tokens[j]!;
    const l = v.lower[j]!;
    if (isQuoteTok(v, j)) return null;
    const verbish = v.tagged
      ? t.pos === 'VERB' || t.pos === 'AUX'
      : !isCap(v, j) && (inClass(v, j, W_AUX) || v.lex.is('verb', l) || v.lex.cues.has(l) || /^[a-z]{3,}(ed)$/.test(l));
    if (!verbish) continue;
    let e = j;
    while (e > floor && (inClass(v, e - 1, W_AUX) || inClass(v, e - 1, W_NEG) || inClass(v, e - 1, W_ADV) || lyAdverb(v, e - 1))) e--;
    const np = leftNP(v, e, floor);
    return np && np.start === floor ? np : null;
  }
  return null;
}

function hasCue(v: View, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (v.inQuote[i] < 0 && cueAt(v, i, a)) return true;
  return false;
}

/** true when nothing but closing punctuation follows the quote in its sentence */
function quoteEndsSentence(v: View, m: number): boolean {
  const q = v.marks[m]!;
  const k = tokenAtOrAfter(v, q.end);
  if (k >= v.tokens.length || v.para[k] !== q.paragraph) return true;
  const [, sEnd] = sentenceOf(v, Math.max(0, k - 1));
  for (let i = k; i < Math.min(sEnd, k + 3); i++) if (!isPunct(v, i)) return v.tokens[i]!.sent !== v.tokens[k - 1]!.sent;
  return true;
}

/** All quote-mark chains (AP multi-paragraph quotes linked by `next`). */
function chains(v: View): number[][] {
  const out: number[][] = [];
  for (let m = 0; m < v.marks.length; m++) {
    // a continued paragraph with an attribution of its own after it may open its own chain (see extendContinuation)
    if (v.marks[m]!.continued && !ownAttributionAfter(v, m)) continue;
    const chain = [m];
    for (let n = v.marks[m]!.next; n >= 0; n = v.marks[n]!.next) chain.push(n);
    out.push(chain);
  }
  return out;
}

/** Direct quotes: each chain of quote-mark spans with an attribution before or after it. */
export function attachDirect(st: State): void {
  const v = st.v;
  for (const chain of chains(v)) {
    if (chain.some((m) => st.usedMark[m])) continue;
    let found: Found | null = null;
    for (const m of chain) {
      const q = v.marks[m]!;
      const k = tokenAtOrAfter(v, q.end);
      const closedSentence = q.closed ? (/([.!?])[\s"”']*$/.exec(v.text.slice(q.start, q.end))?.[1] ?? '') : '';
      if (k < v.tokens.length && v.para[k] === q.paragraph) found = attributionAfter(v, k, paraEnd(v, k), closedSentence);
      if (found) break;
    }
    const first = v.marks[chain[0]!]!;
    const k0 = tokenAtOrAfter(v, first.start);
    // a quotation inside a noun or prepositional phrase is a title or a name ("the broadcast of
    // “Fox News Sunday,” Pence said …"), not the speech of the following attribution
    const before = v.lower[k0 - 1] ?? '';
    if (k0 > 0 && v.para[k0 - 1] === first.paragraph && (inClass(v, k0 - 1, W_PREP) || inClass(v, k0 - 1, W_DET) && before !== 'that')) continue;
    if (!found && k0 < v.tokens.length) found = attributionBefore(v, k0);
    if (!found) continue;
    if (found.where === 'before' && !quoteEndsSentence(v, chain[chain.length - 1]!)) continue;
    if (found.where === 'before' && v.lower[k0 - 1] === 'that') continue;
    const content: Span[] = chain.map((m) => ({ start: v.marks[m]!.start, end: v.marks[m]!.end }));
    const a: Attribution = {
      content,
      cue: found.cueSpan,
      source: found.np ? tokSpan(v, found.np.start, found.np.end) : null,
      sourceHead: found.np ? tokSpan(v, found.np.head, found.np.head + 1) : null,
      addressee: found.cue ? addresseeAfter(v, found.cue, paraEnd(v, found.cue.head)) : null,
      kind: 'direct',
      sent: v.tokens[found.cue?.head ?? k0]!.sent,
      rule: DIRECT_RULE[found.where],
      origin: 'direct',
    };
    for (const m of chain) st.usedMark[m] = 1;
    if (found.where === 'after' || found.where === 'after-inverted' || found.where === 'after-frame') {
      // "The country “has made dramatic changes,” McConnell said.": the narrative lead-in of the
      // sentence is part of the attributed content (a mixed quote)
      const [sStart] = sentenceOf(v, k0);
      // (not after a colon: "X commended the U.K.: “…,” X added" introduces the quote)
      if (sStart < k0 && k0 - sStart <= 60 && v.para[sStart] === first.paragraph && !isPunct(v, k0 - 1, ':') && isFree(st, sStart, k0) && !hasCue(v, sStart, k0)) {
        const s0 = leadEnd(v, sStart);
        if (s0 < k0) content[0] = { start: v.tokens[s0]!.start, end: content[0]!.end };
      }
      extendContinuation(st, a, found.after);
    } else if (found.where === 'before') {
      const lead = leadInBefore(st, found, k0);
      if (lead) content.unshift(lead);
    }
    accept(st, a);
  }
}

/**
 * "An economic downturn, he said, “could be a good time to borrow …”": the words before an
 * interrupting attribution are the first part of the attributed content (PolNeAR: content around
 * the cue and source is one attribution) when the quotation goes on with their sentence: it opens
 * in lower case (a capital opens a sentence of its own, and the lead-in is then the author's
 * scene-setting: "In a statement, she said, “We …”" — train: 40 such lead-ins wrong). The lead-in
 * runs from the sentence start to the comma right before the source, free, with no cue, quotation
 * or sentence punctuation of its own.
 */
function leadInBefore(st: State, found: Found, k0: number): Span | null {
  const v = st.v;
  const from = found.np?.start ?? found.cue?.start ?? -1;
  if (from <= 0 || !isPunct(v, from - 1, ',')) return null;
  const [sStart] = sentenceOf(v, k0);
  // (past the closing mark of the previous sentence's quotation the segmenter may leave at its start)
  let s1 = sStart;
  while (s1 < from && isPunct(v, s1)) s1++;
  const s0 = leadEnd(v, s1);
  if (s0 >= from - 1 || from - 1 - s0 > 40 || v.para[s0] !== v.para[k0] || !isFree(st, s0, from)) return null;
  for (let i = s0; i < from - 1; i++) if (v.inQuote[i]! >= 0 || isPunct(v, i, '.?!;:')) return null;
  if (hasCue(v, s0, from - 1)) return null;
  const first = v.text.slice(v.tokens[k0]!.start, v.tokens[k0]!.start + 4).replace(/^[\s"“'‘`]+/, '');
  if (!/^\p{Ll}/u.test(first)) return null;
  // a prepositional or infinitive lead-in ("In his tribute, …", "To alert the police, …") and a bare
  // "But" set the scene; a clause or a subject ("If Clinton is elected, …", "An economic downturn, …") is said
  const p0 = v.tokens[s0]!.pos;
  if (p0 === 'ADP' || p0 === 'PART' || p0 === 'CCONJ' || inClass(v, s0, W_PREP) && p0 !== 'SCONJ') return null;
  return tokSpan(v, s0, from - 1);
}

/** "…," she said. "…" — a quote that resumes right after the attribution is the same attribution. */
function extendContinuation(st: State, a: Attribution, after: number): void {
  const v = st.v;
  const last = a.content[a.content.length - 1]!;
  let from = after < v.tokens.length ? v.tokens[after - 1]?.end ?? last.end : last.end;
  const para = v.para[Math.max(0, after - 1)]!;
  let mi = nextMarkFrom(v, from);
  while (mi < v.marks.length) {
    const q = v.marks[mi]!;
    if (q.paragraph !== para || st.usedMark[mi]) break;
    const gap = v.text.slice(from, q.start);
    // only punctuation between, or the rest of the attribution's sentence ("…, who likened the
    // campaign to a car crash. “It's become …”") when the quote starts the next sentence
    if (!/^[\s,.;:]*$/.test(gap) && !(a.content.length === 1 && restOfSentence(v, from, q.start))) break;
    // a quote with its own attribution after it is a new attribution
    const k = tokenAtOrAfter(v, q.end);
    if (k < v.tokens.length && v.para[k] === q.paragraph && attributionAfter(v, k, paraEnd(v, k), '')) break;
    // a quote the narrative goes on after ("“You squeezed employees” to drive up the price, she
    // said") is part of a new sentence with its own attribution
    if (!quoteEndsSentence(v, mi)) break;
    // the quote and the paragraphs it runs on into (AP style)
    let tail = mi;
    for (let n = mi; n >= 0; n = v.marks[n]!.next) {
      // a paragraph the quote runs on into that has its own attribution ("“…,” Sexton said.") is
      // that attribution's, not the one before (PolNeAR train: content exact +8, cue +4)
      if (n !== mi && ownAttributionAfter(v, n)) break;
      a.content.push({ start: v.marks[n]!.start, end: v.marks[n]!.end });
      st.usedMark[n] = 1;
      tail = n;
    }
    if (tail !== mi) break;
    from = q.end;
    mi++;
  }
}

/** the quote-mark span m has an attribution of its own right after it in its paragraph */
function ownAttributionAfter(v: View, m: number): boolean {
  const q = v.marks[m]!;
  const k = tokenAtOrAfter(v, q.end);
  return k < v.tokens.length && v.para[k] === q.paragraph && attributionAfter(v, k, paraEnd(v, k), '') !== null;
}

function restOfSentence(v: View, from: number, to: number): boolean {
  const i = tokenAtOrAfter(v, from);
  const j = tokenAtOrAfter(v, to);
  if (i >= j || j >= v.tokens.length) return false;
  if (v.tokens[j]!.sent === v.tokens[i]!.sent) return false;
  if (v.tokens[j - 1]!.sent !== v.tokens[i]!.sent) return false; // exactly one sentence boundary
  for (let k = i; k < j; k++) if (v.inQuote[k] >= 0 || cueAt(v, k, i) && cueAt(v, k, i)!.cls === 'speech') return false;
  return true;
}

function nextMarkFrom(v: View, offset: number): number {
  let lo = 0;
  let hi = v.marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.marks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
