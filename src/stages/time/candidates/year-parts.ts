// Candidates for parts of a year: quarters ("the third quarter of 2009" → 2009-Q3, "third-quarter"
// profits), halves ("the first half of 2010" → 2010-H1) and seasons ("last winter", "in the
// spring" → 2009-SP). The verb "fall" and "Arab Spring" are kept out by requiring a determiner
// or preposition before the season word.
import type { Candidate, Frame } from '../frame.js';
import { timeLexicon } from '../lexicon.js';
import { fragments, isCapitalised, prevWord, wordAfter } from '../patterns.js';
import { foldText, caselessPattern, type FoldedText, type CaselessPattern } from '../../../core/caseless.js';
import { lookBack, scan } from './scan.js';

const ORD: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };
const REL: Record<string, number> = { this: 0, last: -1, next: 1, the: 0, current: 0, previous: -1 };

let compiled: Record<string, CaselessPattern> | undefined;

function patterns(): Record<string, CaselessPattern> {
  if (compiled) return compiled;
  const f = fragments();
  const ofYear = `(?:[^\\S\\n]+of[^\\S\\n]+(?:(?<year>\\d{4})|(?<rel>this|last|next|the|the[^\\S\\n]+current|the[^\\S\\n]+previous)[^\\S\\n]+(?:fiscal[^\\S\\n]+|financial[^\\S\\n]+)?year))?`;
  compiled = {
    // found from "quarter"; the ordinal before it is read back (quarterBefore)
    quarter: caselessPattern(`\\bquarter\\b${ofYear}`, 'gid'),
    quarterBefore: caselessPattern(/(?:the[^\S\n]+)?(?<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[- ]$/iy),
    quarterYear: /\b(?:Q([1-4])|([1-4])Q)[^\S\n]*(?:of[^\S\n]+)?(\d{4})\b/g,
    // "fiscal Q3", "in Q3": a quarter of the year the clause is in (by tense, as a bare month)
    // "fiscal Q3", "in Q3": a quarter of the year the clause is in (by tense, as a bare month);
    // found by "Q" and a digit, the word before checked after (no look-behind at every offset)
    quarterBare: /\bQ([1-4])\b(?![^\S\n]*(?:of[^\S\n]+)?\d{4})/g,
    lastQuarter: caselessPattern(/\bthe[^\S\n]+(last|previous|latest)[^\S\n]+quarter\b(?![^\S\n]+of)/gi),
    half: caselessPattern(`\\b(?:the[^\\S\\n]+)?(?<ord>first|second)[- ]half\\b${ofYear}`, 'gid'),
    // every season word, with a year after it if written ("spring 2009"); whether it is a time
    // is judged from the words before it (see seasonCandidate)
    season: caselessPattern(`(?<![\\p{L}\\d-])(?<s>${f.season})(?:[^\\S\\n]+(?:of[^\\S\\n]+)?(?<year>\\d{4}))?(?![\\p{L}\\d-])`, 'giud'),
  };
  return compiled;
}

function yearFrame(g: Record<string, string | undefined>): Frame | null {
  if (g.year) return { k: 'date', y: Number(g.year) };
  if (g.rel) return { k: 'relunit', unit: 'Y', offset: REL[g.rel.toLowerCase().replace(/^the[^\S\n]+/, '')] ?? 0 };
  return null;
}

const QUARTER_PREPS = new Set(['in', 'during', 'for', 'the', 'of']);
const SEASON_REL = new Set(['this', 'last', 'next', 'early', 'late']);
const SEASON_PREPS = new Set(['in', 'during', 'over', 'until', 'by', 'since', 'through', 'throughout']);
const SEASON_DETERMINERS = new Set(['the', 'this', 'that', 'its', 'their', 'our', 'his', 'her', 'my', 'your', 'in', 'during', 'of', 'by', 'until', 'since', 'over']);
const SEASON_VERB_BEFORE = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'did', 'does', 'do', 'hot', 'mineral', 'coil', 'box']);
const SEASON_NOT_TIME_AFTER = new Set(['water', 'waters', 'roll', 'rolls', 'onion', 'onions', 'up', 'back', 'into', 'from', 'loaded']);

export function yearPartCandidates(text: string, folded: FoldedText = foldText(text)): Candidate[] {
  const out: Candidate[] = [];
  const lex = timeLexicon();
  const p = patterns();
  const c = (m: RegExpExecArray, part: string, year: Frame | null, rule: string, start = m.index): Candidate => ({ start, end: m.index + m[0].length, type: 'DATE', frame: { k: 'yearpart', part, year }, rule, priority: 6 });
  scan(p.quarter!, text, folded, (key) => {
    const sep = text[key.index - 1];
    if (sep !== ' ' && sep !== '-') return null;
    const found = lookBack(text, folded, key.index, p.quarterBefore!, 24);
    if (!found) return null;
    const m = Object.assign([text.slice(found.start, key.index + key[0].length)], { index: found.start, input: text, groups: key.groups }) as unknown as RegExpExecArray;
    return c(m, `Q${ORD[found.m.groups!.ord!.toLowerCase()]}`, yearFrame(m.groups!), 'quarter');
  }, out);
  scan(p.quarterYear!, text, folded, (m) => c(m, `Q${m[1] ?? m[2]}`, { k: 'date', y: Number(m[3]) }, 'quarter'), out);
  scan(p.quarterBare!, text, folded, (m) => {
    const before = prevWord(text, m.index);
    const lower = before.word.toLowerCase();
    if (lower === 'fiscal' || lower === 'financial') return c(m, `Q${m[1]}`, null, 'quarter', before.start);
    return QUARTER_PREPS.has(lower) ? c(m, `Q${m[1]}`, null, 'quarter') : null;
  }, out);
  scan(p.lastQuarter!, text, folded, (m) => ({ start: m.index, end: m.index + m[0].length, type: 'DATE', frame: { k: 'relunit', unit: 'Q', offset: -1 }, rule: 'last-quarter', priority: 6 }), out);
  scan(p.half!, text, folded, (m) => c(m, `H${ORD[m.groups!.ord!.toLowerCase()]}`, yearFrame(m.groups!), 'half-year'), out);
  const season = (m: RegExpExecArray, start: number) => {
    const g = m.groups!;
    const code = lex.seasons.get(g.s!.toLowerCase());
    if (!code) return null;
    const rel = g.rel?.toLowerCase();
    const year: Frame | null = g.year ? { k: 'date', y: Number(g.year) } : rel === 'last' || rel === 'next' || rel === 'this' ? { k: 'relunit', unit: 'Y', offset: REL[rel]! } : null;
    return c(m, code, year, 'season', start);
  };
  scan(p.season!, text, folded, (m) => {
    const s = m.groups!.s!;
    const before = prevWord(text, m.index);
    const lowerBefore = before.word.toLowerCase();
    // "this spring", "last winter", "early summer": the modifier opens the expression
    if (SEASON_REL.has(lowerBefore)) return season({ ...m, groups: { ...m.groups, rel: lowerBefore } } as unknown as RegExpExecArray, before.start);
    // "in (the) spring", "during the winter", "spring 2009"
    const prep = lowerBefore === 'the' ? prevWord(text, before.start).word.toLowerCase() : lowerBefore;
    if (SEASON_PREPS.has(prep) || m.groups!.year) return season(m, m.index);
    // a season named by itself ("spring shows signs of hope", "their Autumn meetings"); "fall"
    // only in the contexts above (the verb), a capital mid-sentence only after a determiner
    if (s.toLowerCase() === 'fall' || (s !== s.toLowerCase() && s[0]! + s.slice(1).toLowerCase() !== s)) return null;
    const after = wordAfter(text, m.index + m[0].length);
    if (SEASON_VERB_BEFORE.has(lowerBefore)) return null; // "to spring", "could spring"
    if (isCapitalised(after) || SEASON_NOT_TIME_AFTER.has(after.toLowerCase())) return null; // "Summer Olympics", "spring water"
    if (isCapitalised(s)) {
      const sentenceStart = /(?:^|[.!?:"“(\n])[^\S\n]*$/u.test(text.slice(Math.max(0, m.index - 3), m.index));
      if (!sentenceStart && !SEASON_DETERMINERS.has(lowerBefore)) return null; // "Arab Spring", "Prague Spring"
    } else if (isCapitalised(before.word) && !SEASON_DETERMINERS.has(lowerBefore)) return null;
    return season(m, m.index);
  }, out);
  return out;
}
