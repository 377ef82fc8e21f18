// The web app's router: hash routes (#/article/ID …) so the server needs only "/" and the API.
import { get } from './api.js';
import { clear, errorBox, h, setCameoNames } from './dom.js';
import { renderSearch } from './search.js';
import { renderArticle } from './article.js';
import { renderActor, renderActors, renderPerson } from './actor.js';
import { renderTimeline } from './timeline.js';
import { renderNetwork } from './network.js';
import { renderEvents, renderQuotes } from './explorer.js';
import { renderAbout, renderOverview } from './overview.js';
import { renderMap } from './map.js';

const view = document.getElementById('view');

const ROUTES = [
  [/^#\/article\/(.+)$/, 'search', (m, p) => renderArticle(view, decodeURIComponent(m[1]), p)],
  [/^#\/person\/(.+)$/, 'actors', (m, p) => renderPerson(view, decodeURIComponent(m[1]), p)],
  [/^#\/actor\/(.+)$/, 'actors', (m, p) => renderActor(view, decodeURIComponent(m[1]), p)],
  [/^#\/actors$/, 'actors', (_m, p) => renderActors(view, p)],
  [/^#\/timeline$/, 'timeline', (_m, p) => renderTimeline(view, p)],
  [/^#\/network$/, 'network', (_m, p) => renderNetwork(view, p)],
  [/^#\/events$/, 'events', (_m, p) => renderEvents(view, p)],
  [/^#\/quotes$/, 'quotes', (_m, p) => renderQuotes(view, p)],
  [/^#\/map$/, 'map', (_m, p) => renderMap(view, p)],
  [/^#\/about$/, 'about', () => renderAbout(view)],
  [/^#\/search$/, 'search', (_m, p) => renderSearch(view, p)],
  [/^#\/$/, 'overview', () => renderOverview(view)],
];

let current = null;

async function route() {
  const hash = location.hash || '#/';
  const [path, qs] = hash.split('?');
  const params = new URLSearchParams(qs ?? '');
  document.getElementById('popover').hidden = true;
  document.body.classList.remove('menu-open');
  await cameoReady;
  if (current?.destroy) current.destroy();
  current = null;
  clear(view);
  for (const [re, nav, render] of ROUTES) {
    const m = re.exec(path);
    if (!m) continue;
    for (const a of document.querySelectorAll('[data-nav]')) a.classList.toggle('active', a.dataset.nav === nav);
    try {
      current = (await render(m, params)) ?? null;
    } catch (e) {
      view.append(errorBox(e));
    }
    return;
  }
  view.append(h('h1', {}, 'Not found'), h('p', {}, 'No such page. ', h('a', { href: '#/' }, 'Back to search')));
}

document.getElementById('top-search').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const q = document.getElementById('top-q').value.trim();
  location.hash = `#/search?q=${encodeURIComponent(q)}`;
});

window.addEventListener('hashchange', route);
document.addEventListener('click', (ev) => {
  const pop = document.getElementById('popover');
  if (!pop.hidden && !pop.contains(ev.target) && !ev.target.closest('.hl')) pop.hidden = true;
});
document.addEventListener('keydown', (ev) => {
  if (ev.key === 'Escape') document.getElementById('popover').hidden = true;
});

// CAMEO names before the first page, so tables say "162 Reduce or stop aid" and not only "162"
const cameoReady = get('/cameo').then((r) => setCameoNames(r.codes)).catch(() => {});
document.getElementById('menu-toggle').addEventListener('click', () => document.body.classList.toggle('menu-open'));

get('/stats')
  .then((s) => {
    document.getElementById('stats').textContent = `${s.counts.articles} articles · ${s.counts.quotes} quotes · ${s.counts.events} events`;
  })
  .catch(() => {});
route();
