// Candidates for clock times: "3 p.m.", "10:30 a.m. EST", "18:00 UTC", "0800 GMT", "noon", and
// a day written right after the time ("12:00 UTC Monday"). A bare "3:2" or "10-20" is not a time
// (sports scores): a clock time needs am/pm, a zone, "o'clock", or "at" before it.
import type { Candidate, Frame } from '../frame.js';
import { timeLexicon } from '../lexicon.js';
import { fragments, isCapitalised, wordBefore } from '../patterns.js';
import { foldText, caselessPattern, type FoldedText, type CaselessPattern } from '../../../core/caseless.js';
import { scan } from './scan.js';

// a zone stays part of the time it qualifies ("3 p.m. ET", "10:00 a.m. Tongan time"); only UTC
// and GMT become an offset (Z), a local zone's offset is left to the reader, as TIMEX3 allows
const ZONES = 'UTC|GMT|Z|EST|EDT|ET|CST|CDT|CT|MST|MDT|MT|PST|PDT|PT|CET|CEST|BST|EET|EEST|IST|JST|AEST|AEDT|MSK|local[^\\S\\n]+time|[A-Z][a-z]+[^\\S\\n]+(?:standard[^\\S\\n]+)?time';

let compiled: Record<string, CaselessPattern> | undefined;

function patterns(): Record<string, CaselessPattern> {
  if (compiled) return compiled;
  const f = fragments();
  const day = `(?:,?[^\\S\\n]+(?:on[^\\S\\n]+)?(?<day>today|yesterday|tomorrow|${f.weekday}))?`;
  const zone = `(?:[^\\S\\n]*\\(?(?<zone>${ZONES})(?:[^\\S\\n]*[+-][^\\S\\n]?\\d{1,2}(?::?\\d{2})?)?\\)?)`;
  compiled = {
    ampm: caselessPattern(`(?<![\\d:.])\\b(?<h>\\d{1,2})(?:[:.](?<m>[0-5]\\d))?[^\\S\\n]*(?<ap>a\\.m\\.|p\\.m\\.|am\\b|pm\\b|a\\.m\\b|p\\.m\\b)${zone}?${day}`, 'gid'),
    // weekday names are matched case-insensitively and their capital checked in dayFrame
    zoned: caselessPattern(`(?<![\\d:.])\\b(?<h>[01]?\\d|2[0-3]):(?<m>[0-5]\\d)(?::[0-5]\\d)?${zone}${day}`, 'gid'),
    military: caselessPattern(`(?<![\\d:.])\\b(?<h>[01]\\d|2[0-3])(?<m>[0-5]\\d)[^\\S\\n]*(?:(?<zone>UTC|GMT|Z)|hours|hrs)\\b${day}`, 'gid'),
    // "at" before it is checked in the builder (a look-behind would be tried at every offset)
    atClock: caselessPattern(`(?<![\\d:.])\\b(?<h>[01]?\\d|2[0-3]):(?<m>[0-5]\\d)(?![\\d:])${day}`, 'gid'),
    oclock: caselessPattern(`\\b(?<h>\\d{1,2}|${f.numberWord})[^\\S\\n]+o['’]clock\\b`, 'gid'),
    noon: caselessPattern(/\b(noon|midday|midnight)\b/gi),
  };
  return compiled;
}

export function timeCandidates(text: string, folded: FoldedText = foldText(text)): Candidate[] {
  const out: Candidate[] = [];
  const lex = timeLexicon();
  const p = patterns();
  const dayFrame = (raw: string | undefined): Frame | null => {
    if (!raw) return null;
    const lower = raw.toLowerCase();
    if (lower === 'today') return { k: 'relday', offset: 0 };
    if (lower === 'yesterday') return { k: 'relday', offset: -1 };
    if (lower === 'tomorrow') return { k: 'relday', offset: 1 };
    const wd = isCapitalised(raw) ? lex.weekdays.get(lower) : undefined;
    return wd === undefined ? null : { k: 'weekday', wd, dir: null };
  };
  const build = (rule: string) => (m: RegExpExecArray): Candidate | null => {
    const g = m.groups!;
    let h = Number(g.h);
    if (Number.isNaN(h)) {
      const w = lex.numbers.get(g.h!.toLowerCase());
      if (typeof w !== 'number') return null;
      h = w;
    }
    const min = g.m ? Number(g.m) : 0;
    if (g.ap) {
      if (h < 1 || h > 12) return null;
      const pm = g.ap.toLowerCase().startsWith('p');
      if (pm && h < 12) h += 12;
      if (!pm && h === 12) h = 0;
    }
    if (h > 23 || min > 59) return null;
    const zone = g.zone && /^(UTC|GMT|Z)$/i.test(g.zone) ? 'Z' : null;
    let end = m.index + m[0].length;
    let day = dayFrame(g.day);
    if (g.day && !day) end = (m as RegExpExecArray & { indices: { groups: Record<string, [number, number]> } }).indices.groups.day![0];
    while (end > m.index && /[\s,]/.test(text[end - 1]!)) end--;
    return { start: m.index, end, type: 'TIME', frame: { k: 'time', h, min, zone, day }, rule, priority: 6 };
  };
  scan(p.ampm!, text, folded, build('clock-am-pm'), out);
  scan(p.zoned!, text, folded, build('clock-zone'), out);
  scan(p.military!, text, folded, build('clock-military'), out);
  const atBuild = build('clock-at');
  scan(p.atClock!, text, folded, (m, t) => (wordBefore(t, m.index).toLowerCase() === 'at' ? atBuild(m) : null), out);
  scan(p.oclock!, text, folded, build('clock-oclock'), out);
  scan(p.noon!, text, folded, (m) => {
    const w = m[1]!.toLowerCase();
    return { start: m.index, end: m.index + m[0].length, type: 'TIME', frame: { k: 'time', h: w === 'midnight' ? 24 : 12, min: 0, zone: null, day: null }, rule: 'clock-noon', priority: 5 };
  }, out);
  return out;
}
