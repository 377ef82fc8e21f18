// Countries from the article's context, for sector-only actors: a careful coder codes "police",
// "protesters", "the government" or "President X" (a role with no country of its own) with the
// country the story is about. This is not proximity: the country is the article's, decided once per
// document from the actors whose countries are earned, and it is marked apart from earned sources
// (CountrySource in src/core/doc.ts) so that a consumer can tell a stated country from a read one.
// It never overrides a country an actor already has. In order:
//   story     one country dominates the mentions of the actors with earned countries (at least
//             twice the next one; a territory's sovereign is not counted against the territory —
//             data/actors/territories.tsv): the article is about it;
//   dateline  else, when no actor earns a country at all, the country of the dateline city
//             ("CAIRO (Reuters) - Police fired …"): where the story was filed.
// Membership ("police in Hong Kong", "the city's police") is read per phrase by sector-groups.ts.
// Each assignment is recorded in the entity's rule ("+context-country:story") with the span that
// decided (`country_evidence`: the first mention of the dominant country, or the dateline city).
import type { ContextCountrySource, Doc, Entity, EarnedCountrySource } from '../../core/doc.js';
import { firstEndingAfter, type Span } from '../../core/span.js';
import type { ActorKB } from '../../kb/index.js';
import { code } from './actors.js';
import { datelineCity } from './dateline-place.js';
import { copyEntity } from './entity-record.js';
import { mapObjects } from '../../core/object-arrays.js';
import { isCountryCode } from '../../kb/country-code.js';

export interface ContextCountry {
  readonly country: string;
  readonly source: Extract<ContextCountrySource, 'story' | 'dateline'>;
  readonly evidence: Span;
}

const EARNED: ReadonlySet<EarnedCountrySource> = new Set(['name', 'title', 'appositive', 'nationality', 'counterpart', 'kb', 'observation', 'organisation']);
/** how many times the next country's mentions the dominant country needs */
const DOMINANCE = 2;
/** sectors of armed groups, which a story names from abroad as often as at home */
const ARMED: ReadonlySet<string> = new Set(['MIL', 'REB', 'INS']);

export function isEarned(e: Entity): boolean {
  return !!e.country && !!e.country_source && EARNED.has(e.country_source as EarnedCountrySource);
}

/** The country the article is about (story), else its dateline's country, else null. */
export function contextCountry(doc: Doc, kb: ActorKB, entities: readonly Entity[]): ContextCountry | null {
  const dateline = datelineCity(doc, kb);
  const count = new Map<string, number>();
  const first = new Map<string, Span>();
  for (const e of entities) {
    // a news organisation's country is the reporter's, not the story's ("(Reuters)")
    if (!isEarned(e) || !isCountryCode(e.country!) || e.sector === 'MED') continue;
    for (const m of e.mentions) {
      // a pronoun repeats a mention; it is no new evidence of what the story is about; the
      // dateline city says where it was filed, which is the dateline source's evidence below
      if (m.kind === 'pronoun' || (dateline && m.start === dateline.start && m.end === dateline.end)) continue;
      count.set(e.country!, (count.get(e.country!) ?? 0) + 1);
      const f = first.get(e.country!);
      if (!f || m.start < f.start) first.set(e.country!, { start: m.start, end: m.end });
    }
  }
  // a place the tables do not code but the text treats as a nation ("Kalvia" … "the Kalvian
  // government") competes as a country of its own: a story about it is not about its donors
  for (const [place, n] of uncodedNations(doc, entities)) count.set(place, n);
  const ranked = [...count].sort((a, b) => b[1] - a[1]);
  // a story about a territory names the state it is part of as the power above it ("protests
  // against Chinese government encroachment on Hong Kong's rights"): the sovereign is no rival of
  // the territory for what the story is about
  const sovereign = ranked.length ? kb.tables.sovereigns.get(ranked[0]![0]) : undefined;
  const rival = ranked.slice(1).find(([c]) => c !== sovereign)?.[1] ?? 0;
  if (ranked.length && ranked[0]![1] >= DOMINANCE * rival && isCountryCode(ranked[0]![0]) && first.has(ranked[0]![0])) {
    const country = ranked[0]![0];
    return { country, source: 'story', evidence: first.get(country)! };
  }
  // the dateline only when the text names no country at all: where a story is filed says little once
  // other countries are in it (BRUSSELS for an EU–Belarus story, GENEVA or NEW YORK for the UN) —
  // on the dev sets a fallback taken with countries present gained nothing and misread an invented
  // article's Belarusian officials as Belgian (session 3)
  if (ranked.length === 0 && dateline && isCountryCode(dateline.iso)) return { country: dateline.iso, source: 'dateline', evidence: { start: dateline.start, end: dateline.end } };
  return null;
}

/**
 * Places with no country in the tables that the text also names by an adjective ("Kalvia",
 * "Kalvian"): a nation the gazetteer does not know. Keyed "?<name>" (never an ISO code), with the
 * number of mentions of the name and of the adjective.
 */
export function uncodedNations(doc: Doc, entities: readonly Entity[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of entities) {
    if (e.type !== 'GPE' || e.country || e.name.includes(' ') || e.name.length < 4) continue;
    const stem = e.name.replace(/[aeiouy]$/, '');
    const adjectives = adjectiveCount(doc.text, stem, e.name);
    if (adjectives) out.set(`?${e.name}`, e.mentions.filter((m) => m.kind !== 'pronoun').length + adjectives);
  }
  return out;
}

/** [A-Za-z0-9_]: a regular expression's word character (\\b without the u flag) */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * How many times the text has a word /\\b<stem>[a-z]*(?:an|ese|i)\\b/g matches other than `name`
 * ("Kalvian" for the stem "Kalvi"), counted as that expression's matches are, without compiling one
 * per place name (a new expression per name and article was most of uncodedNations' time): the
 * lower-case letters after the stem must run to the end of the word, end in the suffix, and
 * the next character must not be a word character.
 */
export function adjectiveCount(text: string, stem: string, name: string): number {
  if (!stem) return 0;
  const first = stem.charCodeAt(0);
  let count = 0;
  let at = text.indexOf(stem);
  while (at >= 0) {
    let end = -1;
    // \b before the stem
    if (isWordCode(first) !== (at > 0 && isWordCode(text.charCodeAt(at - 1)))) {
      const from = at + stem.length;
      let e = from;
      while (e < text.length && text.charCodeAt(e) >= 97 && text.charCodeAt(e) <= 122) e++;
      // the suffix ends the run of lower-case letters, and \b after it: no word character follows
      if (e > from && !(e < text.length && isWordCode(text.charCodeAt(e)))) {
        const run = e - from;
        const suffix = text.charCodeAt(e - 1) === 105 || (run >= 2 && text.startsWith('an', e - 2)) || (run >= 3 && text.startsWith('ese', e - 3));
        if (suffix) end = e;
      }
    }
    if (end >= 0) {
      if (end - at !== name.length || !text.startsWith(name, at)) count++;
      at = text.indexOf(stem, end);
    } else at = text.indexOf(stem, at + 1);
  }
  return count;
}

/**
 * A sector-only actor: a person or organisation whose role is a state's (GOV, MIL, COP, JUD, LEG,
 * OPP, REB…) or a civilian group, with no country and no IGO/NGO/company code of its own.
 */
export function sectorOnly(kb: ActorKB, e: Entity): boolean {
  if (e.country || !e.sector) return false;
  if (e.type !== 'PERSON' && e.type !== 'ORG') return false;
  if (e.actor_code && /^(IGO|NGO|IMG|MNC)/.test(e.actor_code)) return false;
  return kb.tables.stateSectors.has(e.sector) || e.sector === 'CVL';
}

/**
 * The sentences in which another country than `country` is named by an actor with an earned
 * country: a person seen there may be that country's ("killed Qasem Soleimani, head of Iran's Quds
 * Force" in a story about the United States), so the story's country is not his.
 */
function foreignSentences(doc: Doc, entities: readonly Entity[], country: string): Set<number> {
  const out = new Set<number>();
  for (const e of entities) {
    if (!isEarned(e) || e.country === country) continue;
    for (const m of e.mentions) if (m.kind !== 'pronoun') out.add(sentenceAt(doc, m.start));
  }
  return out;
}

function sentenceAt(doc: Doc, at: number): number {
  return firstEndingAfter(doc.sentences, at);
}

/**
 * Gives the context country to every sector-only actor; earned countries are left alone. A person
 * (one individual, often a foreign visitor) or a named armed group takes it only when no sentence
 * that mentions it names another country; a group noun ("the ministry", "police") takes it as it stands.
 */
export function applyContextCountry(doc: Doc, kb: ActorKB, entities: readonly Entity[], ctx: ContextCountry | null): Entity[] {
  if (!ctx) return [...entities];
  let foreign: Set<number> | null = null;
  return mapObjects(entities, (e) => {
    if (!sectorOnly(kb, e)) return e;
    // a person, or an armed group with a name of its own ("the Popular Mobilization Forces (PMF),
    // an Iranian-backed militia"), may be a foreign one; a group noun or a body such as "Parliament"
    // or "the District Court" is the story's
    if (e.type === 'PERSON' || (ARMED.has(e.sector!) && e.mentions.some((m) => m.kind === 'name'))) {
      foreign ??= foreignSentences(doc, entities, ctx.country);
      if (e.mentions.some((m) => foreign!.has(sentenceAt(doc, m.start)))) return e;
    }
    const actorCode = e.actor_code && e.actor_code.startsWith(e.sector!) ? ctx.country + e.actor_code : code(ctx.country, e.sector);
    return copyEntity(e, { country: ctx.country, actor_code: actorCode, country_source: ctx.source, country_evidence: ctx.evidence, rule: `${e.rule}+context-country:${ctx.source}` });
  });
}
