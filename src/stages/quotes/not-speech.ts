// Refiner: uses of a cue word that are not attribution, checked before an indirect quote is kept.
//   acts               "rule" reports speech only with a clause ("the court ruled that …") or a
//                      ruling preposition ("ruled against"): "has ruled the country", "has ruled out
//                      sending troops" are acts; "declare" + object + complement ("declared the
//                      drought a national disaster") and "announce" + a known thing + a sequence
//                      adjunct ("announced the funds after meeting …") are acts too
//   adjunct content    an attitude verb followed by a place/time preposition it does not select:
//                      "The Gunners attacked from the first whistle" (no object, no clause); a
//                      speech verb's "from" ("reported from Des Moines") is where, not what
//   add-to-increase    "add to" + a noun phrase: "adding to the confusion"
//   passive find       "can be found here", "was found to use": no finding reported
//   inanimate source   a storm, a flood, a virus cannot attribute: "The storm threatens to knock
//                      out power", "The storm is expected to move out to sea"
//   naming             call/dub/name + object + a quoted capitalised name: "my grandmother called
//                      her “Sunday cake”" names a thing, it reports no words (its quote marks are
//                      claimed up front and the verb is never a cue)
// Word classes live in data/quote-words.tsv (clause-cue, inanimate, naming).
import type { Cue } from './cues.js';
import type { NP } from './source-np.js';
import type { State } from './state.js';
import { shortNP } from './addressee.js';
import { inClass, isCap, isPunct, isQuoteTok, isWord, POS_ADJ, POS_ADV, POS_VERB, type View } from './view.js';
import { W_AUX, W_CLAUSE_CUE, W_INANIMATE, W_NAMING, W_PRON } from './words.js';
import { BE_FORMS, CLAUSE_OPENERS, DEFINITE_DETERMINERS, TEMPORAL_CONNECTIVES } from '../../lexicon/function-words.js';
import { QUOTE_MARK_EDGES_RE } from '../../lexicon/quote-marks.js';

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there']);
// prepositions that open an adjunct of place, time or manner, never the content an attitude verb
// selects (unlike "of", "about", "for", "against", "on", "in", "to", "by": "warned of", "decided against")
const ADJUNCT_PREPS = new Set(['from', 'at', 'with', 'into', 'through', 'across', 'toward', 'towards', 'during', 'after', 'before', 'since', 'until', 'behind', 'around', 'near', 'throughout']);
const MAX_LOOK = 8;

/** Does a finite clause start at token `start`? An opener, a subject pronoun, or an auxiliary soon. */
export function clauseAt(v: View, start: number, end: number, ownVerb = false): boolean {
  const l = v.lower[start] ?? '';
  if (CLAUSE_OPENERS.has(l) || SUBJECT_PRONOUNS.has(l) || isQuoteTok(v, start)) return true;
  for (let j = start + 1; j < Math.min(end, start + MAX_LOOK); j++) {
    if (isPunct(v, j)) return false;
    // (ownVerb: a verb after "and" is a second predicate of the source, not this clause's: "criticized
    // the assignment and has since left")
    if (ownVerb && (v.lower[j] === 'and' || v.lower[j] === 'but' || v.lower[j] === 'or')) return false;
    if (inClass(v, j, W_AUX)) return true;
    // the tagger's finite verb after a subject ("… announced the talks failed")
    if (v.tagged && j > start && (v.tokens[j]!.xpos === 'VBD' || v.tokens[j]!.xpos === 'VBZ' || v.tokens[j]!.xpos === 'VBP')) return true;
  }
  return false;
}

/** The source NP's head is a natural force or thing that cannot attribute. */
export function inanimateSource(v: View, np: NP | null): boolean {
  return !!np && inClass(v, np.head, W_INANIMATE);
}

/**
 * Why an indirect candidate with cue `g`, source `np` and content starting at token `start`
 * (sentence content end `ce`) is not speech, or null when it may be.
 */
export function notSpeech(v: View, g: Cue, np: NP | null, start: number, ce: number): string | null {
  if (inClass(v, g.head, W_CLAUSE_CUE) && !v.lower[g.head]!.endsWith('ing')) {
    const why = actReading(v, g.entry.lemma, start, ce);
    if (why) return why;
  }
  // an attitude verb used intransitively: "attacked from the first whistle" (speech verbs keep
  // their adjunct-then-clause reading: "said after the convention he would …")
  if (start === g.end && g.entry.cls === 'attitude' && ADJUNCT_PREPS.has(v.lower[start] ?? '')) return 'adjunct-content';
  // a speech verb's "from" right after it, the content not moved past it to a clause, is where the
  // report came from: "has reported from every primary debate", "reported from Des Moines" (PolNeAR
  // train: 9 such predictions, none marked)
  if (start === g.end && g.entry.cls === 'speech' && v.lower[start] === 'from') return 'adjunct-content';
  // (PolNeAR train: 12 predictions, none marked; "added to reporters that …" skips its listener first)
  // "add to" + a noun phrase is to increase, not to say: "adding to the confusion", "adds to his woes"
  if (start === g.end && g.entry.lemma === 'add' && v.lower[start] === 'to' && !(v.tagged && v.posCode[start + 1] === POS_VERB)) return 'add-to-increase';
  // (PolNeAR train: 4 predictions, none marked; dev 1; the active "the poll found that …" stays a cue)
  // "find" in the passive reports no finding: "the full poll can be found here", "was found to use …"
  if (g.entry.lemma === 'find' && passiveGroup(v, g)) return 'passive-find';
  if (inanimateSource(v, np)) return 'inanimate-source';
  // "Lowell felt hungry": a feeling described, not a belief attributed (PolNeAR guidelines p. 5);
  // "felt (that) the salesman was unfit" keeps its clause (needs the tagger's adjective)
  if (v.lex.is('description-verb', g.entry.lemma) && v.tagged && start === g.end && (v.posCode[start] === POS_ADJ || v.posCode[start] === POS_ADV)) return 'description';
  return null;
}

/** a form of "be" in the verb group before the cue word ("can be found", "was quickly found") */
function passiveGroup(v: View, g: Cue): boolean {
  for (let k = g.head - 1; k >= g.start; k--) if (BE_FORMS.has(v.lower[k]!)) return true;
  return false;
}

// a court rules on, against, for or in favour of something: PolNeAR marks these as attributions
const RULING_PREPS = new Set(['on', 'against', 'for', 'in']);

/**
 * A clause-only cue read as an act: "has ruled the country", "has ruled out sending troops",
 * "declared the drought a national disaster" (object + complement), "announced the funds after
 * meeting …" (an already-known thing and an adjunct). A clause after the cue is always speech.
 */
function actReading(v: View, lemma: string, start: number, ce: number): string | null {
  if (clauseAt(v, start, ce)) return null;
  const l = v.lower[start] ?? '';
  if (lemma === 'rule') return RULING_PREPS.has(l) ? null : 'rule-act';
  const np = shortNP(v, start, ce);
  if (!np) return null;
  const next = v.lower[np[1]] ?? '';
  if (lemma === 'declare' && (next === 'a' || next === 'an' || next === 'the')) return 'declare-complement';
  if (lemma === 'announce' && DEFINITE_DETERMINERS.has(l) && np[1] - np[0] <= 4 && TEMPORAL_CONNECTIVES.has(next)) return 'announce-act';
  return null;
}

/** A quoted name: one to four words, capitalised, no sentence punctuation inside. */
function quotedName(v: View, m: number): boolean {
  const q = v.marks[m]!;
  const inner = v.text.slice(q.start, q.end).replace(QUOTE_MARK_EDGES_RE, '').replace(/[.,]$/, '');
  const words = inner.split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 4 && /^\p{Lu}/u.test(inner) && !/[.!?,;:]/.test(inner);
}

/**
 * Marks the quoted names after "called her", "dubbed the plan" (verb, a short object, one or more
 * quoted names joined by "and"/"or"/",") so no rule reads a name as a partial quote, and records
 * the naming verbs in st.naming for the indirect rules to skip. The tokens stay free: an outer
 * attribution may still hold the sentence ("reports that Trump called her “Miss Piggy”").
 */
export function claimNamings(st: State): void {
  const v = st.v;
  const verbs = st.naming;
  if (!v.marks.length) return; // (a naming names a quotation: none, no scan)
  for (let i = 0; i + 2 < v.tokens.length; i++) {
    if (!inClass(v, i, W_NAMING) || v.inQuote[i] >= 0) continue;
    let j = i + 1;
    while (j < v.tokens.length && j - i <= 5 && isWord(v, j) && v.inQuote[j]! < 0) j++;
    // "called her “…”", or a reduced relative after a noun: "a dish called “Grandma's stew”"
    const reduced = j === i + 1 && i > 0 && /ed$/.test(v.lower[i]!) && isWord(v, i - 1) && !inClass(v, i - 1, W_PRON) && !inClass(v, i - 1, W_AUX) && !isCap(v, i - 1);
    if (j === i + 1 && !reduced || j >= v.tokens.length || v.inQuote[j]! < 0 || v.tokens[j]!.sent !== v.tokens[i]!.sent) continue;
    let m = v.inQuote[j]!;
    if (!quotedName(v, m)) continue;
    verbs.add(i);
    for (;;) {
      st.usedMark[m] = 1;
      // "“Miss Piggy” and “Miss Housekeeping”": the next name in a list
      let k = j;
      while (k < v.tokens.length && v.inQuote[k] === m) k++;
      if (k + 1 < v.tokens.length && (v.lower[k] === 'and' || v.lower[k] === 'or' || isPunct(v, k, ',')) && v.inQuote[k + 1]! >= 0 && quotedName(v, v.inQuote[k + 1]!)) {
        j = k + 1;
        m = v.inQuote[j]!;
      } else break;
    }
  }
}
