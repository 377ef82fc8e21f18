// Page boilerplate that Readability keeps or that must not reach the article text: adverts and
// "Sponsored"/"Advertisement" blocks (a "Sponsored: …" line once became a direct quote), share
// bars, related-article lists, newsletter boxes, figure captions and photo credits, bylines and
// date lines. Two passes: before Readability the DOM loses what its markup says is boilerplate
// (and the byline and captions are kept as metadata); after it, paragraphs whose whole text is a
// boilerplate line are dropped. Only whole elements and whole paragraphs go: text inside a kept
// paragraph is never cut, so a sentence that mentions advertising stays.

/** the DOM calls the cleaners use (linkedom's elements have them) */
export interface CleanEl {
  textContent: string | null;
  tagName: string;
  getAttribute(name: string): string | null;
  querySelectorAll(sel: string): ArrayLike<CleanEl>;
  closest(sel: string): CleanEl | null;
  remove(): void;
}

// words in class/id names that mark boilerplate containers; matched as whole dash/underscore parts
// ("ad", "ads", "advert…") so that "head", "shadow" or "lead" never match
const BOILERPLATE_NAME = /(^|[\s_-])(ad|ads|advert\w*|advertisement|sponsor\w*|promo\w*|paid|share\w*|sharing|social|related|recommend\w*|more-stories|read-more|readmore|newsletter\w*|subscribe|signup|outbrain|taboola|comments?|breadcrumbs?|most-read|mostread|trending|tags?|toolbar|cookie\w*|paywall)($|[\s_-])/i;
const REMOVE_TAGS = 'script, style, noscript, iframe, form, nav, aside, footer, button, svg, [role="complementary"], [role="navigation"], [aria-hidden="true"], [hidden]';
const CAPTIONS = 'figcaption, [class*="caption"], [itemprop="caption"]';
const CREDITS = '[class*="credit"], [itemprop="copyrightHolder"]';
const BYLINES = '[rel="author"], [itemprop="author"], [class*="byline"], [class~="author"], [class*="author-name"], address';
const DATELINES = 'time, [class*="timestamp"], [class*="dateline"], [class*="publish-date"], [class*="pubdate"], [class~="date"], [class*="updated"]';

/** A whole paragraph that is page furniture, not article text. */
const BOILERPLATE_LINE = new RegExp(
  [
    '^(advertisement|advertising|sponsored( content| links?)?|paid (content|post|partner content)|promoted( content)?|ad|story continues below( advertisement)?)$',
    '^(sponsored|advertisement|promoted|paid content)\\s*[:|–—-]',
    '^(share|share this( article| story| page)?|share on \\w+|tweet|email|print|copy link)( \\| .*)?$',
    '^(read more|related|see also|more on this story|recommended|most read|you may also like|more from \\w+)\\b.{0,120}$',
    '^(sign up|subscribe)\\b.{0,160}(newsletter|inbox|email|subscription)',
    '^follow (us|\\w+) on (twitter|x|facebook|instagram)\\b.{0,80}$',
    '^(photo|image|picture|video|file photo|graphic)( caption| source| credit)?\\s*[:|]',
    '^(image|photo|picture)\\s+(caption|source|copyright)\\b',
    '^(reporting|writing|additional reporting|editing) by\\b.{0,200}$',
    '^(published|updated|posted|last (updated|modified))( on| at| in)?\\s*:?\\s*[\\w ,:.+()-]{0,60}$',
    '^(copyright|©)\\s.{0,120}$',
    '^(comments?|\\d+ comments?|leave a (comment|reply))$',
  ].join('|'),
  'i',
);
/** "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Posted by jsmith" */
const BYLINE_LINE = /^(posted |written |words )?by\s+[\p{Lu}][\p{L}.'’-]*(\s+[\p{Lu}][\p{L}.'’-]*){0,3}((\s*(,|and|&)\s*[\p{Lu}][\p{L}.'’-]*(\s+[\p{Lu}][\p{L}.'’-]*){0,3}){0,3})(\s*[,|·–—-]\s*.{0,60})?$/iu;
/** a line that is only a date (and maybe a time): a date line above or below the article */
const DATE_LINE = /^((mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?((\d{1,2}\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(\s+\d{1,2})?,?\s+\d{4}|\d{4}-\d{2}-\d{2})([\s,]+(at\s+)?\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s+[A-Z]{2,4})?)?\.?$/i;

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export interface PageMetadata {
  readonly byline: string | null;
  readonly captions: readonly string[];
}

/**
 * Removes boilerplate elements from a parsed page, in place, before Readability sees it; returns
 * the byline and figure captions it took out. The <article> (or <main>) element is never removed
 * as a whole, only what is inside it.
 */
export function stripBoilerplate(root: CleanEl): PageMetadata {
  const captions: string[] = [];
  for (const el of Array.from(root.querySelectorAll(CAPTIONS))) {
    const t = squash(el.textContent);
    if (t && !captions.includes(t)) captions.push(t);
  }
  // the tightest byline element wins: a name link inside "By <a>Name</a>, correspondent", the first
  // line of a block that puts the name and the job title in two paragraphs
  let byline: string | null = null;
  for (const el of Array.from(root.querySelectorAll(BYLINES))) {
    const firstLine = el.querySelectorAll('p, div')[0];
    const t = cleanByline(firstLine ? firstLine.textContent : el.textContent);
    if (t && (!byline || t.length < byline.length)) byline = t;
  }
  const protectedTags = new Set(['HTML', 'BODY', 'ARTICLE', 'MAIN']);
  const removable = (el: CleanEl) => !protectedTags.has(el.tagName.toUpperCase());
  for (const el of Array.from(root.querySelectorAll(REMOVE_TAGS))) if (removable(el)) el.remove();
  for (const el of Array.from(root.querySelectorAll(`figure, ${CAPTIONS}, ${CREDITS}, ${BYLINES}, ${DATELINES}`))) if (removable(el)) el.remove();
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (removable(el) && BOILERPLATE_NAME.test(names)) el.remove();
  }
  // a leftover block that is only a boilerplate label ("Advertisement", "Sponsored: …")
  for (const el of Array.from(root.querySelectorAll('div, p, span, section, li'))) {
    const t = squash(el.textContent);
    if (t.length < 200 && removable(el) && (BOILERPLATE_LINE.test(t) || (!byline && BYLINE_LINE.test(t)))) {
      if (!byline && BYLINE_LINE.test(t)) byline = cleanByline(t);
      el.remove();
    }
  }
  return { byline, captions };
}

/** Drops whole paragraphs that are boilerplate lines; a byline line found here is returned. */
export function dropBoilerplateParagraphs(paragraphs: readonly string[]): { paragraphs: string[]; byline: string | null } {
  let byline: string | null = null;
  const kept: string[] = [];
  for (const p of paragraphs) {
    if (p.length < 260 && BOILERPLATE_LINE.test(p)) continue;
    if (p.length < 160 && DATE_LINE.test(p)) continue;
    if (p.length < 140 && BYLINE_LINE.test(p)) {
      byline ??= cleanByline(p);
      continue;
    }
    kept.push(p);
  }
  return { paragraphs: kept, byline };
}

function cleanByline(s: string | null): string | null {
  const t = squash(s).replace(/^(posted |written |words )?by\s+/i, '').replace(/\s*[|·].*$/, '').trim();
  return t && t.length <= 120 ? t : null;
}
