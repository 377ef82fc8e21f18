// "Perttu Ahola discussed Minetest with Wikinews", "Wikinews asked Stamenković how…", "Wikinews is
// awaiting responses from the Coast Guard": the publication that reports the article is its narrator
// — its interviews and requests for comment are how the news was gathered, not acts between the
// parties the news is about. The publication is known from the article's own address (the site's
// name in its host: en.wikinews.org → "wikinews", www.reuters.com → "reuters", bbc.co.uk → "bbc");
// an event with it on either side, or whose trigger takes it as a dependent ("With Wikinews, Hammons
// discusses his background, campaign, the Supreme Court": the interview), is dropped. A document
// with no address names no publisher.
import type { NewsEvent } from '../../core/doc.js';
import { firstEndingAfter } from '../../core/span.js';
import { baseDep, type DepTree } from './tree.js';

/** the site's name in the article's address, lower case, or null */
export function publisherName(url: string | null): string | null {
  if (!url) return null;
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase();
  if (!host) return null;
  const labels = host.split('.');
  if (labels.length < 2) return null;
  // the top-level domain, and a second level under a country code ("co.uk", "com.au")
  const tld = labels.pop()!;
  if (tld.length === 2 && labels.length > 1 && labels[labels.length - 1]!.length <= 3) labels.pop();
  // the label before them names the site: "en.wikinews.org" → wikinews, "news.bbc.co.uk" → bbc
  const name = labels[labels.length - 1]!;
  return name.length >= 3 ? name : null;
}

/** letters and digits only, lower case: "Wikinews", "WIKINEWS" and "Wiki-news" are one name */
function key(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** dependents that name whom an act is with, to or for, or what it acts on */
const PARTY_DEPS: ReadonlySet<string> = new Set(['obj', 'iobj', 'obl', 'nmod']);

/**
 * The events with no party named as the publication itself and no trigger taking it as a dependent
 * (all of them when the publisher is unknown). `t` reads the triggers' dependents.
 */
export function withoutPublisherParty(t: DepTree, text: string, events: readonly NewsEvent[], url: string | null): NewsEvent[] {
  const name = publisherName(url);
  if (!name) return [...events];
  const isPublisher = (m: { start: number; end: number } | null) => m !== null && key(text.slice(m.start, m.end)) === name;
  const tokens = t.doc.tokens;
  const withPublisher = (e: NewsEvent) => {
    // the token the trigger starts at (a binary search: events are few, tokens many)
    const p = firstEndingAfter(tokens, e.evidence.start);
    if (p >= tokens.length || tokens[p]!.start !== e.evidence.start) return false;
    return t.kidsWhere(p, (d) => PARTY_DEPS.has(baseDep(d))).some((k) => isPublisher(t.tok(k)));
  };
  // the narrator's own interviews and requests recoded as nothing
  return events.filter((e) => !isPublisher(e.source.mention) && !isPublisher(e.target.mention) && !withPublisher(e));
}
