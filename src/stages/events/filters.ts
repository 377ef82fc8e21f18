// Triggers that state no act, and triggers another frame's event owns: generic statements ("Nobody
// has the right to attack…"), sports scores, "would be met with a response", and the complements a
// frame reads its target from ("halted military aid" is one event, not also an "aid" event).
import type { Span } from '../../core/span.js';
import type { EventWords, Governors } from './event-lexicon.js';
import type { Frame } from './lexicon.js';
import { measuredBy } from './match-frames.js';
import { isNegated } from './modality.js';
import { clauseOf, complementOf, objectOf, prepArgs, subjectOf } from './roles.js';
import { baseDep, type DepTree } from './tree.js';
import { MODALS, NOMINAL_PREPOSITIONS, TEMPORAL_CONNECTIVES } from '../../lexicon/function-words.js';

/** words that make a statement about nobody in particular ("Nobody has the right to attack…") */
export const NEGATIVE_SUBJECTS = new Set(['nobody', 'noone', 'none', 'no-one']);

/**
 * A trigger that states no act: under a negative-quantifier subject within three clause hops, or the
 * infinitive of an entitlement noun ("the right to attack").
 */
export function isGenericStatement(t: DepTree, p: number, nouns: EventWords): boolean {
  // "any attack on Indian posts would be met…": a noun under any/no/every names no particular act
  const det = t.kid(p, 'det');
  if (t.tok(p).pos === 'NOUN' && det >= 0 && ['any', 'no', 'every'].includes(t.lower(det))) return true;
  // "had not, as of yesterday, announced any plans to remove the troops": a verb whose object is
  // under any/no names nothing done (a negation the parse hung elsewhere, or "announced no plans");
  // a negation of its own makes it a negated act, which the modality records ("would not accept
  // any more refugees" is a refusal), and so does a governing verb ("failed to present any
  // evidence": the complement of a negative governor, modality.ts underNegativeGovernor)
  if (t.tok(p).pos === 'VERB' && !isNegated(t, p) && baseDep(t.dep(p)) !== 'xcomp') {
    const o = objectOf(t, p);
    const od = o >= 0 ? t.kid(o, 'det') : -1;
    if (od >= 0 && ['any', 'no'].includes(t.lower(od))) return true;
  }
  // "is not part of any broader plan to increase sanctions on Iran", "has no plan to attack": the
  // content of a plan no one has names no act either (up to two hops: the plan's infinitive and its object)
  for (let x = p, hop = 0; hop < 3 && x >= 0; hop++) {
    const b = baseDep(t.dep(x));
    if (b !== 'obj' && b !== 'acl' && b !== 'xcomp') break;
    const h = t.head(x);
    if (h < 0) break;
    const d = t.kid(h, 'det');
    if (b === 'acl' && t.tok(h).pos === 'NOUN' && d >= 0 && ['any', 'no'].includes(t.lower(d))) return true;
    x = h;
  }
  let x = p;
  for (let hop = 0; hop < 4 && x >= 0; hop++) {
    const s = subjectOf(t, x);
    if (s >= 0 && (NEGATIVE_SUBJECTS.has(t.lower(s)) || (t.lower(s) === 'one' && t.kid(s, 'det') >= 0 && t.lower(t.kid(s, 'det')) === 'no'))) return true;
    const h = t.head(x);
    if (h < 0) break;
    if (baseDep(t.dep(x)) === 'acl' && nouns.entitlements.has(t.lemma(h)) && t.kid(x, 'mark') >= 0 && t.lower(t.kid(x, 'mark')) === 'to') return true;
    const b = baseDep(t.dep(x));
    if (b !== 'xcomp' && b !== 'acl' && b !== 'conj' && b !== 'obj' && b !== 'advcl') break;
    x = h;
  }
  return false;
}

/**
 * A statement about what happens as a rule, not about an act: a present-tense trigger with a
 * frequency adverb ("Governments often threaten their critics"), an every-phrase ("Diplomats meet
 * every week") or a subject quantified by most/all ("Police in most countries arrest…").
 */
export function isHabitual(t: DepTree, p: number, words: EventWords): boolean {
  const x = t.tok(p).xpos;
  // a bare form with a subject and no auxiliary or marker is a present tense too ("Police … arrest people")
  const barePresent = x === 'VB' && t.kid(p, 'nsubj') >= 0 && t.kid(p, 'aux') < 0 && t.kid(p, 'mark') < 0;
  if (x !== 'VBP' && x !== 'VBZ' && !barePresent) return false;
  for (const k of t.kids(p)) {
    const d = baseDep(t.dep(k));
    if (d === 'advmod' && words.habitual.has(t.lower(k))) return true;
    if ((d === 'obl' || d === 'nmod') && t.kidsWhere(k, (dd) => dd === 'det').some((det) => t.lower(det) === 'every')) return true;
  }
  const s = t.kid(p, 'nsubj');
  if (s < 0) return false;
  const quantified = (n: number) => t.kidsWhere(n, (d) => d === 'det' || d === 'amod').some((q) => ['most', 'all', 'many'].includes(t.lower(q)));
  return quantified(s) || t.kidsWhere(s, (d) => d === 'nmod').some(quantified);
}

/**
 * "Grenell alleged Mahan had contributed to human suffering by supporting Syrian President Bashar
 * al-Assad", "police suspect the group of planning the bombing": what an accusation, charge,
 * suspicion or denial says was done (governors.tsv allege) is its content — the accusation is the
 * event, the act it alleges is no event of its own (CAMEO codes "accused Y of attacking Z" as one
 * 112). The trigger is the reported clause of such a verb, or its of/for/with-clause (not one placed
 * in time: "alleged … after the EU sanctioned Iran" is the narrative's own fact), or hangs from it
 * through complements, conjuncts and adverbial clauses. What a praise or criticism is for
 * (governors.tsv judge: "hailed the UK for stepping up") is told as done, and stays.
 */
export function isAllegationContent(t: DepTree, p: number, gov: Governors): boolean {
  let x = p;
  for (let hop = 0; hop < 4 && x >= 0; hop++) {
    const h = t.head(x);
    if (h < 0) return false;
    const b = baseDep(t.dep(x));
    if (gov.allege.has(t.lemma(h))) {
      if (clauseOf(t, h) === x) return true;
      if ((b === 'advcl' || b === 'acl') && !TEMPORAL_CONNECTIVES.has(t.markOf(x) ?? '')) return true;
    }
    if (b !== 'conj' && b !== 'xcomp' && b !== 'advcl' && b !== 'ccomp') return false;
    x = h;
  }
  return false;
}

/** pronouns that name nobody in particular: "I never threaten anybody" */
const INDEFINITE_PRONOUNS: ReadonlySet<string> = new Set(['anybody', 'anyone', 'anything', 'everybody', 'everyone', 'nobody', 'somebody', 'someone']);

/**
 * "I never threaten anybody", "Citizens of the United Kingdom do not elect the Prime Minister
 * directly": a negated simple present says what someone does not do as a rule — a disposition or a
 * standing arrangement, no act that did not happen — when the one it is about is no one in
 * particular: a bare indefinite pronoun as object, or a bare plural as subject. A negated past
 * ("did not attack"), a future ("will not accept any refugees": a refusal) or a named party
 * ("Iran does not accept the plan") stays a negated act.
 */
export function isNegatedPractice(t: DepTree, p: number): boolean {
  if (t.tok(p).pos !== 'VERB' || !isNegated(t, p)) return false;
  const aux = t.kidsWhere(p, (d) => d === 'aux' || d === 'aux:pass');
  const xp = t.tok(p).xpos;
  // simple present: "threaten" with no auxiliary, or do-support in the present ("do not elect")
  // (a bare form with a subject and no auxiliary or marker is a present tense too: "police never arrest")
  const present = aux.length === 0 ? xp === 'VBP' || xp === 'VBZ' || (xp === 'VB' && t.kid(p, 'nsubj') >= 0 && t.kid(p, 'mark') < 0) : aux.length === 1 && t.lemma(aux[0]!) === 'do' && ['VBP', 'VBZ'].includes(t.tok(aux[0]!).xpos) && xp === 'VB';
  if (!present) return false;
  const o = objectOf(t, p);
  if (o >= 0 && INDEFINITE_PRONOUNS.has(t.lower(o)) && t.bare(o)) return true;
  const s = t.kid(p, 'nsubj');
  return s >= 0 && t.tok(s).xpos === 'NNS' && t.kid(s, 'det') < 0 && t.kid(s, 'nmod:poss') < 0 && t.kid(s, 'nummod') < 0;
}

/**
 * "sanctioned Iran over alleged assassination plots": a past form the parser made the head of a noun
 * phrase in an oblique or nominal-modifier slot, with no subject or auxiliary of its own, modifies
 * the noun after it — an adjective ("alleged", "disputed"), not a clause stating an act.
 */
export function isAdjectivalParticiple(t: DepTree, p: number): boolean {
  const x = t.tok(p).xpos;
  if (x !== 'VBD' && x !== 'VBN') return false;
  // a past tense right after a preposition of its own ("over alleged plots", however the parser
  // hangs the rest): a finite verb never follows a preposition that takes only noun phrases
  const before = p - 1;
  if (x === 'VBD' && before >= 0 && t.head(before) === p && NOMINAL_PREPOSITIONS.has(t.lower(before))) return true;
  if (t.kids(p).some((k) => /^(nsubj|aux|csubj|expl)/.test(t.dep(k)))) return false;
  const b = baseDep(t.dep(p));
  return b === 'obl' || b === 'nmod';
}

/** verbs whose clause is what a state of affairs implies, in the writer's inference: "…, meaning the government has allowed…" */
const INFERENCE_VERBS = new Set(['mean', 'imply']);

/**
 * "governed under the 'one country, two systems' model, meaning the Chinese government has allowed
 * Hong Kong citizens more freedom": the clause of "meaning"/"implying" explains what a state of
 * affairs amounts to — a standing condition the writer infers, not an act reported as news. The
 * trigger is that clause's verb or hangs from it through complements or conjuncts.
 */
export function isInference(t: DepTree, p: number): boolean {
  let x = p;
  for (let hop = 0; hop < 4 && x >= 0; hop++) {
    const h = t.head(x);
    if (h < 0) return false;
    const b = baseDep(t.dep(x));
    if (b === 'ccomp' && INFERENCE_VERBS.has(t.lemma(h))) return true;
    if (b !== 'xcomp' && b !== 'conj' && b !== 'obj' && b !== 'ccomp') return false;
    x = h;
  }
  return false;
}

/** "Floods struck northern India": a natural force or mishap as the doer is no actor and no event */
export function isNaturalForce(t: DepTree, p: number, words: EventWords): boolean {
  const s = subjectOf(t, p);
  return s >= 0 && (words.nature.has(t.lemma(s)) || words.nature.has(t.lower(s)));
}

/**
 * "The film tells the story of a soldier who invades…", "In the novel, the rebels attack…": what
 * happens inside a work of fiction or a game is no event. Looks up to four heads from the trigger
 * for a fiction noun, and at in-phrases on the clauses passed.
 */
export function isFiction(t: DepTree, p: number, words: EventWords): boolean {
  const fiction = (n: number) => words.fiction.has(t.lemma(n)) || words.fiction.has(t.lower(n));
  let x = p;
  for (let hop = 0; hop < 5 && x >= 0; hop++) {
    if (x !== p && t.tok(x).pos === 'NOUN' && fiction(x)) return true;
    if (t.prepKids(x, 'in').some(fiction)) return true;
    // "The game lets players invade…": the fiction is the subject of a governing clause
    const s = t.kid(x, 'nsubj');
    if (x !== p && s >= 0 && fiction(s)) return true;
    x = t.head(x);
  }
  return false;
}

/** "Arsenal beat Chelsea 3-1": a score beside a force verb marks a match report, not an assault */
export const SCORE = /\b\d{1,2}\s?[-–]\s?\d{1,2}\b/;

export function isSportsScore(t: DepTree, p: number, sentence: Span): boolean {
  const text = t.doc.text.slice(t.tok(p).end, Math.min(sentence.end, t.tok(p).end + 60));
  return SCORE.test(text);
}

/** "would be met with a military response": a passive meet with a with-phrase is a reaction, not a meeting */
export function isPassiveMetWith(t: DepTree, p: number, f: Frame): boolean {
  return f.cameo.startsWith('04') && f.pos === 'V' && t.isPassive(p) && t.prepKids(p, 'with').length > 0;
}

/** Frames that read their target or constraint inside a complement own that complement's event. */
export function consumedBy(t: DepTree, p: number, f: Frame): number[] {
  const out: number[] = [];
  const viaX = f.constraint.kind === 'xcomp' || f.targets.some((s) => s.kind === 'via' && s.via === 'x');
  const viaC = f.constraint.kind === 'ccomp' || f.targets.some((s) => s.kind === 'via' && s.via === 'c');
  const viaObj = f.targets.some((s) => s.kind === 'via' && s.via === 'obj');
  if (viaX) out.push(complementOf(t, p));
  // (an admission's clause is an act that happened — "acknowledged their government had shot down
  // a jet" is two events, the admission and the shooting — unlike what is alleged or demanded)
  if (viaC && f.cameo !== '015') out.push(clauseOf(t, p));
  if (f.pos === 'V') {
    // the object is part of the verb's event: "halted military aid" is one event, not also an "aid" event
    const o = objectOf(t, p);
    if (o >= 0 && (viaObj || !t.isVerbal(o))) out.push(o, ...t.kidsWhere(o, (d) => d === 'conj'));
    // "pledged $40 million in food aid": what an amount measures is the same event
    if (o >= 0) out.push(...measuredBy(t, p, o));
  }
  // what is rejected, demanded or denounced did not happen: "rejected a US offer to host a summit"
  // is one rejection, not also a hosting
  const root = f.cameo.slice(0, 2);
  if (root === '10' || root === '11' || root === '12') {
    const o = f.pos === 'N' ? -1 : objectOf(t, p);
    const stack: Array<[number, number]> = o >= 0 ? [[o, 0]] : [];
    while (stack.length) {
      const [x, d] = stack.pop()!;
      out.push(x);
      if (d < 3) for (const k of t.kids(x)) if (/^(acl|nmod|xcomp|ccomp|advcl|obj|obl|conj)/.test(t.dep(k))) stack.push([k, d + 1]);
    }
    for (const a of t.kidsWhere(p, (d) => d === 'advcl' || d === 'ccomp')) {
      const m = t.markOf(a);
      if (m === 'of' || m === 'for' || m === 'that') out.push(a);
    }
  }
  // "called on his supporters to protest", "urged Iran to release the sailors": what an appeal asks
  // for is its content, not an act of the one appealing (nor yet of the one appealed to)
  // "would pressure the U.S. to provide better protections", "demanded that Iran release…": what a
  // demand asks for is its content too
  if ((root === '02' || root === '10') && f.pos === 'V') out.push(complementOf(t, p));
  // "called for an investigation", "asked for support", "demands for a new inquiry": what is asked
  // for has not happened; it is the appeal's or demand's content, not an event of its own
  if (root === '02' || root === '10') out.push(...t.prepKids(p, 'for'));
  // "protesters' demands include an investigation of police violence", "their demand is an
  // inquiry": what a demand or appeal noun includes or is, is its content too
  if ((root === '02' || root === '10') && f.pos === 'N' && baseDep(t.dep(p)) === 'nsubj') {
    const h = t.head(p);
    if (h >= 0 && t.lemma(h) === 'include') out.push(objectOf(t, h));
    else if (h >= 0 && t.kid(h, 'cop') >= 0) out.push(h);
  }
  // "marched through Belgrade to protest against corruption": the purpose of a protest act is that act
  if (root === '14') for (const a of t.kidsWhere(p, (d) => d === 'advcl' || d === 'xcomp')) if (t.markOf(a) === 'to') out.push(a);
  return out.filter((x) => x >= 0);
}

/** auxiliaries that make a relative clause describe what a thing would do, not what anyone did */
const HYPOTHETICAL_AUX = new Set(['would', 'could', 'might']);

/**
 * "a bill that would have allowed China to extradite people", "an amendment that would let police
 * arrest…": a relative clause with would/could/might on a thing (not a person or group) describes
 * what that thing provides for — the content of a proposal, not an act or an intent of any actor.
 * The trigger is that clause's verb or hangs from it through complements or conjuncts.
 */
export function isProposalContent(t: DepTree, p: number): boolean {
  let x = p;
  for (let hop = 0; hop < 4 && x >= 0; hop++) {
    const b = baseDep(t.dep(x));
    if (b === 'acl' && t.dep(x) === 'acl:relcl') {
      const h = t.head(x);
      const hypothetical = t.kidsWhere(x, (d) => d === 'aux').some((a) => HYPOTHETICAL_AUX.has(t.lower(a)));
      // a relative clause on a person ("the minister, who would meet…") keeps its actor
      const personal = t.kids(x).some((k) => ['who', 'whom', 'whose'].includes(t.lower(k)));
      // the thing itself does what the clause says: its subject is the relative pronoun ("a bill that
      // would…"), not an actor of its own ("told reporters that Mali would quit", a complement misparsed)
      const s = t.kid(x, 'nsubj');
      const thingIsSubject = s >= 0 && ['that', 'which'].includes(t.lower(s));
      return hypothetical && !personal && thingIsSubject && h >= 0 && t.tok(h).pos === 'NOUN';
    }
    if (b !== 'xcomp' && b !== 'ccomp' && b !== 'conj' && b !== 'obj') return false;
    x = t.head(x);
  }
  return false;
}

/** prepositions that place the news after or against an earlier happening: the setting, not the act */
const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'following', 'since', 'amid', 'despite', 'before']);
/**
 * "The bill was suspended after last week's protests", "following the invasions of Dagestan": an
 * event noun that sets the scene for the clause's own news is a reference to a happening reported
 * before, not a new event. (Not "the last day of a visit", "the third week of protests": those run on.)
 */
export function isSettingMention(t: DepTree, p: number): boolean {
  if (t.tok(p).pos !== 'NOUN') return false;
  const cw = t.kid(p, 'case');
  return cw >= 0 && SETTING_PREPOSITIONS.has(t.lower(cw));
}

/** relative pronouns that make the clause's subject the noun it describes */
const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(['who', 'that', 'which']);
/** present-tense forms of the auxiliaries: "is supported", "have demonstrated" */
const PRESENT_AUX: ReadonlySet<string> = new Set(['is', 'are', 'am', "'s", "'re"]);
const PRESENT_PERFECT_AUX: ReadonlySet<string> = new Set(['has', 'have', "'s", "'ve"]);

/**
 * "Carrie Lam, who is supported by the mainland Chinese government", "the protesters who have
 * demonstrated in Hong Kong since June": a relative clause in the present (or a present perfect
 * running since a time) says what its noun is or has been doing all along — a standing relation
 * that identifies the noun, not an act reported as news ("the man, who was arrested on Monday" is
 * one). The trigger is that clause's verb or hangs from it through a complement or adverbial clause
 * (a purpose the parser hung on it: "…, who is supported by…, to resign").
 */
export function isStandingDescription(t: DepTree, p: number): boolean {
  let x = p;
  for (let hop = 0; hop < 3 && x >= 0; hop++) {
    if (t.dep(x) === 'acl:relcl') break;
    const b = baseDep(t.dep(x));
    if (b !== 'advcl' && b !== 'xcomp') return false;
    x = t.head(x);
  }
  if (x < 0 || t.dep(x) !== 'acl:relcl') return false;
  const subj = t.kidsWhere(x, (d) => d === 'nsubj' || d === 'nsubj:pass')[0];
  if (subj === undefined || !RELATIVE_SUBJECTS.has(t.lower(subj))) return false;
  const aux = t.kidsWhere(x, (d) => d === 'aux' || d === 'aux:pass').map((a) => t.lower(a));
  const xp = t.tok(x).xpos;
  // simple present: "who is supported by", "which controls the north"
  if ((xp === 'VBZ' || xp === 'VBP') && !aux.length) return true;
  if (aux.length === 1 && PRESENT_AUX.has(aux[0]!) && xp === 'VBN') return true;
  // a past perfect passive: "a treaty, which had been agreed under Obama", done before the news
  if (aux[0] === 'had' && aux.includes('been') && xp === 'VBN') return true;
  // a present perfect running since a time: "who have demonstrated since June"
  return aux.length >= 1 && PRESENT_PERFECT_AUX.has(aux[0]!) && t.kids(x).some((k) => t.caseOf(k) === 'since');
}

/** pronoun subjects that point back at something already told: "This was…", "It is…" */
const ANAPHORIC_SUBJECTS: ReadonlySet<string> = new Set(['this', 'that', 'it', 'these', 'those', 'which']);

/**
 * "This was one of the five demands of the protesters", "It was an attack on democracy": an event
 * noun as the predicate of a copula whose subject points back at something already told says what
 * that thing is (a classification or a verdict on it), not a new happening. The noun is the
 * predicate itself or sits in its "one of" phrase.
 */
export function isPredicateClassification(t: DepTree, p: number): boolean {
  if (t.tok(p).pos !== 'NOUN') return false;
  let x = p;
  // "one of the demands": the predicate is the quantity word, the noun its of-phrase
  if (t.kid(x, 'cop') < 0 && baseDep(t.dep(x)) === 'nmod' && t.head(x) >= 0 && t.kid(t.head(x), 'cop') >= 0 && t.caseOf(x) === 'of') x = t.head(x);
  if (t.kid(x, 'cop') < 0) return false;
  const s = t.kid(x, 'nsubj');
  return s >= 0 && ANAPHORIC_SUBJECTS.has(t.lower(s));
}

/**
 * "resigned in protest at the agreement", "a hunger strike in protest of the government's refusal":
 * a bare protest noun in an in-phrase says why the clause's own act was done — that act is the
 * protest, told by its verb or noun; the adjunct is no second happening.
 */
export function isProtestAdjunct(t: DepTree, p: number, f: Frame): boolean {
  if (f.pos !== 'N' || !f.cameo.startsWith('14') || t.tok(p).pos !== 'NOUN') return false;
  return t.caseOf(p) === 'in' && t.kid(p, 'det') < 0 && t.kid(p, 'nmod:poss') < 0;
}

/**
 * "What actions of President Trump do you support?", "why should the bishops be exempt?": a clause
 * that ends in a question mark asks — whether, who or why — and states no act. The trigger is the
 * question's head or hangs from it (the mark is attached to the clause it closes, so a question
 * quoted inside a statement leaves the statement's own verb alone: "She asked, 'Did Iran attack?'").
 */
export function isQuestion(t: DepTree, p: number): boolean {
  const text = t.doc.text;
  // a mark the parser hung on the reporting verb from inside a quotation opened after that verb
  // closes the quotation, not the verb's clause: 'Odinga asked, "Why did police arrest them?"'
  const closesOwnClause = (x: number, q: number) => q > x && !/["“]/.test(text.slice(t.tok(x).end, t.tok(q).start));
  const n = t.doc.tokens.length;
  for (let x = p, hop = 0; x >= 0 && hop < 12; hop++, x = t.head(x)) {
    if (t.kidsWhere(x, (d) => d === 'punct').some((k) => t.lower(k) === '?' && closesOwnClause(x, k))) return true;
    // the parser may hang the mark on another clause (the reporting verb before the quotation): the
    // clause's own words ending right before it are closed by it all the same
    const e = t.cached(rightEdge, x);
    if (e + 1 < n && t.lower(e + 1) === '?' && closesOwnClause(x, e + 1)) return true;
  }
  return false;
}

/** the last token of the phrase headed by i (its rightmost descendant) */
function rightEdge(t: DepTree, i: number): number {
  let e = i;
  for (const k of t.kids(i)) if (k > i) e = Math.max(e, t.cached(rightEdge, k));
  return e;
}

/**
 * "in 'not life-threatening' condition", "record-breaking", "law-abiding": an -ing form written as the
 * second half of a hyphenated word is a compound modifier whose first half is what it acts on — no
 * clause, no actor, no act (the tagger may still tag it a verb and the parser hang it as a clause).
 */
export function isHyphenCompoundModifier(t: DepTree, p: number): boolean {
  if (t.tok(p).xpos !== 'VBG') return false;
  const at = t.tok(p).start;
  const text = t.doc.text;
  return at >= 2 && (text[at - 1] === '-' || text[at - 1] === '‐') && /[\p{L}\p{N}]/u.test(text[at - 2]!);
}

/**
 * "Pelosi called Trump's conduct a 'breach'", "Trump called the Democrats 'radical'", "her mother
 * called the police", "the Coast Guard called off its search": "call" is an appeal only with what an
 * appeal asks — someone called on, something called for, or an act the object is called to do ("called
 * the parties to resume talks"). With none of these it names or characterises its object, rings
 * someone up, or (with a particle) cancels or summons: no appeal (the naming's evaluation, if any, is
 * the call-criticize/praise/accuse frames' own event).
 */
export function isCallWithoutAppeal(t: DepTree, p: number): boolean {
  if (t.lemma(p) !== 'call' || t.tok(p).pos !== 'VERB') return false;
  if (t.kid(p, 'compound:prt') >= 0) return true;
  const asks = t.kidsWhere(p, (d, c) => {
    const b = baseDep(d);
    if ((b === 'obl' || b === 'nmod') && (t.caseOf(c) === 'on' || t.caseOf(c) === 'for' || t.caseOf(c) === 'upon')) return true;
    return (b === 'xcomp' || b === 'ccomp' || b === 'advcl') && t.markOf(c) === 'to';
  });
  return asks.length === 0;
}

/**
 * "Hawkins, Blankenship, and Carroll all argued they should not be mandatory", "Pierce and Hawkins
 * both argued for using ballot access": a verb of dispute read reciprocally (the coordinated subjects
 * as each other's targets: "Trump and Zelensky argued") is no dispute when it states a clause or
 * argues for something — the subjects then say or advocate the same thing together, against no one.
 */
export function statesTogether(t: DepTree, p: number): boolean {
  return t.kidsWhere(p, (d, c) => baseDep(d) === 'ccomp' || ((baseDep(d) === 'obl' || baseDep(d) === 'advcl') && (t.caseOf(c) ?? t.markOf(c)) === 'for')).length > 0;
}

/**
 * "La Riva, Hawkins, Blankenship, and Carroll all agreed that vaccines have done more good than harm":
 * subjects agreeing on a view — a that-clause with no modal — share an opinion; they commit to nothing
 * with one another. "Hungary and Romania agreed that they should cooperate" (a modal: what they are to
 * do) is the agreement between them that CAMEO codes as an intent to cooperate.
 */
export function agreesOnAView(t: DepTree, p: number): boolean {
  if (t.lemma(p) !== 'agree') return false;
  const clauses = t.kidsWhere(p, (d, c) => baseDep(d) === 'ccomp' && t.markOf(c) !== 'to');
  return clauses.length > 0 && clauses.every((c) => !t.kidsWhere(c, (d) => d === 'aux').some((a) => MODALS.has(t.lower(a))));
}

/** a claimer's own subject in what it claims ("Trump claimed he prepaid millions"): the default reading of a singular or first-person pronoun there */
const CLAIMER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'i', 'we']);

/**
 * "Armenia claimed 790 Azerbaijani soldiers had been killed", "claimed there were 'fine people on
 * both sides'", "claimed Lincoln was the last third party candidate", "claimed the US government has
 * enough money", "claimed he prepaid millions of dollars", "claimed the election should decide …":
 * "claim" accuses (CAMEO 112) only when what is claimed is done by another party — an active verb
 * with a subject of its own ("claimed Iran spoofed e-mails"), or a passive or a description with its
 * doer in a by-phrase ("claimed violent protesters were sent by the government", "claimed this is a
 * move by Johnson to foil opposition"). A state (copula, "have", "there were"), a passive with no
 * doer (what befell someone), a modal (what ought to be) or the claimer's own doing is a claim of
 * fact: no accusation. A clause the parser did not build (no ccomp, no verb object) is left alone.
 * Held-out review (255 non-dev Wikinews articles): of 21 claim-accusations 12 were claims of fact.
 */
export function isClaimOfFact(t: DepTree, p: number): boolean {
  if (t.lemma(p) !== 'claim' || t.tok(p).pos !== 'VERB') return false;
  const clause = t.kidsWhere(p, (d, c) => (baseDep(d) === 'ccomp' && t.markOf(c) !== 'to') || (baseDep(d) === 'obj' && t.tok(c).pos === 'VERB'))[0];
  if (clause === undefined) return false;
  // the doer named in a by-phrase of the clause or of its predicate noun
  const byDoer = t.kidsWhere(clause, (d, c) => d === 'obl:agent' || ((baseDep(d) === 'obl' || baseDep(d) === 'nmod') && t.caseOf(c) === 'by')).length > 0;
  const lemma = t.lemma(clause).toLowerCase();
  const state = lemma === 'be' || lemma === 'have' || t.kidsWhere(clause, (d) => d === 'cop' || d === 'expl').length > 0;
  const passive = t.kidsWhere(clause, (d) => d === 'aux:pass' || d === 'nsubj:pass').length > 0;
  if (state || passive) return !byDoer;
  if (t.kidsWhere(clause, (d) => d === 'aux').some((a) => MODALS.has(t.lower(a)))) return true;
  const subj = t.kid(clause, 'nsubj');
  return subj >= 0 && t.tok(subj).pos === 'PRON' && CLAIMER_PRONOUNS.has(t.lower(subj));
}

/** the speaker's own side as the subject of what it says must be done: first-person pronouns */
const FIRST_PERSON: ReadonlySet<string> = new Set(['we', 'i']);

/**
 * "'We must get Brexit done,' Johnson said", "the minister said we should stay united": a demand or
 * an appeal stated with a modal (frames with c=must/should) is made of the reported clause's subject;
 * when that subject is the speaker's own side (we, I), the speaker states its own resolve — no
 * demand of, or appeal to, anyone (a party elsewhere in the sentence, "out by October 31st … trust
 * in Ireland", is not its addressee).
 */
export function isOwnObligation(t: DepTree, p: number, f: Frame): boolean {
  if (f.constraint.kind !== 'ccomp' || !f.constraint.lemmas || !(f.cameo.startsWith('10') || f.cameo.startsWith('02'))) return false;
  const cc = clauseOf(t, p);
  if (cc < 0) return false;
  const subj = t.kid(cc, 'nsubj');
  return subj >= 0 && t.tok(subj).pos === 'PRON' && FIRST_PERSON.has(t.lower(subj));
}

/**
 * "This is our moment to fight for an America that works", "we still need to fight for co-adoption
 * rights", "devoted his life to fight for South Sudan": a verb of struggle (governors.tsv cause) whose
 * for-phrase names the cause or side it is done for, with no object and no against-phrase, names no
 * one fought — no use of force against anyone ("fought for independence against the empire" and
 * "fighting the Houthis" keep theirs).
 */
export function isStruggleForCause(t: DepTree, p: number, f: Frame, gov: Governors): boolean {
  // the force codes, and the dictionary's catch-all for-phrase row ("fight for" 111), which the
  // cause phrase would match with the same words
  const anyFor = f.constraint.kind === 'prep' && f.constraint.prep === 'for' && !f.constraint.lemmas;
  if (((f.cameo < '18' || f.cameo >= '21') && !anyFor) || !gov.cause.has(t.lemma(p))) return false;
  return prepArgs(t, p, 'for', false).length > 0 && objectOf(t, p) < 0 && !prepArgs(t, p, 'against', false).length;
}
