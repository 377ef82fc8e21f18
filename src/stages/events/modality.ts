// Negation and modality of a trigger, so that "did not attack", "will visit", "threatened to
// invade" and a claim inside a quotation are recorded as such and never coded as plain facts.
// Order matters: a quotation wins (the newspaper does not assert what a speaker said), then the
// trigger's own auxiliaries, then the verb that controls it, then a conditional clause above it.
import type { Modality, Quote } from '../../core/doc.js';
import type { Governors } from './event-lexicon.js';
import { governingVerb } from './roles.js';
import { baseDep, type DepTree } from './tree.js';
import { CONDITIONALS, CONTRASTIVE_ALTERNATIVES, FUTURE_MODALS, HYPOTHETICAL_MODALS, NEGATIONS, TEMPORAL_CONNECTIVES } from '../../lexicon/function-words.js';

/** negations, and the negative determiner of "no talks were held" */
const NEG = new Set([...NEGATIONS, 'no']);
/** a condition, or an unsettled choice ("whether to attack"): neither states a fact */
const CONDITIONAL = new Set([...CONDITIONALS, 'whether']);

export function isNegated(t: DepTree, p: number): boolean {
  for (const c of t.kids(p)) {
    const d = t.dep(c);
    if ((d === 'advmod' || d === 'neg' || d === 'det') && NEG.has(t.lower(c))) return true;
  }
  return false;
}

/** Is offset `at` inside the content of a quotation? (quotes sorted by first content start) */
export class QuoteIndex {
  private readonly spans: Array<{ start: number; end: number; mixed: boolean }>;
  private readonly text: string;
  private readonly speakers: Array<{ start: number; end: number; speaker: { start: number; end: number } }>;
  private readonly cueSpeakers: Array<{ start: number; end: number; speaker: { start: number; end: number } }>;
  constructor(quotes: readonly Quote[], text = '') {
    // only the speaker's own words are "reported": direct and partial quotes, and the quoted
    // stretches of a mixed quote; an indirect paraphrase ("Jordan said it would send aid") and the
    // journalist's own words around the marks of a mixed quote keep their grammar's modality
    this.text = text;
    this.speakers = quotes
      .filter((q) => q.kind !== 'indirect' && q.speaker.mention)
      .flatMap((q) => q.content.map((c) => ({ start: c.start, end: c.end, speaker: q.speaker.mention! })));
    // every kind of quote: the cue is the reporting act itself, whoever's words the content is
    this.cueSpeakers = quotes.filter((q) => q.cue && q.speaker.mention).map((q) => ({ start: q.cue!.start, end: q.cue!.end, speaker: q.speaker.mention! }));
    this.spans = quotes
      .filter((q) => q.kind !== 'indirect')
      .flatMap((q) => q.content.map((c) => ({ start: c.start, end: c.end, mixed: q.kind === 'mixed' })))
      .sort((a, b) => a.start - b.start);
  }

  /** inside quotation marks, counting marks from the span start (bounded window: linear overall) */
  private insideMarks(from: number, at: number): boolean {
    if (!this.text || at - from > 2000) return true;
    let open = false;
    for (let i = from; i < at; i++) {
      const ch = this.text[i]!;
      if (ch === '“') open = true;
      else if (ch === '”') open = false;
      else if (ch === '"') open = !open;
    }
    return open;
  }

  /** the speaker mention of the direct or mixed quote whose content holds `at` (null: none, or no speaker named) */
  speakerAt(at: number): { start: number; end: number } | null {
    for (const q of this.speakers) if (q.start <= at && at < q.end) return q.speaker;
    return null;
  }

  /** the speaker mention of the quote whose cue holds `at` ("accused" in "X accused Y of …, saying …"), or null */
  cueSpeakerAt(at: number): { start: number; end: number } | null {
    for (const q of this.cueSpeakers) if (q.start <= at && at < q.end) return q.speaker;
    return null;
  }

  contains(at: number): boolean {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.start <= at) lo = mid + 1;
      else hi = mid;
    }
    // spans may nest or overlap a little; look back a few
    for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) {
      const sp = this.spans[k]!;
      if (sp.end > at && (!sp.mixed || this.insideMarks(sp.start, at))) return true;
    }
    return false;
  }
}

function auxModality(t: DepTree, p: number): Modality | null {
  for (const a of t.kidsWhere(p, (d) => d === 'aux' || d === 'aux:pass')) {
    const l = t.lower(a);
    const lem = t.lemma(a);
    if (FUTURE_MODALS.has(l) || FUTURE_MODALS.has(lem)) return 'future';
    if (HYPOTHETICAL_MODALS.has(l) || HYPOTHETICAL_MODALS.has(lem)) return 'hypothetical';
  }
  // "is going to visit", "is about to"
  return null;
}

/** a past or present tense form, or a subject of its own: a clause that carries its own time */
function hasOwnTense(t: DepTree, x: number): boolean {
  const xp = t.tok(x).xpos;
  return xp === 'VBD' || xp === 'VBZ' || xp === 'VBP' || t.kidsWhere(x, (d) => d === 'nsubj' || d === 'nsubj:pass').length > 0;
}

/** an accusation's or a judgement's governor (governors.tsv allege, judge): its complement is only claimed */
function judgedOrAlleged(gov: Governors, lemma: string): boolean {
  return gov.allege.has(lemma) || gov.judge.has(lemma);
}

export function modalityOf(t: DepTree, p: number, quotes: QuoteIndex, gov: Governors): Modality {
  if (quotes.contains(t.tok(p).start)) return 'reported';
  const own = auxModality(t, p);
  if (own) return own;
  // a noun trigger takes the modality of the verb that governs it ("will hold talks")
  let x = p;
  const g = governingVerb(t, p);
  if (g >= 0) {
    const m = auxModality(t, g);
    if (m) return m;
    // "Thunberg promised protests every week", "pledged aid": the act noun a promise or threat takes
    // as its object is pledged, not done (governors.tsv pledge)
    if (baseDep(t.dep(p)) === 'obj' && t.head(p) === g && gov.pledge.has(t.lemma(g))) return 'future';
    x = g;
  }
  for (let hop = 0; hop < 4; hop++) {
    const h = t.head(x);
    if (h < 0) break;
    const b = baseDep(t.dep(x));
    if (b === 'xcomp' || (b === 'ccomp' && t.markOf(x) === 'to') || (b === 'obj' && t.isVerbal(x))) {
      const l = t.lemma(h);
      if (l === 'go' && t.markOf(x) === 'to') return 'future';
      if (gov.future.has(l)) return 'future';
      if (gov.hypothetical.has(l)) return 'hypothetical';
      const hm = auxModality(t, h);
      if (hm) return hm;
    }
    // "developing plans to attack American diplomats", "rejected calls to withdraw": the infinitive of
    // a plan or an appeal noun is intended or wanted, as the verb's complement is ("plans to attack")
    if (b === 'acl' && t.markOf(x) === 'to' && t.tok(h).pos === 'NOUN') {
      if (gov.future.has(t.lemma(h))) return 'future';
      if (gov.hypothetical.has(t.lemma(h))) return 'hypothetical';
    }
    if (b === 'advcl' && CONDITIONAL.has(t.markOf(x) ?? '')) return 'hypothetical';
    // a purpose clause ("met in Brussels to discuss support for Ukraine") is intended, not done
    if (b === 'advcl' && t.markOf(x) === 'to') return 'future';
    // "accused Israel of attacking": the accusation is asserted, the attack only alleged; a clause
    // placed in time ("after the EU sanctioned Iran", under a misparsed "alleged") is the narrative's
    // own fact, never the content of the allegation
    if ((b === 'advcl' || b === 'acl') && judgedOrAlleged(gov, t.lemma(h)) && !TEMPORAL_CONNECTIVES.has(t.markOf(x) ?? '')) return 'hypothetical';
    // "claims Mahan flies fighters to Syria", "denied that police had arrested…": the content of a
    // claim, allegation or denial is only claimed (the claim itself is the event)
    if (b === 'ccomp' && judgedOrAlleged(gov, t.lemma(h))) return 'hypothetical';
    if (b === 'conj' || b === 'xcomp' || b === 'advcl' || b === 'ccomp') {
      // "said it would send troops and arm the rebels": conjuncts share the first verb's auxiliaries;
      // a conjunct with a tense or subject of its own does not ("would have faced impeachment but
      // resigned": the resignation happened)
      if (b === 'conj' && !hasOwnTense(t, x)) {
        const cm = auxModality(t, h);
        if (cm) return cm;
      }
      x = h;
      continue;
    }
    break;
  }
  if (CONDITIONAL.has(t.markOf(p) ?? '')) return 'hypothetical';
  return 'asserted';
}

/**
 * The modality that decides the code of a quoted act: the speaker's own modal ("'We would not consider
 * requests of this nature'", "'we will strike back'") says a refusal, intent or threat is stated, as
 * it does outside quotation marks; the record's modality stays "reported" (the newspaper asserts only
 * that it was said). A quoted act with no modal of its own, or any act outside a quote, keeps `modality`.
 */
export function codingModality(t: DepTree, p: number, modality: Modality): Modality {
  if (modality !== 'reported') return modality;
  const g = t.tok(p).pos === 'NOUN' ? governingVerb(t, p) : p;
  return (g >= 0 ? auxModality(t, g) : null) ?? modality;
}

/** a clause marked as the alternative ("instead encouraging", "rather than sending" is not: that is a mark) */
export function isContrastiveAlternative(t: DepTree, p: number): boolean {
  return t.kidsWhere(p, (d) => d === 'advmod').some((a) => CONTRASTIVE_ALTERNATIVES.has(t.lower(a)));
}

/** Is the trigger the controlled complement of a refusal ("refused to meet", "ruled out sending")? */
export function underNegativeGovernor(t: DepTree, p: number, gov: Governors): boolean {
  const b = baseDep(t.dep(p));
  const h = t.head(p);
  if (h < 0) return false;
  // "ruled out sending troops — instead encouraging allies to …": the alternative is what is done,
  // not what is refused, whichever verb the parser hangs it on
  if (isContrastiveAlternative(t, p)) return false;
  if (b === 'xcomp' || (b === 'ccomp' && t.markOf(p) === 'to') || (b === 'obj' && t.isVerbal(p)) || (b === 'advcl' && (t.markOf(p) === 'to' || t.markOf(p) === null) && t.kid(p, 'nsubj') < 0)) {
    return gov.negative.has(t.lemma(h));
  }
  return false;
}

/** "will withdraw its force unless…": an act made conditional on the target's behaviour is a threat */
export function hasUltimatum(t: DepTree, p: number): boolean {
  return t.kidsWhere(p, (d) => d === 'advcl').some((a) => t.markOf(a) === 'unless');
}

/**
 * "North Korea has tried to hack into the computers", "militants attempted to assassinate the prime
 * minister": the complement of an attempt verb was done, or begun — an act of its own kind (CAMEO
 * codes an attempted assassination, 185, under assault), not an intent or a threat to do it.
 */
export function isAttempted(t: DepTree, p: number, gov: Governors): boolean {
  const h = t.head(p);
  if (h < 0 || !gov.attempt.has(t.lemma(h))) return false;
  const b = baseDep(t.dep(p));
  return b === 'xcomp' || (b === 'ccomp' && t.markOf(p) === 'to');
}

/**
 * "Mexico would seek to extradite the gunman", "the Taliban seeks to retake control": the complement
 * of a verb of pursuit (governors.tsv pursue) is what the subject strives for — stated by the
 * narrator, to no one, so neither a promise nor a threat (recode-intent.ts decides the code).
 */
export function isPursued(t: DepTree, p: number, gov: Governors): boolean {
  const h = t.head(p);
  if (h < 0 || !gov.pursue.has(t.lemma(h))) return false;
  const b = baseDep(t.dep(p));
  return b === 'xcomp' || (b === 'ccomp' && t.markOf(p) === 'to');
}

/**
 * "The coalition came to Iraq to fight ISIS", "resorted to throwing stones … to protest": a purpose
 * clause says what an act was done for — intended (modality future), but stated to no one, so no
 * threat (CAMEO's threats, 13x, are communicated: "threatened to attack", "will strike unless…").
 * The trigger is the clause's verb, or a noun that verb governs.
 */
export function isPurposeClause(t: DepTree, p: number): boolean {
  const g = governingVerb(t, p);
  const x = g >= 0 ? g : p;
  return t.head(x) >= 0 && baseDep(t.dep(x)) === 'advcl' && t.markOf(x) === 'to';
}

/**
 * "the virus may have killed two visitors", "Trump might have encouraged Zelensky", "this vehicle may
 * have struck victims": a modal with a perfect ("may have", "could have", "would have" + past
 * participle) speculates about the past or says what did not happen, and a perfect infinitive
 * ("claimed to have killed") tells a past act — no plan and no threat of anyone's, so CAMEO's intent
 * and threat codes do not apply. The trigger's own auxiliaries, or those
 * of the verb that governs a noun trigger.
 */
export function isPastPossibility(t: DepTree, p: number): boolean {
  const g = t.tok(p).pos === 'NOUN' ? governingVerb(t, p) : p;
  if (g < 0 || t.tok(g).xpos !== 'VBN') return false;
  const aux = t.kidsWhere(g, (d) => d === 'aux').map((a) => t.lower(a));
  // "Azerbaijan claimed to have killed 2,300 soldiers": a perfect infinitive tells a past act too —
  // claimed, believed or said to have been done, never planned or threatened
  return aux.includes('have') && (aux.some((a) => HYPOTHETICAL_MODALS.has(a)) || t.markOf(g) === 'to');
}
