// RSS 2.0 and Atom feed files → articles (one per item/entry). The item's full content
// (content:encoded, Atom content) is preferred to its summary; HTML in it becomes plain text.
import { loadLinkedom } from './lazy-dom.js';
import { htmlToArticle } from './read-html.js';

export interface FeedItem {
  id: string | null;
  text: string;
  title: string | null;
  url: string | null;
  published: string | null;
}

interface XEl {
  textContent: string | null;
  getAttribute(n: string): string | null;
  getElementsByTagName(n: string): ArrayLike<XEl>;
}

function first(el: XEl, ...names: string[]): XEl | null {
  for (const n of names) {
    const found = el.getElementsByTagName(n);
    if (found.length) return found[0]!;
  }
  return null;
}

function text(el: XEl | null): string | null {
  const t = el?.textContent?.trim();
  return t ? t : null;
}

export function looksLikeFeed(content: string): boolean {
  const head = content.slice(0, 2000);
  return /<rss[\s>]/i.test(head) || /<feed[\s>][^]*?xmlns=["']http:\/\/www\.w3\.org\/2005\/Atom/i.test(head) || /<rdf:RDF/i.test(head);
}

export function parseFeed(xml: string): FeedItem[] {
  const doc = new (loadLinkedom().DOMParser)().parseFromString(xml, 'text/xml') as unknown as XEl;
  const items = Array.from(doc.getElementsByTagName('item'));
  const entries = items.length ? items : Array.from(doc.getElementsByTagName('entry'));
  return entries.map((it) => {
    const body = text(first(it, 'content:encoded', 'content', 'description', 'summary')) ?? '';
    const linkEl = first(it, 'link');
    const url = linkEl ? linkEl.getAttribute('href') ?? text(linkEl) : null;
    const html = /<[a-z][^>]*>/i.test(body) ? htmlToArticle(`<html><body><article>${body}</article></body></html>`).text : body;
    return {
      id: text(first(it, 'guid', 'id')),
      text: html.trim(),
      title: text(first(it, 'title')),
      url,
      published: text(first(it, 'pubDate', 'published', 'dc:date', 'updated')),
    };
  });
}
