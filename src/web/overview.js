// The overview, the page the app opens on: what the corpus holds (counts and date span), the
// most active actors, the cooperation/conflict balance per month on a continuous time axis, and
// the latest quotes. Every block links on to the page that explores it.
import { get } from './api.js';
import { actorHref, articleLink, emptyState, h, quoteText } from './dom.js';
import { drawCoopConflict, fillPeriods } from './timeline.js';
import { safeLinkUrl } from './url.js';

export async function renderOverview(view) {
  const [stats, actors, timeline, quotes, latest] = await Promise.all([
    get('/stats'),
    get('/actors', { limit: 12 }),
    get('/timeline', { bucket: 'month' }),
    get('/quotes', { limit: 8, sort: '-date' }),
    get('/articles', { limit: 5 }),
  ]);
  const c = stats.counts;
  view.append(h('h1', {}, 'Overview'));
  if (!c.articles) {
    view.append(emptyState('The database is empty.', 'Run npm start to load the bundled demo corpus, or newsgraph ingest FILES --db DB to read your own articles (txt, html, json, jsonl, csv, RSS), then reload.'));
    return null;
  }
  const buckets = timeline.buckets;
  const span = buckets.length ? `${buckets[0].period} to ${buckets[buckets.length - 1].period}` : 'no dated events';
  view.append(h('p', { class: 'lead' }, `${c.articles} articles, ${c.events} events, ${c.quotes} quotes and ${c.actors} actors; events dated ${span}. `,
    h('a', { href: '#/about' }, 'About the corpus')));
  const canvas = h('canvas', { id: 'overview-chart', 'aria-label': 'cooperation and conflict per month' });
  const totals = buckets.reduce((t, b) => ({ coop: t.coop + b.cooperation, conflict: t.conflict + b.conflict }), { coop: 0, conflict: 0 });
  view.append(h('section', { class: 'card' },
    h('h2', {}, 'Cooperation and conflict per month'),
    h('p', { class: 'muted' }, `${totals.coop} cooperative and ${totals.conflict} conflictual events; months without events stay on the axis. `, h('a', { href: '#/timeline?bucket=month' }, 'Open the timeline')),
    h('div', { class: 'chart-box' }, canvas)));
  const chart = buckets.length ? drawCoopConflict(canvas, fillPeriods(buckets, 'month')) : null;
  view.append(h('div', { class: 'grid' },
    h('section', { class: 'card', id: 'latest-quotes' }, h('h2', {}, 'Latest quotes'),
      quotes.items.length
        ? h('ul', { class: 'plain' }, quotes.items.map((q) => h('li', {},
          quoteText(q.text.length > 220 ? `${q.text.slice(0, 220)}…` : q.text, { href: `#/article/${encodeURIComponent(q.article)}?quote=${encodeURIComponent(q.id)}` }), ' — ',
          q.speaker.actor ? h('a', { href: actorHref(q.speaker.actor, 'PERSON') }, q.speaker.name ?? q.speaker.actor) : h('span', {}, q.speaker.name ?? 'unknown speaker'),
          h('span', { class: 'pill' }, q.date ?? 'undated'))))
        : h('p', { class: 'muted' }, 'No quotes found in these articles.'),
      h('p', {}, h('a', { href: '#/quotes?sort=-date' }, 'All quotes →'))),
    h('aside', {},
      h('section', { class: 'card', id: 'top-actors' }, h('h2', {}, 'Top actors'),
        h('ol', { class: 'ranked' }, actors.items.map((a) => h('li', {}, h('a', { href: actorHref(a.id, a.type) }, a.name), h('span', { class: 'pill' }, a.type),
          h('span', { class: 'muted' }, ` ${a.mentions} mentions, ${a.articles} articles`)))),
        h('p', {}, h('a', { href: '#/actors' }, 'All actors →'))),
      h('section', { class: 'card' }, h('h2', {}, 'Newest articles'),
        h('ul', { class: 'plain' }, latest.items.map((a) => h('li', {}, articleLink(a.id, a.title), h('span', { class: 'muted' }, ` ${a.published ?? 'undated'}`))))))));
  return { destroy: () => chart?.destroy() };
}

export async function renderAbout(view) {
  const arts = await get('/articles', { limit: 500 });
  const wikinews = arts.items.filter((a) => (a.url ?? '').includes('wikinews.org'));
  view.append(h('h1', {}, 'About'),
    h('section', { class: 'card' },
      h('p', {}, 'newsgraph reads news and records who said what, and who did what to whom, when and where. Every highlight in an article says which rule made it (click it: "why?").'),
      h('h2', {}, 'The demo corpus'),
      h('p', {}, 'The articles from Wikinews (en.wikinews.org, 2019–2020) are by the Wikinews contributors and are used under the ',
        h('a', { href: 'https://creativecommons.org/licenses/by/2.5/', rel: 'noreferrer noopener', target: '_blank' }, 'Creative Commons Attribution 2.5 licence'),
        '. Each is listed below with a link to its original page, where its authors and history are. The six sample articles about invented countries and people are fiction written for this project.'),
      h('p', { class: 'muted' }, wikinews.length ? `${wikinews.length} Wikinews articles in this database:` : 'No Wikinews articles in this database (npm start loads them).'),
      h('ul', { class: 'plain attribution', id: 'attribution' }, wikinews.map((a) => h('li', {}, articleLink(a.id, a.title), ' — ',
        safeLinkUrl(a.url) ? h('a', { href: safeLinkUrl(a.url), rel: 'noreferrer noopener', target: '_blank' }, 'original on Wikinews') : a.url, h('span', { class: 'muted' }, ` · ${a.published ?? ''} · CC BY 2.5`))))));
  return null;
}
