// Verb cues by construction (data/quotes/cue-constructions.tsv): a verb lemma PolNeAR marks as a
// cue in one construction and seldom in another ("show" + a noun-phrase object: "a poll showed
// Clinton with a lead"; "try" + to-infinitive: seldom) is a cue only in the constructions whose
// train rate the file lists, read from the dependency parse (constructions.ts, the same reading
// eval/quote-unfound.ts --rates counted with). The cue is the verb group, the content the
// complement's subtree (a clause with its "that", an infinitive with its "to", an object phrase),
// the source the verb's subject as the events stage resolves it (cue-subject.ts). Candidates for
// what every earlier rule left: it runs after them, on free tokens only.
import { attributableSentences } from './content-bounds.js';
import { constructionAt, subtreeSpan } from './constructions.js';
import { attitudeEntry, verbGroup } from './cues.js';
import { cueSubject } from './cue-subject.js';
import { notSpeech } from './not-speech.js';
import { acceptIndirect, isFree, type State } from './state.js';
import { isPunct, isQuoteTok, lowerLemma, POS_VERB, POS_PRON, POS_PROPN, type View } from './view.js';

/** a complement longer than this is a parse that ran on (a list, a run-on sentence), not one content */
const MAX_CONTENT = 60;
const COMPLEMENTS = new Set(['obj', 'iobj', 'xcomp', 'ccomp', 'obl']);

/** where the cue starts when the verb is an infinitive after "to" (and the verb that "to" completes), else `start` */
function governingStart(v: View, i: number, start: number, s: number, ce: number): number {
  const to = start - 1;
  if (to < s || v.lower[to] !== 'to' || v.tokens[to]!.head !== i) return start;
  const h = v.tokens[i]!.head;
  // "forgot to introduce": the governing verb right before "to", whose open complement the verb is
  if (h === to - 1 && v.tokens[i]!.dep === 'xcomp' && v.posCode[h] === POS_VERB) {
    const entry = attitudeEntry(v, h);
    return verbGroup(v, h, entry, s, ce).start;
  }
  return to;
}

function namingIn(st: State, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (st.naming.has(k)) return true;
  return false;
}

// the subject's stance: cue the verb group, content the complement, source the subject
const RULE = 'quotes:construction-cue';

export function attachConstructionCues(st: State): void {
  attachTableCues(st, st.v.lex.constructionLemmas, st.v.lex.constructions, RULE);
}

/**
 * Reads every verb whose lemma is in `lemmas` and whose construction is a row of `table` under rule
 * id `rule` (the cue constructions here, verb-stances.ts's stance verbs); `isAct` passes over a use
 * that names an act rather than a stance.
 */
export function attachTableCues(st: State, lemmas: ReadonlySet<string>, table: ReadonlySet<string>, rule: string, isAct?: (v: View, i: number) => boolean): void {
  const v = st.v;
  if (!v.parsed || !v.tagged || !table.size) return;
  for (const { s, ce } of attributableSentences(v, 4)) {
    for (let i = s; i < ce; i++) {
      // (the part of speech first, from the view's column: most tokens are no verb)
      if (v.posCode[i] !== POS_VERB || st.usedTok[i] || v.inQuote[i]! >= 0 || st.naming.has(i)) continue;
      const lemma = lowerLemma(v, i);
      if (!lemmas.has(lemma) || isAct?.(v, i)) continue;
      i = constructionCueAt(st, i, lemma, s, ce, table, rule);
    }
  }
}

/**
 * The attribution the verb at token `i` (its lemma in a cue construction of `table`, "lemma\tconstruction"
 * keys) cues in sentence [s, ce), accepted with rule id `rule`; returns where the scan resumes: `i` when
 * there is none. (Apart from the scan: the
 * optimising compiler then compiles the per-token loop small, and this rarer path on its own —
 * one function inlining both was among the stage's most expensive compiles, thrown out and redone
 * when a candidate first took a new path.)
 */
function constructionCueAt(st: State, i: number, lemma: string, s: number, ce: number, table: ReadonlySet<string>, rule: string): number {
  const v = st.v;
  const kids = v.kids;
  const use = constructionAt(v.doc, kids, i);
  if (!use || use.comp < 0 || !table.has(`${lemma}\t${use.kind}`)) return i;
  const entry = attitudeEntry(v, i, lemma);
  const g = { ...verbGroup(v, i, entry, s, ce) };
  // an infinitive's "to" and the verb it completes are the cue's ("forgot to introduce X",
  // "attempting to present X", "to endorse X": PolNeAR train cues that start before the verb)
  const gov = governingStart(v, i, g.start, s, ce);
  if (gov < g.start) g.start = gov;
  let [cs, cend] = subtreeSpan(kids, use.comp);
  // a prepositional object's preposition is the cue's ("voted for", "commented on": PolNeAR train
  // marks it so for these verbs, eval/polnear-verbs-21.md), right after the verb group or one word
  // on ("voted overwhelmingly for")
  if (use.kind === 'verb + prepositional object' && cs >= g.end && cs <= g.end + 1 && v.tokens[cs]!.dep === 'case' && v.tokens[cs]!.head === use.comp) g.end = cs + 1;
  // the verb's other complements after it belong to the content ("cast the Clintons as part of
  // the establishment", "appoint Bharara to the job"); a coordinated or adverbial clause does not
  for (const k of kids[i]!) if (k > i && COMPLEMENTS.has(v.tokens[k]!.dep)) cend = Math.max(cend, subtreeSpan(kids, k)[1]);
  cs = Math.max(cs, g.end);
  cend = Math.min(cend, ce);
  // the sentence's closing punctuation is no part of the content; a closing quote mark is
  while (cend > cs && isPunct(v, cend - 1) && !isQuoteTok(v, cend - 1)) cend--;
  if (cend <= cs || cend - cs > MAX_CONTENT) return i;
  // an object that holds a naming ("lists a dish called “Grandma's stew”") describes a thing:
  // the quotation is a name (not-speech.ts), and the listing no one's stance
  if (namingIn(st, cs, cend)) return i;
  const src = cueSubject(v, i);
  if (!src || src.end > g.start) return i;
  // a subject taken from the clause above ("Healey's comments come during a visit to discuss
  // plans": the visit's, not the comments') must name someone: a name or a pronoun
  const own = kids[i]!.some((k) => /^nsubj/.test(v.tokens[k]!.dep));
  if (!own && v.posCode[src.head] !== POS_PROPN && v.posCode[src.head] !== POS_PRON) return i;
  // acts and descriptions ("declared the drought a national disaster", an inanimate subject) are
  // no stance, as for every verb cue (not-speech.ts)
  if (notSpeech(v, g, src, cs, ce)) return i;
  if (!isFree(st, g.start, g.end) || !isFree(st, cs, cend) || !isFree(st, src.start, src.end)) return i;
  // the subject's stance: cue the verb group, content the complement, source the subject
  acceptIndirect(st, i, { start: cs, end: cend }, { start: g.start, end: g.end }, src, rule, 'construction');
  return cend - 1;
}
