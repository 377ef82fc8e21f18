// Candidates for durations: "three years" → P3Y, "18 months" → P18M, "a 27-year" → P27Y,
// "thirty minutes" → PT30M, "two and a half years" → P2.5Y, "several years" → PXY, and bare
// plurals after a preposition ("for years" → PXY). "a second" is left alone: it is an ordinal.
import type { Candidate, Unit } from '../frame.js';
import { timeLexicon } from '../lexicon.js';
import { fragments, parseQuantity, wordBefore } from '../patterns.js';
import { execPattern, foldText, sliceFolded, caselessPattern, type FoldedText, type CaselessPattern } from '../../../core/caseless.js';
import { lookBack, scan } from './scan.js';

let compiled: { counted: CaselessPattern; countedBefore: CaselessPattern; bare: CaselessPattern; coordinated: CaselessPattern } | undefined;

function patterns() {
  if (compiled) return compiled;
  const f = fragments();
  compiled = {
    // "the past three years", "18 months", "two straight days": found from the unit word; the
    // quantity before it is read back from a short window (countedBefore), so the long quantity
    // alternation is not tried at every offset of the text
    counted: caselessPattern(`\\b(?<u>${f.unit})(?<pl>s)?(?:-long)?(?![\\p{L}\\d])`, 'giu'),
    countedBefore: caselessPattern(`(?:the[^\\S\\n]+(?:past|last|next|first|previous|following|coming|final|same)[^\\S\\n]+)?(?<q>${f.quantity})[- ](?:(?:straight|consecutive|full|long|more|additional|extra|trading|business|working)[^\\S\\n]+)?$`, 'iuy'),
    // the first of two coordinated quantities shares the unit written after the second
    // ("between 60 and 90 days", "two or three years"): TIMEX3 annotates each quantity. Tried
    // only at the end of the text before a counted duration, so it costs nothing elsewhere
    coordinated: caselessPattern(`(?:^|[^\\p{L}\\d.,$€£])(?<q>${f.quantity})[^\\S\\n]+(?:and|or|to)[^\\S\\n]+$`, 'iud'),
    // bare plurals only after a preposition ("for years", "in just minutes"); "decades" and
    // "centuries" are temporal wherever they stand
    // (the preposition before is checked in the builder, not by a look-behind at every offset)
    bare: caselessPattern(/\b(years|months|weeks|days|hours|minutes)\b|\b(decades|centuries)\b/gi),
  };
  return compiled;
}

export function normaliseUnit(code: string, n: number): { unit: Unit; n: number } {
  switch (code) {
    case 'NIGHT': return { unit: 'D', n };
    case 'FORTNIGHT': return { unit: 'W', n: n * 2 };
    default: return { unit: code as Unit, n };
  }
}

/** "60 and" before "90 days": a duration of the first quantity in the unit of the second. */
function coordinatedBefore(text: string, folded: FoldedText, at: number, code: string, re: CaselessPattern, out: Candidate[]): void {
  const from = Math.max(0, at - 40);
  const m = execPattern(re, text.slice(from, at), sliceFolded(folded, from, at)) as (RegExpExecArray & { indices: { groups: Record<string, [number, number]> } }) | null;
  if (!m) return;
  const raw = m.groups!.q!;
  const q = parseQuantity(raw);
  const lower = raw.toLowerCase();
  if (q === null || q === 'X' || lower === 'a' || lower === 'an') return;
  const [qs, qe] = m.indices.groups.q!;
  const { unit, n } = normaliseUnit(code, q);
  out.push({ start: from + qs, end: from + qe, type: 'DURATION', frame: { k: 'duration', n, unit }, rule: 'duration-coordinated', priority: 2 });
}

/** words before a bare plural unit that make it a duration ("for years", "in just minutes") */
const BARE_PLURAL_BEFORE = new Set(['for', 'over', 'in', 'within', 'after', 'of', 'recent', 'past', 'coming', 'next']);

/** How far before its unit a counted duration may start ("the following twenty-five years"). */
const COUNTED_REACH = 64;

/** words that may stand right before a counted unit besides number words ("a few", "a couple of",
 * "two straight days", "two-and-a-half") */
const COUNT_WORDS = new Set(['few', 'of', 'dozen', 'half', 'straight', 'consecutive', 'full', 'long', 'more', 'additional', 'extra', 'trading', 'business', 'working']);

/** what follows the unit of an age */
const AGE_AFTER = /^(?:-old\b|[^\S\n]old\b)/;

/** Quantities with which "quarter" is a fraction before "of". */
const FRACTION_QUANTITY = new Set(['a', 'an', 'one', 'three']);

export function durationCandidates(text: string, folded: FoldedText = foldText(text)): Candidate[] {
  const out: Candidate[] = [];
  const lex = timeLexicon();
  const p = patterns();
  scan(p.counted, text, folded, (key) => {
    const sep = text[key.index - 1];
    if (sep !== ' ' && sep !== '-' && sep !== '\u00a0' && sep !== '\t') return null;
    // cheap test first: a digit, a number word or a modifier must stand right before the unit
    if (!/\d/.test(text[key.index - 2] ?? '')) {
      const w = wordBefore(text, key.index - (sep === ' ' ? 0 : 1)).toLowerCase();
      if (!lex.numbers.has(w) && !COUNT_WORDS.has(w) && !w.includes('-')) return null;
    }
    const found = lookBack(text, folded, key.index, p.countedBefore, COUNTED_REACH);
    if (!found) return null;
    const m = Object.assign([text.slice(found.start, key.index + key[0].length)], { index: found.start, input: text, groups: { q: found.m.groups!.q!, u: key.groups!.u!, pl: key.groups!.pl } }) as unknown as RegExpExecArray;
    const g = m.groups!;
    const code = lex.units.get(g.u!.toLowerCase());
    const q = parseQuantity(g.q!);
    if (!code || q === null) return null;
    const qLower = g.q!.toLowerCase();
    if (code === 'S' && (qLower === 'a' || qLower === 'an' || qLower === 'one')) return null; // "a second time"
    if ((qLower === 'a' || qLower === 'an') && g.pl) return null;
    // "(about) a quarter(,) of its dealers", "three quarters of voters" are fractions; "two
    // consecutive quarters of growth" and "a quarter of an hour" are times
    if (code === 'Q' && FRACTION_QUANTITY.has(qLower) && /^[^\S\n]*,?[^\S\n]*of\b(?![^\S\n]+an?[^\S\n]+(?:hour|century)\b)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) return null;
    if (q === 'X') return { start: m.index, end: m.index + m[0].length, type: 'DURATION', frame: { k: 'duration', n: 'X', unit: normaliseUnit(code, 1).unit }, rule: 'duration-vague-quantity', priority: 3 };
    const { unit, n } = normaliseUnit(code, q);
    if (text.charCodeAt(m.index - 1) === 32) coordinatedBefore(text, folded, m.index, code, p.coordinated, out);
    // an age keeps its "-old" / " old" in the span, as TimeML annotates it ("21-year-old", "45 years old")
    const old = AGE_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 6));
    const end = m.index + m[0].length + (code === 'Y' && old ? old[0].length : 0);
    return { start: m.index, end, type: 'DURATION', frame: { k: 'duration', n, unit }, rule: 'duration', priority: 3 };
  }, out);
  scan(p.bare, text, folded, (m) => {
    if (m[1]) {
      let w = wordBefore(text, m.index).toLowerCase();
      if (w === 'just' || w === 'only' || w === 'mere') w = wordBefore(text, m.index - w.length - 1).toLowerCase();
      if (!BARE_PLURAL_BEFORE.has(w)) return null;
    }
    const code = lex.units.get((m[1] ?? m[2]!).toLowerCase().replace(/(ie)?s$/, (s) => (s === 'ies' ? 'y' : '')));
    if (!code) return null;
    return { start: m.index, end: m.index + m[0].length, type: 'DURATION', frame: { k: 'duration', n: 'X', unit: normaliseUnit(code, 1).unit }, rule: 'duration-bare-plural', priority: 1 };
  }, out);
  return out;
}
