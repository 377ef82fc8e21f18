// The actor network (cytoscape, ES module build): nodes are actors, edges are events aggregated by
// source, target and quad class, coloured by quad class and as wide as their event count.
import { get } from './api.js';
import { actorHref, h, QUAD } from './dom.js';

export async function renderNetwork(view, params) {
  const actor = params.get('actor') ?? '';
  const limit = params.get('limit') ?? '300';
  const net = await get('/network', { actor: actor || undefined, limit });
  view.append(
    h('h1', {}, actor ? `Network around ${net.nodes.find((n) => n.id === actor)?.name ?? actor}` : 'Who cooperates with or confronts whom'),
    h('div', { class: 'legend' }, Object.entries(QUAD).map(([q, v]) => h('span', {}, h('span', { class: 'quad', style: `background:${v.color}` }), `${q} ${v.name}`)),
      h('span', { class: 'muted' }, `${net.nodes.length} actors, ${net.edges.length} edges · click an actor to open it`)),
  );
  const box = h('div', { id: 'cy' });
  view.append(box);
  if (!net.edges.length) {
    box.append(h('p', { class: 'muted', style: 'padding:1rem' }, 'No events between resolved actors yet.'));
    return null;
  }
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
      ...net.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, color: QUAD[e.quad]?.color ?? '#999', width: 1 + Math.min(8, Math.log2(1 + e.events) * 2), label: `${e.events}` } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#8fa8d6', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3 } },
      { selector: 'node[type = "PERSON"]', style: { 'background-color': '#f0b35b' } },
      { selector: 'edge', style: { 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', width: 'data(width)', 'curve-style': 'bezier', opacity: 0.85 } },
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90 },
    wheelSensitivity: 0.3,
    maxZoom: 1.6,
    minZoom: 0.1,
  });
  if (actor) cy.getElementById(actor).style({ 'border-width': 3, 'border-color': '#152238' });
  cy.on('tap', 'node', (ev) => {
    const n = ev.target.data();
    location.hash = actorHref(n.id, n.type);
  });
  window.__cy = cy;
  return { destroy: () => cy.destroy() };
}
