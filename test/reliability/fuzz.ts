// Seeded article fuzzer for the contract property test and the reliability suite. Articles are
// built from real news sentences (../shared Wikinews, read here, never copied into the repository)
// and from fragments that stress each stage: quote marks of every kind, paired and unpaired,
// attributions before, inside and after content, dates and times (some invalid), emoji and
// astral characters, combining marks, zero-width and bidi controls, CRLF and tabs, very long
// tokens and sentences, runs of punctuation and cues. The same seed gives the same articles.
import { readFileSync } from 'node:fs';
import { sharedPath } from '../../src/core/paths.js';
import { parseCsv } from '../../src/io/read-csv.js';
import { mulberry32 } from '../../src/nlp/random.js';
import { sharedPresent } from '../helpers/shared.js';

const FALLBACK = [
  'The minister said on Monday that talks with Norland would resume next week.',
  'Rebels attacked a convoy near the border, officials told reporters.',
  '"We will not accept this," the spokesman said in a statement.',
  'Prime Minister Kenji Moriyama praised Australia as "a partner we can count on".',
];

function realSentences(): string[] {
  const out: string[] = [];
  for (const year of ['2019', '2020']) {
    const p = sharedPath('data', 'wikinews', `wikinews_${year}.csv`);
    if (!sharedPresent(p, 'the fuzzer builds its articles from its four fallback sentences')) continue;
    const rows = parseCsv(readFileSync(p, 'utf8'));
    const col = rows[0]?.indexOf('text') ?? -1;
    for (const r of rows.slice(1)) for (const s of (r[col] ?? '').split(/(?<=[.!?]["”’]?)\s+/)) if (s.trim().length > 20) out.push(s.trim());
  }
  return out.length ? out : FALLBACK;
}

const QUOTES = ['"', '“', '”', "'", '‘', '’', '«', '»', '„', '‹', '›', '``', "''"];
const CUES = ['said', 'told reporters', 'added', 'warned', 'claimed', 'according to', 'she said', 'he added', 'said the minister', 'officials said'];
const LEADS = ['However, ', 'But ', 'Meanwhile, ', 'In a statement, ', 'On Monday, ', ''];
const WEIRD = [
  '😀', '👩‍👩‍👧', '𝕏', '\u0301', 'e\u0301', '\u200b', '\u200d', '\u2060', '\ufeff', '\u202e', '\u200f', '\u00a0', '\u2028', '中文', 'العربية', 'Ω', '…', '—', '–',
  '\t', '\r\n', '\r', '  ', '\\', '&amp;', '<b>', '</p>', '\u0000'.replace('\u0000', '\u0001'), '\ud83d', '\ude00',
];
const TIMES = ['on Monday', 'last Tuesday', 'March 3, 2025', '2025-13-45', '10:30 a.m.', 'next week', 'in 1999', 'yesterday', 'the 31st of February', '24:61', '3 p.m. EST', 'two years ago'];
const NAMES = ['Kessel', 'Norland', 'Dr. Ana Ruiz', 'the U.N.', 'NATO', 'President Vestria', 'Mr. O\'Brien', 'Jean-Luc', 'al-Assad', 'U.S.'];

export interface FuzzArticle {
  readonly id: string;
  readonly text: string;
  readonly published: string | null;
}

export class Fuzzer {
  private readonly sentences = realSentences();

  article(seed: number): FuzzArticle {
    const r = mulberry32(seed * 2654435761);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
    const paragraphs: string[] = [];
    const n = 1 + Math.floor(r() * 10);
    for (let p = 0; p < n; p++) {
      const parts: string[] = [];
      const m = 1 + Math.floor(r() * 5);
      for (let k = 0; k < m; k++) parts.push(this.mutate(pick(this.sentences), r, pick));
      // now and then one pathological paragraph
      if (r() < 0.03) parts.push(this.pathological(r, pick));
      paragraphs.push(parts.join(pick([' ', ' ', ' ', '  ', '\u00a0', ''])));
    }
    let text = paragraphs.join(pick(['\n', '\n', '\n\n', '\r\n', '\n \n']));
    if (!text.trim()) text = 'Empty fallback sentence.';
    const published = r() < 0.8 ? `20${10 + Math.floor(r() * 16)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 10)}` : null;
    return { id: `fuzz-${seed}`, text, published };
  }

  private mutate(s: string, r: () => number, pick: <T>(xs: readonly T[]) => T): string {
    let out = s;
    const ops = Math.floor(r() * 4);
    for (let i = 0; i < ops; i++) {
      const op = Math.floor(r() * 12);
      const at = Math.floor(r() * (out.length + 1));
      switch (op) {
        case 0: // wrap as a quote with an attribution
          out = `${pick(LEADS)}${pick(QUOTES)}${out}${pick(QUOTES)} ${pick(NAMES)} ${pick(CUES)}.`;
          break;
        case 1: // a parenthetical attribution inside
          out = `${out.slice(0, at)}, ${pick(['she', 'he', 'they', pick(NAMES)])} ${pick(CUES)}, ${out.slice(at)}`;
          break;
        case 2: // an unpaired quote mark
          out = out.slice(0, at) + pick(QUOTES) + out.slice(at);
          break;
        case 3: // odd characters
          out = out.slice(0, at) + pick(WEIRD) + out.slice(at);
          break;
        case 4: // a time expression
          out = `${out.slice(0, at)} ${pick(TIMES)} ${out.slice(at)}`;
          break;
        case 5: // truncated mid-word
          out = out.slice(0, Math.max(1, at));
          break;
        case 6: // words shuffled
          out = out.split(' ').sort(() => r() - 0.5).join(' ');
          break;
        case 7: // brackets and dashes
          out = `${out.slice(0, at)} (${pick(['', '[', '(', '—'])}${pick(NAMES)}${pick(['', ']', ')', '—'])}) ${out.slice(at)}`;
          break;
        case 8: // repeated words
          out = `${out.slice(0, at)}${` ${pick(CUES)}`.repeat(1 + Math.floor(r() * 6))}${out.slice(at)}`;
          break;
        case 9: // lead word + attribution at the start (the inverted-span pattern of issue 15)
          out = `${pick(LEADS)}${pick(['she', 'he', pick(NAMES)])} ${pick(CUES)}, ${pick(QUOTES)}${out}${pick(QUOTES)}`;
          break;
        case 10: // case changes
          out = r() < 0.5 ? out.toUpperCase() : out.toLowerCase();
          break;
        default: // spaces become other whitespace
          out = out.replace(/ /g, () => (r() < 0.1 ? pick(['\t', '  ', '\u00a0', '\n']) : ' '));
      }
    }
    return out;
  }

  private pathological(r: () => number, pick: <T>(xs: readonly T[]) => T): string {
    switch (Math.floor(r() * 7)) {
      case 0:
        return 'word, '.repeat(500 + Math.floor(r() * 1500));
      case 1:
        return `${pick(NAMES)} said `.repeat(300);
      case 2:
        return 'x'.repeat(2000 + Math.floor(r() * 3000));
      case 3:
        return '"'.repeat(200) + ' ' + '“”'.repeat(200);
      case 4:
        return Array.from({ length: 400 }, () => pick(['the', 'talks', 'and', 'on', 'Monday', 'said', 'Norland'])).join(' ');
      case 5:
        return '.!?;:,'.repeat(300);
      default:
        return Array.from({ length: 300 }, () => pick(WEIRD)).join('');
    }
  }
}
