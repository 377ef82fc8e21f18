// A /i pattern compiled caseless must find what the /i pattern finds, read from the text itself.
import { describe, expect, it } from 'vitest';
import { execPattern, foldSource, foldText, caselessPattern, type CaselessPattern } from './caseless.js';

/** every match of a global pattern (as written, or caseless) in `text`, as plain data */
function matches(p: CaselessPattern, text: string): unknown[] {
  const folded = foldText(text);
  const re = p instanceof RegExp ? p : p.re;
  re.lastIndex = 0;
  const out: unknown[] = [];
  for (let m = execPattern(p, text, folded); m; m = execPattern(p, text, folded)) {
    out.push({ all: [...m], index: m.index, input: m.input === text, groups: m.groups ? { ...m.groups } : undefined, indices: (m as { indices?: unknown }).indices ? JSON.stringify((m as { indices?: unknown }).indices) : undefined });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** the same pattern compiled as written: the reference */
const asWritten = (re: RegExp) => new RegExp(re.source, re.flags);

const TEXTS = [
  'Talks resumed Last Week, TWO YEARS AGO and the day before Yesterday.',
  'In the EVENING hours, at 5 P.M. utc; the Day After Tomorrow.',
  // ſ and the Kelvin sign fold to s and k under /iu only; İ is no ASCII letter in either mode
  'ſince the paſt week, 3 dayſ ago, a wee\u212a later, İn the morning',
  'WEEKS and weeks and WeEkS; the Seventies; 1500 GMT; twice a Year',
  // the dating stage's \p{L} classes (date-events.ts): 'ſ' and 'K' are letters in either form
  'AFTER his Lawyer was convicted, Before the ARMY had ſtruck; they condemned THIS Air Strike and the \u212aiev Offensive.',
];

describe('caseless patterns', () => {
  const cases: RegExp[] = [
    /\b(today|yesterday|tomorrow|week|weeks|days?|ago|later)\b/gi,
    /\b(?<dir>ago|later|before|after)(?![\p{L}])(?![^\S\n]+than\b)/giud,
    /\b(?:in|at)[^\S\n]+(?:(the)[^\S\n]+)?(morning|evening)(?:[^\S\n]+(hours))?\b/gi,
    /(?<h>\d{1,2})[^\S\n]*(?<ap>a\.m\.|p\.m\.)[^\S\n]*(?<zone>UTC|GMT)?/gid,
    /\b[a-z]+s\b/giu,
    /\b[A-Z][a-z]+\b/gi,
    /\bthe[^\S\n]+(seventies|day[^\S\n]+(?:before|after)[^\S\n]+(?:yesterday|tomorrow))\b/gi,
    // as date-events.ts's (there without g)
    /\b(?:after|before|since|until|once)\s+((?:[\p{L}\p{N}.'’-]+\s+){1,8})/giu,
    /\b(?:the|this|that)\s+(?:[\p{L}-]+\s+)?(?:attacks?|strikes?|air ?strikes?|offensive)\b/giu,
  ];
  for (const re of cases) {
    it(`finds what ${re} finds`, () => {
      const p = caselessPattern(re);
      expect(p instanceof RegExp).toBe(false);
      for (const text of TEXTS) expect(matches(p, text), text).toEqual(matches(asWritten(re), text));
    });
  }

  it('reads the matched text and its groups from the text, capitals and all', () => {
    const p = caselessPattern(/\b(?<w>last|next)[^\S\n]+(week)\b/gi);
    const m = execPattern(p, 'It fell LAST Week.', foldText('It fell LAST Week.'))!;
    expect([...m]).toEqual(['LAST Week', 'LAST', 'Week']);
    expect(m.groups).toEqual({ w: 'LAST' });
    expect(m.index).toBe(8);
    expect('indices' in m).toBe(false);
  });

  it('keeps a pattern without /i, and one it cannot show equal, as written', () => {
    const plain = /\bweek\b/g;
    expect(caselessPattern(plain)).toBe(plain);
    for (const re of [/(a)\1/gi, /\p{Lu}/giu, /[!-Z]/gi, /\u0041/gi, /é/gi]) {
      expect(foldSource(re.source), re.source).toBeNull();
      expect(caselessPattern(re)).toBeInstanceOf(RegExp);
    }
  });

  it('lower-cases literal letters and letter ranges but not escapes, properties or group names', () => {
    expect(foldSource(String.raw`(?<Wd>Mon|TUE)\S\W\B[A-F0-9]\p{L}(?<=X)`)).toBe(String.raw`(?<Wd>mon|tue)\S\W\B[a-f0-9]\p{L}(?<=x)`);
  });

  it('folds the text one unit for one', () => {
    const text = 'ſome \u212aELVIN İ Ünter ſ';
    const f = foldText(text);
    expect(f.ascii).toBe('ſome \u212aelvin İ Ünter ſ');
    expect(f.unicode).toBe('some kelvin İ Ünter s');
    expect(f.unicode.length).toBe(text.length);
    expect(foldText('no folds').unicode).toBe('no folds');
  });
});
