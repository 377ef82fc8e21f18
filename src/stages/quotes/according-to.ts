// "According to X, CONTENT." / "CONTENT, according to X." / "CONTENT according to X.": the source
// follows the cue. "“…,” Y said, according to X." is X's attribution, with "Y said" in its content.
import type { Span } from '../../core/span.js';
import { contentEnd, extendToQuote, leadEnd, MAX_SENTENCE_TOKENS } from './content-bounds.js';
import { cueAttribution, lastCapital } from './cue-attribution.js';
import type { Cue } from './cues.js';
import type { NP } from './source-np.js';
import { accept, isFree, type State } from './state.js';
import { isPunct, isQuoteTok, isWord, tokenAtOrAfter, POS_ADP, POS_SCONJ, type View } from './view.js';
import type { Attribution } from './types.js';

/** without a comma before it, "according to X" must close the clause within this many tokens */
const MAX_BARE_SOURCE = 8;

/** a closing quote mark right after a comma: '…relationship,” according to' */
function closedQuote(v: View, i: number): boolean {
  return isQuoteTok(v, i) && isPunct(v, i - 1, ',');
}

/**
 * The direct quotation "“…,” Sanders said, according to CNN." is CNN's account of what Sanders
 * said: PolNeAR marks one attribution, cue "according to", source CNN, whose content is the
 * quotation with its inner attribution "Sanders said" (train: the inner one marked alone 0 times
 * in 7). Returns the index in st.atts of the direct attribution whose cue and source lie between
 * the sentence start and `last` (the word before the comma), with nothing claimed after its cue.
 */
function innerDirect(st: State, s: number, last: number): number {
  const v = st.v;
  const at = (offset: number) => tokenAtOrAfter(v, offset);
  for (let k = st.atts.length - 1; k >= 0; k--) {
    const a = st.atts[k]!;
    if (a.origin !== 'direct' || !a.cue) continue;
    const c0 = at(a.cue.start);
    const c1 = at(a.cue.end) - 1;
    if (c0 < s || c1 > last) continue;
    if (a.source && (at(a.source.start) < s || at(a.source.end) - 1 > last)) continue;
    // between the cue and the comma only free words ("said at a press conference")
    let free = true;
    for (let j = c1 + 1; j <= last; j++) if (st.usedTok[j] && !(a.source && v.tokens[j]!.start >= a.source.start && v.tokens[j]!.end <= a.source.end)) free = false;
    if (free) return k;
  }
  return -1;
}

/** the inner attribution's content, the words up to the comma included in its first span */
function outerContent(v: View, inner: Attribution, last: number): Span[] {
  const end = v.tokens[last]!.end;
  const first = inner.content.filter((c) => c.start < end);
  const after = inner.content.filter((c) => c.start >= end);
  const start = Math.min(...first.map((c) => c.start), inner.source?.start ?? Infinity, inner.cue!.start);
  return [{ start, end }, ...after];
}

const FINITE = /^(VBD|VBZ|VBP|MD)$/;

/**
 * tokens [a, b) are a whole clause: a finite verb, and neither a fronted subordinate clause ("While
 * most of those were elevated …, according to X, two …") nor ending on the word that opens what
 * follows ("The AP reported that, according to X, …", "… after, according to him, …"). Needs the
 * tagger (else assumed not).
 */
function finiteClause(v: View, a: number, b: number): boolean {
  if (!v.tagged || b <= a) return false;
  const open = (k: number) => v.posCode[k] === POS_SCONJ || v.posCode[k] === POS_ADP || v.lower[k] === 'that';
  if (v.posCode[a] === POS_SCONJ || open(b - 1)) return false;
  for (let k = a; k < b; k++) if (FINITE.test(v.tokens[k]!.xpos ?? '')) return true;
  return false;
}

/** token `k` opens no clause of the content's: not a conjunction, subordinator or verb (an apposition or relative clause of the source) */
function sourceModifierAt(v: View, k: number): boolean {
  const p = v.tokens[k]?.pos ?? '';
  return !(p === 'CCONJ' || p === 'SCONJ' || p === 'VERB' || p === 'AUX');
}

/**
 * The words after the source (from token `k`) go on with the content [s, b) when "according to X"
 * interrupts it ("Other major cleavages, according to X, include …") or a conjunction, subordinator
 * or verb opens them ("…, according to the police, and nobody died"); after a whole clause an
 * apposition or relative clause of the source is no part of what X reported (", a political
 * crowdfunding website", ", which tracks …"). PolNeAR train: content exact 10109 → 10125, dev 1204 → 1207.
 */
function tailContinues(v: View, s: number, b: number, k: number): boolean {
  return !(finiteClause(v, s, b) && sourceModifierAt(v, k));
}

/** a connective opening the sentence before an initial "according to" ("But according to reports, …") */
const SENTENCE_CONNECTIVES = new Set(['but', 'and', 'yet', 'so', '(']);

/** "According to X, CONTENT." / "CONTENT, according to X." */
export function attachAccordingTo(st: State): void {
  const v = st.v;
  for (const sent of v.doc.sentences) {
    const s = sent.tokenStart;
    const e = sent.tokenEnd;
    // (no "according" in the sentence: nothing to read, not even its content end)
    if (e - s > MAX_SENTENCE_TOKENS || v.nextVerbCue[s]! + 2 >= e) continue;
    const ce = contentEnd(v, s, e);
    for (let i = s; i + 2 < e; i++) {
      // ("according" is a verb-cue word of the view: jump from one to the next)
      i = v.nextVerbCue[i]!;
      if (i + 2 >= e) break;
      if (v.lower[i] !== 'according' || v.lower[i + 1] !== 'to' || st.usedTok[i]) continue;
      const cue: Cue = { entry: v.lex.cues.get('according to')!, head: i, start: i, end: i + 2 };
      if (i === s || i - 1 === s && (isPunct(v, i - 1, ',') || SENTENCE_CONNECTIVES.has(v.lower[s]!))) {
        // According to X, CONTENT.
        let c = i + 2;
        while (c < ce && !isPunct(v, c, ',')) c++;
        if (c >= ce - 1 || c === i + 2) break; // "According to , …": no source, no attribution (issue 15)
        const np: NP = { start: i + 2, end: c, head: lastCapital(v, i + 2, c) };
        if (!isFree(st, c + 1, ce)) break;
        accept(st, cueAttribution(v, [{ start: v.tokens[c + 1]!.start, end: extendToQuote(v, ce - 1) }], cue, np, 'according-to', 'according-to-initial', null));
      } else if (isPunct(v, i - 1, ',—–') || closedQuote(v, i - 1) || i - s >= 4 && isWord(v, i - 1)) {
        // CONTENT, according to X[, …].  /  CONTENT according to X. (no comma: "… were injured
        // yesterday according to health officials")  /  CONTENT — according to X.  /  "QUOTE,"
        // according to X. (the comma inside the closing quote mark; the mark stays in the content)
        const comma = isPunct(v, i - 1, ',—–') ? 1 : 0;
        let c = i + 2;
        while (c < ce && !isPunct(v, c, ',;')) c++;
        if (c === i + 2) break; // "…, according to , …": an empty source would be an inverted span (issue 15)
        if (!comma && c - (i + 2) > MAX_BARE_SOURCE) break;
        const np: NP = { start: i + 2, end: c, head: lastCapital(v, i + 2, c) };
        const s0 = leadEnd(v, s);
        const head: Span = { start: v.tokens[s0 < i - comma ? s0 : s]!.start, end: v.tokens[i - 1 - comma]!.end };
        if (i - comma <= s) break;
        if (!isFree(st, s, i - comma)) {
          const k = comma ? innerDirect(st, s, i - 1 - comma) : -1;
          if (k < 0) break;
          const inner = st.atts.splice(k, 1)[0]!;
          accept(st, cueAttribution(v, outerContent(v, inner, i - 1 - comma), cue, np, 'according-to', 'according-to-outer', null));
          break;
        }
        const content = [head];
        if (c < ce - 1 && isFree(st, c + 1, ce) && tailContinues(v, s, i - comma, c + 1)) content.push({ start: v.tokens[c + 1]!.start, end: v.tokens[ce - 1]!.end });
        accept(st, cueAttribution(v, content, cue, np, 'according-to', 'according-to-final', null));
      }
      break;
    }
  }
}
