// Cooperation vs conflict over time for an actor or a dyad (chart.js, loaded as window.Chart):
// cooperation (quad 1+2) up, conflict (quad 3+4) down, and the Goldstein sum as a line.
import { get } from './api.js';
import { actorLink, errorBox, h } from './dom.js';

export function drawCoopConflict(canvas, buckets) {
  if (!window.Chart) {
    canvas.replaceWith(errorBox(new Error('chart.js is not available (/vendor/chart.js)')));
    return null;
  }
  const labels = buckets.map((b) => b.period);
  return new window.Chart(canvas, {
    data: {
      labels,
      datasets: [
        { type: 'bar', label: 'verbal cooperation', data: buckets.map((b) => b.quad1), backgroundColor: '#66bb6a', stack: 'c' },
        { type: 'bar', label: 'material cooperation', data: buckets.map((b) => b.quad2), backgroundColor: '#1e88e5', stack: 'c' },
        { type: 'bar', label: 'verbal conflict', data: buckets.map((b) => -b.quad3), backgroundColor: '#ffa726', stack: 'c' },
        { type: 'bar', label: 'material conflict', data: buckets.map((b) => -b.quad4), backgroundColor: '#e53935', stack: 'c' },
        { type: 'line', label: 'Goldstein sum', data: buckets.map((b) => b.goldstein), borderColor: '#37474f', backgroundColor: '#37474f', yAxisID: 'g', tension: 0.2 },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { stacked: true },
        y: { stacked: true, title: { display: true, text: 'events (conflict below zero)' }, ticks: { precision: 0, callback: (v) => Math.abs(v) } },
        g: { position: 'right', grid: { drawOnChartArea: false }, title: { display: true, text: 'Goldstein' } },
      },
      plugins: { tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${Math.abs(c.parsed.y)}` } } },
    },
  });
}

async function actorOptions(list) {
  const r = await get('/actors', { limit: 200 });
  for (const a of r.items) list.append(h('option', { value: a.id }, `${a.name} (${a.type})`));
}

export async function renderTimeline(view, params) {
  const actor = params.get('actor') ?? '';
  const dyad = params.get('dyad') ?? '';
  const [d1, d2] = dyad ? dyad.split(',') : ['', ''];
  const bucket = params.get('bucket') ?? 'week';
  const list = h('datalist', { id: 'actor-ids' });
  const f = {
    a: h('input', { name: 'actor', list: 'actor-ids', value: actor || d1 || '', placeholder: 'actor id (e.g. gpe-norway)' }),
    b: h('input', { name: 'other', list: 'actor-ids', value: d2 || '', placeholder: 'optional: second actor for a dyad' }),
    bucket: h('select', { name: 'bucket' }, ['day', 'week', 'month'].map((b) => h('option', { value: b, selected: b === bucket }, b))),
  };
  const form = h('form', { class: 'row', onsubmit: (ev) => {
    ev.preventDefault();
    const p = new URLSearchParams();
    const a = f.a.value.trim();
    const b = f.b.value.trim();
    if (a && b) p.set('dyad', `${a},${b}`);
    else if (a) p.set('actor', a);
    p.set('bucket', f.bucket.value);
    location.hash = `#/timeline?${p}`;
  } }, h('label', {}, 'actor', f.a), h('label', {}, 'with (dyad)', f.b), h('label', {}, 'per', f.bucket), h('button', { class: 'primary', type: 'submit' }, 'Show'), list);
  const title = dyad ? [actorLink(d1, d1), ' ↔ ', actorLink(d2, d2)] : actor ? [actorLink(actor, actor)] : ['all actors'];
  view.append(h('h1', {}, 'Cooperation and conflict over time'), form, h('p', {}, 'Showing ', title, ` per ${bucket}.`));
  actorOptions(list).catch(() => {});
  const t = await get('/timeline', { actor: dyad ? undefined : actor || undefined, dyad: dyad || undefined, bucket });
  const canvas = h('canvas', { id: 'timeline-chart' });
  view.append(h('section', { class: 'card' }, h('div', { class: 'chart-box' }, canvas)));
  if (!t.buckets.length) view.append(h('p', { class: 'muted' }, 'No dated events for this selection.'));
  const chart = drawCoopConflict(canvas, t.buckets);
  view.append(h('section', { class: 'card' }, h('table', {},
    h('thead', {}, h('tr', {}, ['period', 'events', 'cooperation', 'conflict', 'Goldstein'].map((c) => h('th', {}, c)))),
    h('tbody', {}, t.buckets.map((b) => h('tr', {}, [b.period, b.events, b.cooperation, b.conflict, b.goldstein].map((c) => h('td', {}, c))))))));
  return { destroy: () => chart?.destroy() };
}
