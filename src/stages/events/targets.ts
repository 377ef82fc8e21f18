// Target actors of a trigger: the frame's slots, then the slots where targets of complex predicates
// usually sit, then the first political actor after the trigger in its clause; a place stands in
// for a missing target of a concession, protest or use of force, and a visit's host is the place
// its sentence names.
import { ownerByParticiple } from './thing-owner.js';
import type { Sentence } from '../../core/doc.js';
import { actorsOf, isPronoun, sameActor, type Ctx } from './context.js';
import type { Frame, TargetSlot } from './lexicon.js';
import type { Actor } from './actor.js';
import { findSlot, governingVerb, objectOf } from './roles.js';
import { evaluatedActors, evaluationWordAt } from './evaluated-party.js';
import { baseDep, type DepTree } from './tree.js';
import { respondedTransfer } from './transfer-response.js';
import { PLACE_TYPES } from '../../lexicon/entity-types.js';
import { TEMPORAL_CONNECTIVES } from '../../lexicon/function-words.js';
import { isCountryCode } from '../../kb/country-code.js';

const FALLBACK_SLOTS: readonly TargetSlot[] = [
  { kind: 'prep', prep: 'against' },
  { kind: 'prep', prep: 'on' },
  { kind: 'via', via: 'x', slot: { kind: 'obj' } },
  { kind: 'via', via: 'x', slot: { kind: 'prep', prep: 'to' } },
  { kind: 'via', via: 'x', slot: { kind: 'prep', prep: 'with' } },
  { kind: 'via', via: 'x', slot: { kind: 'prep', prep: 'against' } },
  { kind: 'via', via: 'x', slot: { kind: 'prep', prep: 'in' } },
  { kind: 'via', via: 'c', slot: { kind: 'subj' } },
  { kind: 'via', via: 'obj', slot: { kind: 'prep', prep: 'to' } },
  { kind: 'via', via: 'obj', slot: { kind: 'prep', prep: 'against' } },
  { kind: 'via', via: 'obj', slot: { kind: 'prep', prep: 'with' } },
  { kind: 'prep', prep: 'to' },
  { kind: 'prep', prep: 'with' },
];

/** roots whose missing target is the state they happen in (a context target, never the place's
 * mention): a protest is addressed to its government; a concession ("lifted a curfew"), a threat or
 * a sanction ("suspended aid deliveries in Baghdad"), coercion or force with no named victim falls
 * on that state, as CAMEO coders read it */
export const PLACE_TARGET_ROOTS = new Set(['08', '13', '14', '15', '16', '17', '18', '19', '20']);

/** participles whose to-phrase names who did the act, not whom it was done to ("an attack ascribed to the Taliban") */
const ASCRIBING = new Set(['ascribed', 'attributed']);

/**
 * "according to diplomats", "another attack ascribed to the Taliban": up to four words back, within
 * the clause, "according to" (the report's source) or "ascribed/attributed to" (the act's doer)
 * introduces the phrase — never a party the act is aimed at.
 */
export function inAttribution(c: Ctx, k: number): boolean {
  const t = c.t;
  const sent = t.tok(k).sent;
  for (let j = k - 1; j >= 1 && j >= k - 5; j--) {
    if (t.tok(j).sent !== sent || t.tok(j).pos === 'PUNCT') return false;
    if (t.lower(j) === 'to' && (t.lower(j - 1) === 'according' || ASCRIBING.has(t.lower(j - 1)))) return true;
    if (t.tok(j).pos === 'VERB') return false;
  }
  return false;
}

/** prepositions that make a phrase a location ("in Khartoum", "near Strickland Street") */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'through', 'throughout', 'within', 'along', 'beside']);

/**
 * A place is a location, never a target, when a locative phrase names it ("arrested the accused in
 * the neighborhood of Strickland Street", "fighting spread to the outskirts of Khartoum"); a place
 * acted upon ("shelled Grozny", "sanctions against Tehran", "sent troops to Mali") is coded by its
 * state, as CAMEO codes it. A country name is a state wherever it stands.
 */
export function isMerePlace(c: Ctx, a: Actor, owner = false): boolean {
  if (!a.entity) return false;
  const ent = c.byId.get(a.entity);
  if (!ent || !PLACE_TYPES.has(ent.type)) return false;
  const t = c.t;
  // a country, or a territory that stands for its state in actor-words.tsv (Gaza, the West Bank, Darfur)
  const kind = c.r.words.names.get(t.doc.text.slice(a.mention.start, a.mention.end))?.kind;
  if (kind === 'country' || kind === 'place') return false;
  // "the outskirts of Khartoum", "the neighborhood of Strickland Street": a place owning a thing is where it is
  if (owner) return true;
  const cw = t.kid(a.head, 'case');
  return cw >= 0 && LOCATIVE.has(t.lower(cw));
}

const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our']);

/** a is a source's own body ("its troops", "their forces"): a pronoun owns it and it shares a source's country */
function isSourcesOwn(c: Ctx, a: Actor, sources: readonly Actor[]): boolean {
  const poss = c.t.kid(a.head, "nmod:poss");
  return poss >= 0 && POSSESSIVE_PRONOUNS.has(c.t.lower(poss)) && a.country !== null && sources.some((s) => s.country === a.country);
}

/** a is a place entity of the entities layer (a country, city or region) */
function isPlaceEntity(c: Ctx, a: Actor): boolean {
  const ent = a.entity ? c.byId.get(a.entity) : undefined;
  return !!ent && PLACE_TYPES.has(ent.type);
}

/** Target actors at a head: its coordinated heads, each resolved, else their owner ("the proposal of Iran", "Iran's plan"). */
export function targetActors(c: Ctx, tok: number, places: Actor[] = []): Actor[] {
  const t = c.t;
  const out: Actor[] = [];
  for (const h of t.conjuncts(tok)) {
    const all = c.r.resolve(h);
    const here = all.filter((x) => isMerePlace(c, x));
    places.push(...here);
    const a = all.filter((x) => !here.includes(x));
    if (all.length && !a.length) continue;
    if (a.length) {
      out.push(...a);
      continue;
    }
    // the owner of a thing acted upon: "Iran's plan", "the proposal of Iran", "calls by Belarus", "an offer from Kabul"
    const owner = t.kid(h, 'nmod:poss');
    const of = owner >= 0 ? owner : (t.prepKids(h, 'of')[0] ?? t.prepKids(h, 'by')[0] ?? t.prepKids(h, 'from')[0] ?? ownerByParticiple(t, h));
    const ownedAll = of >= 0 ? c.r.resolve(of) : [];
    const owned = ownedAll.filter((x) => !isMerePlace(c, x, true));
    places.push(...ownedAll.filter((x) => !owned.includes(x)));
    if (owned.length) {
      out.push(...owned);
      continue;
    }
    // "a U.S. request", "an Australian ultimatum", "Israeli towns": the nationality of the thing
    const mods = c.r.modifierCountries(h);
    if (mods.length) {
      out.push(...mods);
      continue;
    }
    // "withdrew from a treaty with Iran", "cancelled talks with Chile": a thing shared with a party
    // names that party (a place in the with-phrase stays a place)
    const withP = t.prepKids(h, 'with')[0];
    if (withP !== undefined) out.push(...c.r.resolve(withP).filter((x) => x.political && !isMerePlace(c, x, true)));
  }
  return out;
}

/** the lower-cased first child of k labelled exactly advmod ("when"), or '' */
function firstAdverb(t: DepTree, k: number): string {
  const a = t.kidsWhere(k, (d) => d === 'advmod')[0];
  return a !== undefined ? t.lower(a) : '';
}

/**
 * The first political actor after `from` among the descendants of `clause` (depth ≤ 4), never a
 * subject and never one of the sources. Bounded by the clause's size: linear overall.
 */
export function firstActorAfter(c: Ctx, clause: number, from: number, sources: readonly Actor[], places: Actor[] = [], locativeIsPlace = false): Actor[] {
  const t = c.t;
  const found: number[] = [];
  // (the depth-first stack as two parallel lists, popped in the same order: no pair allocated per token)
  const nodes: number[] = [clause];
  const depths: number[] = [0];
  let visited = 0;
  while (nodes.length && visited < 200) {
    const x = nodes.pop()!;
    const d = depths.pop()!;
    visited++;
    for (const k of t.kids(x)) {
      const dep = t.dep(k);
      // a coordinated or appended clause tells another act; an appended noun phrase ("wounded twenty,
      // an attack on the Taliban", parataxis or conj as the parser has it) restates this one
      if (dep.startsWith('nsubj') || dep === 'punct' || ((dep === 'parataxis' || dep === 'conj') && t.isVerbal(k))) continue;
      // "protesting since June, when their government proposed a bill that would allow China…": a time
      // clause with a subject of its own tells another act, whose parties are not this one's
      if (baseDep(dep) === 'advcl' && t.kid(k, 'nsubj') >= 0 && TEMPORAL_CONNECTIVES.has(t.markOf(k) ?? firstAdverb(t, k))) continue;
      // a compound or flat word is read with the phrase it belongs to ("the West Bank" is not "West")
      if (k > from && (t.tok(k).pos === 'PROPN' || t.tok(k).pos === 'NOUN') && !(dep === 'compound' || dep.startsWith('flat'))) found.push(k);
      if (d < 4) {
        nodes.push(k);
        depths.push(d + 1);
      }
    }
  }
  found.sort((a, b) => a - b);
  for (const k of found) {
    // "…, according to diplomats": the source of the report is never a party to the event
    if (inAttribution(c, k)) continue;
    // "rallied … in support of President Trump": whom a protest backs is not whom it is against
    if (locativeIsPlace && inSupportOf(t, k, clause)) continue;
    // "banned in public offices during Ben Ali's presidency": a time phrase says when, not against whom
    if (inDurationPhrase(t, k, clause)) continue;
    const all = c.r.resolve(k);
    // "accused of crimes from Hong Kong", "marched from Victoria Park": a place in a from-phrase on the
    // trigger itself, scanned past the frame's slots (a frame wanting a from-party names p:from), is an
    // origin, not a party ("seized from UN peacekeepers" is a party; "willing to withdraw its troops
    // from Lebanon" sits on a complement; on a noun a place may name an author: "the claim from Berlin")
    if (t.caseOf(k) === 'from' && t.head(k) === from && baseDep(t.dep(k)) === 'obl' && all.length && all.every((x) => isPlaceEntity(c, x))) continue;
    // "spread to the outskirts of Khartoum": a place owning a thing that is no actor is where it is
    const owner = t.caseOf(k) === 'of' && t.head(k) >= 0 && !c.r.resolve(t.head(k)).length;
    // scanning past a protest's own slots, a state named in a locative phrase is where it was held,
    // not whom it addressed ("blocked streets in Hong Kong in defiance of Chinese authorities",
    // "rioted at a jail in East Timor's capital"): it stays a place (the context target when no
    // party follows). Other roots keep it: the GSR codes "sent inspectors to a facility in Iran",
    // "demanded parties to the conflict in Iraq" with the place's state as target.
    const locative = locativeIsPlace && LOCATIVE.has(t.caseOf(k) ?? '');
    const mere = all.filter((x) => isMerePlace(c, x, owner) || (locative && isPlaceEntity(c, x)));
    places.push(...mere.filter((x) => x.country));
    // an ethnic group coded by its state of residence may act against that state ("ethnic Turks …
    // protest against Sweden's decision"): only its own mention is excluded, not its code
    const keep = (x: Actor) => x.political && !isSourcesOwn(c, x, sources) && !sources.some((s) => sameActor(s, x) || (!s.ethnic && s.actor_code !== null && s.actor_code === x.actor_code));
    const a = all.filter((x) => keep(x) && !mere.includes(x));
    // "named both the PKK and the YPG as terrorists": the first actor's coordinated nouns are
    // parties of the same act (a coordinated clause is not: verbs were skipped above)
    if (!a.length) continue;
    // (from the name's head: "the Kurdistan Workers' Party" is found at "Workers")
    let h = k;
    const ent = c.r.entityAt(k);
    while (ent && t.head(h) >= 0 && c.r.entityAt(t.head(h)) === ent && /^(nmod:poss|compound|flat)/.test(t.dep(h))) h = t.head(h);
    // (a conjunct the resolver cannot read may be named by its abbreviation: "People's Protection Units (YPG)")
    const named = (j: number) => {
      const own = c.r.resolve(j);
      return own.length ? own : t.kidsWhere(j, (d) => d === 'appos').flatMap((x) => c.r.resolve(x));
    };
    return [...a, ...t.conjuncts(h).filter((j) => j !== h && !t.isVerbal(j)).flatMap((j) => named(j).filter((x) => keep(x) && !isMerePlace(c, x)))];
  }
  return [];
}

/** prepositions of a phrase that only dates the act ("during X's presidency", "throughout the war") */
const DURATION_CASES: ReadonlySet<string> = new Set(['during', 'throughout']);

/**
 * Token k heads or owns the head of a during/throughout phrase (within 3 steps below `clause`):
 * "during Ben Ali's presidency", "during the rule of X", "during the Trump administration" date the
 * act by its owner. A party of an act the phrase names is still one ("during demonstrations against
 * the Israeli military", "during talks with Iran").
 */
function inDurationPhrase(t: DepTree, k: number, clause: number): boolean {
  for (let x = k, n = 0; x >= 0 && x !== clause && n < 4; x = t.head(x), n++) {
    if (DURATION_CASES.has(t.caseOf(x) ?? '')) return true;
    const d = t.dep(x);
    if (!(d === 'nmod:poss' || d === 'compound' || d.startsWith('flat') || (baseDep(d) === 'nmod' && (t.caseOf(x) ?? 'of') === 'of'))) return false;
  }
  return false;
}

/** nouns of an "in support of X" / "in solidarity with X" phrase: X is backed, not opposed */
const BACKING_NOUNS: ReadonlySet<string> = new Set(['support', 'solidarity', 'favor', 'favour', 'defence', 'defense', 'honor', 'honour', 'memory']);

/** token k sits (within 3 steps below `clause`) in an in-phrase headed by a backing noun */
export function inSupportOf(t: DepTree, k: number, clause: number): boolean {
  for (let x = k, n = 0; x >= 0 && x !== clause && n < 4; x = t.head(x), n++) {
    if (BACKING_NOUNS.has(t.lemma(x)) && t.caseOf(x) === 'in') return true;
  }
  return false;
}

/** the trigger carries an "in support of …" phrase: a protest backing someone is aimed at no one by default */
export function backsSomeone(t: DepTree, p: number): boolean {
  // (on the trigger, or on one of its phrases: "rallied at a square … in support of X" hung on the square)
  const backing = (k: number) => BACKING_NOUNS.has(t.lemma(k)) && t.caseOf(k) === 'in';
  return t.kids(p).some((k) => backing(k) || (/^(obl|nmod)/.test(t.dep(k)) && t.kidsWhere(k, (d) => d.startsWith('nmod')).some(backing)));
}

const MAX_PLACE_SCAN = 120;

/** codes whose missing target is the state of the place the sentence names */
export const HOST_FROM_PLACE = new Set(['042']);

/** The first in/to place among the first 120 tokens of a sentence whose state is not a source's ("in Tokyo" → JPN). */
export function sentencePlace(c: Ctx, sentence: Sentence, sources: readonly Actor[]): Actor | null {
  const t = c.t;
  // bounded so a run of visit nouns in one huge "sentence" stays linear
  for (let k = sentence.tokenStart; k < Math.min(sentence.tokenEnd, sentence.tokenStart + MAX_PLACE_SCAN); k++) {
    const cw = t.kid(k, 'case');
    if (cw < 0 || !['in', 'to'].includes(t.lower(cw))) continue;
    const place = locationAt(c, k);
    if (place && !sources.some((a) => a.country === place.country)) return place;
  }
  return null;
}

/** case words of a phrase that names where a use of force went ("an incursion into northeast Syria") */
const FORCE_PLACE_CASES = new Set(['in', 'into', 'to', 'on', 'at', 'inside', 'across', 'near']);

/**
 * The state a use of force with no named target was aimed at, from the sentence before ("Both
 * nations spoke of an incursion into northeast Syria. On Wednesday, Turkey began a military
 * offensive." → SYR): the first place there in an in/into/to/on… phrase whose state is none of the
 * sources' (each source must have a country: a doer of unknown state is not placed). Null when none.
 */
export function previousSentencePlace(c: Ctx, sentence: Sentence, sources: readonly Actor[]): Actor | null {
  const t = c.t;
  if (!sources.length || sources.some((a) => !a.country)) return null;
  const prev = t.doc.sentences[t.tok(sentence.tokenStart).sent - 1];
  if (!prev) return null;
  for (let k = prev.tokenStart; k < Math.min(prev.tokenEnd, prev.tokenStart + MAX_PLACE_SCAN); k++) {
    if (t.tok(k).pos !== 'PROPN' || !FORCE_PLACE_CASES.has(t.caseOf(k) ?? '')) continue;
    const place = locationAt(c, k);
    if (place && !sources.some((a) => a.country === place.country)) return place;
  }
  return null;
}

export function locationAt(c: Ctx, k: number): Actor | null {
  const a = c.r.resolve(k).find((x) => x.country && isCountryCode(x.country) && x.origin !== 'sector-phrase');
  if (!a || !a.country) return null;
  const ent = a.entity ? c.byId.get(a.entity) : null;
  if (ent && !PLACE_TYPES.has(ent.type)) return null;
  return { ...a, actor_code: a.country, rule: 'sentence-place', origin: 'sentence-place' };
}

/** What the target search found for a trigger. */
export interface TargetSearch {
  readonly targets: Actor[];
  /** "X and Y met": the sources are each other's targets */
  readonly recip: boolean;
  /** the token a slot filled (-1 when none did) */
  readonly targetTok: number;
  /** the frame needs no target (or a slot says so) */
  readonly noneOk: boolean;
  /** the target is the first actor after the trigger in its clause (rule suffix +clause-target) */
  readonly deep: boolean;
  /** places a slot or the clause named (locations, not targets): the state of the first may be a context target */
  readonly places: readonly Actor[];
}

/** case words whose phrase is never a relaxed target */
const NOT_A_RELAXED_TARGET = new Set(['by', 'from', ...LOCATIVE]);
/** relations that open a clause with its own subject */
const CLAUSE_DEPS = new Set(['acl', 'ccomp', 'advcl', 'parataxis', 'csubj']);

function nearAfter(c: Ctx, p: number, head: number): boolean {
  // an agent ("released by the Court") or a place ("criticism within Serbia", "plans for peace in Ukraine") is no target
  const cs = c.t.caseOf(head);
  if (cs !== null && NOT_A_RELAXED_TARGET.has(cs)) return false;
  if (head <= p) return false;
  // not inside a clause of its own below the trigger ("withdraw a bill that would have allowed
  // China", "argued that … in parliament"); a controlled verb ("refused to commit to") is no such clause
  for (let x = head, n = 0; x >= 0 && x !== p && n < 8; x = c.t.head(x), n++) if (x !== head && CLAUSE_DEPS.has(baseDep(c.t.dep(x)))) return false;
  return true;
}

/**
 * evaluation classes (evaluation-words.tsv) whose whole phrase names whom they are of ("pained to hear
 * of the death of X", "X had been an iconic leader"); in an accusation or criticism the phrase may name
 * the wronged ("a violation of Iraqi sovereignty"): only its owner is the accused ("Iran's doing")
 */
const PHRASE_NAMES_PARTY: ReadonlySet<string> = new Set(['sympathy', 'praise', 'apology']);

/** the trigger's object is an act noun ("condemned the attack"): act-owner.ts aims the reaction at its author */
function reactsToActNoun(c: Ctx, p: number): boolean {
  const o = objectOf(c.t, p);
  return o >= 0 && c.lex.words.actNouns.has(c.t.lemma(o));
}

/** The targets of trigger `p` under frame `f`: the frame's slots, fallback slots, then the clause. */
export function findTargets(c: Ctx, p: number, f: Frame, sources: readonly Actor[], relaxed = false): TargetSearch {
  const t = c.t;
  const noun = f.pos === 'N';
  let targets: Actor[] = [];
  let recip = false;
  let targetTok = -1;
  let noneOk = f.targetOptional;
  let weak: Actor[] = [];
  const places: Actor[] = [];
  for (const slot of f.targets) {
    const res = findSlot(t, p, slot, noun);
    if (!res) continue;
    if (res.kind === 'none') {
      noneOk = true;
      break;
    }
    if (res.kind === 'recip') {
      if (sources.length >= 2) {
        recip = true;
        break;
      }
      continue;
    }
    if (inAttribution(c, res.token)) continue;
    const before = places.length;
    const all = targetActors(c, res.token, places);
    const acts = all.filter((a) => !isSourcesOwn(c, a, sources));
    // "willing to withdraw its troops from Lebanon": the source's own forces are what it acts with,
    // not on — the slot fired, and the party is looked for further on
    if (all.length && !acts.length) {
      if (targetTok < 0) targetTok = res.token;
      continue;
    }
    // the slot named only a place: a location, as if the slot were empty
    if (!acts.length && places.length > before) continue;
    if (acts.some((a) => a.political)) {
      targets = acts;
      targetTok = res.token;
      break;
    }
    // a bare group ("the workers", "troops") is kept only if no slot names a political actor
    if (acts.length && !weak.length) weak = acts;
    if (targetTok < 0) targetTok = res.token;
  }
  if (f.constraint.kind === 'content' && !targets.some((a) => a.political && !sources.some((s) => sameActor(s, a))) && !reactsToActNoun(c, p)) {
    // an evaluation whose slots name nobody but the speaker ("tweeted he was pained to hear about the
    // demise of X", "said the crash was Iran's doing") is of the party its evaluation word's phrase names
    // (a reaction to an act named as the object finds the act's author instead: act-owner.ts)
    const w = evaluationWordAt(t, p, f.constraint.phrases);
    const of = w >= 0 ? evaluatedActors(c, w, PHRASE_NAMES_PARTY.has(f.constraint.cls), (a) => a.political && !isMerePlace(c, a) && !isSourcesOwn(c, a, sources) && !sources.some((s) => sameActor(s, a))) : [];
    if (of.length) {
      targets = of;
      targetTok = w;
    }
  }
  // "sent the police a plan, which they rejected": the thing responded to is no party, its giver is
  if (!targets.length && !recip && !noun) {
    const tr = respondedTransfer(t, p, f.cameo);
    if (tr) targets = actorsOf(c, tr.giver).filter((a) => a.political && !sources.some((s) => sameActor(s, a)));
  }
  if (!targets.length && !recip && (targetTok >= 0 || noneOk)) {
    // the frame's own slots found no actor (but the frame did fire: a slot is filled, or none is needed): look where targets of complex predicates usually sit
    // ("threatened to cut off electricity to Nakhichevan", "threatened action against Russia")
    for (const slot of FALLBACK_SLOTS) {
      const res = findSlot(t, p, slot, noun);
      if (!res || res.kind !== 'token' || inAttribution(c, res.token)) continue;
      const acts = targetActors(c, res.token, places).filter((a) => a.political && !isSourcesOwn(c, a, sources) && !sources.some((s) => sameActor(s, a)));
      if (acts.length) {
        targets = acts;
        targetTok = res.token;
        break;
      }
    }
  }
  // a frame that needs a target and found no slot at all did not fire as this frame
  if (!targets.length && weak.length) targets = weak;
  let deep = false;
  // relaxed: no frame of the trigger fired with its own slots (the parser misplaced the argument:
  // "extradited X to Britain" with the to-phrase on X) — the clause's first actor after the trigger
  // an admission (015) is aimed at no one: the admitted act is kept as an event of its own (filters.ts) and carries
  // the victim, so the first actor after "admitted" would only repeat that act's target
  if (!targets.some((a) => a.political) && !recip && f.cameo !== '015' && (targetTok >= 0 || noneOk || relaxed)) {
    // still no political target: the first actor after the trigger inside its own clause
    // ("began a hunger strike to protest against Sweden's decision") — PETRARCH's "first actor after the verb"
    let after = firstActorAfter(c, noun ? (governingVerb(t, p) >= 0 ? governingVerb(t, p) : p) : p, p, sources, places, f.cameo.startsWith('14'));
    // relaxed, the actor must stand close after the trigger with no comma between: a misattached
    // argument, not a party of a later phrase ("withdraw a bill that would have allowed China")
    if (relaxed && !after.every((a) => nearAfter(c, p, a.head))) after = [];
    if (after.length) {
      targets = after;
      deep = true;
    }
  }
  if (!targets.some((a) => a.political) && !recip && f.cameo.startsWith('11') && !reactsToActNoun(c, p)) {
    const said = elaborationTarget(c, p, sources);
    if (said.length) targets = said;
  }
  return { targets, recip, targetTok, noneOk, deep, places };
}

/** how far after a criticism its elaborating colon may stand (tokens) */
const ELABORATION_REACH = 12;

/**
 * "Trump responded …, attacking the subpoena as a political strategy: 'The Radical Left Democrats have
 * failed on all fronts …'": a criticism that names no party, followed in its sentence by a colon and
 * the words that say what it criticises, is aimed at the party those words make their subject — the
 * first subject after the colon that is a political actor other than the critic (not a place: "…:
 * 'Paris is mourning'").
 */
function elaborationTarget(c: Ctx, p: number, sources: readonly Actor[]): Actor[] {
  const t = c.t;
  const sent = t.tok(p).sent;
  let colon = -1;
  for (let k = p + 1; k < t.doc.tokens.length && k <= p + ELABORATION_REACH && t.tok(k).sent === sent; k++) {
    if (t.tok(k).form === ':') {
      colon = k;
      break;
    }
  }
  // (the criticism names what it criticises before the colon: "wrote on Twitter: '…'" introduces
  // its own words, no elaboration of an object)
  const o = objectOf(t, p);
  if (colon < 0 || o < 0 || o > colon) return [];
  for (let k = colon + 1; k < t.doc.tokens.length && t.tok(k).sent === sent; k++) {
    if (!/^nsubj/.test(t.dep(k)) || isPronoun(t, k)) continue;
    const a = actorsOf(c, k).filter((x) => x.political && !isMerePlace(c, x) && !isPlaceEntity(c, x) && !sources.some((s) => sameActor(s, x)) && !isSourcesOwn(c, x, sources));
    if (a.length) return a;
  }
  return [];
}

/** a target the context gives (the state an act happens in, a visit's host place), not one the text names as a party */
export function isContextTarget(a: Actor): boolean {
  return a.origin === 'place' || a.origin === 'sentence-place';
}
