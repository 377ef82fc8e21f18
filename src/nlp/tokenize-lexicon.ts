// The word lists the tokenizer and sentence splitter consult, loaded once from data/ through the
// data loader: abbreviations (with the kind that tells the splitter whether they may end a
// sentence), whole-word contractions, hyphen prefixes that stay attached, and sentence starters.
import { loadTsv } from '../core/data-loader.js';
import { NewsgraphError } from '../core/errors.js';

export type AbbrevKind = 'title' | 'name' | 'org' | 'month' | 'day' | 'state' | 'number' | 'general' | 'end' | 'initials';

const KINDS: ReadonlySet<string> = new Set(['title', 'name', 'org', 'month', 'day', 'state', 'number', 'general', 'end']);

export interface TokenizeLexicon {
  /** exact-case abbreviations (with their final period) */
  readonly abbrevExact: ReadonlyMap<string, AbbrevKind>;
  /** lower-case abbreviations, matched case-insensitively */
  readonly abbrevLower: ReadonlyMap<string, AbbrevKind>;
  /** lower-cased word (straight apostrophes) → part lengths in UTF-16 units */
  readonly contractions: ReadonlyMap<string, readonly number[]>;
  readonly hyphenPrefixes: ReadonlySet<string>;
  readonly sentenceStarters: ReadonlySet<string>;
  /** capitalised words that continue a clock time (ET, Tuesday): see tokenize-time-words.tsv */
  readonly timeWords: ReadonlySet<string>;
  /** lower-case units split off a number written against them (65k, 11am) */
  readonly units: ReadonlySet<string>;
  /** first and last code unit of each contraction (first * 65536 + last), a cheap pre-filter */
  readonly contractionEnds: ReadonlySet<number>;
  /** longest contraction entry, to skip the lookup for longer words */
  readonly maxContraction: number;
}

let cached: TokenizeLexicon | undefined;

export function tokenizeLexicon(): TokenizeLexicon {
  cached ??= buildLexicon();
  return cached;
}

function buildLexicon(): TokenizeLexicon {
  const abbrevExact = new Map<string, AbbrevKind>();
  const abbrevLower = new Map<string, AbbrevKind>();
  const abbr = loadTsv('abbreviations.tsv', ['abbr', 'kind', 'example']);
  for (const r of abbr.rows) {
    const a = r.abbr!;
    if (!a.endsWith('.') || !KINDS.has(r.kind!)) {
      throw new NewsgraphError('E030', `data/abbreviations.tsv: expected an abbreviation ending in "." with a known kind, found "${a}" / "${r.kind}"`, abbr.file);
    }
    if (a === a.toLowerCase()) abbrevLower.set(a, r.kind as AbbrevKind);
    else abbrevExact.set(a, r.kind as AbbrevKind);
  }
  const contractions = new Map<string, number[]>();
  let maxContraction = 0;
  const contractionEnds = new Set<number>();
  const ct = loadTsv('tokenize-contractions.tsv', ['form', 'parts', 'example']);
  for (const r of ct.rows) {
    const form = r.form!.toLowerCase();
    const parts = r.parts!.split(' ');
    if (parts.join('') !== r.form) {
      throw new NewsgraphError('E030', `data/tokenize-contractions.tsv: parts "${r.parts}" do not spell "${r.form}"`, ct.file);
    }
    contractions.set(form, parts.map((p) => p.length));
    maxContraction = Math.max(maxContraction, form.length);
    contractionEnds.add(form.charCodeAt(0) * 65536 + form.charCodeAt(form.length - 1));
  }
  const hp = loadTsv('tokenize-hyphen-prefixes.tsv', ['prefix', 'example']);
  const hyphenPrefixes = new Set(hp.rows.map((r) => r.prefix!.toLowerCase()));
  const st = loadTsv('tokenize-sentence-starters.tsv', ['word']);
  const sentenceStarters = new Set(st.rows.map((r) => r.word!));
  const units = new Set(loadTsv('tokenize-units.tsv', ['unit', 'example']).rows.map((r) => r.unit!.toLowerCase()));
  const timeWords = new Set(loadTsv('tokenize-time-words.tsv', ['word']).rows.map((r) => r.word!));
  return { abbrevExact, abbrevLower, contractions, contractionEnds, hyphenPrefixes, sentenceStarters, timeWords, units, maxContraction };
}
