// Indirect and mixed speech from surface patterns over one sentence (the dependency rules in
// parse-rules.ts take over where a parse is present):
//   CONTENT, X said.  /  CONTENT, said X.             (attribution closing the sentence)
//   A, X said, B.                                      (parenthetical attribution: content A + B)
//   X said (on Monday) (that) CONTENT.                 (cue, optional addressee/adjuncts, clause)
//   X, who …, said CONTENT / X warned of …            (any cue of data/speech-verbs.tsv)
//   CONTENT, X believes. / CONTENT, polls show.        (closing cognition and evidential verbs)
//   X is expected to VP / it is believed that CONTENT  (raising and impersonal passives: no source)
// Quoted fragments inside the content make it 'mixed'. Cues inside claimed content are nested
// attributions and are left alone (PolNeAR marks only the outermost).
import type { Span } from '../../core/span.js';
import { listener, objectAfter } from './addressee.js';
import { attributableSentences, contentStart, extendToQuote, forwardEnd, frontedClauseEnd, leadEnd, objectEnd, objectTimeEnd, onlyTrailing, participleAfter } from './content-bounds.js';
import { cueAttribution } from './cue-attribution.js';
import { treeContentStart } from './content-tree.js';
import { subjectNP } from './attach-direct.js';
import { cueSubject } from './cue-subject.js';
import { cueAt, looksPastParticiple, verbGroup, type Cue } from './cues.js';
import { leftNP, rightNP, type NP } from './source-np.js';
import { clauseAt, inanimateSource, notSpeech } from './not-speech.js';
import { gapAntecedent } from './gap-antecedent.js';
import { occasionEnd } from './occasion-end.js';
import { attachPassiveAttitude } from './passive-attitude.js';
import { accept, isFree, type State } from './state.js';
import type { Attribution } from './types.js';
import { inClass, isPunct, isQuoteTok, isWord, tokSpan, POS_NOUN, POS_PRON, POS_SCONJ, POS_VERB, type View } from './view.js';
import { W_AUX, W_LEAD, W_PREP, W_PRON } from './words.js';
import { BE_FORMS } from '../../lexicon/function-words.js';


const RELATIVES = new Set(['which', 'what', 'who', 'whom']);

/** the comma that closes a relative clause ("…, who said X, resigned"): before a verb, outside quotes */
function relativeEnd(v: View, start: number, fe: number): number {
  for (let j = start + 1; j + 1 < fe; j++) {
    if (v.inQuote[j]! >= 0 || !isPunct(v, j, ',')) continue;
    const n = v.tokens[j + 1]!;
    if (v.tagged ? n.pos === 'VERB' || n.pos === 'AUX' : inClass(v, j + 1, W_AUX)) return j;
  }
  return fe;
}

/** "is expected", "was told", "were asked": the subject is not the source of a passive cue */
function isPassive(v: View, g: Cue): boolean {
  for (let k = g.head - 1; k >= g.start; k--) if (BE_FORMS.has(v.lower[k]!)) return looksPastParticiple(v.lower[g.head]!);
  return false;
}


/** at least this many tokens in a report cut before a claimed quotation */
const MIN_CUT_REPORT = 3;

/**
 * "Trump asserted that France had lost its identity: “France is no longer France,” he said", "She said
 * that experts had determined …, to which O'Malley interjected: “…”": a direct quotation after a
 * colon, comma or dash that another attribution already holds ends the report before it (the
 * sentence's narrative part is the report, the quotation its own attribution's). Returns the cut
 * end, or `fe` when no claimed token follows such punctuation (the caller then finds it not free).
 */
function beforeClaimedQuote(st: State, start: number, fe: number): number {
  const v = st.v;
  let u = start;
  while (u < fe && !st.usedTok[u]) u++;
  if (u >= fe) return fe;
  let b = u;
  let boundary = false;
  while (b > start && (isPunct(v, b - 1) || isQuoteTok(v, b - 1))) {
    if (isPunct(v, b - 1, ':,—–-')) boundary = true;
    b--;
  }
  return boundary && b - start >= MIN_CUT_REPORT && isQuoteTok(v, u) ? b : fe;
}
/**
 * The comma that ends a content before a closing attribution starting at token `at`: the token before
 * it, or — American punctuation of a mixed content, 'Trump is also a “change agent,” Cole said' — the
 * comma before a closing quotation mark that ends a quotation opened inside the sentence (the mark
 * then belongs to the content). Returns `at - 1` when neither holds (the callers test for a comma).
 */
function closingComma(v: View, at: number): number {
  const q = at - 1;
  if (!isQuoteTok(v, q) || !isPunct(v, q - 1, ',')) return q;
  const m = v.inQuote[q]!;
  const mark = m >= 0 ? v.marks[m] : undefined;
  // the mark closes its quotation (the quotation ends with it) and the quotation holds words
  return mark && mark.end === v.tokens[q]!.end && mark.start < v.tokens[q - 1]!.start ? q - 1 : q;
}

export function attachIndirect(st: State): void {
  const v = st.v;
  for (const { s, e, ce } of attributableSentences(v, 3)) {
    // 1. attributions that close or interrupt the sentence (outermost: they take the rest)
    for (let i = s + 1; i < e; i++) {
      // (cueAt finds nothing between cue words)
      i = v.nextVerbCue[i]!;
      if (i >= e) break;
      if (st.usedTok[i] || v.inQuote[i] >= 0) continue;
      const entry = cueAt(v, i, s);
      if (!entry || !(entry.cls === 'speech' || v.lex.is('closing-attitude', entry.lemma)) || entry.form.endsWith('ing') || entry.use === 'quote') continue;
      const g = verbGroup(v, i, entry, s, e);
      let np = leftNP(v, g.start, s);
      let comma = np ? closingComma(v, np.start) : -1;
      let after = g.end;
      let inverted = false;
      if (np && !isPunct(v, comma, ',') && np.start > s) {
        // "X, a doctor, said" is already an apposition; anything else is not a closing attribution
        np = null;
      }
      if (!np && isPunct(v, closingComma(v, g.start), ',')) {
        const r = rightNP(v, g.end, e);
        if (r) {
          np = r;
          comma = closingComma(v, g.start);
          after = r.end;
          inverted = true;
        }
      }
      if (!np || comma <= s || !isPunct(v, comma, ',')) continue;
      const obj = objectAfter(v, g, e);
      const addressee = obj && listener(v, obj);
      let trailing = after;
      if (obj) while (trailing < e && trailing < obj[1]) trailing++;
      const s0 = leadEnd(v, s); // "However, …, the IMF said."
      // "However, she added, …": the comma after the lead word is no content boundary (issue 15)
      if (comma <= s0) continue;
      // (a mixed content's closing mark after its comma — 'a “change agent,” Cole said' — is the content's)
      const headSpan: Span = { start: v.tokens[s0]!.start, end: v.tokens[isQuoteTok(v, comma + 1) ? comma + 1 : comma - 1]!.end };
      if (!isFree(st, s, comma)) continue;
      // "A, X said, adding that …", "A, X wrote on Facebook", "A, X said, which …": what follows the
      // attribution's comma is the author's adjunct (or an attribution of its own), not a second
      // piece of content
      if (onlyTrailing(v, trailing, ce) || isPunct(v, trailing, ',') && authorTail(v, trailing)) {
        accept(st, cueAttribution(v, [headSpan], g, np, 'indirect-closing', inverted ? 'indirect-closing-inverted' : 'indirect-closing', addressee));
        break;
      }
      // parenthetical: A, X said, B.
      if (isPunct(v, trailing, ',') && trailing + 1 < ce && isFree(st, trailing + 1, ce)) {
        const tail: Span = { start: v.tokens[trailing + 1]!.start, end: v.tokens[ce - 1]!.end };
        accept(st, cueAttribution(v, [headSpan, tail], g, np, 'indirect-parenthetical', 'indirect-parenthetical', addressee));
        break;
      }
    }
    // 2. X CUE (that) CONTENT
    for (let i = s; i < ce; i++) {
      i = v.nextVerbCue[i]!;
      if (i >= ce) break;
      if (st.usedTok[i] || v.inQuote[i] >= 0) continue;
      const entry = cueAt(v, i, s);
      if (!entry || entry.cls === 'prep' || entry.cls === 'noun' || entry.use === 'quote' || st.naming.has(i)) continue;
      const g = verbGroup(v, i, entry, s, ce);
      if (isPassive(v, g)) {
        // "The registration issue was first reported by The Washington Post": the agent is the
        // source, the subject the content, "was first reported by" the cue
        if (v.lower[g.end] === 'by' && entry.cls === 'speech') {
          const agent = rightNP(v, g.end + 1, ce);
          const subj = leftNP(v, g.start, s);
          if (agent && subj && isFree(st, subj.start, subj.end)) {
            const cue: Cue = g; // "by" stays out of the cue (PolNeAR train: out 56, in 27)
            accept(st, cueAttribution(v, [tokSpan(v, subj.start, subj.end)], cue, agent, 'indirect-passive', 'indirect-passive-by', null));
            i = agent.end;
          }
        } else if (entry.cls === 'attitude' && attachPassiveAttitude(st, g, s, ce) > i) {
          // "Trump was attacked by Hillary Clinton" (passive-attitude.ts); the cue stays claimed
        } else if (v.lex.is('raising-passive', entry.lemma)) {
          const done = attachRaising(st, g, s, ce);
          if (done > i) i = done;
        }
        continue;
      }
      // "the appeal of radical change offered by Trump": a participle after a noun with its agent is a
      // reduced passive relative, the noun no speaker
      if (v.lower[g.end] === 'by' && g.start === i && /ed$/.test(v.lower[i]!) && v.tagged && v.posCode[i - 1] === POS_NOUN) continue;
      let np: NP | null = null;
      const prev = v.lower[g.start - 1];
      const lead = inClass(v, g.start - 1, W_LEAD) ? 1 : 0; // "— instead encouraging …"
      // ("…,” adding that …": the comma may sit inside a closing quote mark)
      const commaAt = (j: number) => isPunct(v, j, ',—–') || isQuoteTok(v, j) && isPunct(v, j - 1, ',');
      const participle = entry.form.endsWith('ing') && commaAt(g.start - 1 - lead);
      if (prev === 'who' || prev === 'which') np = { start: g.start - 1, end: g.start, head: g.start - 1 };
      // "…, Trump attacked Clinton for …, saying …": a participle's subject is the clause's, not
      // the phrase before its comma
      else if (participle && v.parsed) np = cueSubject(v, i) ?? leftNP(v, g.start, s);
      else np = leftNP(v, g.start, s);
      // "Trump unleashed a series of tweets early Friday saying …", "X sent a letter … urging …": the
      // participle's speaker is the clause's subject, not the object before it
      if (np && !participle && entry.form.endsWith('ing') && v.tagged && np.start - 1 > s && v.posCode[np.start - 1] === POS_VERB) {
        const subj = cueSubject(v, i);
        np = subj && subj.end <= np.start - 1 ? subj : subjectNP(v, s, np.start) ?? np;
      }
      // participial and coordinated cues ("…, saying …", "Her campaign announced … and said …",
      // "with Trump echoing … and accusing …"): the parse's subject, the one the events stage takes
      // too (cue-subject.ts); without a parse, the sentence's subject
      const shared = participle || (prev === 'and' || prev === 'but') && g.start - 1 > s + 2;
      if (!np && shared) np = cueSubject(v, i) ?? (v.parsed ? null : subjectNP(v, s, g.start));
      let inherited: Attribution | undefined;
      if (!np && commaAt(g.start - 1) && entry.form.endsWith('ing')) {
        // "“Yes,” he said, adding that …": the participle shares the source of the cue before it
        const cueStart = v.tokens[g.start]!.start;
        inherited = st.atts.find((a) => a.sent === v.tokens[i]!.sent && a.cue && a.cue.end <= cueStart && a.source);
      }
      // "He says the response was to break up the banks and says he introduced …": a cue right after
      // the "and" that ended an earlier content of this sentence is that source's second predicate
      // (content-bounds.ts forwardEnd cut there for it), not a verb of the content's own subject
      const first = inherited ? undefined : coordinatedWith(st, g, s);
      if (first) {
        np = null;
        inherited = first;
      }
      if (!np && !inherited) continue;
      const at = contentStart(v, g, ce);
      const addressee = at.addressee;
      // "said on Saturday, he has …": past the cue's own adjuncts to its complement clause
      const start = treeContentStart(v, g.head, at.start, ce);
      if (start >= ce || !isWord(v, start) && !isQuoteTok(v, start)) continue;
      if (notSpeech(v, g, np ?? null, start, ce)) continue;
      let fe = forwardEnd(v, start, ce);
      // "Tom Baker, who said the bridge was safe, resigned": the relative clause ends at its comma
      if ((prev === 'who' || prev === 'which') && isPunct(v, g.start - 2, ',')) fe = relativeEnd(v, start, fe);
      fe = frontedClauseEnd(v, s, g.start, start, fe);
      if (entry.cls === 'attitude') {
        const isClause = clauseAt(v, start, fe, true);
        fe = occasionEnd(v, start, objectTimeEnd(v, start, objectEnd(v, start, fe, isClause), isClause), isClause);
      }
      // "a deadline that insiders said went unnoticed", "a probe the agency said was ongoing": the
      // missing subject of a reported clause without one (gap-antecedent.ts) is its first piece too
      const gap = np && start === g.end ? gapAntecedent(v, np, start, s) : null;
      // "the emails, which Comey said were careless, …", "what he thought was a gift": the relative
      // pronoun before the source is the missing subject of what was said — PolNeAR's first content
      // span — unless the content is a whole clause with its own "that" ("in which Comey said that
      // he wouldn't …"). The relative pronoun is a content span; its clause ends at its comma.
      const relWord = np && start === g.end && np.start - 1 >= s && RELATIVES.has(v.lower[np.start - 1]!) && isFree(st, np.start - 1, np.start) && v.lower[start] !== 'that';
      // After a preposition ("the interview, in which he said he was skeptical …") the pronoun is
      // the adjunct's object, not the subject of what was said: no content piece (train: 0 of 7 kept
      // by PolNeAR), and the relative clause still ends at its comma.
      const prepRelative = relWord && np && v.lower[np.start - 1] === 'which' && np.start - 2 >= s && inClass(v, np.start - 2, W_PREP);
      const rel: readonly [number, number] | null = relWord && np && !prepRelative ? [np.start - 1, np.start] : gap && isFree(st, gap[0], gap[1]) ? gap : null;
      if (rel || prepRelative) fe = relativeEnd(v, start, fe);
      fe = beforeClaimedQuote(st, start, fe);
      if (!isFree(st, start, fe)) continue;
      const body = { start: v.tokens[start]!.start, end: extendToQuote(v, fe - 1) };
      const made = cueAttribution(v, rel ? [tokSpan(v, rel[0], rel[1]), body] : [body], g, np, 'indirect-clause', `indirect-${entry.cls}`, addressee);
      if (inherited) {
        made.source = inherited.source;
        made.sourceHead = inherited.sourceHead;
        // a participle after a closed quotation shares the source of the cue before it
        made.rule = 'quotes:indirect-participle-shared';
        // a cue coordinated after a content shares the source of the attribution its "and" follows
        if (first) made.rule = 'quotes:indirect-coordinated-shared';
        made.origin = 'indirect-shared';
      }
      accept(st, made);
      // a later coordinated attribution may follow ("…, and Clinton said …"); content ending with a
      // closing mark ends right before the next cue ("…,” adding that …"), so the scan resumes there
      i = fe - 1;
    }
  }
}

/** after the comma at token `j`, a participial adjunct, an "on" phrase or a relative clause (the author's) */
function authorTail(v: View, j: number): boolean {
  const w = v.lower[j + 1] ?? '';
  return participleAfter(v, j) && !gerundSubject(v, j + 1) || w === 'on' || w === 'which';
}

/** "replacing Clinton would be …": an -ing word at `k` heads the subject of a finite verb soon after */
function gerundSubject(v: View, k: number): boolean {
  if (!v.tagged) return false;
  for (let i = k + 1; i < Math.min(v.tokens.length, k + 7); i++) {
    if (isPunct(v, i) || v.lower[i] === 'that' || v.posCode[i] === POS_PRON || v.posCode[i] === POS_SCONJ) return false;
    if (/^(VBD|VBZ|VBP|MD)$/.test(v.tokens[i]!.xpos ?? '')) return true;
  }
  return false;
}

/**
 * The attribution whose content ends right before the "and"/"but" that opens cue group `g`
 * ("X says A and tells B", "X adds that A, and called on B"), with a source of its own; undefined
 * when the conjunction follows anything else.
 */
function coordinatedWith(st: State, g: Cue, s: number): Attribution | undefined {
  const v = st.v;
  const and = g.start - 1;
  if (and <= s || v.lower[and] !== 'and' && v.lower[and] !== 'but') return undefined;
  const last = isPunct(v, and - 1, ',') ? and - 2 : and - 1;
  if (last < s) return undefined;
  const from = v.tokens[last]!.end;
  const to = v.tokens[and]!.start;
  const sent = v.tokens[g.head]!.sent;
  return st.atts.find((a) => {
    const c = a.content[a.content.length - 1];
    return a.sent === sent && a.source && a.cue && c && c.end >= from && c.end <= to && a.cue.end <= a.content[0]!.start;
  });
}

/**
 * "The vote is expected to be close" → content [subject, "to be close"]; "It is believed that the
 * vote was close" → content "the vote was close". No source: the subject is part of what is
 * believed, and an empty "it" is no one. Returns the last token claimed, or -1.
 */
function attachRaising(st: State, g: Cue, s: number, ce: number): number {
  const v = st.v;
  const next = v.lower[g.end];
  const subj = leftNP(v, g.start, s);
  if (!subj || v.lower[subj.start] === 'who' || v.lower[subj.start] === 'which' || inanimateSource(v, subj)) return -1;
  const pron = subj.end - subj.start === 1 && inClass(v, subj.start, W_PRON);
  if (next === 'that' && v.lower[subj.start] === 'it' && subj.end === g.start) {
    const fe = forwardEnd(v, g.end + 1, ce);
    if (fe <= g.end + 2 || !isFree(st, g.end, fe)) return -1;
    accept(st, cueAttribution(v, [{ start: v.tokens[g.end + 1]!.start, end: extendToQuote(v, fe - 1) }], g, null, 'indirect-passive', 'indirect-impersonal-passive', null));
    return fe;
  }
  if (next !== 'to' || pron && v.lower[subj.start] === 'it' || subj.start !== s && !isPunct(v, subj.start - 1, ',;:')) return -1;
  const fe = forwardEnd(v, g.end, ce);
  if (fe <= g.end + 1 || !isFree(st, subj.start, subj.end) || !isFree(st, g.end, fe)) return -1;
  const content = [tokSpan(v, subj.start, subj.end), { start: v.tokens[g.end]!.start, end: extendToQuote(v, fe - 1) }];
  accept(st, cueAttribution(v, content, g, null, 'indirect-passive', 'indirect-raising-passive', null));
  return fe;
}
