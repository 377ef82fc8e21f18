// The actor network (cytoscape, ES module build): nodes are actors (by name), edges are events
// aggregated by source, target and quad class, coloured by quad class, labelled with their event
// count and as wide as it. Filters: actor, date range, quad class. Click an actor to open it,
// an edge to list its events.
import { get } from './api.js';
import { actorHref, emptyState, h, QUAD } from './dom.js';

export async function renderNetwork(view, params) {
  const f = { actor: params.get('actor') ?? '', from: params.get('from') ?? '', to: params.get('to') ?? '', quad: params.get('quad') ?? '' };
  const limit = params.get('limit') ?? '300';
  const [net, focus] = await Promise.all([
    get('/network', { ...f, limit }),
    f.actor ? get(`/actors/${encodeURIComponent(f.actor)}`).catch(() => null) : null,
  ]);
  const form = h('form', { class: 'row', id: 'network-filters', onsubmit: (ev) => {
    ev.preventDefault();
    const p = new URLSearchParams();
    for (const k of ['actor', 'from', 'to', 'quad']) if (form.elements[k].value.trim()) p.set(k, form.elements[k].value.trim());
    location.hash = `#/network?${p}`;
  } },
  h('label', { for: 'f-actor' }, 'around actor', h('input', { id: 'f-actor', name: 'actor', value: f.actor, list: 'actor-ids', placeholder: 'any actor' })),
  h('label', { for: 'f-from' }, 'from', h('input', { id: 'f-from', name: 'from', type: 'date', value: f.from })),
  h('label', { for: 'f-to' }, 'to', h('input', { id: 'f-to', name: 'to', type: 'date', value: f.to })),
  h('label', { for: 'f-quad' }, 'quad class', h('select', { id: 'f-quad', name: 'quad' }, ['', '1', '2', '3', '4'].map((q) => h('option', { value: q, selected: q === f.quad }, q ? `${q} ${QUAD[q].name}` : 'any')))),
  h('button', { class: 'primary', type: 'submit' }, 'Apply'), h('a', { href: '#/network', class: 'button' }, 'Clear'), h('datalist', { id: 'actor-ids' }));
  get('/actors', { limit: 200 }).then((r) => form.querySelector('datalist').append(...r.items.map((a) => h('option', { value: a.id }, a.name)))).catch(() => {});
  const focusName = focus?.name ?? net.nodes.find((n) => n.id === f.actor)?.name ?? f.actor;
  const eventsTotal = net.edges.reduce((n, e) => n + e.events, 0);
  view.append(
    h('h1', {}, f.actor ? `Network around ${focusName}` : 'Who cooperates with or confronts whom'),
    form,
    h('div', { class: 'legend', id: 'network-legend' }, Object.entries(QUAD).map(([q, v]) => h('span', {}, h('span', { class: 'quad', style: `background:${v.color}` }), `${q} ${v.name}`)),
      h('span', { class: 'muted' }, `${net.nodes.length} actors, ${net.edges.length} links, ${eventsTotal} events · edge label and width = number of events · orange nodes are people · click an actor to open it, a link to list its events`)),
  );
  const box = h('div', { id: 'cy' });
  if (!net.edges.length) {
    view.append(emptyState(f.actor ? `No events link ${focusName} to another resolved actor${f.from || f.to || f.quad ? ' with these filters' : ''}.` : 'No events between resolved actors yet.',
      'Clear the date or quad filter, pick another actor, or open the events explorer to see events whose source or target is unresolved.'));
    return null;
  }
  view.append(box);
  let cytoscape;
  try {
    cytoscape = (await import('/vendor/cytoscape.js')).default;
  } catch (e) {
    box.append(h('p', { class: 'error' }, `cytoscape is not available: ${e.message}`));
    return null;
  }
  const maxMentions = Math.max(1, ...net.nodes.map((n) => n.mentions));
  const cy = cytoscape({
    container: box,
    elements: [
      ...net.nodes.map((n) => ({ data: { id: n.id, label: n.name, type: n.type, size: 18 + 30 * Math.sqrt(n.mentions / maxMentions) } })),
      ...net.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, quad: e.quad, color: QUAD[e.quad]?.color ?? '#999', width: 1 + Math.min(8, Math.log2(1 + e.events) * 2), label: `${e.events}` } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#8fa8d6', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3 } },
      { selector: 'node[type = "PERSON"]', style: { 'background-color': '#f0b35b' } },
      { selector: 'edge', style: { 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', width: 'data(width)', 'curve-style': 'bezier', opacity: 0.85, label: 'data(label)', 'font-size': 9, color: '#333', 'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1 } },
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90 },
    wheelSensitivity: 0.3,
    maxZoom: 1.6,
    minZoom: 0.1,
  });
  if (f.actor) cy.getElementById(f.actor).style({ 'border-width': 3, 'border-color': '#152238' });
  cy.on('tap', 'node', (ev) => {
    const n = ev.target.data();
    location.hash = actorHref(n.id, n.type);
  });
  cy.on('tap', 'edge', (ev) => {
    const e = ev.target.data();
    const p = new URLSearchParams({ source: e.source, target: e.target, quad: String(e.quad) });
    if (f.from) p.set('from', f.from);
    if (f.to) p.set('to', f.to);
    location.hash = `#/events?${p}`;
  });
  window.__cy = cy;
  return { destroy: () => cy.destroy() };
}
