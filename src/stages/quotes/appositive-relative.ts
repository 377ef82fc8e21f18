// The author's summing-up apposition with a reported relative clause, after a clause:
//   "… had been rigged against him, a charge that Colorado Republican leaders strongly denied"
//   "… voted for the war, something she opposed as a senator"
//   "… refusal to endorse her, a step they believe could help unify the party"
// PolNeAR marks the apposition as the relative clause subject's attribution — source the subject,
// cue its verb group, content the noun phrase when the relative pronoun is the cue's object ([a
// charge], [something]), or the reported clause with its missing subject when the cue's complement
// has none ([a step | could help unify …], which the verb rules read with gap-antecedent.ts) — and
// never as part of a content before it: that content ends at the comma (guidelines: no nesting).
// Train before this rule: a verb rule read the cue with the noun phrase as its source ("a point
// Feinstein | also acknowledged") or an adjunct as its content ("she opposed | as a senator"), or
// the content before ran on over the apposition. Runs after the verb rules, on the parse's tags;
// the words it frees are read again by them.
import { cueAt, verbGroup, type Cue } from './cues.js';
import { forwardEnd } from './content-bounds.js';
import { endContentAt, forwardContent } from './forward-content.js';
import { subjectGap } from './gap-antecedent.js';
import { acceptIndirect, dropAttributions, isFree, type State } from './state.js';
import { firstMarkEndingAfter, isCap, isPunct, tokenAtOrAfter, POS_NOUN, POS_ADP, POS_ADV, POS_SCONJ, POS_VERB, posIn, PB_DET, PB_ADJ, PB_NOUN, PB_PROPN, PB_PRON, PB_NUM, PB_ADV, type View } from './view.js';

/** what opens the apposition: a comma or a dash after the content */
const OPENERS = new Set([',', '—', '–', '--']);
/** the determiners a summing-up apposition opens with ("a charge", "an event", "the same point") */
const DETERMINERS = new Set(['a', 'an', 'another', 'the', 'one', 'something']);
/** the relative pronoun the apposition's noun may take ("a charge that …") */
const RELATIVES = new Set(['that', 'which']);
/** the determiners of an apposition that can do without a relative pronoun ("a point Feinstein acknowledged") */
const INDEFINITE = new Set(['a', 'an', 'another', 'one', 'something']);
/** never the relative clause's subject: the clause is one of the noun's own ("a group who wrote") */
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'which', 'that', 'whose', 'what']);
/** at most this many tokens from the determiner to the noun */
const MAX_NP = 5;

interface Apposition {
  /** the opening comma or dash */
  readonly comma: number;
  /** the noun phrase [npStart, noun] */
  readonly npStart: number;
  readonly noun: number;
  /** the relative clause's cue verb group and its subject's tokens [subjStart, subjEnd) */
  readonly cue: Cue;
  readonly subjStart: number;
  readonly subjEnd: number;
  /** the end of the reported clause without a subject after the cue, or -1 (the noun is the object) */
  readonly clauseEnd: number;
}

/** at most this many tokens in the relative clause's subject */
const MAX_SUBJECT = 6;
/** words a relative clause's subject may hold ("Colorado Republican leaders", "the kingdom", "he") */
const SUBJECT_WORDS = PB_DET | PB_ADJ | PB_NOUN | PB_PROPN | PB_PRON | PB_NUM;
// (sets of the view's part-of-speech codes, posIn: appositionAt runs at every noun)
/** the words of the apposition's noun phrase before its noun */
const NP_WORDS = PB_DET | PB_ADJ | PB_NOUN | PB_ADV | PB_NUM;
/** what the relative clause's subject opens with */
const SUBJECT_OPENERS = PB_PRON | PB_DET | PB_PROPN;
/** a noun that modifies another is no apposition's head */
const MODIFIER_DEP = /^(compound|amod|nmod)/;

/** the apposition whose noun is at n, or null */
function appositionAt(v: View, n: number, s: number, e: number): Apposition | null {
  // "a charge", "the same wording", or a bare "something" / "one" (the part of speech from the view's
  // column first: the rule asks at every token, and most are no noun)
  if (v.posCode[n] !== POS_NOUN && v.lower[n] !== 'something') return null; // (the form compared only past the tag test)
  const bare = v.lower[n] === 'something';
  // (a capitalised noun goes on into a name: "a Morning Consult poll found", "the nonpartisan Congressional Budget Office reported")
  if (isCap(v, n)) return null;
  const t = v.tokens[n]!;
  let npStart = n;
  while (!bare && npStart - 1 >= s && n - (npStart - 1) < MAX_NP && !isPunct(v, npStart - 1) && posIn(v, npStart - 1, NP_WORDS)) {
    npStart--;
    if (DETERMINERS.has(v.lower[npStart]!)) break;
  }
  if (!DETERMINERS.has(v.lower[npStart]!) || npStart - 1 < s || !OPENERS.has(v.lower[npStart - 1]!) || v.inQuote[npStart]! >= 0) return null;
  // the relative pronoun, when there is one, right after the noun; then the clause's subject
  const rel = RELATIVES.has(v.lower[n + 1]!) ? n + 1 : -1;
  const subjStart = rel >= 0 ? rel + 1 : n + 1;
  // without a relative pronoun a definite noun phrase and a name after it are one source of a
  // closing cue ("…, the state news agency BelTA reported"), not an apposition and a subject
  if (rel < 0 && !INDEFINITE.has(v.lower[npStart]!)) return null;
  // the subject opens a clause of its own: a pronoun, a determiner or a name — not a word that
  // goes on with the noun phrase ("a Morning Consult poll found", "the social media company said")
  if (subjStart >= e || !posIn(v, subjStart, SUBJECT_OPENERS) || RELATIVE_PRONOUNS.has(v.lower[subjStart]!)) return null;
  if (MODIFIER_DEP.test(t.dep)) return null;
  for (let r = subjStart + 1; r < Math.min(e, subjStart + MAX_SUBJECT + 3); r++) {
    const entry = cueAt(v, r, s);
    if (!entry || entry.use === 'quote' || v.posCode[r] !== POS_VERB && v.posCode[r] !== POS_NOUN) {
      if (isPunct(v, r)) return null;
      continue;
    }
    const g = verbGroup(v, r, entry, subjStart + 1, e);
    const subjEnd = g.start;
    if (subjEnd <= subjStart || subjEnd - subjStart > MAX_SUBJECT) return null;
    for (let k = subjStart; k < subjEnd; k++) if (!posIn(v, k, SUBJECT_WORDS)) return null;
    // the reported clause: a complement opening on a finite verb, without a subject of its own
    // ("believe | could help …", "says | led him to …"): the verb rules read it with its missing
    // subject (gap-antecedent.ts) once the content before the comma gives it up
    const after = g.end;
    const ap = { comma: npStart - 1, npStart, noun: n, cue: g, subjStart, subjEnd };
    if (after < e && subjectGap(v, after)) return { ...ap, clauseEnd: forwardEnd(v, after, e) };
    // the object case: nothing of the clause's own after the cue group but an adjunct
    if (after < e && !isPunct(v, after) && v.posCode[after] !== POS_ADP && v.posCode[after] !== POS_ADV && v.posCode[after] !== POS_SCONJ) return null;
    return { ...ap, clauseEnd: -1 };
  }
  return null;
}

/** Drops the attributions whose cue overlaps [from, to) (characters) and frees their words and marks. */
function releaseCue(st: State, from: number, to: number): void {
  const v = st.v;
  const gone = st.atts.filter((a) => a.cue && a.cue.start < to && a.cue.end > from);
  if (!gone.length) return;
  const spans = gone.flatMap((a) => [...a.content, ...(a.cue ? [a.cue] : []), ...(a.source ? [a.source] : [])]);
  dropAttributions(st, new Set(gone));
  // only the tokens and marks the dropped spans cover are looked at
  const lo = Math.min(...spans.map((sp) => sp.start));
  const hi = Math.max(...spans.map((sp) => sp.end));
  const t0 = tokenAtOrAfter(v, lo);
  let t1 = t0;
  while (t1 < v.tokens.length && v.tokens[t1]!.start < hi) t1++;
  const inside = (i: number) => spans.some((sp) => v.tokens[i]!.start < sp.end && v.tokens[i]!.end > sp.start);
  for (let i = t0; i < t1; i++) if (inside(i)) st.usedTok[i] = 0;
  for (let m = firstMarkEndingAfter(v, lo - 1); m < v.marks.length && v.marks[m]!.start < hi; m++) {
    if (gone.some((a) => a.content.some((c) => v.marks[m]!.start >= c.start - 1 && v.marks[m]!.start < c.end))) st.usedMark[m] = 0;
  }
  // what the remaining attributions hold there stays theirs
  const claim = (sp: { start: number; end: number } | null, val: number) => {
    if (!sp || sp.end <= lo || sp.start >= hi) return;
    for (let i = t0; i < t1; i++) if (v.tokens[i]!.start < sp.end && v.tokens[i]!.end > sp.start && inside(i)) st.usedTok[i] = Math.max(st.usedTok[i]!, val);
  };
  for (const a of st.atts) {
    for (const c of a.content) claim(c, 1);
    claim(a.cue, 2);
    claim(a.source, 2);
  }
}

/**
 * Ends forward contents before a summing-up apposition with a reported relative clause and records
 * the apposition as the relative clause subject's attribution; returns how many contents were cut.
 */
export function attachAppositiveRelatives(st: State): number {
  const v = st.v;
  if (!v.parsed) return 0;
  let cut = 0;
  for (const sent of v.doc.sentences) {
    const [s, e] = [sent.tokenStart, sent.tokenEnd];
    for (let n = s + 2; n < e; n++) {
      const ap = appositionAt(v, n, s, e);
      if (!ap) continue;
      const g = ap.cue;
      const last = ap.clauseEnd >= 0 ? ap.clauseEnd : g.end;
      // the content that runs over the apposition ends before its comma
      for (const a of st.atts) {
        const fc = forwardContent(v, a);
        if (!fc || fc.cs >= ap.comma || fc.ce <= ap.comma + 1) continue;
        let end = ap.comma - 1;
        while (end > fc.cs && isPunct(v, end)) end--;
        endContentAt(st, a, end, fc.ce);
        cut++;
      }
      // a verb rule that read the relative clause's cue with the wrong source or content
      // ("something she opposed | as a senator", "a word Trump | then repeated") gives it up;
      // a reported clause is the verb rules' to read (again)
      if (ap.clauseEnd >= 0) continue;
      releaseCue(st, v.tokens[g.start]!.start, v.tokens[g.end - 1]!.end);
      if (!isFree(st, ap.npStart, last)) continue;
      acceptIndirect(st, g.head, { start: ap.npStart, end: ap.noun + 1 }, g, { start: ap.subjStart, end: ap.subjEnd, head: ap.subjEnd - 1 }, 'quotes:appositive-relative', 'appositive-relative');
      n = last;
    }
  }
  return cut;
}
