// The events and quotes explorers: a filter form whose fields are the API's own query parameters,
// a sortable, paged table, and downloads of the current view (same filters, CSV or JSON Lines).
// The filters live in the URL (#/events?quad=4&source_country=RUS), so a view can be bookmarked.
import { get } from './api.js';
import { actorLink, articleLink, cameoLabel, h, QUAD, quoteText } from './dom.js';

const PAGE = 50;

const EVENT_FIELDS = [
  { name: 'from', label: 'from', type: 'date' },
  { name: 'to', label: 'to', type: 'date' },
  { name: 'source_country', label: 'source country', placeholder: 'RUS' },
  { name: 'target_country', label: 'target country', placeholder: 'UKR' },
  { name: 'source_code', label: 'source actor code', placeholder: 'USAGOV' },
  { name: 'target_code', label: 'target actor code', placeholder: 'IGO' },
  { name: 'actor', label: 'actor id (either side)', placeholder: 'gpe-russia', list: 'actor-ids' },
  { name: 'source', label: 'source actor id', placeholder: 'any', list: 'actor-ids' },
  { name: 'target', label: 'target actor id', placeholder: 'any', list: 'actor-ids' },
  { name: 'location', label: 'place', placeholder: 'Cairo' },
  { name: 'root', label: 'CAMEO root', options: ['', ...Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'))] },
  { name: 'cameo', label: 'CAMEO code', placeholder: '042' },
  { name: 'plover', label: 'PLOVER type', placeholder: 'CONSULT' },
  { name: 'quad', label: 'quad class', options: ['', '1', '2', '3', '4'], optionLabel: (v) => (v ? `${v} ${QUAD[v].name}` : 'any') },
  { name: 'modality', label: 'modality', options: ['', 'asserted', 'future', 'hypothetical', 'reported'] },
  { name: 'text', label: 'text', placeholder: 'words in evidence or names' },
];

const QUOTE_FIELDS = [
  { name: 'from', label: 'from', type: 'date' },
  { name: 'to', label: 'to', type: 'date' },
  { name: 'speaker_name', label: 'speaker', placeholder: 'name fragment' },
  { name: 'speaker', label: 'speaker id', placeholder: 'person-…', list: 'actor-ids' },
  { name: 'kind', label: 'kind', options: ['', 'direct', 'partial', 'mixed', 'indirect'] },
  { name: 'q', label: 'text', placeholder: 'words in the quote' },
];

const EVENT_COLUMNS = [
  { key: 'date', label: 'date', cell: (v) => v.day ?? 'undated' },
  { key: 'source', label: 'source', cell: (v) => [actorLink(v.source.actor, v.source.name ?? '?'), v.source.actor_code ? h('span', { class: 'pill' }, v.source.actor_code) : null] },
  { key: 'cameo', label: 'event', cell: (v) => [h('span', { class: 'quad', style: `background:${QUAD[v.quad]?.color ?? '#999'}`, title: QUAD[v.quad]?.name }), cameoLabel(v.cameo), v.plover ? h('span', { class: 'pill' }, v.plover) : null] },
  { key: 'target', label: 'target', cell: (v) => [actorLink(v.target.actor, v.target.name ?? '?'), v.target.actor_code ? h('span', { class: 'pill' }, v.target.actor_code) : null] },
  { key: 'quad', label: 'quad', cell: (v) => v.quad },
  { key: 'goldstein', label: 'Goldstein', cell: (v) => v.goldstein },
  { key: 'modality', label: 'modality', cell: (v) => (v.negated ? `${v.modality}, negated` : v.modality) },
  { key: null, label: 'evidence', cell: (v) => [h('a', { href: `#/article/${encodeURIComponent(v.article)}?event=${encodeURIComponent(v.id)}`, class: 'evidence' }, `“${v.evidence.text}”`), h('div', { class: 'muted' }, articleLink(v.article, v.article_title))] },
];

const QUOTE_COLUMNS = [
  { key: 'date', label: 'date', cell: (q) => q.date ?? 'undated' },
  { key: 'speaker', label: 'speaker', cell: (q) => actorLink(q.speaker.actor, q.speaker.name ?? 'unknown speaker', 'PERSON') },
  { key: 'kind', label: 'kind', cell: (q) => q.kind },
  { key: null, label: 'quote', cell: (q) => [quoteText(q.text.length > 300 ? `${q.text.slice(0, 300)}…` : q.text, { href: `#/article/${encodeURIComponent(q.article)}?quote=${encodeURIComponent(q.id)}`, class: 'evidence' }), h('div', { class: 'muted' }, articleLink(q.article, q.article_title))] },
];

function control(f, value) {
  const attrs = { name: f.name, id: `f-${f.name}`, value: value ?? '' };
  if (f.options) return h('select', attrs, f.options.map((o) => h('option', { value: o, selected: o === (value ?? '') }, f.optionLabel ? f.optionLabel(o) : o || 'any')));
  return h('input', { ...attrs, type: f.type ?? 'text', placeholder: f.placeholder, list: f.list, autocomplete: 'off' });
}

function downloadLink(path, params, format, label) {
  const p = new URLSearchParams(params);
  p.delete('offset');
  p.set('format', format);
  p.set('limit', '10000');
  return h('a', { href: `${path}?${p}`, download: '', class: 'button', 'data-format': format }, label);
}

async function renderExplorer(view, params, spec) {
  const values = Object.fromEntries(spec.fields.map((f) => [f.name, params.get(f.name) ?? '']));
  const sort = params.get('sort') ?? '';
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const apiParams = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
  if (sort) apiParams.sort = sort;

  const go = (changes) => {
    const p = new URLSearchParams({ ...apiParams, ...changes });
    for (const [k, v] of [...p]) if (v === '' || (k === 'offset' && v === '0')) p.delete(k);
    location.hash = `${spec.route}?${p}`;
  };
  const controls = spec.fields.map((f) => h('label', { for: `f-${f.name}` }, f.label, control(f, values[f.name])));
  const form = h('form', { class: 'row filters', id: `${spec.kind}-filters`, onsubmit: (ev) => {
    ev.preventDefault();
    const changes = { offset: '0' };
    for (const f of spec.fields) changes[f.name] = form.elements[f.name].value.trim();
    go(changes);
  } }, controls, h('button', { class: 'primary', type: 'submit' }, 'Apply'), h('a', { href: spec.route, class: 'button' }, 'Clear'), h('datalist', { id: 'actor-ids' }));
  view.append(h('h1', {}, spec.title), h('p', { class: 'muted' }, spec.intro), form);
  get('/actors', { limit: 200 }).then((r) => form.querySelector('datalist').append(...r.items.map((a) => h('option', { value: a.id }, a.name)))).catch(() => {});

  const page = await get(spec.api, { ...apiParams, limit: PAGE, offset });
  const downloads = h('span', { class: 'downloads' }, 'download this view: ', downloadLink(spec.export, apiParams, 'csv', 'CSV'), ' ', downloadLink(spec.export, apiParams, 'jsonl', 'JSON Lines'));
  view.append(h('p', { class: 'summary' }, h('strong', { id: 'result-total' }, String(page.total)), ` ${spec.kind} match`, page.total ? ` · showing ${offset + 1}–${offset + page.items.length} · ` : ' · ', downloads));
  if (!page.items.length) {
    view.append(h('div', { class: 'card empty' }, h('p', {}, `No ${spec.kind} match these filters.`), h('p', { class: 'muted' }, spec.empty)));
    return null;
  }
  const header = spec.columns.map((c) => {
    if (!c.key) return h('th', {}, c.label);
    const active = sort.replace(/^-/, '') === c.key || (!sort && c.key === 'date');
    const desc = active && sort.startsWith('-');
    const next = active && !desc ? `-${c.key}` : c.key;
    return h('th', { 'aria-sort': active ? (desc ? 'descending' : 'ascending') : 'none' },
      h('a', { href: '#', class: 'sort', 'data-sort': c.key, onclick: (ev) => { ev.preventDefault(); go({ sort: next, offset: '0' }); } }, c.label, active ? (desc ? ' ▼' : ' ▲') : ''));
  });
  view.append(h('div', { class: 'card table-scroll' }, h('table', { id: `${spec.kind}-table`, class: 'explorer' },
    h('thead', {}, h('tr', {}, header)),
    h('tbody', {}, page.items.map((it) => h('tr', {}, spec.columns.map((c) => h('td', { 'data-label': c.label }, c.cell(it)))))))));
  view.append(h('div', { class: 'pager' },
    h('button', { disabled: offset === 0, onclick: () => go({ offset: String(Math.max(0, offset - PAGE)) }) }, '← previous'),
    h('span', { class: 'muted' }, `page ${Math.floor(offset / PAGE) + 1} of ${Math.max(1, Math.ceil(page.total / PAGE))}`),
    h('button', { id: 'next-page', disabled: page.next_offset === null, onclick: () => go({ offset: String(page.next_offset) }) }, 'next →')));
  return null;
}

export function renderEvents(view, params) {
  return renderExplorer(view, params, {
    kind: 'events', route: '#/events', api: '/events', export: '/export/events', title: 'Events explorer', fields: EVENT_FIELDS, columns: EVENT_COLUMNS,
    intro: 'Who did what to whom: filter by date, country and actor code, CAMEO root or code, PLOVER type, quad class, modality or words. Click a column to sort, the evidence to read it in its article.',
    empty: 'Widen the date range or clear a filter. Countries are three-letter codes (RUS, USA); CAMEO roots are 01–20. No events at all? Ingest articles: newsgraph ingest FILES --db DB.',
  });
}

export function renderQuotes(view, params) {
  return renderExplorer(view, params, {
    kind: 'quotes', route: '#/quotes', api: '/quotes', export: '/export/quotes', title: 'Quotes explorer', fields: QUOTE_FIELDS, columns: QUOTE_COLUMNS,
    intro: 'Who said what, and when: filter by date, speaker, kind or words. Click a quote to read it in its article.',
    empty: 'Try a shorter name fragment or fewer words; the text filter matches whole words (a trailing * matches a prefix). No quotes at all? Ingest articles first.',
  });
}
