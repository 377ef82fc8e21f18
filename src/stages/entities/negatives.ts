// Drops name candidates that are not names: months, weekdays, forms of address, deities and the
// like (data/actors/not-names.tsv); capitalised common words at a sentence start that the model
// took for a name and the text never confirms; one-word "people" in headline-style lines
// (product names, verbs in Title Case) that the body never mentions as people; and organisations
// made only of common words in a line with every word capitalised ("GREAT Store GREAT Service!",
// "Analyst Team Participants:") that the body never mentions as organisations; and "names" without a letter.
import type { Doc } from '../../core/doc.js';
import type { NameWords } from '../../kb/index.js';
import type { WorkMention } from './mention.js';
import { MARKS_THAT_OPEN } from '../../lexicon/quote-marks.js';
import type { WordSet } from '../../nlp/utf8-word-index.js';
import { startsUpper } from '../../core/letter-case.js';

// the letter test of the two per-token loops below, made once: a regular expression literal in a
// loop is a new RegExp object at every evaluation (a 56-byte clone per token and test; headlineSentences
// was 16 MB of a Wikinews pass's 1,060 MB of allocation in a sampled heap profile, 2026-12-07)
const HAS_LETTER = /\p{L}/u;

/**
 * Sentences written in headline style: most words capitalised. Only the sentences in `which` are
 * looked at (those with a name candidate: the others are never asked about).
 */
export function headlineSentences(doc: Doc, which: Iterable<number>): Uint8Array {
  const h = new Uint8Array(doc.sentences.length);
  for (const i of which) {
    const s = doc.sentences[i]!;
    let words = 0;
    let caps = 0;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const f = doc.tokens[k]!.form;
      if (!HAS_LETTER.test(f)) continue;
      words++;
      if (startsUpper(f)) caps++;
    }
    h[i] = words >= 3 && caps / words > 0.6 ? 1 : 0;
  }
  return h;
}

/**
 * Sentences with every word capitalised (at least three words): Title Case or capitals throughout, a
 * heading, a sign-off block or a shouted review title. Stricter than headlineSentences: a sentence that
 * lists several names ("… include the American Medical Association, the American Bar Association …")
 * is mostly capitalised but keeps its lower-case function words.
 */
export function titleCaseSentences(doc: Doc, which: Iterable<number>): Uint8Array {
  const h = new Uint8Array(doc.sentences.length);
  for (const i of which) {
    const s = doc.sentences[i]!;
    let words = 0;
    let lower = false;
    for (let k = s.tokenStart; k < s.tokenEnd && !lower; k++) {
      const f = doc.tokens[k]!.form;
      if (!HAS_LETTER.test(f)) continue;
      words++;
      if (!startsUpper(f)) lower = true;
    }
    h[i] = words >= 3 && !lower ? 1 : 0;
  }
  return h;
}

/** a quote mark or bracket that opens: the word after it starts a unit as a sentence does */
const AFTER_OPENER = new Set([...MARKS_THAT_OPEN, '(']);

export function dropNonNames(doc: Doc, words: NameWords, names: WorkMention[], lowerVocab: WordSet): WorkMention[] {
  const nn = words.notNames;
  const headline = headlineSentences(doc, new Set(names.map((m) => m.sent)));
  const titleCase = titleCaseSentences(doc, new Set(names.filter((m) => m.type === 'ORG' && headline[m.sent]).map((m) => m.sent)));
  const text = doc.text;
  // how each string is used outside the sentence start and outside headlines (the text's own evidence)
  const confirmed = new Map<string, Set<string>>();
  // sentence-initial: the first word, or the first after an opening quote mark or bracket ('"Justice was
  // slow," Arslan said': a capitalised common word there is no evidence for itself). The mark must touch
  // the word — a straight quote mark also closes ('…," Trump said'), and a closing one stands apart
  const initialAt = (m: WorkMention) => {
    if (m.tokFrom === doc.sentences[m.sent]!.tokenStart) return true;
    const before = doc.tokens[m.tokFrom - 1];
    return !!before && AFTER_OPENER.has(before.form) && before.end === doc.tokens[m.tokFrom]!.start;
  };
  for (const m of names) {
    if (initialAt(m) || headline[m.sent]) continue;
    const k = text.slice(m.start, m.end);
    const set = confirmed.get(k) ?? new Set<string>();
    set.add(m.type);
    confirmed.set(k, set);
    if (m.type === 'PERSON' && m.tokTo - m.tokFrom > 1) {
      const last = doc.tokens[m.tokTo - 1]!.form;
      const ls = confirmed.get(last) ?? new Set<string>();
      ls.add('PERSON');
      confirmed.set(last, ls);
    }
  }
  return names.filter((m) => {
    const toks = doc.tokens.slice(m.tokFrom, m.tokTo);
    // a name has a letter: the model now and then tags a date or a number alone ("05/22/2001" in an
    // e-mail header, "1" in a tweet; every dev slice, session 16: 4 such names, none right)
    if (!toks.some((t) => /\p{L}/u.test(t.form))) return false;
    if (m.gaz) return true;
    // a not-name word alone or with numbers ("March 6", "Sir")
    if (toks.some((t) => nn.has(t.form)) && toks.every((t) => nn.has(t.form) || /^[\d.,]+$/.test(t.form) || t.form === 'the')) return false;
    // An organisation in a sentence with every word capitalised whose words are all common ones
    // (each seen in lower case in the model's training text): the capitals are the line's style, not
    // a name's, unless the body names it as an organisation too. UNER EWT dev (held out, session 16):
    // "Analyst Team" x3 and "Team" x2 (an e-mail's team lists), "GREAT Store", "GREAT Service", "Thanks For
    // The Prompt Service" (review titles); on every other dev slice no such organisation. A name the
    // knowledge base knows (m.gaz, above) is kept: "AP Photo/…"
    if (m.type === 'ORG' && titleCase[m.sent] && toks.every((t) => !/\p{L}/u.test(t.form) || lowerVocab.has(t.form.toLowerCase())) && !confirmed.get(text.slice(m.start, m.end))?.has('ORG')) return false;
    if (toks.length === 1) {
      const k = text.slice(m.start, m.end);
      if (initialAt(m) && lowerVocab.has(k.toLowerCase()) && !confirmed.has(k)) return false;
      if (headline[m.sent] && m.type === 'PERSON' && !confirmed.get(k)?.has('PERSON')) return false;
    }
    return true;
  });
}
