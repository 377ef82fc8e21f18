// The dateline at the head of a wire story ("BRUSSELS (Reuters) - The European Union imposed …",
// "N'DJAMENA, Chad (AP) - …", "WASHINGTON — The Senate voted …") names where the story was filed; it
// is no part of the clause after its dash. UD treebanks keep it as a sentence of its own (EWT:
// "TEHRAN (AFP) -", "PONCHATOULA, La. --"), so a parser trained on them never learned a dateline glued
// to a clause and makes the city the clause's subject (the feature-set-3 parser: "BRUSSELS" nsubj of
// "imposed", the Union its appos) or the root with the clause hung from it. The segmenter splits some
// datelines off ("(AP) —") but not others ("(Reuters) -", no agency at all), so the syntax chain finds
// the prefix here, on the tokens, and analyses it and the clause apart (parser-annotate.ts).
// Pure token test, no allocation: the city's all-caps words, an optional ", Place" (state, country or
// date), an optional agency credit, then the dash. A plain hyphen is also a compound's or a list's
// dash, so after one the prefix needs the credit or the ", Place" ("BIG MISTAKE - The food was …" in
// a review is no dateline); a dash proper ("—", "--") after an all-caps word opens the story unless
// a second dash closes it as an aside ("NATO — the alliance … — said").
// One definition of a dateline for every stage: the entities stage reads the dateline city's country
// from the same test on the article's first sentence (entities/dateline-place.ts), where the segmenter
// may have made the dateline a sentence of its own ("WASHINGTON (AP) —" ends one).
import { NEWS_AGENCIES } from '../lexicon/datelines.js';

const AGENCIES: ReadonlySet<string> = new Set(NEWS_AGENCIES);
/** dashes that end a dateline: the hyphen only with a credit or place, the others alone */
const HYPHEN = '-';
const DASHES: ReadonlySet<string> = new Set(['-', '--', '—', '–', '―']);
/** an all-caps city word: "BRUSSELS", "N'DJAMENA", "ST.", "DE" */
const CAPS_WORD = /^\p{Lu}[\p{Lu}.'’-]*$/u;
/** a word of the ", Place" part: "Chad", "Burkina", "La.", "D.C.", "Dec.", "5" */
const PLACE_WORD = /^(?:\p{Lu}[\p{L}.'’-]*|\d{1,4})$/u;
/** at most this many words in the city and in the ", Place" part ("RIO DE JANEIRO", "Burkina Faso") */
const MAX_CITY = 4;
const MAX_PLACE = 4;
/** at most this many ", Place" parts after the city (a state, then a date) */
const MAX_PARTS = 2;

/**
 * Number of leading tokens of `forms` that form a dateline ending in its dash, when a clause of at
 * least two tokens follows; 0 otherwise (and for a dateline that is a sentence of its own). What the
 * syntax chain parses apart.
 */
export function datelineLength(forms: readonly string[]): number {
  // (four tokens at least: a city, its dash and a clause of two; the cheap test every sentence pays)
  if (forms.length < 4) return 0;
  const i = datelinePrefix(forms);
  return forms.length - i >= 2 ? i : 0;
}

/** Number of all-caps city words at the start of `forms` (at most four), whether or not a dateline follows. */
export function datelineCityLength(forms: readonly string[]): number {
  const n = forms.length;
  const first = forms[0];
  if (first === undefined || first.length < 2 || !CAPS_WORD.test(first)) return 0;
  let i = 1;
  while (i < n && i < MAX_CITY && CAPS_WORD.test(forms[i]!)) i++;
  return i;
}

/**
 * Number of leading tokens of `forms` that form a dateline ending in its dash, a clause after it or
 * not ("WASHINGTON (AP) —" as a sentence of its own); 0 when they form none.
 */
export function datelinePrefix(forms: readonly string[]): number {
  const n = forms.length;
  // an all-caps opening word of two letters or more
  let i = datelineCityLength(forms);
  if (i === 0) return 0;
  // ", Place" and a second ", Place" or ", Date": "CONWAY, Ark., Feb 26 -" (Reuters), "SALVADOR, Feb 26 -"
  let place = false;
  for (let part = 0; part < MAX_PARTS && forms[i] === ','; part++) {
    let j = i + 1;
    // (the tokenizer splits the period off an all-caps state: "KAN" ".")
    while (j < n && j - i - 1 < MAX_PLACE && (PLACE_WORD.test(forms[j]!) || (forms[j] === '.' && j > i + 1))) j++;
    if (j === i + 1) return 0;
    place = true;
    i = j;
  }
  let credit = false;
  if (forms[i] === '(' && AGENCIES.has(forms[i + 1] ?? '') && forms[i + 2] === ')') {
    credit = true;
    i += 3;
  }
  const dash = forms[i];
  if (dash === undefined || !DASHES.has(dash)) return 0;
  if (!credit && !place) {
    if (dash === HYPHEN) return 0;
    // "NATO — the alliance founded in 1949 — said …": a second dash closes an aside, no dateline
    for (let k = i + 1; k < n; k++) if (DASHES.has(forms[k]!)) return 0;
  }
  return i + 1;
}
