// Builds events sentence by sentence: frame candidates (match-frames) → source and target heads
// from the parse (roles) → actors (resolve-actor) → place, negation, modality → CAMEO intent/threat
// recoding → one event per source×target pair (coordination gives several; "X and Y met" gives
// both directions) → duplicates merged. A sentence that matches no frame yields nothing: there is
// no fallback code. The concerns live apart: filters (triggers that state no act), sources,
// targets, refine-actors (seats, places, speakers), act-owner (reactions to earlier acts).
import type { Doc, EventParty, NewsEvent, Sentence } from '../../core/doc.js';
import { emptyObjects, objectsOrEmpty } from '../../core/object-arrays.js';
import { targetFromEarlierEvent } from './act-owner.js';
import { targetFromOwnedActNoun } from './owned-act-target.js';
import { meansNoun, sourceFromEarlierAct } from './force-owner.js';
import { accusedFromEarlierCharge } from './accused-party.js';
import { claimFollows, sourceFromClaim } from './claimed-act-owner.js';
import { speechActs, targetFromEarlierSpeech } from './speech-owner.js';
import { seatIndex, sentenceEntityIndex, sameActor, type Ctx, type DropTrace } from './context.js';
import type { EventLexicon } from './event-lexicon.js';
import { defaultResources } from '../resources.js';
import { compoundEventNoun } from './nominal-slots.js';
import { consumedBy, isAdjectivalParticiple, isFiction, isInference, isGenericStatement, isHabitual, isNaturalForce, isPassiveMetWith, isProposalContent, isSettingMention, isSportsScore, isStandingDescription, isPredicateClassification, isProtestAdjunct, isNegatedPractice, isAllegationContent, isQuestion, isHyphenCompoundModifier, isCallWithoutAppeal, statesTogether, agreesOnAView, isClaimOfFact, isOwnObligation, isStruggleForCause } from './filters.js';
import { cameoInfo, NO_EVENT_CODE, type Frame } from './lexicon.js';
import { locationOf } from './location.js';
import { actsAsNoun, matchFrames, mayTrigger } from './match-frames.js';
import { mergeDuplicates } from './merge-duplicates.js';
import { namesNoAddressee, needsAddressee } from './addressee.js';
import { isSelfReference } from './self-reference.js';
import { slotHoldsThing } from './party-slot.js';
import { isToldByForceVerb } from './force-noun-of-verb.js';
import { codingModality, hasUltimatum, isAttempted, isPastPossibility, isPurposeClause, isPursued, isNegated, modalityOf, QuoteIndex, underNegativeGovernor } from './modality.js';
import { recodeForModality } from './recode-intent.js';
import { extraditionHolder } from './extradition-holder.js';
import { isActivitySuspension, suspensionCode } from './recode-suspension.js';
import { nonMilitaryForceCode } from './recode-force.js';
import { riotCode } from './recode-clash.js';
import { legalAppealCode } from './recode-legal-appeal.js';
import { settlementCode } from './recode-settlement.js';
import { troopExpulsionCode } from './recode-expulsion.js';
import { leadershipAppealCode } from './recode-leadership-appeal.js';
import { evaluationCode } from './recode-evaluation.js';
import { policyChangeCode } from './recode-policy-change.js';
import { warningCode } from './recode-warning.js';
import { militarySupportCode } from './recode-military-support.js';
import { withoutPublisherParty } from './publisher-party.js';
import { seatAsIgo, speakerForThreat, withStoryCountry } from './refine-actors.js';
import { storyCountry } from '../entities/lead-country.js';
import { isPoliticalCode, sectorOf, type Actor } from './actor.js';
import { ActorResolver } from './resolve-actor.js';
import { clauseOf, objectOf, governingVerb, prepArgs, subjectOf } from './roles.js';
import { isActedOnObject, sourcesOf, withoutNationalityModifiers } from './sources.js';
import { backsSomeone, findTargets, HOST_FROM_PLACE, isContextTarget, isMerePlace, PLACE_TARGET_ROOTS, previousSentencePlace, sentencePlace } from './targets.js';
import { DepTree } from './tree.js';
import { LOCATIVE_PREPOSITIONS } from '../../lexicon/function-words.js';
import { isCountryCode } from '../../kb/country-code.js';

const NO_PARTY: EventParty = { entity: null, actor_code: null, mention: null };
/**
 * Clauses that state no act, in the order they are tested (the name is what a trace shows):
 * generic statements, natural forces as doers and fiction; "over alleged plots" (a past form heading
 * a noun phrase is an adjective); "Lam, who is supported by Beijing" (a present relative clause
 * describes its noun); "This was one of the demands" (a predicate noun classifies what was told);
 * "…, meaning the government has allowed…" (what a state of affairs implies); "I never threaten
 * anybody", "Citizens do not elect the Prime Minister directly" (what no one in particular does not do
 * as a rule); "alleged Mahan had contributed … by supporting al-Assad" (what an accusation alleges);
 * "not life-threatening" (an -ing form closing a hyphenated word modifies); "Which candidates have
 * you supported?" (a question asks).
 */
const NO_ACT_CLAUSES: readonly (readonly [string, (t: DepTree, p: number, lex: EventLexicon) => boolean])[] = [
  ['generic nature fiction', (t, p, { words: w }) => isGenericStatement(t, p, w) || isNaturalForce(t, p, w) || isFiction(t, p, w)],
  ['adjectival participle', (t, p) => isAdjectivalParticiple(t, p) || isHyphenCompoundModifier(t, p)],
  ['standing description', (t, p) => isStandingDescription(t, p)],
  ['predicate classification', (t, p) => isPredicateClassification(t, p)],
  ['inference', (t, p) => isInference(t, p)],
  ['negated practice', (t, p) => isNegatedPractice(t, p)],
  ['allegation content', (t, p, lex) => isAllegationContent(t, p, lex.governors)],
  ['question', (t, p) => isQuestion(t, p)],
];

/** The name of the first NO_ACT_CLAUSES reading the trigger at p has, or null. */
function noActClause(t: DepTree, p: number, lex: EventLexicon): string | null {
  // (an indexed loop: for-of with a [name, test] pattern runs the iterator protocol twice per row
  // while the stage is still unoptimised, as on most of a batch's first pass)
  for (let i = 0; i < NO_ACT_CLAUSES.length; i++) {
    const row = NO_ACT_CLAUSES[i]!;
    if (row[1](t, p, lex)) return row[0];
  }
  return null;
}

/** evidence reaches to the end of a following target mention at most this far (UTF-16 units) */
const MAX_EVIDENCE = 160;

function party(a: Actor | null): EventParty {
  // an implicit target from the context has no mention: the text does not name it
  if (!a) return NO_PARTY;
  const base = { entity: a.entity, actor_code: a.actor_code, mention: a.origin === 'place' ? null : a.mention };
  // a country taken from the article, not stated: the record says so (issue 12: country_source)
  return a.storyCountry ? { ...base, country_source: 'story' } : base;
}

/** eventsAt's answer when a dictionary row lacks a source actor: no later dictionary row can fire either */
const NO_SOURCE: NewsEvent[] = [];

/**
 * Roots whose dictionary events may still come out with no target actor at all. PETRARCH codes a
 * pattern only with both actors; the targetless statements, appeals, votes and protests of its
 * breadth were all unannotated on the Wikinews dev set (12: "Parliament voted", "they chanted",
 * "Amnesty called") and none was right on the PLOVER GSR. An intent to cooperate ("pledged to…",
 * "announced plans to…") keeps a missing partner: the plan names it elsewhere and the GSR codes it.
 * A reaction to an earlier act ("called for an investigation into the shooting") also keeps it:
 * act-owner.ts aims it at the act's author afterwards.
 */
const TARGETLESS_DICTIONARY_ROOTS = new Set(['03']);

/**
 * A dictionary row of a target-less root states an intent only when its trigger is a verb of
 * intending with an object ("offered concessions": governors.tsv future), takes an infinitive
 * ("agreed to set up a centre") or has a plan as its object ("announced plans to…"); "the
 * authorities seized these firearms" or "2.9 million people voted" state no intent to anyone.
 */
function statesIntent(c: Ctx, p: number): boolean {
  const t = c.t;
  const future = c.lex.governors.future;
  if (t.kidsWhere(p, (d) => d === 'xcomp').length) return true;
  // (an intending verb with what it offers or pledges: "offered concessions"; not "people voted")
  const o = objectOf(t, p);
  return o >= 0 && (future.has(t.lemma(p)) || future.has(t.lemma(o)));
}

/** INQUIRY nouns whose into/of-phrase names the act an appeal is about ("called for an investigation into the shooting") */
const INQUIRY = new Set(['investigation', 'inquiry', 'probe', 'enquiry']);

/**
 * The act a reaction is aimed at, for act-owner.ts: the object, else (an evaluation) its reported
 * clause's subject, else an against-phrase ("spoke out
 * against the attack"), else the act an inquiry asked for is about ("called for an investigation
 * into the shooting"); -1 when none.
 */
function reactedTo(t: DepTree, p: number, f: Frame): number {
  const o = objectOf(t, p);
  if (o >= 0) return o;
  // an evaluation's reported clause is about its subject ("ruled the prorogation was unlawful")
  if (f.constraint.kind === 'content') {
    const cl = clauseOf(t, p);
    const s = cl >= 0 ? subjectOf(t, cl) : -1;
    if (s >= 0) return s;
  }
  const against = prepArgs(t, p, 'against', false)[0];
  if (against !== undefined) return against;
  for (const q of prepArgs(t, p, 'for', false)) {
    if (!INQUIRY.has(t.lemma(q))) continue;
    // the into-phrase on the inquiry noun, or on the verb right after it (parsers differ on the attachment)
    const about = [...t.prepKids(q, 'into'), ...t.prepKids(q, 'of'), ...prepArgs(t, p, 'into', false).filter((x) => x > q)][0];
    if (about !== undefined) return about;
  }
  return -1;
}

/** the trigger reacts to an earlier act named by an act noun ("called for an inquiry into the shooting") */
function reactsToAct(c: Ctx, p: number, f: Frame): boolean {
  const o = reactedTo(c.t, p, f);
  return o >= 0 && c.lex.words.actNouns.has(c.t.lemma(o));
}

/** the trigger's object names an earlier act ("the attack", "the sanctions": event-words.tsv act-noun) */
function isActNounObject(c: Ctx, p: number): boolean {
  const o = objectOf(c.t, p);
  return o >= 0 && c.lex.words.actNouns.has(c.t.lemma(o));
}

/** b names, by the country's own name, the state of which a is a part (its government, a person of
 * it); a city or place standing for the state ("blockade Paris") or a context target is kept */
function isOwnState(c: Ctx, a: Actor, b: Actor): boolean {
  if (!a.country || b.actor_code !== a.country || a.actor_code === a.country || isContextTarget(b)) return false;
  // "imposed a curfew in the town of Cizre in southeastern Turkey": the state where it happens is a context target
  const cs = c.t.caseOf(b.head);
  if (cs !== null && LOCATIVE_PREPOSITIONS.has(cs)) return false;
  const name = c.t.doc.text.slice(b.mention.start, b.mention.end).replace(/^the\s+/i, '');
  return c.lex.actors.names.get(name)?.kind === 'country';
}

/** where an entity's country came from the article's context, not from its own words (doc.ts ContextCountrySource) */
const CONTEXT_COUNTRY_SOURCES: ReadonlySet<string> = new Set(['membership', 'story', 'dateline']);

/** the actor's state is the article's, as the entities layer decided it ("people" in a story about Tunisia) */
function hasContextCountry(c: Ctx, a: Actor): boolean {
  const src = a.entity ? c.byId.get(a.entity)?.country_source : null;
  return !!src && CONTEXT_COUNTRY_SOURCES.has(src) && a.actor_code === c.byId.get(a.entity!)?.actor_code;
}

/** acts whose agent a passive may leave unnamed because only one kind of body does them: arrest and
 * detention (police), a criminal charge (police, who arrest and charge), conviction (courts) */
const IMPLICIT_AGENT: Readonly<Record<string, string>> = { '173': 'COP', '1121': 'COP', '116': 'JUD' };

/** uses of force (assault, fight, mass violence) */
const FORCE_ROOTS = new Set(['18', '19', '20']);

/** sectors of the people and groups whose protest is aimed at their own government by default */
const NON_STATE_SECTORS = new Set(['CVL', 'OPP', 'EDU', 'LAB', 'BUS', 'REL', 'MED', 'ACT', 'NGO', 'PTY', 'ELI', 'HLH', 'AGR', 'REF']);

/** "protesters gathered", "the protesters' demands" in a story about Hong Kong, the sources all of one
 * state X and none a state body: the context target XGOV (no mention: the text does not name it) */
function domesticProtestTarget(c: Ctx, sources: readonly Actor[], p: number): Actor | null {
  const t = c.t;
  if (!sources.length) return null;
  const country = sources[0]!.country;
  if (!country || !isCountryCode(country)) return null;
  // a people named by its nationality ("Serbians protested", NORP) is no state body either
  const people = (a: Actor) => a.actor_code === country && !!a.entity && c.byId.get(a.entity)?.type === 'NORP';
  const nonState = (a: Actor) => a.country === country && a.actor_code !== null && (NON_STATE_SECTORS.has(sectorOf(a.actor_code)) || people(a));
  if (!sources.every(nonState)) return null;
  // "rallied … in support of President Trump": a rally backing someone is not aimed at the government
  if (backsSomeone(t, p)) return null;
  return { entity: null, actor_code: `${country}GOV`, mention: { start: t.tok(p).start, end: t.tok(p).start }, country, political: true, head: p, rule: 'domestic-protest', origin: 'place' };
}

/** endorsement codes (051): what their slot names must be an actor */
const ACTOR_SLOT_CODES = /^051/;

/** meeting, phone, third-place meeting, mediation and negotiation codes: held with a counterpart (not 042 visit, 043 host) */
const MEETING_CODES = /^04[01456]/;

/** no event from this frame here; the reason goes to the diagnosis hook when one listens */
function drop(c: Ctx, p: number, f: Frame, reason: string): NewsEvent[] {
  c.trace?.(p, f, reason);
  c.lastDrop = reason;
  return [];
}

function eventsAt(c: Ctx, p: number, f: Frame, sentence: Sentence, srcMemo: Map<string, ReturnType<typeof sourcesOf>>, relaxed = false): NewsEvent[] {
  const t = c.t;
  if (isPassiveMetWith(t, p, f)) return drop(c, p, f, 'passive met with');
  if (f.cameo >= '18' && isSportsScore(t, p, sentence)) return drop(c, p, f, 'sports score');
  // "a bill that would allow China to extradite…": what a proposal provides for is no act of anyone
  if (isProposalContent(t, p)) return drop(c, p, f, 'content of a proposal');
  // "resigning in protest to May's agreement": why the clause's act was done, not a protest of its own
  if (isProtestAdjunct(t, p, f)) return drop(c, p, f, 'protest adjunct');
  // "suspended after last week's protests": an event noun setting the scene is a happening reported before
  if (f.pos === 'N' && isSettingMention(t, p)) return drop(c, p, f, 'setting mention');
  if (isToldByForceVerb(t, p, f, (k) => matchFrames(t, k, c.lex.framesByLemma, c.lex.verbForms, c.lex.frameIndexes))) return drop(c, p, f, 'told by its verb');
  // "police suppressed the protests": a protest named as what someone else acts on, with no
  // protester of its own, is no event of the clause (its doers are not named here)
  if (f.pos === 'N' && f.cameo.startsWith('14') && isActedOnObject(t, p, c.lex.governors.actsOn) && t.kid(p, 'nmod:poss') < 0 && !t.prepKids(p, 'by').length && !t.prepKids(p, 'of').length) return drop(c, p, f, 'act acted on');
  const noun = f.pos === 'N';
  // the frames of one trigger share its source: read once per trigger and kind of frame
  const srcKey = `${f.pos}${f.source}${f.origin === 'dictionary' ? 'd' : ''}`;
  let src = srcMemo.get(srcKey);
  if (!src) srcMemo.set(srcKey, (src = sourcesOf(c, p, f)));
  // every dictionary row needs a source actor: without one, none of them can fire
  if (f.origin === 'dictionary' && !src.actors.length) {
    c.trace?.(p, f, 'dictionary no source');
    return NO_SOURCE;
  }
  // a place in a locative phrase is where the act happened, never its doer ("the attack in Paris")
  let sources = withoutNationalityModifiers(t.doc.text, src.actors.filter((a) => !isMerePlace(c, a)));
  const found = findTargets(c, p, f, sources, relaxed);
  let targets = withoutNationalityModifiers(t.doc.text, found.targets);
  const { recip, targetTok, noneOk, deep } = found;
  if (!targets.length && !recip && !noneOk && targetTok < 0) return drop(c, p, f, 'no target');
  if (f.targetIsParty && !recip && slotHoldsThing(t, targetTok, targets)) return drop(c, p, f, 'thing, not a party');
  sources = withStoryCountry(c, seatAsIgo(c, sources), sentence);
  targets = withStoryCountry(c, seatAsIgo(c, targets), sentence);
  const place = locationOf(t, c.r, p);
  // the place: the event's own (location.ts), else the first place a slot or the clause named
  const where = place?.country ? place.country : (found.places.find((a) => a.country && isCountryCode(a.country))?.country ?? null);
  const placeCode = where && f.cameo.startsWith('14') ? `${where}GOV` : where;
  let implicitSource = false;
  const implicitSector = IMPLICIT_AGENT[f.cameo];
  if (!sources.length && src.passiveAgentless && implicitSector) {
    // "two suspects were arrested in Jakarta", "Cohen was convicted": an agentless passive arrest is
    // the police's act, a conviction the courts', of the state it happens in (else the state of the
    // one it befell), as CAMEO coders code it — an implicit source, marked in the rule
    const state = where && isCountryCode(where) ? where : (targets.find((a) => a.country && isCountryCode(a.country))?.country ?? null);
    if (state) {
      sources = [{ entity: null, actor_code: `${state}${implicitSector}`, mention: { start: t.tok(p).start, end: t.tok(p).start }, country: state, political: true, head: p, rule: 'implicit-agent', origin: 'place' }];
      implicitSource = true;
    }
  }
  if (!sources.length && noun && f.cameo.startsWith('14') && where && isCountryCode(where) && /^nsubj/.test(t.dep(p))) {
    // "as anti-government protests continue in Baghdad": a protest noun naming no protester, the
    // subject of its clause (not a setting: "in the weeks of protests"), is the act of the people of
    // the state it happens in, as CAMEO coders code it (civilians: no group is
    // named) — an implicit source with no mention, marked in the rule (+implicit-source)
    sources = [{ entity: null, actor_code: `${where}CVL`, mention: { start: t.tok(p).start, end: t.tok(p).start }, country: where, political: true, head: p, rule: 'implicit-protesters', origin: 'place' }];
    implicitSource = true;
  }
  // an ethnic group coded by the state it lives in is not that state: its protest there is aimed at
  // it ("ethnic Albanians demonstrated in Serbia" → target SRB), so its country does not block the place
  if (!targets.length && !recip && PLACE_TARGET_ROOTS.has(f.cameo.slice(0, 2)) && where && !(f.cameo.startsWith('14') && backsSomeone(t, p)) && !sources.some((a) => a.actor_code === placeCode || (a.country === where && !a.ethnic && !found.places.length))) {
    // a protest or concession done in a state without a named target is addressed to that state
    // ("lifted a curfew in Montenegro", "demonstrated in Serbia"), as CAMEO coders read it: an
    // implicit target from the context (target_source "context", no mention: the place stays a
    // location); a meeting in Brussels is not a meeting with Belgium, so other roots keep no target
    targets = [{ entity: null, actor_code: placeCode, mention: { start: t.tok(p).start, end: t.tok(p).start }, country: where, political: true, head: p, rule: 'place', origin: 'place' }];
  }
  if (!targets.length && !recip && !where && FORCE_ROOTS.has(f.cameo.slice(0, 2))) {
    // a use of force naming no target and no place of its own, by a doer of a known state, is aimed
    // at the state the sentence before placed the scene in (a context target, no mention)
    const prior = previousSentencePlace(c, sentence, sources);
    if (prior) targets = [{ ...prior, mention: { start: t.tok(p).start, end: t.tok(p).start }, origin: 'place' }];
  }
  if (!targets.length && !recip && targetTok < 0 && HOST_FROM_PLACE.has(f.cameo)) {
    // "arrived in Tokyo for a three-day visit": a visit naming no host is to the place its sentence
    // names, if that is another state than the visitor's; with no such place it is no event
    const host = sentencePlace(c, sentence, sources);
    if (!host) return drop(c, p, f, 'visit no host');
    // the host state is implied by the place, not named as a party: a context target
    targets = [{ ...host, origin: 'place' }];
  }
  // "Iranian President Rouhani said 'The Islamic Republic of Iran deeply regrets…'", "Trump withdrew
  // the US from the treaty": an actor of a state acting on that state as a whole names no other party
  const hosts = targets.length;
  targets = targets.filter((b) => !sources.some((a) => isOwnState(c, a, b)));
  // "people living in or visiting Hong Kong": a visit whose only host is the visitor's own state is
  // travel at home, no visit to anyone (a visitor whose state is only the article's guess, "The
  // minister visited the United States", is kept: the guess may be wrong)
  if (hosts && !targets.length && !recip && HOST_FROM_PLACE.has(f.cameo) && !sources.some((a) => a.storyCountry)) return drop(c, p, f, 'visit to own state');
  if (!targets.length && !recip && (f.cameo.startsWith('14') || f.cameo.startsWith('10'))) {
    // a protest or a demand naming no target (or only its own state: "a rally in Minsk, Belarus"), by a
    // people or group of one state ("protesters", "the opposition", "protesters' demands include…"),
    // is addressed to that state's government, as CAMEO coders read it: an implicit target from the
    // context, like the state a protest happens in
    const own = domesticProtestTarget(c, sources, p);
    if (own) targets = [own];
  }
  // "would seek to extradite the gunman": asked of the state that holds him, where the story happened (extradition-holder.ts)
  if (!targets.length && !recip && f.cameo.startsWith('063') && isPursued(t, p, c.lex.governors)) {
    const holder = extraditionHolder(c, sources, p);
    if (holder) targets = [holder];
  }
  // an evaluation is of someone: praise of a stadium or criticism of the weather is no event
  // (an earlier act named as the object — "characterized the attack as…" — finds its author later, act-owner.ts)
  if (f.constraint.kind === 'content' && !f.targetOptional && !targets.some((a) => a.political || a.entity !== null) && !isActNounObject(c, p)) return drop(c, p, f, 'evaluation of nobody');
  // an endorsement is of someone too: an endorsement noun whose slot names a cause or a thing and
  // no actor ("stressed his support for the Brexit movement") is a stated position, no 051 event.
  // Not a verb: "welcomed the decision" reacts to an act whose author act-owner.ts may find; not a
  // demand: "repeated its demand for talks" is one with its addressee left unsaid
  if (noun && ACTOR_SLOT_CODES.test(f.cameo) && !found.targets.length && targetTok >= 0 && !recip && !isActNounObject(c, p) && !reactsToAct(c, p, f)) return drop(c, p, f, 'endorsement of nobody');
  // "called the Democrats 'radical'", "called the police", "called off its search": no appeal (filters.ts)
  if (f.cameo.startsWith('02') && isCallWithoutAppeal(t, p)) return drop(c, p, f, 'call without appeal');
  // "claimed 790 soldiers had been killed": a claim of fact, no accusation (filters.ts)
  if (f.cameo === '112' && isClaimOfFact(t, p)) return drop(c, p, f, 'claim of fact');
  // "'We must get Brexit done,' Johnson said": the speaker's own resolve, no demand of anyone (filters.ts)
  if (isOwnObligation(t, p, f)) return drop(c, p, f, 'own obligation');
  // "fight for an America that works": the cause struggled for, no one fought (filters.ts)
  if (isStruggleForCause(t, p, f, c.lex.governors)) return drop(c, p, f, 'struggle for a cause');
  // an appeal, consultation or accusation that names no one it is addressed to is a statement (addressee.ts)
  // "Ardern said the gun laws should be changed": a government's own policy change, asked of no one (recode-policy-change.ts)
  const policy = policyChangeCode(t, p, f, sources, (k) => c.r.resolve(k).some((a) => a.political));
  if (policy) targets = [];
  if (!policy && needsAddressee(f.cameo) && !targets.length && !recip && reactedTo(t, p, f) < 0 && namesNoAddressee(t, p)) return drop(c, p, f, 'no addressee');
  const political = sources.some((a) => a.political) || targets.some((a) => a.political);
  if (!political) return drop(c, p, f, 'not political');
  // a habitual statement about no actor in particular ("Governments often threaten their critics");
  // a practice of a named or national actor ("Israeli soldiers routinely beat…") is still reported
  if (isHabitual(t, p, c.lex.words) && !sources.some((a) => a.entity !== null || isPoliticalCode(a.actor_code))) return drop(c, p, f, 'habitual');
  // both actors unresolved: no named actor and no country, IGO or NGO on either side ("they", "the
  // men" → a bare sector) — nothing a coder could code
  if (![...sources, ...targets].some((a) => a.entity !== null || isPoliticalCode(a.actor_code))) return drop(c, p, f, 'both unresolved');
  // a dictionary row is breadth without our hand review: it needs an actor on both sides, as
  // PETRARCH itself codes (a target may be absent only where the row allows it), with a source it
  // could code — of a state, IGO, NGO or armed group; a person or body it cannot place ("Saadallah
  // came to the UK", "the King appointed…" with no state) is none
  if (f.origin === 'dictionary' && (!sources.length || !sources.some((a) => isPoliticalCode(a.actor_code)) || (!recip && !(f.targetOptional && ((TARGETLESS_DICTIONARY_ROOTS.has(f.cameo.slice(0, 2)) && statesIntent(c, p)) || reactsToAct(c, p, f))) && !targets.some((a) => a.political)))) return drop(c, p, f, 'dictionary needs both');
  // no source actor: kept only for an agentless passive, or for violence against a named victim
  // ("a roadside bomb killed one U.S. soldier"), where the target is the news
  // (protest, coercion and force: 14, 17–20; a show of force or a cut in relations, 15–16, is a
  // state's measure with no victim — "[suspending Parliament] would be to stop…" names no act)
  const violent = f.cameo >= '17' || f.cameo.startsWith('14');
  // a use of force named by a noun with no doer of its own or inherited ("follows rocket attacks on
  // the embassy", "following the killing of a settler") refers to an attack; it reports nothing of who
  // did it — unlike an agentless passive verb ("three soldiers were killed"), which is the news
  if (!sources.length && noun && f.cameo >= '18') return drop(c, p, f, 'force noun no doer');
  // (a named victim has a stated country, IGO or NGO code: a context target from the place is no
  // victim — "fighting spread to Khartoum" — nor is a bare group or one whose country is only the
  // article's — "stabbed the three officers" names no state's)
  // (the entities layer's own country_source says when a party's state is only the article's: "two
  // people were killed" in a story about Tunisia states no Tunisian victim; a protest is kept, its
  // target being the government of the place, as the GSR codes "students throughout Indonesia
  // staged demonstrations … by Suharto's government")
  const victim = (a: Actor) => !(!f.cameo.startsWith('14') && hasContextCountry(c, a));
  // (an agentless use of force whose doer a later claim of responsibility names is kept: claimed-act-owner.ts)
  if (!sources.length && !(targets.some((a) => a.political && a.origin !== 'place' && !a.storyCountry && victim(a) && isPoliticalCode(a.actor_code)) && (src.passiveAgentless || violent)) && !(src.passiveAgentless && f.cameo >= '18' && claimFollows(t, p))) return drop(c, p, f, 'no source');

  let negated = isNegated(t, p) || underNegativeGovernor(t, p, c.lex.governors);
  if (!negated && noun) {
    const g = governingVerb(t, p);
    if (g >= 0) negated = isNegated(t, g);
  }
  // "suspended operations": halting one's own activity reduces no one's relations (recode-suspension.ts)
  if (isActivitySuspension(f.cameo, t.lemma(p), targets, recip)) return drop(c, p, f, 'suspension of an activity');
  const modality = modalityOf(t, p, c.quotes, c.lex.governors);
  // "suspended parliament": the suspension of a body, not of relations (recode-suspension.ts)
  const suspension = suspensionCode(f.cameo, t.lemma(p), targets);
  // "shot dead by police": force by a doer that is no military is unconventional violence (recode-force.ts)
  const force = nonMilitaryForceCode(f.cameo, sources);
  // "protesters clashed with the police": a riot, not a disagreement (recode-clash.ts)
  const riot = recip ? null : riotCode(f.cameo, t.lemma(p), sources, targets);
  // "appealed the decision to the court": the legal sense (recode-legal-appeal.ts)
  // "would prefer to agree a solution with": a settlement intended (recode-settlement.ts); "Parliament
  // voted on a resolution to expel United States troops": a demand that they leave (recode-expulsion.ts);
  // "asked Lam to resign": an appeal for a change in leadership (recode-leadership-appeal.ts); "commented,
  // 'It would be a constitutional outrage …'": the evaluation the comment says (recode-evaluation.ts);
  // "warned of potential flash floods": a danger no one threatens (recode-warning.ts); "supporting the
  // government …, providing airstrikes": military aid (recode-military-support.ts)
  const recoded = policy ?? suspension ?? force ?? riot ?? legalAppealCode(t, p, f.cameo) ?? settlementCode(t, p, f.cameo, modality, negated) ?? troopExpulsionCode(f.cameo, sources, targets) ?? leadershipAppealCode(t, p, f.cameo, c.lex.framesByLemma) ?? evaluationCode(t, p, f, targets, c.lex.framesByLemma) ?? warningCode(t, p, f.cameo) ?? militarySupportCode(t, p, f.cameo, (k) => matchFrames(t, k, c.lex.framesByLemma, c.lex.verbForms, c.lex.frameIndexes));
  const rc = recodeForModality(recoded?.cameo ?? f.cameo, codingModality(t, p, modality), negated, hasUltimatum(t, p), isAttempted(t, p, c.lex.governors), isPurposeClause(t, p), isPastPossibility(t, p), isPursued(t, p, c.lex.governors));
  // "the president and Congress could not agree": a shared failure to cooperate is no refusal of
  // one party by the other (CAMEO has no code for it), so no pair of rejections
  if (recip && rc.suffix === 'negated-intent-as-reject') return drop(c, p, f, 'negated reciprocal');
  // "X, Y and Z all argued they should not be mandatory": a dispute among the subjects only when
  // they state nothing together (filters.ts statesTogether); "all agreed that vaccines have done more
  // good": a shared view, no commitment to one another (filters.ts agreesOnAView)
  if (recip && (((rc.cameo.startsWith('11') || rc.cameo.startsWith('12')) && statesTogether(t, p)) || (rc.cameo.startsWith('03') && agreesOnAView(t, p)))) return drop(c, p, f, 'stated together');
  // a meeting, talk or consultation held is with someone: with no counterpart it codes nothing ("the
  // government held talks on Monday"), nor does it when future makes it an intent ("Parliament would
  // meet briefly", "shut out of peace talks"); a visit finds its host above, a host's guests are the
  // parties of the talks it hosts
  if (!recip && !targets.length && ((rc.cameo.startsWith('04') && rc.cameo !== '042') || MEETING_CODES.test(f.cameo))) return drop(c, p, f, 'consult with nobody');
  if (rc.cameo.startsWith('13')) sources = speakerForThreat(c, p, sources);
  const info = cameoInfo(c.lex.cameo, rc.cameo);
  const rule = `events:${f.id}${recoded ? `+${recoded.suffix}` : ''}${rc.suffix ? `+${rc.suffix}` : ''}${recip ? '+reciprocal' : ''}${src.nearest ? '+nearest-subject' : ''}${src.spoken ? '+quote-speaker' : ''}${src.transfer ? '+transfer-response' : ''}${src.means ? '+means-noun-agent' : ''}${src.performed ? '+performed-act-agent' : ''}${src.reportedClause ? '+reported-clause-subject' : ''}${deep ? '+clause-target' : ''}${implicitSource ? '+implicit-source' : ''}`;

  const trig = t.tok(p);
  const pairs: Array<[Actor | null, Actor | null]> = [];
  if (recip) {
    for (const a of sources) for (const b of sources) if (a !== b && !sameActor(a, b)) pairs.push([a, b]);
  } else {
    const ss: Array<Actor | null> = sources.length ? sources : [null];
    const ts: Array<Actor | null> = targets.length ? targets : [null];
    for (const a of ss) for (const b of ts) if (!(a && b && (sameActor(a, b) || isSelfReference(t, a, b)))) pairs.push([a, b]);
  }
  return pairs.map(([a, b]) => {
    let end = trig.end;
    if (b && b.mention.start > trig.start && b.mention.end <= sentence.end && b.mention.end - trig.start <= MAX_EVIDENCE) end = Math.max(end, b.mention.end);
    return {
      id: '',
      cameo: rc.cameo,
      root: info.root,
      plover: info.plover,
      plover_mode: info.ploverMode,
      quad: info.quad,
      goldstein: info.goldstein,
      source: party(a),
      target: party(b),
      location: place?.name ?? null,
      negated: rc.negated,
      modality,
      evidence: { start: trig.start, end },
      ...(b?.origin === 'place' ? { target_source: 'context' as const } : {}),
      rule,
    };
  });
}

function objectHasHandNounFrame(t: DepTree, p: number, lex: EventLexicon): boolean {
  const o = objectOf(t, p);
  // only a noun frame whose own constraint is met there ("sanctions against Iran" meets no p:on frame)
  const framesOf = (k: number) => matchFrames(t, k, lex.framesByLemma, lex.verbForms, lex.frameIndexes);
  return o >= 0 && (((t.tok(o).pos === 'NOUN' || actsAsNoun(t, o)) && framesOf(o).some((f) => f.pos === 'N' && f.origin !== 'dictionary')) || compoundEventNoun(t, o, framesOf));
}

/**
 * What one document's trigger loop writes as it goes (extractEvents makes one per document): the
 * events of reactions by the lemma of the act they react to (act-owner.ts), agentless events by the
 * act noun done "in the airstrike" (force-owner.ts), and the sources found per frame key at one token
 * (one map emptied per token: a new one per token was the stage's largest allocation).
 */
interface DocState {
  readonly objects: Map<NewsEvent, string>;
  readonly means: Map<NewsEvent, string>;
  readonly srcMemo: Map<string, ReturnType<typeof sourcesOf>>;
}

/** One sentence's events so far, by trigger, and the triggers a later one consumed. */
interface SentenceState {
  readonly found: Array<[number, NewsEvent[]]>;
  readonly consumed: Set<number>;
}

/** the trigger at `p` names the happening of `entry` again: its span joins that event's evidence */
function addEvidence(t: DepTree, d: DocState, entry: [number, NewsEvent[]], p: number): void {
  const tk = t.tok(p);
  entry[1] = entry[1].map((e) => {
    const merged = { ...e, moreEvidence: [...(e.moreEvidence ?? []), { start: tk.start, end: tk.end }] };
    const o = d.objects.get(e);
    if (o !== undefined) d.objects.set(merged, o);
    const m = d.means.get(e);
    if (m !== undefined) d.means.set(merged, m);
    return merged;
  });
}

// The trigger loop is cut into a function per sentence and one per token, each small: as one body of
// 4.5 KB of bytecode, extractEvents was the stage's costliest optimising compile once it got hot (the
// stage run alone over the Wikinews bench docs, --trace-opt: ≈ 0.35 s of a background thread per
// compile, twice after a deoptimisation; now one compile of triggerEvents, ≈ 0.06 s), and a token's
// body is what runs hot. (In the whole pipeline on the 295 Wikinews docs neither gets optimised.)

/** The events whose trigger is token p of sentence s, added to the sentence's state (the first frame in file order that yields an event wins). */
function triggerEvents(c: Ctx, d: DocState, s: Sentence, st: SentenceState, p: number): void {
  const t = c.t;
  const lex = c.lex;
  const trace = c.trace;
  const { found, consumed } = st;
  const srcMemo = d.srcMemo;
  // the first frame (in file order) that yields an event wins; a frame whose slots are empty falls through
  let deferToNoun: boolean | undefined;
  const frames = matchFrames(t, p, lex.framesByLemma, lex.verbForms, lex.frameIndexes);
  // (nine in ten tokens that get here match no frame; of those that do, most match a no-event row
  // first — "said" —, where the loop below stops at once with nothing: done here, without its set-up,
  // unless a trace listens)
  if (!frames.length || (!trace && frames[0]!.cameo === NO_EVENT_CODE)) return;
  if (srcMemo.size) srcMemo.clear();
  // a trigger whose clause states no act (the readings in NO_ACT_CLAUSES) yields no event
  // (not asked when the first frame is a no-event row: the loop below stops at it with nothing
  // either way — the most common case, "said" among them; a trace still hears the clause reading)
  const noAct = frames.length && (trace || frames[0]!.cameo !== NO_EVENT_CODE) ? noActClause(t, p, lex) : null;
  if (noAct) {
    trace?.(p, frames[0]!, noAct);
    return;
  }
  let stopped = false;
  let fired = false;
  const retry: Frame[] = [];
  // the roots of the evaluations this telling already gave (content frames): a quote that says two
  // things ("I am saddened to report … He brought to our bench … humility") is two statements, one
  // event per code per telling — later content frames of another root may fire too, nothing else
  let told: Set<string> | null = null;
  for (const f of frames) {
    if (told && (f.constraint.kind !== 'content' || told.has(f.cameo.slice(0, 2)))) continue;
    // the dictionary says this use of the verb is no event ("crashed into the sea")
    if (f.cameo === NO_EVENT_CODE) {
      trace?.(p, f, 'no event row');
      break;
    }
    // "twelve years of civil war leading up to his presidency", "came up with a plan": a particle
    // before the preposition a dictionary row reads makes a phrasal-prepositional verb of its
    // own, not the plain verb's sense ("lead to" a visit); "blew up power lines" keeps the plain
    // verb's default row (PETRARCH lists such phrasals under the plain verb)
    if (f.origin === 'dictionary' && f.prt === null && f.constraint.kind === 'prep' && t.kid(p, 'compound:prt') >= 0) {
      trace?.(p, f, 'phrasal verb');
      continue;
    }
    // a light verb whose object is an event noun with a hand frame ("held talks", "began a
    // strike"): the noun's frame carries the event, not the dictionary's reading of the verb
    if (f.origin === 'dictionary' && (deferToNoun ??= objectHasHandNounFrame(t, p, lex))) {
      trace?.(p, f, 'defer to noun');
      stopped = true;
      break;
    }
    // "met … at a meeting", "attacked … in an attack": an event noun governed by a verb that
    // already gave an event of the same root is the same happening — one event, more evidence
    if (f.pos === 'N') {
      const g = governingVerb(t, p);
      const same = found.find(([q, es]) => q === g && es.some((e) => e.root === f.cameo.slice(0, 2)));
      if (same) {
        addEvidence(t, d, same, p);
        stopped = true;
        break;
      }
    }
    c.lastDrop = '';
    const evs = eventsAt(c, p, f, s, srcMemo);
    if (evs === NO_SOURCE) break;
    // "marched toward the Central district … in the eleventh week of protests against Chinese
    // encroachment": an event noun with no doer of its own, in a sentence whose verb already
    // told a happening of the same root, names that happening again — more evidence, no event
    if (f.pos === 'N' && evs.length && evs.every((e) => !e.source.actor_code && !e.source.mention)) {
      const told = found.find(([q, es]) => t.isVerbal(q) && es.some((e) => e.root === f.cameo.slice(0, 2)));
      if (told) {
        addEvidence(t, d, told, p);
        stopped = true;
        break;
      }
    }
    if (!evs.length) {
      // (not a phrasal verb the frame does not name: "called off a strike" is no call on anyone)
      if (c.lastDrop === 'no target' && f.origin !== 'dictionary' && f.constraint.kind !== 'content' && (f.prt !== null || t.kid(p, 'compound:prt') < 0)) retry.push(f);
      continue;
    }
    const o = f.pos === 'N' ? -1 : reactedTo(t, p, f);
    if (o >= 0) for (const e of evs) d.objects.set(e, t.lemma(o));
    for (const e of evs) if (!e.source.actor_code && !e.source.entity) { const m = meansNoun(t, p, e.root, lex.words.actNouns); if (m !== null) d.means.set(e, m); }
    found.push([p, evs]);
    for (const x of consumedBy(t, p, f)) consumed.add(x);
    fired = true;
    if (f.constraint.kind === 'content') {
      (told ??= new Set()).add(f.cameo.slice(0, 2));
      continue;
    }
    break;
  }
  if (!fired && !stopped && retry.length) {
    // no frame fired with its own slots: the hand frames that found no target slot again, each
    // taking the first actor after the trigger in its clause as the target (PETRARCH's reading)
    // (a verb's: its misattached argument stands near it; a noun's parties are its own phrases —
    // "an investigation independent of the government" is no investigation of the government)
    // (not a meeting's: its counterpart is named in its own slot — "met with", "spoke to" — and
    // the first actor after "spoke about her husband…" is whom she spoke of, not with)
    for (const f of retry.filter((x) => x.pos !== 'N' && !MEETING_CODES.test(x.cameo))) {
      // a guess at the target needs a named doer: "threats of the army" with no source is no event
      const evs = eventsAt(c, p, f, s, srcMemo, true).filter((e) => (e.source.actor_code !== null || e.source.entity !== null) && e.target.actor_code !== null);
      if (!evs.length) continue;
      const o = f.pos === 'N' ? -1 : reactedTo(t, p, f);
      if (o >= 0) for (const e of evs) d.objects.set(e, t.lemma(o));
      found.push([p, evs.map((e) => ({ ...e, rule: `${e.rule}+relaxed` }))]);
      for (const x of consumedBy(t, p, f)) consumed.add(x);
      break;
    }
  }
}

/** The events of sentence s, in trigger order, appended to `raw` (those of a consumed trigger left out). */
function sentenceEvents(c: Ctx, d: DocState, s: Sentence, raw: NewsEvent[]): void {
  const st: SentenceState = { found: [], consumed: new Set<number>() };
  const t = c.t;
  // (a token of no part of speech a frame has matches nothing: triggerEvents would do nothing for it)
  for (let p = s.tokenStart; p < s.tokenEnd; p++) if (mayTrigger(t.tok(p).pos)) triggerEvents(c, d, s, st, p);
  const trace = c.trace;
  for (const [p, evs] of st.found) {
    if (!st.consumed.has(p)) raw.push(...evs);
    else if (trace) for (const e of evs) trace(p, { id: e.rule, cameo: e.cameo } as Frame, 'consumed');
  }
}

/** All events of a parsed document, merged and numbered v1, v2, … in text order; `trace` hears why a matched frame gave nothing (diagnosis). */
export function extractEvents(doc: Doc, lex: EventLexicon = defaultResources().lexicons.events, trace?: DropTrace): NewsEvent[] {
  if (!doc.tokens.length || !doc.tokens.some((x) => x.dep !== '')) return emptyObjects();
  const t = new DepTree(doc, lex.speechLemmas);
  const c: Ctx = {
    lex,
    t,
    r: new ActorResolver(t, lex.actors, lex.words),
    quotes: new QuoteIndex(doc.quotes, doc.text),
    sentenceEntities: sentenceEntityIndex(doc),
    seats: seatIndex(doc, lex),
    byId: new Map(doc.entities.map((e) => [e.id, e])),
    storyCountry: storyCountry(doc, lex.kb, doc.entities, t),
    ...(trace ? { trace } : {}),
    lastDrop: '',
  };
  const raw: NewsEvent[] = [];
  const d: DocState = { objects: new Map(), means: new Map(), srcMemo: new Map() };
  const { objects, means } = d;
  for (const s of doc.sentences) sentenceEvents(c, d, s, raw);
  raw.sort((a, b) => a.evidence.start - b.evidence.start);
  // "discussed Minetest with Wikinews": the publication reporting the article is no party (publisher-party.ts)
  const told = withoutPublisherParty(t, doc.text, raw, doc.meta.url);
  // parties told elsewhere in the story, one refiner each (force-owner, claimed-act-owner, act-owner,
  // speech-owner); "the accused" last, after the refiners that key events by identity (accused-party.ts)
  const withDoers = sourceFromClaim(sourceFromEarlierAct(told, means, lex.words.actNouns), doc.text, doc.sentences);
  const answered = targetFromEarlierSpeech(targetFromEarlierEvent(withDoers, objects, lex.words.actNouns, doc.tokens), objects, () => speechActs(c, doc.quotes), doc.tokens);
  // "regarding Iran's request, they would not consider requests …": the owner the sentence gives the act (owned-act-target.ts)
  const withTargets = targetFromOwnedActNoun(answered, objects, lex.words.actNouns, doc.tokens, (k) => {
    const a = c.r.resolve(k).find((x) => x.political);
    return a ? party(a) : null;
  });
  // the events layer: objects kind even when empty (src/core/object-arrays.ts)
  return objectsOrEmpty(mergeDuplicates(doc.text, accusedFromEarlierCharge(doc.text, withTargets), doc.sentences).map((e, i) => ({ ...e, id: `v${i + 1}` })));
}
