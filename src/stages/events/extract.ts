// Builds events sentence by sentence: frame candidates (match-frames) → source and target heads
// from the parse (roles) → actors (resolve-actor) → place, negation, modality → CAMEO intent/threat
// recoding → one event per source×target pair (coordination gives several; "X and Y met" gives
// both directions) → duplicates merged. A sentence that matches no frame yields nothing: there is
// no fallback code.
import type { Doc, Entity, EventParty, NewsEvent, Sentence } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import { cameoInfo, type Frame, type TargetSlot } from './lexicon.js';
import { actorLexicon } from './actor-words.js';
import { locationOf, type Place } from './location.js';
import { isAmount, matchFrames } from './match-frames.js';
import { mergeDuplicates } from './merge-duplicates.js';
import { isDayWord } from '../time/lexicon.js';
import { hasUltimatum, isNegated, modalityOf, QuoteIndex, underNegativeGovernor } from './modality.js';
import { recodeForModality } from './recode-intent.js';
import { ActorResolver, type Actor } from './resolve-actor.js';
import { complementOf, findSlot, governingSubject, governingVerb, objectOf, subjectOf } from './roles.js';
import { baseDep, DepTree } from './tree.js';

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

const PLACE_TARGET_ROOTS = new Set(['08', '14', '15', '17', '18', '19', '20']);

const NO_PARTY: EventParty = { entity: null, actor_code: null, mention: null };
/** evidence reaches to the end of a following target mention at most this far (UTF-16 units) */
const MAX_EVIDENCE = 160;

interface Ctx {
  readonly t: DepTree;
  readonly r: ActorResolver;
  readonly quotes: QuoteIndex;
  /** the entities with a mention inside a sentence */
  readonly sentenceEntities: (s: Span) => readonly Entity[];
  /** seat city → the IGO entity seated there, for the IGOs this document names */
  readonly seats: ReadonlyMap<string, Entity>;
  /** entity id → entity */
  readonly byId: ReadonlyMap<string, Entity>;
}

function seatIndex(doc: Doc): Map<string, Entity> {
  const out = new Map<string, Entity>();
  for (const [city, code] of actorLexicon().seats) {
    const igo = doc.entities.find((e) => e.actor_code === code);
    if (igo) out.set(city, igo);
  }
  return out;
}

/**
 * "demanded that Brussels lift them" in a story about EU sanctions: a seat city as an actor stands
 * for the IGO seated there when the document names that IGO (data/events/actor-words.tsv, kind seat);
 * places ("talks in Brussels") are untouched because only actors pass through here.
 */
function seatAsIgo(c: Ctx, actors: Actor[]): Actor[] {
  if (!c.seats.size) return actors;
  return actors.map((a) => {
    const igo = c.seats.get(c.t.doc.text.slice(a.mention.start, a.mention.end));
    return igo ? { ...a, entity: igo.id, actor_code: igo.actor_code ?? null, country: null, political: true, rule: `${a.rule}+seat-as-igo` } : a;
  });
}

/** Frames that read their target or constraint inside a complement own that complement's event. */
function consumedBy(t: DepTree, p: number, f: Frame): number[] {
  const out: number[] = [];
  const viaX = f.constraint.kind === 'xcomp' || f.targets.some((s) => s.kind === 'via' && s.via === 'x');
  const viaC = f.constraint.kind === 'ccomp' || f.targets.some((s) => s.kind === 'via' && s.via === 'c');
  const viaObj = f.targets.some((s) => s.kind === 'via' && s.via === 'obj');
  if (viaX) out.push(complementOf(t, p));
  if (viaC) out.push(t.kid(p, 'ccomp'));
  if (f.pos === 'V') {
    // the object is part of the verb's event: "halted military aid" is one event, not also an "aid" event
    const o = objectOf(t, p);
    if (o >= 0 && (viaObj || !t.isVerbal(o))) out.push(o, ...t.kidsWhere(o, (d) => d === 'conj'));
    // "pledged $40 million in food aid": what an amount measures is the same event
    if (o >= 0 && isAmount(t, o)) out.push(...t.kidsWhere(o, (d) => d === 'nmod' || d === 'obl'));
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
  // "marched through Belgrade to protest against corruption": the purpose of a protest act is that act
  if (root === '14') for (const a of t.kidsWhere(p, (d) => d === 'advcl' || d === 'xcomp')) if (t.markOf(a) === 'to') out.push(a);
  return out.filter((x) => x >= 0);
}

const TEMPORAL_MARKS = new Set(['after', 'before', 'while', 'when', 'since', 'upon', 'during']);

/** time words a parser may take for a subject */

function isPronoun(t: DepTree, i: number): boolean {
  return t.tok(i).pos === 'PRON' || (t.tok(i).pos === 'DET' && t.dep(i) === 'nmod:poss');
}

function actorsOf(c: Ctx, tok: number): Actor[] {
  if (tok < 0) return [];
  const out: Actor[] = [];
  for (const h of c.t.conjuncts(tok)) out.push(...c.r.resolve(h));
  return out;
}

/** An unresolved pronoun subject inside a reported clause stands for the speaker ("Iran said it would retaliate"). */
function pronounFallback(c: Ctx, p: number): Actor[] {
  const t = c.t;
  let x = p;
  if (x < 0) return [];
  for (let hop = 0; hop < 4; hop++) {
    const b = baseDep(t.dep(x));
    if (b !== 'ccomp' && b !== 'conj' && b !== 'advcl' && b !== 'xcomp' && b !== 'parataxis') return [];
    x = t.head(x);
    if (x < 0) return [];
    const s = subjectOf(t, x);
    if (s >= 0 && !isPronoun(t, s)) return actorsOf(c, s).filter((a) => a.political);
  }
  return [];
}

const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'outside']);

function isLocativeModifier(t: DepTree, k: number): boolean {
  const b = baseDep(t.dep(k));
  if (b !== 'nmod' && b !== 'obl') return false;
  const c = t.kid(k, 'case');
  return c >= 0 && LOCATIVE.has(t.lower(c));
}

/** words that make a statement about nobody in particular ("Nobody has the right to attack…") */
const NEGATIVE_SUBJECTS = new Set(['nobody', 'noone', 'none', 'no-one']);
/** nouns whose infinitive is a generic entitlement, not an act ("the right to protest") */
const GENERIC_NOUNS = new Set(['right', 'freedom', 'ability', 'capacity', 'power', 'authority']);

/**
 * A trigger that states no act: under a negative-quantifier subject within three clause hops, or the
 * infinitive of an entitlement noun ("the right to attack").
 */
function isGenericStatement(t: DepTree, p: number): boolean {
  // "any attack on Indian posts would be met…": a noun under any/no/every names no particular act
  const det = t.kid(p, 'det');
  if (t.tok(p).pos === 'NOUN' && det >= 0 && ['any', 'no', 'every'].includes(t.lower(det))) return true;
  let x = p;
  for (let hop = 0; hop < 4 && x >= 0; hop++) {
    const s = subjectOf(t, x);
    if (s >= 0 && (NEGATIVE_SUBJECTS.has(t.lower(s)) || (t.lower(s) === 'one' && t.kid(s, 'det') >= 0 && t.lower(t.kid(s, 'det')) === 'no'))) return true;
    const h = t.head(x);
    if (h < 0) break;
    if (baseDep(t.dep(x)) === 'acl' && GENERIC_NOUNS.has(t.lemma(h)) && t.kid(x, 'mark') >= 0 && t.lower(t.kid(x, 'mark')) === 'to') return true;
    const b = baseDep(t.dep(x));
    if (b !== 'xcomp' && b !== 'acl' && b !== 'conj' && b !== 'obj' && b !== 'advcl') break;
    x = h;
  }
  return false;
}

/** "Arsenal beat Chelsea 3-1": a score beside a force verb marks a match report, not an assault */
const SCORE = /\b\d{1,2}\s?[-–]\s?\d{1,2}\b/;

function isSportsScore(t: DepTree, p: number, sentence: Span): boolean {
  const text = t.doc.text.slice(t.tok(p).end, Math.min(sentence.end, t.tok(p).end + 60));
  return SCORE.test(text);
}

/** "would be met with a military response": a passive meet with a with-phrase is a reaction, not a meeting */
function isPassiveMetWith(t: DepTree, p: number, f: Frame): boolean {
  return f.cameo.startsWith('04') && f.pos === 'V' && t.isPassive(p) && t.prepKids(p, 'with').length > 0;
}

/** Up to 8 tokens back in the same sentence, stopping at a clause break: the first political actor head. */
function nearestActorBefore(c: Ctx, p: number, hadSubject = false): Actor[] {
  const t = c.t;
  const d = baseDep(t.dep(p));
  // only verbs that should have had their own subject: not controlled, coordinated or adverbial ones
  // (a verb the parser gave a time word as subject did have one)
  if (!hadSubject && (d === 'xcomp' || d === 'conj' || d === 'advcl' || d === 'acl')) return [];
  const finite = t.kid(p, 'aux') >= 0 || ['VBD', 'VBZ', 'VBP'].includes(t.tok(p).xpos);
  if (!finite) return [];
  const sent = t.tok(p).sent;
  for (let k = p - 1; k >= 0 && k >= p - 8; k--) {
    const tok = t.tok(k);
    if (tok.sent !== sent || tok.form === ';' || tok.form === ':' || tok.pos === 'VERB') break;
    if (tok.pos !== 'PROPN' && tok.pos !== 'NOUN') continue;
    // "the EU delegation in Belgrade called…": a place in a locative phrase is where the actor is, not the actor
    if (isLocativeModifier(t, k)) continue;
    // the head of the phrase this word belongs to
    let h = k;
    while (t.head(h) >= 0 && t.head(h) < p && /^(compound|flat|amod)/.test(t.dep(h))) h = t.head(h);
    const a = c.r.resolve(h).filter((x) => x.political);
    if (a.length) return a;
  }
  return [];
}

function sourcesOf(c: Ctx, p: number, f: Frame): { actors: Actor[]; passiveAgentless: boolean; nearest?: boolean } {
  const t = c.t;
  if (f.pos !== 'N') {
    let s = subjectOf(t, p);
    // "he is prepared to…", "Iran is ready to…": an adjective frame parsed as an agentless passive
    // still has its subject as the actor
    if (s < 0 && f.pos === 'A' && t.isPassive(p)) s = t.kid(p, 'nsubj:pass');
    // "Syrian officers today ended…" parsed with "today" as the subject: a time word is no subject
    // (a bare one: "A top U.S. official today" parsed with "today" heading the phrase is kept)
    const timeSubject = s >= 0 && isDayWord(t.lower(s)) && t.kids(s).length === 0;
    if (timeSubject) s = -1;
    // "announced the funds after meeting Wanjala": a temporal participle clause has the subject of the
    // clause it hangs from, however the parser attached it
    // (an acl read as modifying the noun it hangs from — "funds … meeting" — is not the noun's act)
    if ((s < 0 || s === t.head(p)) && TEMPORAL_MARKS.has(t.markOf(p) ?? '') && /^(acl|advcl)/.test(t.dep(p))) {
      s = -1;
      for (let h = t.head(p), hop = 0; h >= 0 && hop < 3 && s < 0; h = t.head(h), hop++) if (t.isVerbal(h)) s = subjectOf(t, h);
    }
    let actors = actorsOf(c, s);
    if (!actors.length && s >= 0 && isPronoun(t, s)) actors = pronounFallback(c, p);
    if (s < 0 && !(t.isPassive(p) && f.pos !== 'A')) {
      // a finite verb the parser left without any subject ("… as the Trump administration has ruled
      // out …" parsed with the subject inside the previous phrase): the nearest actor before it
      const near = nearestActorBefore(c, p, timeSubject);
      if (near.length) return { actors: near, passiveAgentless: false, nearest: true };
    }
    return { actors, passiveAgentless: s < 0 && t.isPassive(p) };
  }
  // noun trigger: possessor ("Healey's visit"), by-phrase, else the governing clause's subject
  const poss = t.kid(p, 'nmod:poss');
  if (poss >= 0) {
    const a = actorsOf(c, poss);
    if (a.length) return { actors: a, passiveAgentless: false };
  }
  const by = t.prepKids(p, 'by');
  if (by.length) {
    const a = actorsOf(c, by[0]!);
    if (a.length) return { actors: a, passiveAgentless: false };
  }
  // "the Israeli blockade of Gaza", "U.S. sanctions on Iran": a nationality on the noun is its agent
  const mods = c.r.modifierCountries(p);
  if (mods.length) return { actors: mods, passiveAgentless: false };
  const g = governingSubject(t, p);
  let actors = actorsOf(c, g);
  if (!actors.length && g >= 0 && isPronoun(t, g)) actors = pronounFallback(c, governingVerb(t, p));
  return { actors, passiveAgentless: g < 0 };
}

/** Target actors at a head: its coordinated heads, each resolved, else their owner ("the proposal of Iran", "Iran's plan"). */
function targetActors(c: Ctx, tok: number): Actor[] {
  const t = c.t;
  const out: Actor[] = [];
  for (const h of t.conjuncts(tok)) {
    const a = c.r.resolve(h);
    if (a.length) {
      out.push(...a);
      continue;
    }
    // the owner of a thing acted upon: "Iran's plan", "the proposal of Iran", "calls by Belarus", "an offer from Kabul"
    const owner = t.kid(h, 'nmod:poss');
    const of = owner >= 0 ? owner : (t.prepKids(h, 'of')[0] ?? t.prepKids(h, 'by')[0] ?? t.prepKids(h, 'from')[0] ?? -1);
    const owned = of >= 0 ? c.r.resolve(of) : [];
    if (owned.length) {
      out.push(...owned);
      continue;
    }
    // "a U.S. request", "an Australian ultimatum", "Israeli towns": the nationality of the thing
    out.push(...c.r.modifierCountries(h));
  }
  return out;
}

/**
 * The first political actor after `from` among the descendants of `clause` (depth ≤ 4), never a
 * subject and never one of the sources. Bounded by the clause's size: linear overall.
 */
function firstActorAfter(c: Ctx, clause: number, from: number, sources: readonly Actor[]): Actor[] {
  const t = c.t;
  const found: number[] = [];
  const stack: Array<[number, number]> = [[clause, 0]];
  let visited = 0;
  while (stack.length && visited < 200) {
    const [x, d] = stack.pop()!;
    visited++;
    for (const k of t.kids(x)) {
      const dep = t.dep(k);
      if (dep.startsWith('nsubj') || dep === 'punct' || dep === 'parataxis' || (dep === 'conj' && t.isVerbal(k))) continue;
      // a compound or flat word is read with the phrase it belongs to ("the West Bank" is not "West")
      if (k > from && (t.tok(k).pos === 'PROPN' || t.tok(k).pos === 'NOUN') && !(dep === 'compound' || dep.startsWith('flat'))) found.push(k);
      if (d < 4) stack.push([k, d + 1]);
    }
  }
  found.sort((a, b) => a - b);
  for (const k of found) {
    const a = c.r.resolve(k).filter((x) => x.political && !sources.some((s) => sameActor(s, x) || (s.actor_code !== null && s.actor_code === x.actor_code)));
    if (a.length) return a;
  }
  return [];
}

function withPlace(a: Actor, place: Place | null): Actor {
  // an ethnic group acting or acted upon in another state is coded by that state ("ethnic Albanians
  // demonstrated in Serbia" → SRB), as CAMEO codes minorities
  if (a.ethnic && place?.country && /^[A-Z]{3}$/.test(place.country) && a.country !== place.country && a.actor_code && a.country) {
    return { ...a, actor_code: place.country + a.actor_code.slice(a.country.length), country: place.country, rule: `${a.rule}+ethnic-place` };
  }
  if (a.country || !place?.country || !a.actor_code || a.origin !== 'sector-phrase') return a;
  // a bare group noun takes the country of the place it acts in ("police in Jericho")
  return { ...a, actor_code: place.country + a.actor_code, country: place.country, political: true, rule: `${a.rule}+place` };
}

/** Entities by sentence (by each mention's start), built once per document. */
function sentenceEntityIndex(doc: Doc): (s: Span) => readonly Entity[] {
  const starts = doc.sentences.map((x) => x.start);
  const by = new Map<number, Entity[]>();
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= m.start) lo = mid;
        else hi = mid - 1;
      }
      const key = starts[lo] ?? 0;
      const l = by.get(key) ?? [];
      if (l[l.length - 1] !== e) l.push(e);
      by.set(key, l);
    }
  }
  return (s) => by.get(s.start) ?? [];
}

/** The one country the entities of a sentence name (places and nationalities), else null. */
function soleCountry(c: Ctx, sentence: Span): string | null {
  let only: string | null = null;
  for (const e of c.sentenceEntities(sentence)) {
    if ((e.type !== 'GPE' && e.type !== 'NORP') || !e.country || !/^[A-Z]{3}$/.test(e.country)) continue;
    if (only && only !== e.country) return null;
    only = e.country;
  }
  return only;
}

function party(a: Actor | null): EventParty {
  return a ? { entity: a.entity, actor_code: a.actor_code, mention: a.mention } : NO_PARTY;
}

function sameActor(a: Actor, b: Actor): boolean {
  if (a.entity && b.entity) return a.entity === b.entity;
  return a.actor_code === b.actor_code && a.mention.start === b.mention.start && a.mention.end === b.mention.end;
}

const SPEECH_VERBS = new Set(['say', 'tell', 'warn', 'announce', 'declare', 'state', 'insist', 'add']);

/**
 * "Mahamat told state television that Chad would quit the AU if…": a threat reported from a person
 * speaking for the state that would carry it out is that person's act (the threat is the speech).
 */
function speakerForThreat(c: Ctx, p: number, sources: Actor[]): Actor[] {
  const t = c.t;
  // the reported clause hangs from the speech verb, or (mis-parsed "told reporters that …" as a
  // relative clause) from its addressee
  let v = -1;
  for (let x = p, hop = 0; hop < 2 && x >= 0; hop++) {
    const b = baseDep(t.dep(x));
    if (b !== 'ccomp' && b !== 'acl' && b !== 'iobj' && b !== 'obj') break;
    x = t.head(x);
    if (x >= 0 && SPEECH_VERBS.has(t.lemma(x))) {
      v = x;
      break;
    }
  }
  if (v < 0) return sources;
  const speaker = actorsOf(c, subjectOf(t, v)).filter((a) => a.entity && c.byId.get(a.entity)?.type === 'PERSON');
  if (speaker.length !== 1 || !sources.length) return sources;
  const sp = speaker[0]!;
  if (!sources.every((a) => !a.entity || c.byId.get(a.entity)?.type !== 'PERSON')) return sources;
  return sources.every((a) => a.country && a.country === sp.country) ? [sp] : sources;
}

const MAX_PLACE_SCAN = 120;

/** codes whose missing target is the state of the place the sentence names */
const HOST_FROM_PLACE = new Set(['042']);

/** The first in/to place among the first 120 tokens of a sentence whose state is not a source's ("in Tokyo" → JPN). */
function sentencePlace(c: Ctx, sentence: Sentence, sources: readonly Actor[]): Actor | null {
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

function locationAt(c: Ctx, k: number): Actor | null {
  const a = c.r.resolve(k).find((x) => x.country && /^[A-Z]{3}$/.test(x.country) && x.origin !== 'sector-phrase');
  if (!a || !a.country) return null;
  const ent = a.entity ? c.byId.get(a.entity) : null;
  if (ent && ent.type !== 'GPE' && ent.type !== 'LOC') return null;
  return { ...a, actor_code: a.country, rule: 'sentence-place', origin: 'sentence-place' };
}

function eventsAt(c: Ctx, p: number, f: Frame, sentence: Sentence): NewsEvent[] {
  const t = c.t;
  if (isGenericStatement(t, p) || isPassiveMetWith(t, p, f)) return [];
  if (f.cameo >= '18' && isSportsScore(t, p, sentence)) return [];
  const noun = f.pos === 'N';
  const src = sourcesOf(c, p, f);
  let sources = src.actors;
  let targets: Actor[] = [];
  let recip = false;
  let targetTok = -1;
  let noneOk = f.targetOptional;
  let weak: Actor[] = [];
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
    const acts = targetActors(c, res.token);
    if (acts.some((a) => a.political)) {
      targets = acts;
      targetTok = res.token;
      break;
    }
    // a bare group ("the workers", "troops") is kept only if no slot names a political actor
    if (acts.length && !weak.length) weak = acts;
    if (targetTok < 0) targetTok = res.token;
  }
  if (!targets.length && !recip && (targetTok >= 0 || noneOk)) {
    // the frame's own slots found no actor (but the frame did fire: a slot is filled, or none is needed): look where targets of complex predicates usually sit
    // ("threatened to cut off electricity to Nakhichevan", "threatened action against Russia")
    for (const slot of FALLBACK_SLOTS) {
      const res = findSlot(t, p, slot, noun);
      if (!res || res.kind !== 'token') continue;
      const acts = targetActors(c, res.token).filter((a) => a.political && !sources.some((s) => sameActor(s, a)));
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
  if (!targets.some((a) => a.political) && !recip && (targetTok >= 0 || noneOk)) {
    // still no political target: the first actor after the trigger inside its own clause
    // ("began a hunger strike to protest against Sweden's decision") — PETRARCH's "first actor after the verb"
    const after = firstActorAfter(c, noun ? (governingVerb(t, p) >= 0 ? governingVerb(t, p) : p) : p, p, sources);
    if (after.length) {
      targets = after;
      deep = true;
    }
  }
  if (!targets.length && !recip && !noneOk && targetTok < 0) return [];
  sources = seatAsIgo(c, sources);
  targets = seatAsIgo(c, targets);
  const place = locationOf(t, c.r, p);
  sources = sources.map((a) => withPlace(a, place));
  targets = targets.map((a) => withPlace(a, place));
  if (!targets.length && !recip && PLACE_TARGET_ROOTS.has(f.cameo.slice(0, 2)) && place?.country && !sources.some((a) => a.country === place.country)) {
    // a concession, protest or use of force done in a place without a named target falls on that
    // place ("lifted a curfew in Montenegro", "demonstrated in Serbia"), as the PLOVER gold-standard
    // coders read it; a meeting in Brussels is not a meeting with Belgium, so other roots keep no target
    targets = [{ entity: null, actor_code: place.country, mention: { start: t.tok(p).start, end: t.tok(p).start }, country: place.country, political: true, head: p, rule: 'place', origin: 'place' }];
  }
  if (!targets.length && !recip && targetTok < 0 && HOST_FROM_PLACE.has(f.cameo)) {
    // "arrived in Tokyo for a three-day visit": a visit naming no host is to the place its sentence
    // names, if that is another state than the visitor's; with no such place it is no event
    const host = sentencePlace(c, sentence, sources);
    if (!host) return [];
    targets = [host];
  }
  const political = sources.some((a) => a.political) || targets.some((a) => a.political);
  if (!political) return [];
  // no source actor: kept only for an agentless passive, or for violence against a named victim
  // ("a roadside bomb killed one U.S. soldier"), where the target is the news
  const violent = f.cameo >= '14';
  if (!sources.length && !(targets.some((a) => a.political) && (src.passiveAgentless || violent))) return [];

  // a bare group with no place either ("Ibo elders demanded that the Nigerian ministry…") is read as
  // belonging to the country the event is about: the target's
  const targetCountry = targets.find((a) => a.country)?.country ?? null;
  if (targetCountry) sources = sources.map((a) => withPlace(a, { name: '', country: targetCountry }));
  // still without a country: a sentence that names one country only ("The Mozambique government
  // accepted demands from rebels") places its bare groups there — but not the victims of coercion
  // or violence, who are as often from the other side ("US attacks killed eight leaders")
  const only = soleCountry(c, sentence);
  if (only) {
    const o = { name: '', country: only };
    sources = sources.map((a) => withPlace(a, o));
    if (f.cameo.slice(0, 2) < '17') targets = targets.map((a) => withPlace(a, o));
  }

  let negated = isNegated(t, p) || underNegativeGovernor(t, p);
  if (!negated && noun) {
    const g = governingVerb(t, p);
    if (g >= 0) negated = isNegated(t, g);
  }
  const modality = modalityOf(t, p, c.quotes);
  const rc = recodeForModality(f.cameo, modality, negated, hasUltimatum(t, p));
  if (rc.cameo.startsWith('13')) sources = speakerForThreat(c, p, sources);
  const info = cameoInfo(rc.cameo);
  const rule = `events:${f.id}${rc.suffix ? `+${rc.suffix}` : ''}${recip ? '+reciprocal' : ''}${src.nearest ? '+nearest-subject' : ''}${deep ? '+clause-target' : ''}`;

  const trig = t.tok(p);
  const pairs: Array<[Actor | null, Actor | null]> = [];
  if (recip) {
    for (const a of sources) for (const b of sources) if (a !== b && !sameActor(a, b)) pairs.push([a, b]);
  } else {
    const ss: Array<Actor | null> = sources.length ? sources : [null];
    const ts: Array<Actor | null> = targets.length ? targets : [null];
    for (const a of ss) for (const b of ts) if (!(a && b && sameActor(a, b))) pairs.push([a, b]);
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
      date: null,
      location: place?.name ?? null,
      negated: rc.negated,
      modality,
      evidence: { start: trig.start, end },
      rule,
    };
  });
}

/** object nouns that name an earlier act, with the CAMEO roots of that act */
const ACT_NOUNS: Record<string, readonly string[]> = {
  sanction: ['16', '13'], sanctions: ['16', '13'], embargo: ['16'], boycott: ['16'], suspension: ['16'], measures: ['16'],
  accusation: ['11'], accusations: ['11'], allegation: ['11'], allegations: ['11'], charge: ['11'], charges: ['11'], criticism: ['11'],
  arrest: ['17'], arrests: ['17'], detention: ['17'], detentions: ['17'], crackdown: ['17'],
  attack: ['18', '19', '20'], attacks: ['18', '19', '20'], shelling: ['19', '20'], strike: ['18', '19'], strikes: ['18', '19'],
  threat: ['13'], threats: ['13'], demand: ['10'], demands: ['10'], ultimatum: ['13'],
};

/**
 * "The EU imposed sanctions… Zhuk condemned the sanctions": a reaction whose object names an earlier
 * act ("the sanctions", "the accusation", "the arrests") and that found no target is aimed at whoever
 * did that act — the source of the latest earlier event of that kind (rule suffix `+act-owner`).
 * One pass in text order, remembering the latest source per root: linear.
 */
function targetFromEarlierEvent(events: NewsEvent[], objects: Map<NewsEvent, string>): NewsEvent[] {
  const lastByRoot = new Map<string, NewsEvent>();
  return events.map((e) => {
    let out = e;
    const lemma = objects.get(e);
    const roots = lemma ? ACT_NOUNS[lemma] : undefined;
    if (roots && !e.target.actor_code && !e.target.entity && (e.source.actor_code || e.source.entity)) {
      const prior = roots.map((r) => lastByRoot.get(r)).filter((x): x is NewsEvent => !!x).sort((a, b) => b.evidence.start - a.evidence.start)[0];
      const same = prior && ((prior.source.entity && prior.source.entity === e.source.entity) || prior.source.actor_code === e.source.actor_code);
      if (prior && !same) out = { ...e, target: prior.source, rule: `${e.rule}+act-owner` };
    }
    if (e.source.actor_code || e.source.entity) lastByRoot.set(e.root, e);
    return out;
  });
}

/** All events of a parsed document, merged and numbered v1, v2, … in text order. */
export function extractEvents(doc: Doc): NewsEvent[] {
  if (!doc.tokens.length || !doc.tokens.some((x) => x.dep !== '')) return [];
  const t = new DepTree(doc);
  const c: Ctx = { t, r: new ActorResolver(t), quotes: new QuoteIndex(doc.quotes, doc.text), sentenceEntities: sentenceEntityIndex(doc), seats: seatIndex(doc), byId: new Map(doc.entities.map((e) => [e.id, e])) };
  const raw: NewsEvent[] = [];
  const objects = new Map<NewsEvent, string>();
  for (const s of doc.sentences) {
    const found: Array<[number, NewsEvent[]]> = [];
    const consumed = new Set<number>();
    for (let p = s.tokenStart; p < s.tokenEnd; p++) {
      // the first frame (in file order) that yields an event wins; a frame whose slots are empty falls through
      for (const f of matchFrames(t, p)) {
        const evs = eventsAt(c, p, f, s);
        if (!evs.length) continue;
        const o = f.pos === 'N' ? -1 : objectOf(t, p);
        if (o >= 0) for (const e of evs) objects.set(e, t.lemma(o));
        found.push([p, evs]);
        for (const x of consumedBy(t, p, f)) consumed.add(x);
        break;
      }
    }
    for (const [p, evs] of found) if (!consumed.has(p)) raw.push(...evs);
  }
  raw.sort((a, b) => a.evidence.start - b.evidence.start);
  return mergeDuplicates(doc.text, targetFromEarlierEvent(raw, objects)).map((e, i) => ({ ...e, id: `v${i + 1}` }));
}
