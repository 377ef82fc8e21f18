// Candidates for sets (recurring times): "every Tuesday" → XXXX-WXX-2, "on Mondays", "daily",
// "twice a week" → P1W, "every two years" → P2Y, and "a year" after a rate ("$5 billion a year").
import type { Candidate } from '../frame.js';
import { timeLexicon } from '../lexicon.js';
import { fragments, isCapitalised, parseQuantity, prevWord, wordBefore } from '../patterns.js';
import { normaliseUnit } from './durations.js';
import { execPattern, foldText, sliceFolded, caselessPattern, type FoldedText, type CaselessPattern } from '../../../core/caseless.js';
import { lookBack, scan } from './scan.js';
import { durationValue } from '../durations.js';

let compiled: Record<string, CaselessPattern> | undefined;

function patterns(): Record<string, CaselessPattern> {
  if (compiled) return compiled;
  const f = fragments();
  const lex = timeLexicon();
  const phrases = [...lex.sets.keys()].sort((a, b) => b.length - a.length).join('|');
  compiled = {
    lexical: caselessPattern(`\\b(${phrases})\\b`, 'gi'),
    everyUnit: caselessPattern(`\\b(?:every|each)[^\\S\\n]+(?<other>other[^\\S\\n]+)?(?:(?<q>${f.quantity})[^\\S\\n]+)?(?<u>${f.unit})s?\\b`, 'gid'),
    everyWeekday: caselessPattern(`\\b(?:every|each)[^\\S\\n]+(?<wd>${f.weekday})\\b`, 'gid'),
    // the word before ("on", "of", "most", "all") is checked in the builder
    pluralWeekday: /\b(?<wd>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\b/g,
    // found from "once/twice/thrice/times"; the quantity before "times" is read back (timesBefore)
    timesPer: caselessPattern(`\\b(?<w>once|twice|thrice|times)[^\\S\\n]+(?:a|an|per|each|every)[^\\S\\n]+(?<u>${f.unit})\\b`, 'gid'),
    timesBefore: caselessPattern(`(?:${f.quantity})[^\\S\\n]+$`, 'iuy'),
    // found from the unit; "a"/"per" before it is checked in the builder
    rate: caselessPattern(`\\b(?<u>year|month|week|day|hour)\\b(?![^\\S\\n]+(?:ago|later|earlier|before|after|old)\\b)`, 'gid'),
  };
  return compiled;
}

const PLURAL_WEEKDAY_BEFORE = new Set(['on', 'of', 'most', 'all']);

/** A rate ("$5 billion a year", "40 hours a week") puts a number shortly before "a year". */
const RATE_BEFORE = caselessPattern(/(?:\d|\b(?:million|billion|trillion|times|hundred|thousand|dollars|euros|pounds|percent|cent))[^.;!?\n]{0,20}$/i);

export function setCandidates(text: string, folded: FoldedText = foldText(text)): Candidate[] {
  const out: Candidate[] = [];
  const lex = timeLexicon();
  const p = patterns();
  const set = (m: RegExpExecArray, value: string, rule: string, priority = 5): Candidate => ({ start: m.index, end: m.index + m[0].length, type: 'SET', frame: { k: 'set', value }, rule, priority });
  scan(p.lexical!, text, folded, (m) => set(m, lex.sets.get(m[1]!.toLowerCase())!, 'set-word'), out);
  scan(p.everyUnit!, text, folded, (m) => {
    const code = lex.units.get(m.groups!.u!.toLowerCase());
    if (!code) return null;
    let q = m.groups!.q ? parseQuantity(m.groups!.q) : 1;
    if (q === null || q === 'X') return null;
    if (m.groups!.other) q *= 2;
    const { unit, n } = normaliseUnit(code, q);
    return set(m, durationValue(n, unit), 'every-unit');
  }, out);
  scan(p.everyWeekday!, text, folded, (m) => {
    const raw = m.groups!.wd!;
    const wd = isCapitalised(raw) ? lex.weekdays.get(raw.toLowerCase()) : undefined;
    return wd === undefined ? null : set(m, `XXXX-WXX-${wd}`, 'every-weekday', 6);
  }, out);
  scan(p.pluralWeekday!, text, folded, (m) => {
    if (!PLURAL_WEEKDAY_BEFORE.has(wordBefore(text, m.index))) return null;
    const wd = lex.weekdays.get(m.groups!.wd!.slice(0, -1).toLowerCase());
    return wd === undefined ? null : set(m, `XXXX-WXX-${wd}`, 'weekdays-plural');
  }, out);
  scan(p.timesPer!, text, folded, (key) => {
    let m = key;
    if (key.groups!.w!.toLowerCase() === 'times') {
      const found = lookBack(text, folded, key.index, p.timesBefore!, 40);
      if (!found) return null;
      m = Object.assign([text.slice(found.start, key.index + key[0].length)], { index: found.start, input: text, groups: key.groups }) as unknown as RegExpExecArray;
    }
    const code = lex.units.get(m.groups!.u!.toLowerCase());
    if (!code) return null;
    const { unit, n } = normaliseUnit(code, 1);
    return set(m, durationValue(n, unit), 'times-per-unit', 6);
  }, out);
  scan(p.rate!, text, folded, (key) => {
    const before = prevWord(text, key.index);
    const art = before.word.toLowerCase();
    if ((art !== 'a' && art !== 'per') || before.start + art.length === key.index) return null;
    const m = Object.assign([text.slice(before.start, key.index + key[0].length)], { index: before.start, input: text, groups: key.groups }) as unknown as RegExpExecArray;
    const per = art === 'per';
    if (!per && !execPattern(RATE_BEFORE, text.slice(Math.max(0, m.index - 40), m.index), sliceFolded(folded, Math.max(0, m.index - 40), m.index))) return null;
    const code = lex.units.get(m.groups!.u!.toLowerCase())!;
    const { unit, n } = normaliseUnit(code, 1);
    return set(m, durationValue(n, unit), 'rate-per-unit', 6);
  }, out);
  return out;
}
