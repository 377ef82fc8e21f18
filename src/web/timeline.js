// The timeline on a real time axis: every day/week/month between the first and the last event is a
// slot, so quiet periods show as gaps instead of vanishing (the API returns only periods with
// events). One selection: cooperation (quad 1+2) up, conflict (quad 3+4) down, Goldstein sum as a
// line. Several actors or dyads: one line each, overlaid. Clicking a bar or point opens its events.
import { get } from './api.js';
import { emptyState, errorBox, h } from './dom.js';

const DAY = 86_400_000;
const iso = (t) => new Date(t).toISOString().slice(0, 10);

/** Monday of ISO week "2025-W10". */
function weekStart(period) {
  const [y, w] = period.split('-W').map(Number);
  const jan4 = Date.UTC(y, 0, 4);
  const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
  return monday1 + (w - 1) * 7 * DAY;
}

function isoWeek(t) {
  const d = new Date(t);
  const thursday = t + (3 - ((d.getUTCDay() + 6) % 7)) * DAY;
  const y = new Date(thursday).getUTCFullYear();
  // the ISO week is the week of its Thursday: its ordinal day in that year, in sevens
  const week = 1 + Math.floor((thursday - Date.UTC(y, 0, 1)) / (7 * DAY));
  return `${y}-W${String(week).padStart(2, '0')}`;
}

/** The first and last day a period covers, as the events filter's from/to. */
export function periodRange(period, bucket) {
  if (bucket === 'day') return { from: period, to: period };
  if (bucket === 'month') return { from: period, to: period };
  const s = weekStart(period);
  return { from: iso(s), to: iso(s + 6 * DAY) };
}

function nextPeriod(period, bucket) {
  if (bucket === 'day') return iso(Date.parse(period) + DAY);
  if (bucket === 'month') {
    const [y, m] = period.split('-').map(Number);
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  return isoWeek(weekStart(period) + 7 * DAY);
}

/** Every period from the first to the last bucket, empty ones as zeros (at most 5000 slots). */
export function fillPeriods(buckets, bucket, first = buckets[0]?.period, last = buckets[buckets.length - 1]?.period) {
  if (!first) return [];
  const by = new Map(buckets.map((b) => [b.period, b]));
  const out = [];
  for (let p = first; out.length < 5000; p = nextPeriod(p, bucket)) {
    out.push(by.get(p) ?? { period: p, events: 0, quad1: 0, quad2: 0, quad3: 0, quad4: 0, cooperation: 0, conflict: 0, goldstein: 0 });
    if (p >= last) break;
  }
  return out;
}

export function drawCoopConflict(canvas, buckets, onPick) {
  if (!window.Chart) {
    canvas.replaceWith(errorBox(new Error('chart.js is not available (/vendor/chart.js)')));
    return null;
  }
  return new window.Chart(canvas, {
    data: {
      labels: buckets.map((b) => b.period),
      datasets: [
        { type: 'bar', label: 'verbal cooperation', data: buckets.map((b) => b.quad1), backgroundColor: '#66bb6a', stack: 'c' },
        { type: 'bar', label: 'material cooperation', data: buckets.map((b) => b.quad2), backgroundColor: '#1e88e5', stack: 'c' },
        { type: 'bar', label: 'verbal conflict', data: buckets.map((b) => -b.quad3), backgroundColor: '#ffa726', stack: 'c' },
        { type: 'bar', label: 'material conflict', data: buckets.map((b) => -b.quad4), backgroundColor: '#e53935', stack: 'c' },
        { type: 'line', label: 'Goldstein sum', data: buckets.map((b) => b.goldstein), borderColor: '#37474f', backgroundColor: '#37474f', yAxisID: 'g', tension: 0.2, pointRadius: 1.5 },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      onClick: (_ev, els) => {
        if (onPick && els.length) onPick(buckets[els[0].index].period, els[0].datasetIndex < 4 ? els[0].datasetIndex + 1 : undefined);
      },
      scales: {
        x: { stacked: true, title: { display: true, text: 'time (every period shown, empty ones too)' }, ticks: { autoSkip: true, maxRotation: 0 } },
        y: { stacked: true, title: { display: true, text: 'events (conflict below zero)' }, ticks: { precision: 0, callback: (v) => Math.abs(v) } },
        g: { position: 'right', grid: { drawOnChartArea: false }, title: { display: true, text: 'Goldstein' } },
      },
      plugins: { tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${Math.abs(c.parsed.y)}` } } },
    },
  });
}

const PALETTE = ['#2457c5', '#c62828', '#2e7d32', '#ef6c00', '#6a1b9a', '#00838f', '#5d4037', '#ad1457'];

/** "a;b+c" → [{actor:a}, {dyad:'b,c'}] */
function parseSeries(s) {
  return s.split(';').map((x) => x.trim()).filter(Boolean).slice(0, 8).map((x) => (x.includes('+') ? { dyad: x.split('+').slice(0, 2).join(','), key: x } : { actor: x, key: x }));
}

export async function renderTimeline(view, params) {
  const bucket = ['day', 'week', 'month'].includes(params.get('bucket')) ? params.get('bucket') : 'week';
  const seriesText = params.get('series') ?? params.get('actor') ?? (params.get('dyad') ? params.get('dyad').replace(',', '+') : '');
  const series = parseSeries(seriesText);
  const list = h('datalist', { id: 'actor-ids' });
  const input = h('input', { name: 'series', id: 'f-series', list: 'actor-ids', value: seriesText, placeholder: 'gpe-russia; gpe-usa+gpe-china', size: 40 });
  const select = h('select', { name: 'bucket', id: 'f-bucket' }, ['day', 'week', 'month'].map((b) => h('option', { value: b, selected: b === bucket }, b)));
  const range = { from: params.get('from') ?? '', to: params.get('to') ?? '' };
  const fromInput = h('input', { type: 'date', id: 'f-from', name: 'from', value: range.from });
  const toInput = h('input', { type: 'date', id: 'f-to', name: 'to', value: range.to });
  const when = { from: range.from || undefined, to: range.to || undefined };
  const form = h('form', { class: 'row', id: 'timeline-form', onsubmit: (ev) => {
    ev.preventDefault();
    const p = new URLSearchParams({ bucket: select.value });
    if (input.value.trim()) p.set('series', input.value.trim());
    if (fromInput.value) p.set('from', fromInput.value);
    if (toInput.value) p.set('to', toInput.value);
    location.hash = `#/timeline?${p}`;
  } }, h('label', { for: 'f-series' }, 'actors or dyads (";" between series, "+" joins a dyad)', input), h('label', { for: 'f-bucket' }, 'per', select),
  h('label', { for: 'f-from' }, 'from', fromInput), h('label', { for: 'f-to' }, 'to', toInput),
  h('button', { class: 'primary', type: 'submit' }, 'Show'), list);
  view.append(h('h1', {}, 'Cooperation and conflict over time'), form);
  get('/actors', { limit: 200 }).then((r) => list.append(...r.items.map((a) => h('option', { value: a.id }, a.name)))).catch(() => {});

  const canvas = h('canvas', { id: 'timeline-chart' });
  const openEvents = (extra) => (period, quad) => {
    const p = new URLSearchParams({ ...periodRange(period, bucket), ...extra, ...(quad ? { quad: String(quad) } : {}) });
    // a period cut by the chosen range opens only the part inside it
    if (range.from && p.get('from') < range.from) p.set('from', range.from);
    if (range.to && p.get('to') > range.to) p.set('to', range.to);
    location.hash = `#/events?${p}`;
  };
  if (series.length <= 1) {
    const s = series[0] ?? {};
    const t = await get('/timeline', { actor: s.actor, dyad: s.dyad, bucket, ...when });
    const label = s.actor ? (await get(`/actors/${encodeURIComponent(s.actor)}`).catch(() => null))?.name ?? s.actor : s.dyad ?? 'All actors';
    view.append(h('p', { class: 'muted' }, `${label} per ${bucket}; click a bar to list its events.`));
    if (!t.buckets.length) {
      view.append(emptyState('No dated events for this selection.', 'Check the actor id (pick one from the list as you type), try another period, or clear the field to see all actors.'));
      return null;
    }
    view.append(h('section', { class: 'card' }, h('div', { class: 'chart-box' }, canvas)));
    const chart = drawCoopConflict(canvas, fillPeriods(t.buckets, bucket), openEvents(s.actor ? { actor: s.actor } : s.dyad ? { dyad: s.dyad } : {}));
    return { destroy: () => chart?.destroy() };
  }
  // several series: one line of event counts each, over the union of their periods
  const results = await Promise.all(series.map((s) => get('/timeline', { actor: s.actor, dyad: s.dyad, bucket, ...when }).catch((e) => e)));
  // series are named by their actors' names, not their ids
  const ids = [...new Set(series.flatMap((s) => (s.actor ? [s.actor] : s.dyad.split(','))))];
  const names = new Map(await Promise.all(ids.map((id) => get(`/actors/${encodeURIComponent(id)}`).then((a) => [id, a.name], () => [id, id]))));
  const nameOf = (s) => (s.actor ? names.get(s.actor) : s.dyad.split(',').map((id) => names.get(id)).join(' ↔ '));
  const all = results.flatMap((r) => (r instanceof Error ? [] : r.buckets.map((b) => b.period))).sort();
  for (const [i, r] of results.entries()) if (r instanceof Error) view.append(errorBox(new Error(`${series[i].key}: ${r.message}`)));
  if (!all.length) {
    view.append(emptyState('None of these series has dated events.', 'Check the actor ids (pick them from the list as you type).'));
    return null;
  }
  const slots = fillPeriods(all.map((p) => ({ period: p })), bucket, all[0], all[all.length - 1]).map((b) => b.period);
  view.append(h('p', { class: 'muted' }, `${series.length} series per ${bucket}; click a point to list its events.`), h('section', { class: 'card' }, h('div', { class: 'chart-box' }, canvas)));
  if (!window.Chart) {
    canvas.replaceWith(errorBox(new Error('chart.js is not available (/vendor/chart.js)')));
    return null;
  }
  const datasets = series.map((s, i) => {
    const by = new Map((results[i] instanceof Error ? [] : results[i].buckets).map((b) => [b.period, b.events]));
    return { type: 'line', label: nameOf(s), data: slots.map((p) => by.get(p) ?? 0), borderColor: PALETTE[i % PALETTE.length], backgroundColor: PALETTE[i % PALETTE.length], tension: 0.15, pointRadius: 2 };
  });
  const chart = new window.Chart(canvas, {
    data: { labels: slots, datasets },
    options: {
      animation: false, maintainAspectRatio: false,
      interaction: { mode: 'nearest', intersect: false },
      onClick: (_ev, els) => {
        if (!els.length) return;
        const s = series[els[0].datasetIndex];
        openEvents(s.actor ? { actor: s.actor } : { dyad: s.dyad })(slots[els[0].index]);
      },
      scales: { x: { title: { display: true, text: 'time (every period shown, empty ones too)' }, ticks: { maxRotation: 0 } }, y: { title: { display: true, text: 'events' }, ticks: { precision: 0 } } },
    },
  });
  return { destroy: () => chart.destroy() };
}
