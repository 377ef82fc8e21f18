// Reading real page layouts (test/fixtures/pages/: wire, newspapers, blog, government press
// release, live blog, broadcaster, magazine, regional portal): the article's sentences are in the
// text, page boilerplate is not (adverts, "Sponsored"/"Advertisement" blocks, captions and photo
// credits, bylines and date lines, share bars, related lists, newsletter boxes, comments), and the
// byline and captions are kept as metadata.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../core/paths.js';
import { dropBoilerplateParagraphs } from './html-cleaners.js';
import { htmlToArticle } from './read-html.js';

const dir = join(repoRoot, 'test', 'fixtures', 'pages');

interface Expect {
  keep: string[];
  drop: string[];
  byline: string | null;
  caption?: string;
  first?: string;
}

const PAGES: Record<string, Expect> = {
  'wire-agency.html': {
    first: 'HALDEN, March 6 (Global Wire) - Norland and Vestria agreed',
    keep: ['"Trade between our peoples must not wait for politics," Vestrian Foreign Minister', 'fishing rights in the Kessel Strait.'],
    drop: ['Advertisement', 'Share on', 'Trucks wait at the Halden crossing', 'Reporting by', 'Related Coverage', 'fishing fleet stays in port', 'Updated 2 hours ago', '9:14 AM', '©'],
    byline: 'Maria Lund and Peter Aho',
    caption: 'Trucks wait at the Halden crossing',
  },
  'newspaper-broadsheet.html': {
    first: 'The government of Kalvia will ration water',
    keep: ['"We ask every family to carry its share of this burden," Mbeki said', 'The World Food Programme said it was ready'],
    drop: ['Advertisement', 'cookies', 'Share on', 'reservoir at 12% of capacity.', 'Photograph:', 'Sign up', 'Morning Briefing', 'Most read', 'Celebrity chef', 'Mon 14 Jul 2025', 'Africa correspondent'],
    byline: 'Samuel Okoro',
    caption: 'The Amal reservoir at 12% of capacity.',
  },
  'newspaper-ads-between.html': {
    first: 'The Bank of Norland raised its main interest rate',
    keep: ['Governor Lars Holm said the bank would "do whatever is necessary"', 'The next rate decision is due on November 6.', 'Economists polled by the newspaper expect'],
    drop: ['ADVERTISEMENT', 'Advertisement', 'advertisement', 'Recommended', 'energy bill', '2:30 p.m.'],
    byline: 'Elena Petrova',
  },
  'local-sponsored.html': {
    first: 'Riverside city council approved a new tram line',
    keep: ['Mayor Anika Roy said construction would begin', '"This line will connect forty thousand people to the city centre," Roy told the council.', 'campaigned for the line since 2018.'],
    drop: ['Sponsored', 'mortgage rates', 'lost 10 kilos', 'Paid content', 'Riverside Mall', 'Read more', 'Follow us on Twitter', 'April 22, 2025', 'By Tom Fischer'],
    byline: 'Tom Fischer',
  },
  'blog-wordpress.html': {
    first: 'The talks between Norland and Kessel over fishing quotas',
    keep: ['"never intended to compromise"', 'In my view, both governments misjudged'],
    drop: ['Share this', 'Twitter', 'Posted on', 'Posted in', 'Tagged', 'Related', 'coalition: a first look', 'Great analysis', 'Leave a Reply', 'Recent Posts', 'Analysis of Nordic politics'],
    byline: 'Hanna Virtanen',
  },
  'government-press-release.html': {
    first: 'The Government of Norland will provide 50 million in emergency aid',
    keep: ['No family should face the cost of rebuilding alone.', 'Grants of up to 20,000 will be available', 'Applications open on 6 October 2025'],
    drop: ['Skip to main content', 'Share this page', 'Related content', 'Flood warnings', 'Open Government Licence', 'Published 3 October 2025', 'Departments Worldwide'],
    byline: null,
  },
  'live-blog.html': {
    keep: ['President Karl Strand has conceded defeat', 'opposition leader Mira Solberg leads with 54% of the vote.', 'turnout reached 71%, the highest since 1994.'],
    drop: ['Advertisement', 'Mira Solberg greets supporters', 'Photograph: Eva Lind', 'Key events', 'Share'],
    byline: 'Nora Hale, Jonas Berg and Ali Karim',
    caption: 'Mira Solberg greets supporters.',
  },
  'broadcaster.html': {
    first: 'A court in Kessel has ordered the release of journalist Anna Kivi',
    keep: ['Judge Paul Rebane said prosecutors had failed', 'would "continue to report without fear."', 'it would appeal against the ruling.'],
    drop: ['Image source', 'Getty Images', 'Image caption', 'held for 41 days', 'Related Topics', 'More on this story', 'Advertisement', 'By Oliver Grant', 'Europe reporter'],
    byline: 'Oliver Grant',
    caption: 'Anna Kivi had been held for 41 days',
  },
  'magazine-longform.html': {
    first: 'Japan, Norland and Australia are betting billions',
    keep: ['At the Varka mine, 300 kilometres north of the Arctic Circle', 'Japan signed an agreement with Norland in June', '"We cannot depend on a single supplier', 'reindeer herding routes'],
    drop: ['free articles left', 'Read more', 'Subscribe', 'Ivo Sten for The Review', 'Words by', 'Mining'],
    byline: 'Clara Wei',
    caption: 'The Varka mine in northern Norland.',
  },
  'wire-plain-dateline.html': {
    first: 'GENEVA (AN) — The United Nations envoy for Kalvia called on Tuesday',
    keep: ['"Every day without a ceasefire costs lives," Brandt told reporters in Geneva.', 'retaken the town of Oru from rebel forces.'],
    drop: ['Photo:', 'Displaced families at a camp', 'Copyright 2025', 'July 15, 2025', 'By Ahmed Saleh'],
    byline: 'Ahmed Saleh, Associated Newswire',
  },
  'regional-news-portal.html': {
    first: 'Five donor countries suspended development aid to Kalvia on Monday',
    keep: ['"an insult to the Kalvian people"', 'worth about 300 million dollars a year'],
    drop: ['Sponsored Links', 'Trending', 'Share this', 'WhatsApp', 'You may also like', 'sworn in', '12 Comments', 'Foreign ministers met in Brussels', 'Login', '11:45 am'],
    byline: 'Grace Mwangi',
    caption: 'Foreign ministers met in Brussels on Monday.',
  },
};

describe('reading real page layouts: article text without page boilerplate', () => {
  it('has an expectation for every saved page, and at least ten pages', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
    expect(files).toEqual(Object.keys(PAGES).sort());
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  for (const [file, x] of Object.entries(PAGES)) {
    it(file, () => {
      const a = htmlToArticle(readFileSync(join(dir, file), 'utf8'), file);
      for (const k of x.keep) expect(a.text, `keeps: ${k}`).toContain(k);
      for (const d of x.drop) expect(a.text, `drops: ${d}`).not.toContain(d);
      if (x.first) expect(a.text.startsWith(x.first), `starts with the lede, found: ${a.text.slice(0, 80)}`).toBe(true);
      expect(a.byline).toBe(x.byline);
      if (x.caption) expect(a.captions.join(' | ')).toContain(x.caption);
      // one paragraph a line, none empty
      expect(a.text.split('\n').every((l) => l.trim().length > 0)).toBe(true);
    });
  }
});

describe('paragraph-level boilerplate', () => {
  it('drops whole boilerplate paragraphs and keeps sentences that merely mention advertising or sponsors', () => {
    const { paragraphs, byline } = dropBoilerplateParagraphs([
      'Advertisement',
      'Sponsored: "Best rates in town," says the bank.',
      'By Jane Doe and John Roe, Reuters',
      'The ministry said advertisement spending by state firms would be capped.',
      'The festival is sponsored by the city, the mayor said.',
      'Share this article',
      'March 6, 2025 9:14 AM',
    ]);
    expect(paragraphs).toEqual(['The ministry said advertisement spending by state firms would be capped.', 'The festival is sponsored by the city, the mayor said.']);
    expect(byline).toBe('Jane Doe and John Roe, Reuters');
  });

  it('keeps a paragraph that starts like a byline but is a sentence', () => {
    const { paragraphs } = dropBoilerplateParagraphs(['By Monday, the army had retaken the town of Oru from rebel forces and reopened the road.']);
    expect(paragraphs.length).toBe(1);
  });
});
