// HTML → article: @mozilla/readability over a linkedom document gives the main text, title and
// byline; the publication time comes from JSON-LD, then meta tags, then <time datetime>.
// The text keeps one paragraph a line so the segmenter sees the article's paragraphs. Page
// boilerplate (adverts, sponsored blocks, captions, bylines, share bars, related lists) is taken out
// by html-cleaners.ts before and after Readability; the byline and captions are kept as metadata.
import { NewsgraphError } from '../core/errors.js';
import { dropBoilerplateParagraphs, stripBoilerplate, type CleanEl } from './html-cleaners.js';
import { flattenDeepHtml } from './html-guard.js';
import { loadLinkedom, loadReadability } from './lazy-dom.js';
import { DEFAULT_LIMITS, mb, type InputLimits } from './limits.js';

export interface HtmlArticle {
  text: string;
  title: string | null;
  byline: string | null;
  url: string | null;
  published: string | null;
  /** figure captions and photo credits found on the page (never part of `text`) */
  captions: string[];
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td';
const META_DATES = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
];

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function findJsonLdDate(node: unknown, depth = 0): string | null {
  if (!node || typeof node !== 'object' || depth > 6) return null;
  if (Array.isArray(node)) {
    for (const n of node) {
      const d = findJsonLdDate(n, depth + 1);
      if (d) return d;
    }
    return null;
  }
  const o = node as Record<string, unknown>;
  if (typeof o.datePublished === 'string') return o.datePublished;
  if (o['@graph']) return findJsonLdDate(o['@graph'], depth + 1);
  for (const v of Object.values(o)) {
    if (v && typeof v === 'object') {
      const d = findJsonLdDate(v, depth + 1);
      if (d) return d;
    }
  }
  return null;
}

// linkedom's document type is loose; the few DOM calls used here are typed by this shape.
interface El {
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(sel: string): ArrayLike<El>;
  querySelector(sel: string): El | null;
}

function publishedFrom(document: El): string | null {
  for (const s of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const d = findJsonLdDate(JSON.parse(s.textContent ?? ''));
      if (d) return d.trim();
    } catch {
      // malformed JSON-LD is common in the wild: fall through to the meta tags
    }
  }
  for (const sel of META_DATES) {
    const c = document.querySelector(sel)?.getAttribute('content');
    if (c) return c.trim();
  }
  const t = document.querySelector('time[pubdate]') ?? document.querySelector('time[datetime]');
  const dt = t?.getAttribute('datetime');
  return dt ? dt.trim() : null;
}

/**
 * The article in an HTML page. Refuses (E009) a page over the size limit, flattens nesting deeper
 * than the depth limit, and turns any failure of the DOM or Readability (a stack overflow on a
 * tree we did not foresee, a parser error) into E007 naming the input, never a generic error.
 */
export function htmlToArticle(html: string, source = 'html', limits: Pick<InputLimits, 'maxHtmlBytes' | 'maxHtmlDepth'> = DEFAULT_LIMITS): HtmlArticle {
  // UTF-16 code units ≥ bytes/3: a cheap bound that never refuses a page within the byte limit
  if (html.length > limits.maxHtmlBytes) {
    throw new NewsgraphError('E009', `${source}: HTML of ${mb(html.length)} exceeds the limit of ${mb(limits.maxHtmlBytes)}`, source);
  }
  const flat = flattenDeepHtml(html, limits.maxHtmlDepth).html;
  try {
    return readArticle(flat);
  } catch (e) {
    const why = e instanceof RangeError ? 'the page is nested too deeply to read' : (e as Error).message;
    throw new NewsgraphError('E007', `${source}: ${why}`, source);
  }
}

function readArticle(html: string): HtmlArticle {
  const { parseHTML } = loadLinkedom();
  const { document } = parseHTML(html);
  const doc = document as unknown as El;
  const published = publishedFrom(doc);
  const url =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    null;
  const metaTitle = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? null;
  const metaAuthor = doc.querySelector('meta[name="author"]')?.getAttribute('content') ?? null;
  const page = stripBoilerplate((doc.querySelector('body') ?? doc) as unknown as CleanEl);
  const parsed = new (loadReadability().Readability)(document as unknown as Document).parse();
  let paragraphs: string[] = [];
  if (parsed?.content) {
    const { document: inner } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    const blocks = Array.from((inner as unknown as El).querySelectorAll(BLOCKS));
    // a block nested in another block (p inside li/blockquote) is taken once, through its innermost text
    paragraphs = blocks
      .filter((b) => !(b as unknown as { querySelector(s: string): unknown }).querySelector('p, li, blockquote'))
      .map((b) => squash(b.textContent ?? ''))
      .filter(Boolean);
  }
  if (!paragraphs.length) {
    const body = parsed?.textContent ?? (doc.querySelector('body')?.textContent ?? '');
    paragraphs = body.split(/\n\s*\n|\r?\n/).map(squash).filter(Boolean);
  }
  const cleaned = dropBoilerplateParagraphs(paragraphs);
  const title = squash(parsed?.title ?? metaTitle ?? doc.querySelector('title')?.textContent ?? '') || null;
  // Readability may repeat the headline as the first paragraph: the title is metadata, not text
  const h1 = squash(doc.querySelector('h1')?.textContent ?? '');
  const text = cleaned.paragraphs.filter((p, i) => !(i === 0 && (p === h1 || (title && title.startsWith(p)))));
  return {
    text: text.join('\n'),
    title,
    byline: page.byline ?? (parsed?.byline ? squash(parsed.byline) : null) ?? cleaned.byline ?? (metaAuthor ? squash(metaAuthor) : null),
    url,
    published,
    captions: [...page.captions],
  };
}
