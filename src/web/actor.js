// Actor pages. A person's page: roles over time and every quote in date order. An actor page (any
// type): roles, cooperation/conflict timeline, events as source and target, counterparts (dyads).
import { get } from './api.js';
import { actorHref, actorLink, articleLink, h, QUAD, quoteText } from './dom.js';
import { drawCoopConflict } from './timeline.js';
import { saidAboutSection } from './said-about.js';

function rolesTable(roles) {
  if (!roles.length) return h('p', { class: 'muted' }, 'No role observed.');
  return h('div', { class: 'table-scroll' }, h('table', { id: 'roles', class: 'compact' },
    h('thead', {}, h('tr', {}, ['role', 'country', 'code', 'first seen', 'last seen', '×'].map((c) => h('th', {}, c)))),
    h('tbody', {}, roles.map((r) => h('tr', { title: `${r.sector ? `sector ${r.sector} · ` : ''}from the ${r.origin === 'extras' ? 'entities stage role observations' : 'entity record'}` },
      [r.role ?? '—', r.country ?? '', r.actor_code ?? '', r.first ?? '?', r.last ?? '?', r.observations].map((c) => h('td', {}, c)))))));
}

function header(a, kind) {
  return [
    h('h1', {}, a.name, h('span', { class: 'pill' }, a.type), a.country ? h('span', { class: 'pill' }, a.country) : null),
    h('p', { class: 'muted' }, `${a.mentions} mentions in ${a.articles} articles · ${a.quotes} quotes · ${a.events_as_source} events as source, ${a.events_as_target} as target`,
      a.first_seen ? ` · seen ${a.first_seen} – ${a.last_seen}` : '',
      kind === 'person' ? [' · ', h('a', { href: `#/actor/${encodeURIComponent(a.id)}` }, 'events and timeline')]
        : a.type === 'PERSON' ? [' · ', h('a', { href: `#/person/${encodeURIComponent(a.id)}` }, 'quotes over time')] : null,
      ' · ', h('a', { href: `#/network?actor=${encodeURIComponent(a.id)}` }, 'network')),
  ];
}

export async function renderPerson(view, id) {
  const [a, quotes] = await Promise.all([get(`/actors/${encodeURIComponent(id)}`), get(`/actors/${encodeURIComponent(id)}/quotes`, { limit: 500 })]);
  view.append(...header(a, 'person'));
  const byMonth = new Map();
  for (const q of quotes.items) {
    const m = (q.date ?? q.published ?? '').slice(0, 7) || 'undated';
    byMonth.set(m, (byMonth.get(m) ?? 0) + 1);
  }
  const canvas = h('canvas', { id: 'quotes-chart' });
  const list = h('div', { id: 'person-quotes' });
  let lastDay = null;
  for (const q of quotes.items) {
    const day = q.date ?? (q.published ? q.published.slice(0, 10) : 'undated');
    if (day !== lastDay) list.append(h('div', { class: 'timeline-day' }, day));
    lastDay = day;
    list.append(h('div', { class: 'card quote-item' }, quoteText(q.text),
      h('div', { class: 'muted' }, q.cue ? `${q.cue.text} · ` : '', q.addressee?.name ? `to ${q.addressee.name} · ` : '', h('span', { class: 'pill' }, q.kind), ' in ', articleLink(q.article, q.article_title),
        ' · rule ', h('code', {}, q.rule))));
  }
  view.append(
    h('div', { class: 'grid' },
      h('section', {}, h('h2', {}, `Quotes over time (${quotes.total})`), quotes.items.length ? list : h('p', { class: 'muted' }, 'No quotes attributed yet.'),
        quotes.total > quotes.items.length ? h('p', { class: 'muted' }, `showing the first ${quotes.items.length}`) : null),
      h('aside', {},
        h('section', { class: 'card' }, h('h2', {}, 'Roles over time'), rolesTable(a.roles)),
        h('section', { class: 'card' }, h('h2', {}, 'Quotes per month'), h('div', { class: 'chart-box', style: 'height:200px' }, canvas)))));
  view.append(await saidAboutSection(id)); // next to "said by them" (quotes over time)
  let chart = null;
  if (window.Chart && byMonth.size) {
    const labels = [...byMonth.keys()].sort();
    chart = new window.Chart(canvas, {
      type: 'bar',
      data: { labels, datasets: [{ label: 'quotes', data: labels.map((l) => byMonth.get(l)), backgroundColor: '#5b9be0' }] },
      options: { animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } } },
    });
  }
  return { destroy: () => chart?.destroy() };
}

export async function renderActor(view, id, params) {
  const as = params.get('as') ?? 'any';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const [a, events, timeline] = await Promise.all([
    get(`/actors/${encodeURIComponent(id)}`),
    get(`/actors/${encodeURIComponent(id)}/events`, { as, limit: 50, offset }),
    get('/timeline', { actor: id, bucket: 'week' }),
  ]);
  view.append(...header(a, 'actor'));
  const canvas = h('canvas', { id: 'actor-chart' });
  const partners = new Map();
  for (const v of events.items) {
    const other = v.source.actor === id ? v.target : v.source;
    if (other.actor && other.actor !== id) partners.set(other.actor, { name: other.name, n: (partners.get(other.actor)?.n ?? 0) + 1 });
  }
  const filter = h('select', { onchange: (ev) => { location.hash = `#/actor/${encodeURIComponent(id)}?as=${ev.target.value}`; } },
    [['any', 'as source or target'], ['source', 'as source'], ['target', 'as target']].map(([v, l]) => h('option', { value: v, selected: v === as }, l)));
  view.append(
    h('div', { class: 'grid' },
      h('div', {},
        h('section', { class: 'card' }, h('h2', {}, 'Cooperation vs conflict per week'), h('div', { class: 'chart-box' }, canvas),
          h('p', {}, h('a', { href: `#/timeline?actor=${encodeURIComponent(id)}` }, 'open in the timeline view'))),
        h('section', { class: 'card' }, h('h2', {}, `Events (${events.total}) `, filter),
          h('p', { class: 'muted' }, 'export: ', ['csv', 'jsonl', 'gdelt', 'plover'].flatMap((f, i) => [i ? ' · ' : '',
            h('a', { href: `/export/events?${new URLSearchParams({ [as === 'any' ? 'actor' : as]: id, format: f, limit: '10000' })}`, download: '' }, f === 'gdelt' ? 'GDELT TSV' : f === 'plover' ? 'PLOVER JSON' : f.toUpperCase())])),
          h('table', { id: 'actor-events' },
            h('thead', {}, h('tr', {}, ['date', 'source', 'event', 'target', 'Goldstein', 'article'].map((c) => h('th', {}, c)))),
            h('tbody', {}, events.items.map((v) => h('tr', {},
              h('td', {}, v.day ?? '?'), h('td', {}, actorLink(v.source.actor, v.source.name ?? '?')),
              h('td', {}, h('span', { class: 'quad', style: `background:${QUAD[v.quad]?.color}`, title: QUAD[v.quad]?.name }), `${v.cameo} ${v.plover ?? ''}`, v.negated ? ' (negated)' : ''),
              h('td', {}, actorLink(v.target.actor, v.target.name ?? '?')), h('td', {}, v.goldstein), h('td', {}, articleLink(v.article, v.article_title)))))),
          h('div', { class: 'pager' },
            offset > 0 ? h('a', { href: `#/actor/${encodeURIComponent(id)}?as=${as}&offset=${Math.max(0, offset - 50)}` }, '← previous') : null,
            events.next_offset !== null ? h('a', { href: `#/actor/${encodeURIComponent(id)}?as=${as}&offset=${events.next_offset}` }, 'next →') : null))),
      h('aside', {},
        h('section', { class: 'card' }, h('h2', {}, 'Roles over time'), rolesTable(a.roles)),
        h('section', { class: 'card' }, h('h2', {}, 'Counterparts'), partners.size
          ? h('ul', { class: 'plain' }, [...partners].sort((x, y) => y[1].n - x[1].n).map(([pid, p]) => h('li', {}, actorLink(pid, p.name), ` ${p.n} events · `,
              h('a', { href: `#/timeline?dyad=${encodeURIComponent(id)},${encodeURIComponent(pid)}` }, 'dyad timeline'))))
          : h('p', { class: 'muted' }, 'No counterpart on this page of events.')))));
  view.append(await saidAboutSection(id, params.get('by') ?? ''));
  const chart = drawCoopConflict(canvas, timeline.buckets);
  return { destroy: () => chart?.destroy() };
}

export async function renderActors(view, params) {
  const q = params.get('q') ?? '';
  const type = params.get('type') ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const r = await get('/actors', { q: q || undefined, type: type || undefined, limit: 50, offset });
  const input = h('input', { name: 'q', value: q, placeholder: 'name' });
  const sel = h('select', { name: 'type' }, ['', 'PERSON', 'ORG', 'GPE', 'NORP', 'LOC', 'FAC'].map((t) => h('option', { value: t, selected: t === type }, t || 'any type')));
  const nav = (o) => `#/actors?${new URLSearchParams({ q, type, offset: String(o) })}`;
  view.append(h('h1', {}, 'Actors'),
    h('form', { class: 'row', onsubmit: (ev) => { ev.preventDefault(); location.hash = `#/actors?${new URLSearchParams({ q: input.value.trim(), type: sel.value })}`; } },
      h('label', {}, 'name', input), h('label', {}, 'type', sel), h('button', { class: 'primary', type: 'submit' }, 'Filter')),
    h('section', { class: 'card' }, h('table', {},
      h('thead', {}, h('tr', {}, ['name', 'type', 'country', 'code', 'mentions', 'articles'].map((c) => h('th', {}, c)))),
      h('tbody', {}, r.items.map((a) => h('tr', {}, h('td', {}, h('a', { href: actorHref(a.id, a.type) }, a.name)), h('td', {}, a.type), h('td', {}, a.country ?? ''),
        h('td', {}, a.actor_code ?? ''), h('td', {}, a.mentions), h('td', {}, a.articles))))),
      h('div', { class: 'pager' }, `${r.total} actors`, offset > 0 ? h('a', { href: nav(Math.max(0, offset - 50)) }, '← previous') : null,
        r.next_offset !== null ? h('a', { href: nav(r.next_offset) }, 'next →') : null)));
}
