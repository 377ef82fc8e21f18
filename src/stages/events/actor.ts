// An event actor as the event rules see it (resolved from a head token), with how it was resolved,
// and what an actor code says: whether it is political and which country it starts with.
import type { Span } from '../../core/span.js';

/** How an actor was resolved from its head token. */
export type ActorOrigin =
  | 'entity' // an entity of the entities layer covers the head
  | 'entity-phrase' // an entity whose phrase adds a sector ("the Trump administration")
  | 'org-anaphor' // "the organization" taking up an IGO named earlier
  | 'modifier' // a nationality or country modifier of the head ("U.S. sanctions")
  | 'group' // an organisation group noun with its own code
  | 'placed-people' // a people placed in a state ("Bosnian Serbs")
  | 'of-phrase' // "the government of Iran"
  | 'country-phrase' // the phrase's own country words
  | 'sector-phrase' // a bare sector noun ("police", "troops"): no country of its own
  | 'place' // the place an event happens in, standing in for a missing target
  | 'sentence-place'; // the place the sentence names, as a visit's host

export interface Actor {
  readonly entity: string | null;
  readonly actor_code: string | null;
  readonly mention: Span;
  /** ISO3 / region code, or null */
  readonly country: string | null;
  /** has a country, IGO, region or group code (not a bare sector) */
  readonly political: boolean;
  /** the head token the actor was resolved from */
  readonly head: number;
  /** how it was resolved: decisions read this; `rule` is a trace for debugging only */
  readonly origin: ActorOrigin;
  readonly rule: string;
  /** an ethnic group ("ethnic Albanians"): coded by the state it lives in when the event places it */
  readonly ethnic?: boolean;
  /** its country is the article's, read from the context (refine-actors.ts withStoryCountry), not stated */
  readonly storyCountry?: boolean;
}

/** a code that names a country, region, IGO, NGO or armed group (not a bare sector like "GOV") */
export function isPoliticalCode(code: string | null): boolean {
  if (!code) return false;
  return countryOf(code) !== null || /^(IGO|NGO|IMG)/.test(code);
}

/** the country part of an actor code, when it starts with one (IGO/NGO/IMG codes and bare sectors have none) */
export function countryOf(code: string | null): string | null {
  if (!code || code.length < 3) return null;
  const c = code.slice(0, 3);
  if (/^(IGO|NGO|IMG|MNC|GOV|MIL|COP|REB|OPP|LEG|JUD|CVL|EDU|LAB|BUS|MED|REF|REL|CRM|HLH|SPY|ELI|PTY|UIS|INS|SEP)$/.test(c)) return null;
  return c;
}

/**
 * The sector of a country actor code ("GBRCOP" → "COP"), or '' when the code is not a country
 * followed by a sector. One definition for the recoding rules and the story-country checks.
 */
export function sectorOf(code: string | null): string {
  return code && /^[A-Z]{6}/.test(code) ? code.slice(3, 6) : '';
}

/** A code a recoding rule gives an event in place of its frame's, and the suffix its rule name carries. */
export interface Recoding {
  readonly cameo: string;
  readonly suffix: string;
}
