// Sector-only groups as actors: a bare group noun ("police", "protesters", "the government", "the
// army", "lawmakers", "officials", "the ministry"; data/actors/group-nouns.tsv, then the Phoenix agent
// nouns) is an actor of the country its own phrase places it in (membership: "police in Hong Kong",
// "Iraq's army", "the city's police", "the country's government", "its troops" when coreference gave
// "its" a country), else of the article's context
// country (context-country.ts: story, else dateline). A group that gets no country is no entity:
// the events stage reads it as a bare sector phrase, as before. A group named with an international
// organisation ("European Community foreign ministers") acts for it: the IGO's code, no country.
// Not read as groups: a noun modifying another ("police station"), a generic or indefinite one ("a
// government", "any troops"), an unresolved pronoun's ("their forces"), an ethnic
// group ("ethnic Albanian guerrillas": the events stage codes it by the state it lives in), an
// organisation's ("Wagner fighters"), and words already inside a mention ("Greek authorities").
import type { ContextCountrySource, Doc, Entity, Mention, Sentence, Token } from '../../core/doc.js';
import { firstEndingAfter, type Span } from '../../core/span.js';
import type { ActorKB } from '../../kb/index.js';
import { isEarned, type ContextCountry } from './context-country.js';
import { newEntity, newEntityMention } from './entity-record.js';
import { isCountryCode } from '../../kb/country-code.js';
import type { WordSet } from '../../nlp/utf8-word-index.js';

/** the longest group noun phrase read ("state news agency") */
const MAX_WORDS = 3;
const LOWER = /^[a-z][a-z-]*$/;
const INITIAL = /^[A-Z][a-z-]*$/;
const GENERIC_DET = new Set(['a', 'an', 'no', 'any', 'every', 'each', 'another']);
const INDEFINITE = new Set(['a', 'an']);
/** a possessor standing for the last place of its kind named before ("the city's police") */
const PLACE_NOUNS: Record<string, 'country' | 'city'> = { country: 'country', nation: 'country', state: 'country', city: 'city', capital: 'city', town: 'city', province: 'city', region: 'city' };
const MEMBER_PREPS = new Set(['in', 'of', 'from']);

interface GroupMention extends Span {
  readonly phrase: string;
  readonly code: string;
  readonly member: { readonly country: string; readonly evidence: Span } | null;
  /** the IGO the group acts for, when a modifier names one */
  readonly igo: string | null;
}

/** the entity (with an earned country) of the smallest mention covering token k */
function coveringIndex(doc: Doc, entities: readonly Entity[]): { at: Int32Array; span: Array<Span | null> } {
  const n = doc.tokens.length;
  const at = new Int32Array(n).fill(-1);
  const span: Array<Span | null> = new Array(n).fill(null);
  entities.forEach((e, ei) => {
    for (const m of e.mentions) {
      for (let k = firstEndingAfter(doc.tokens, m.start); k < n && doc.tokens[k]!.start < m.end; k++) {
        const prev = span[k];
        if (prev && prev.end - prev.start <= m.end - m.start) continue;
        at[k] = ei;
        span[k] = { start: m.start, end: m.end };
      }
    }
  });
  return { at, span };
}

// shared by every token without dependents (most of them): one array per head, not per token
const NO_KIDS: readonly number[] = Object.freeze([]);

// per KB: the last word of every phrase kb.groupCode or kb.singularAgentCode knows ("police", "judge"
// of "federal judge"). A phrase tried below ends in its head noun's word, so a noun that is no such
// last word (most nouns) has no code at any length: one set lookup instead of up to six phrases
// built and looked up in three maps.
const phraseLastWords = new WeakMap<ActorKB, WordSet>();

function lastWordsOf(kb: ActorKB): WordSet {
  let s = phraseLastWords.get(kb);
  if (!s) {
    const own = new Set<string>();
    for (const k of kb.tables.words.groupNouns.keys()) own.add(k.slice(k.lastIndexOf(' ') + 1));
    // the Phoenix agent nouns' last words come ready-made (the build's copy: not every key decoded)
    const phoenix = kb.phoenix().agentLastWords;
    phraseLastWords.set(kb, (s = { has: (w) => own.has(w) || phoenix.has(w) }));
  }
  return s;
}

function children(doc: Doc): Array<readonly number[]> {
  const kids: Array<readonly number[]> = new Array<readonly number[]>(doc.tokens.length).fill(NO_KIDS);
  doc.tokens.forEach((t, k) => {
    if (t.head >= 0 && t.head !== k && t.head < kids.length) {
      const list = kids[t.head]!;
      if (list === NO_KIDS) kids[t.head] = [k];
      else (list as number[]).push(k);
    }
  });
  return kids;
}

/**
 * What the reading of one document's group phrases shares (made once per document). The reading is
 * split into small functions over this record rather than one function of closures: V8 compiled
 * the whole of it as one unit (≈ 0.4 s a compile, thrown out and compiled again when one corner of
 * it met a new kind of array; bench/warm-up.ts --trace, session 18).
 */
interface GroupScan {
  readonly t: readonly Token[];
  readonly kb: ActorKB;
  readonly entities: readonly Entity[];
  /** the entity (index) of the smallest mention covering each token, and that mention's span */
  readonly at: Int32Array;
  readonly span: Array<Span | null>;
  readonly kids: Array<readonly number[]>;
  /** names of places the text mentions whose country no table gives ("Kalvia") */
  readonly uncodedPlaces: readonly string[];
  /** lower-cased on first use: only nouns that may head a group phrase and the words before them are read */
  readonly lowerForms: Array<string | undefined>;
  /**
   * whether each token can be a word of a group phrase: tested once per token, not once per phrase
   * tried, and only for the tokens a phrase reaches (0 not tested yet, 1 yes, 2 no)
   */
  readonly lowerWords: Uint8Array;
}

function lowerAt(sc: GroupScan, k: number): string {
  return (sc.lowerForms[k] ??= sc.t[k]!.form.toLowerCase());
}

function lowerWord(sc: GroupScan, j: number): boolean {
  return (sc.lowerWords[j] ||= sc.at[j]! < 0 && LOWER.test(sc.t[j]!.form) ? 1 : 2) === 1;
}

/** a capital letter that only opens a sentence or follows a dateline's dash ("CAIRO (Reuters) - Police …") */
function opening(sc: GroupScan, s: Sentence, k: number): boolean {
  const t = sc.t;
  return k === s.tokenStart || (k > s.tokenStart && t[k - 1]!.pos === 'PUNCT' && /^[-–—:"“]+$/.test(t[k - 1]!.form));
}

/** the entity with an earned country of the smallest mention covering token k, or null */
function earnedAt(sc: GroupScan, k: number): Entity | null {
  const e = sc.at[k]! >= 0 ? sc.entities[sc.at[k]!]! : null;
  return e && isEarned(e) && isCountryCode(e.country!) ? e : null;
}

/** the last mention before `before` of a country (kind country) or a place in one (kind city) */
function lastPlace(sc: GroupScan, before: number, kind: 'country' | 'city'): { country: string; evidence: Span } | null {
  let best: { country: string; evidence: Span } | null = null;
  for (const e of sc.entities) {
    if (e.type !== 'GPE' || !isEarned(e)) continue;
    const isCountry = sc.kb.tables.countries.some((c) => c.iso3 === e.country && (c.name === e.name || c.aliases.includes(e.name)));
    if ((kind === 'country') !== isCountry) continue;
    for (const m of e.mentions) if (m.end <= before && (!best || m.start > best.evidence.start)) best = { country: e.country!, evidence: { start: m.start, end: m.end } };
  }
  return best;
}

/**
 * The group phrase ending in noun k and its code: the longest the tables know (up to MAX_WORDS
 * words), first as a group noun, then as a singular agent noun ("a federal judge dismissed …": a
 * singular agent noun introduced by a/an is one official of the story's country, read like a group;
 * only indefinite: "the minister" takes up a named person). A group noun at any length wins
 * ("military government" is the group "government").
 */
function phraseAt(sc: GroupScan, s: Sentence, k: number): { phrase: string; code: string; from: number; single: boolean } | null {
  const { t, kb } = sc;
  let phrase: string | null = null;
  let from = k;
  let code: string | null = null;
  let single = false;
  // (phrases built by concatenation, no per-token slices or closures: this runs for every noun)
  for (let pass = 0; pass < 2; pass++) {
    for (let n = Math.min(MAX_WORDS, k - s.tokenStart + 1); n >= 1 && !code; n--) {
      const f = k - n + 1;
      let p = '';
      let ok = true;
      for (let j = f; j <= k; j++) {
        if (!lowerWord(sc, j) && !(j === f && sc.at[j]! < 0 && opening(sc, s, f) && INITIAL.test(t[j]!.form))) {
          ok = false;
          break;
        }
        p += j > f ? ' ' + lowerAt(sc, j) : lowerAt(sc, j);
      }
      if (!ok) continue;
      const c = pass === 0 ? kb.groupCode(p) : kb.singularAgentCode(p);
      if (c) {
        code = c;
        phrase = p;
        from = f;
      }
    }
    if (code) break;
    single = true;
  }
  return code && phrase ? { phrase, code, from, single } : null;
}

/**
 * Whom the group phrase of noun k (words from..k) belongs to, read from its dependents: a country
 * (member), an international organisation it acts for (igo), or null when it is no group of a
 * country at all (a generic or someone else's group: skipped).
 */
function ownerOf(sc: GroupScan, s: Sentence, k: number, from: number, single: boolean): { member: GroupMention['member']; igo: string | null } | null {
  const { t, kids, span, entities, at } = sc;
  let member: GroupMention['member'] = null;
  let igo: string | null = null;
  let skip = false;
  for (const c of kids[k]!) {
    const dep = t[c]!.dep;
    const form = t[c]!.form;
    if (form.toLowerCase() === 'ethnic') skip = true;
    else if (dep === 'det' && GENERIC_DET.has(form.toLowerCase())) {
      if (!(single && INDEFINITE.has(form.toLowerCase()))) skip = true;
    } else if (dep === 'det' && single) skip = true;
    else if (dep === 'nmod:poss') {
      // a possessive pronoun coreference resolved ("Syria says it will withdraw its troops"): its antecedent's
      if (t[c]!.pos === 'PRON') {
        if (earnedAt(sc, c)) member ??= { country: earnedAt(sc, c)!.country!, evidence: span[c]! };
        else skip = true;
      } else if (earnedAt(sc, c)) member ??= { country: earnedAt(sc, c)!.country!, evidence: span[c]! };
      else if (PLACE_NOUNS[form.toLowerCase()]) member ??= lastPlace(sc, t[c]!.start, PLACE_NOUNS[form.toLowerCase()]!);
      else skip = true; // someone else's group ("the party's lawmakers")
    } else if (dep === 'amod' || dep === 'compound' || dep === 'flat') {
      const e = earnedAt(sc, c);
      const named = at[c]! >= 0 ? entities[at[c]!]! : null;
      if (e) member ??= { country: e.country!, evidence: span[c]! };
      // an international organisation's group acts for it ("European Community foreign ministers")
      // (a name, not an adjective: "European leaders" are Europe's, not the EU's)
      else if (named?.type === 'ORG' && named.actor_code?.startsWith('IGO') && t[c]!.pos !== 'ADJ') igo ??= named.actor_code;
      // an organisation without a country of its own owns the group ("Wagner fighters"): not the story's
      else if (named?.type === 'ORG') skip = true;
      // the adjective of a place the text names but no table codes ("the Kalvian government" in a
      // story about Kalvia): that place's group, whose country we do not know
      else if (!LOWER.test(form) && sc.uncodedPlaces.some((p) => form.length >= 5 && p.startsWith(form.slice(0, Math.max(4, p.length - 1))))) skip = true;
      // a capitalised word naming no organisation is a people, a faith or a movement ("Shona
      // rebels", "Moslem fundamentalist demonstrators", "Federal authorities"): CAMEO codes
      // them with the state of the story they are in
    } else if (dep === 'nmod') {
      const prep = kids[c]!.find((x) => t[x]!.dep === 'case');
      if (prep === undefined || !MEMBER_PREPS.has(t[prep]!.form.toLowerCase())) continue;
      const e = earnedAt(sc, c);
      if (e) member ??= { country: e.country!, evidence: span[c]! };
      // "the people of his country": the country of the possessor coreference resolved; "police
      // in the city": the last place of its kind named before
      else if (t[c]!.pos === 'NOUN' && PLACE_NOUNS[t[c]!.form.toLowerCase()]) {
        const poss = kids[c]!.find((x) => t[x]!.dep === 'nmod:poss');
        if (poss === undefined) member ??= lastPlace(sc, t[c]!.start, PLACE_NOUNS[t[c]!.form.toLowerCase()]!);
        else if (earnedAt(sc, poss)) member ??= { country: earnedAt(sc, poss)!.country!, evidence: span[poss]! };
      }
    }
  }
  // a name right before the phrase modifies it even when the parser hangs it elsewhere
  // ("European Community foreign ministers" parsed with "Community" as the root)
  const left = from - 1 >= s.tokenStart && at[from - 1]! >= 0 && !kids[k]!.includes(from - 1) ? entities[at[from - 1]!]! : null;
  if (left && !member && !igo && t[from - 1]!.head !== k) {
    if (left.type === 'ORG' && left.actor_code?.startsWith('IGO') && t[from - 1]!.pos !== 'ADJ') igo = left.actor_code;
    else if (left.type === 'GPE' && isEarned(left) && isCountryCode(left.country!)) member = { country: left.country!, evidence: span[from - 1]! };
  }
  if (single && !kids[k]!.some((c) => t[c]!.dep === 'det' && INDEFINITE.has(t[c]!.form.toLowerCase()))) skip = true;
  return skip ? null : { member, igo };
}

export function sectorGroups(doc: Doc, kb: ActorKB, entities: readonly Entity[], ctx: ContextCountry | null): Entity[] {
  const t = doc.tokens;
  if (!t.length || !t.some((x) => x.dep)) return []; // the phrase is read from the parse
  const { at, span } = coveringIndex(doc, entities);
  const sc: GroupScan = {
    t,
    kb,
    entities,
    at,
    span,
    kids: children(doc),
    uncodedPlaces: entities.filter((e) => e.type === 'GPE' && !e.country).map((e) => e.name),
    lowerForms: new Array<string | undefined>(t.length),
    lowerWords: new Uint8Array(t.length),
  };
  const found: GroupMention[] = [];
  const lastWords = lastWordsOf(kb);
  for (const s of doc.sentences) {
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const head = t[k]!;
      if (at[k]! >= 0 || (head.pos !== 'NOUN' && !(opening(sc, s, k) && head.pos === 'PROPN'))) continue;
      // every phrase tried ends in this word (lower-cased as the phrases are; the words read have no spaces)
      if (!lastWords.has(lowerAt(sc, k))) continue;
      const base = head.dep.split(':')[0]!;
      if (base === 'compound' || base === 'amod' || base === 'flat') continue; // "police station"
      const ph = phraseAt(sc, s, k);
      if (!ph) continue;
      const sector = ph.code.slice(0, 3);
      if (!(kb.tables.stateSectors.has(sector) || sector === 'CVL')) continue;
      const owner = ownerOf(sc, s, k, ph.from, ph.single);
      if (!owner) continue;
      // adjacent lower-case modifiers belong to the mention ("riot police", "anti-government protesters")
      let from = ph.from;
      while (from - 1 >= s.tokenStart && at[from - 1]! < 0 && t[from - 1]!.head === k && /^(amod|compound)/.test(t[from - 1]!.dep) && LOWER.test(t[from - 1]!.form)) from--;
      found.push({ start: t[from]!.start, end: head.end, phrase: ph.phrase, code: ph.code, member: owner.member, igo: owner.member ? null : owner.igo });
    }
  }
  return groupEntities(found, ctx);
}

/** one entity per group phrase and country ("police" in Hong Kong and "police" of the story are two) */
function groupEntities(found: readonly GroupMention[], ctx: ContextCountry | null): Entity[] {
  const groups = new Map<string, { country: string; source: ContextCountrySource; evidence: Span; phrase: string; code: string; mentions: Mention[] }>();
  const igoGroups = new Map<string, { igo: string; phrase: string; code: string; mentions: Mention[] }>();
  for (const g of found) {
    if (g.igo) {
      const key = `${g.phrase}|${g.igo}`;
      let e = igoGroups.get(key);
      if (!e) igoGroups.set(key, (e = { igo: g.igo, phrase: g.phrase, code: g.code, mentions: [] }));
      e.mentions.push(newEntityMention(g.start, g.end, 'nominal', 'entities:sector-group-igo'));
      continue;
    }
    const country = g.member?.country ?? ctx?.country;
    if (!country) continue;
    const source: ContextCountrySource = g.member ? 'membership' : ctx!.source;
    const key = `${g.phrase}|${country}|${source}`;
    let e = groups.get(key);
    if (!e) groups.set(key, (e = { country, source, evidence: g.member?.evidence ?? ctx!.evidence, phrase: g.phrase, code: g.code, mentions: [] }));
    e.mentions.push(newEntityMention(g.start, g.end, 'nominal', 'entities:sector-group'));
  }
  const forIgos: Entity[] = [...igoGroups.values()].map((g) =>
    newEntity({
      id: '',
      type: 'ORG',
      name: g.phrase,
      country: null,
      sector: 'IGO',
      role: null,
      actor_code: g.igo,
      country_source: null,
      kb_id: null,
      mentions: g.mentions,
      rule: 'entities:sector-group-igo',
    }),
  );
  return [
    ...forIgos,
    ...[...groups.values()].map((g) =>
      newEntity({
        id: '',
        type: 'ORG',
        name: g.phrase,
        country: g.country,
        sector: g.code.slice(0, 3),
        role: null,
        actor_code: g.country + g.code,
        country_source: g.source,
        country_evidence: g.evidence,
        kb_id: null,
        mentions: g.mentions,
        rule: `entities:sector-group+context-country:${g.source}`,
      }),
    ),
  ];
}
