// Search: people and other actors by name, articles by full text (with snippets), quotes by text.
// With no query it shows the latest articles and the most mentioned actors.
import { get } from './api.js';
import { actorHref, actorLink, articleLink, errorBox, h, snippet, quoteText } from './dom.js';

function actorList(items) {
  return h('ul', { class: 'plain' }, items.map((a) =>
    h('li', {}, h('a', { href: actorHref(a.id, a.type) }, a.name), h('span', { class: 'pill' }, a.type), a.country ? h('span', { class: 'pill' }, a.country) : null,
      h('span', { class: 'muted' }, ` ${a.mentions} mentions in ${a.articles} articles`))));
}

function articleList(items) {
  return h('ul', { class: 'plain', id: 'article-results' }, items.map((a) =>
    h('li', { class: 'article-hit' }, articleLink(a.id, a.title), h('span', { class: 'muted' }, ` ${a.published ?? 'undated'} · ${a.quote_count} quotes · ${a.event_count} events`),
      a.snippet ? h('div', { class: 'muted' }, snippet(a.snippet)) : null)));
}

export async function renderSearch(view, params) {
  const q = params.get('q') ?? '';
  document.getElementById('top-q').value = q;
  const input = h('input', { type: 'search', id: 'search-q', value: q, placeholder: 'A person, a place, words from an article or a quote', 'aria-label': 'search' });
  const form = h('form', { class: 'search-big', onsubmit: (ev) => { ev.preventDefault(); location.hash = `#/search?q=${encodeURIComponent(input.value.trim())}`; } },
    input, h('button', { class: 'primary', type: 'submit' }, 'Search'));
  view.append(h('h1', {}, q ? `Results for “${q}”` : 'Search the news record'), form);
  if (!q) {
    const [arts, actors] = await Promise.all([get('/articles', { limit: 20 }), get('/actors', { limit: 15 })]);
    view.append(h('div', { class: 'grid' },
      h('section', { class: 'card' }, h('h2', {}, `Latest articles (${arts.total})`), articleList(arts.items)),
      h('section', { class: 'card' }, h('h2', {}, 'Most mentioned'), actorList(actors.items))));
    return;
  }
  const [actors, arts, quotes] = await Promise.all([
    get('/actors', { q, limit: 10 }).catch((e) => e),
    get('/articles/search', { q, limit: 25 }).catch((e) => e),
    get('/quotes', { q, limit: 10 }).catch((e) => e),
  ]);
  const section = (title, r, render) => h('section', { class: 'card' }, h('h2', {}, title(r)), r instanceof Error ? errorBox(r) : render(r));
  view.append(h('div', { class: 'grid' },
    h('div', {},
      section((r) => `Articles (${r.total ?? 0})`, arts, (r) => (r.items.length ? articleList(r.items) : h('p', { class: 'muted' }, 'No article matches.'))),
      section((r) => `Quotes (${r.total ?? 0})`, quotes, (r) => (r.items.length
        ? h('ul', { class: 'plain' }, r.items.map((x) => h('li', {}, quoteText(x.text), ' — ',
            actorLink(x.speaker.actor, x.speaker.name ?? 'unknown', 'PERSON'), h('span', { class: 'muted' }, ` ${x.date ?? ''} `), articleLink(x.article, 'article'))))
        : h('p', { class: 'muted' }, 'No quote matches.')))),
    section((r) => `People and actors (${r.total ?? 0})`, actors, (r) => (r.items.length ? actorList(r.items) : h('p', { class: 'muted' }, 'No actor matches.')))));
}
