// One article with every layer highlighted from its spans (entities, role titles, quotes, cues,
// events, time expressions). Clicking a highlight opens a "why?" popover with the rule that made
// each annotation; the side lists jump to their span.
import { get } from './api.js';
import { actorLink, clear, h, QUAD, quoteText } from './dom.js';
import { annotationsOf, segments } from './highlight.js';
import { safeLinkUrl } from './url.js';

const LAYERS = [
  ['entity', 'entities'], ['role', 'role titles'], ['quote', 'quotes'], ['cue', 'cues'], ['event', 'events'], ['timex', 'time expressions'],
];

function popover(anchor, anns) {
  const pop = document.getElementById('popover');
  clear(pop);
  for (const a of anns) {
    pop.append(h('div', { class: 'ann' },
      h('h4', {}, a.label),
      h('dl', {}, a.detail.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
      whyBox(a.rule)));
  }
  const r = anchor.getBoundingClientRect();
  pop.style.left = `${Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - 440))}px`;
  pop.style.top = `${window.scrollY + r.bottom + 6}px`;
  pop.hidden = false;
}

const explained = new Map();

/** "why?" in words: each part of the rule id with its description and evidence (GET /rules/{id}). */
function whyBox(rule) {
  const box = h('div', { class: 'why' }, h('strong', {}, 'why? '), h('code', {}, rule || 'unknown'));
  if (!rule) return box;
  if (!explained.has(rule)) explained.set(rule, get(`/rules/${encodeURIComponent(rule)}`).catch(() => null));
  explained.get(rule).then((r) => {
    if (!r) return;
    box.append(h('ul', { class: 'why-parts' }, r.parts.map((p) => h('li', {},
      h('span', {}, p.description ?? `${p.id} (no description in the catalogue)`),
      Object.keys(p.evidence).length ? h('dl', {}, Object.entries(p.evidence).map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])) : null))));
  });
  return box;
}

function renderText(a, anns) {
  const box = h('div', { class: 'article-text', id: 'article-text' });
  const frag = document.createDocumentFragment();
  for (const seg of segments(a.text.length, anns)) {
    const text = a.text.slice(seg.start, seg.end);
    if (!seg.anns.length) {
      frag.append(text);
      continue;
    }
    const layers = new Set(seg.anns.map((i) => anns[i].layer));
    frag.append(h('span', { class: `hl ${[...layers].map((l) => `hl-${l}`).join(' ')}`, dataset: { anns: seg.anns.join(' ') } }, text));
  }
  box.append(frag);
  box.addEventListener('click', (ev) => {
    const span = ev.target.closest('.hl');
    if (!span) return;
    ev.stopPropagation();
    const ids = span.dataset.anns.split(' ').map(Number);
    popover(span, ids.map((i) => anns[i]));
  });
  return box;
}

function jumpTo(kind, id, anns) {
  const targets = anns.filter((a) => a.ref?.kind === kind && a.ref.id === id && a.layer !== 'cue' && a.layer !== 'role').map((a) => String(a.i));
  const spans = [...document.querySelectorAll('#article-text .hl')].filter((s) => s.dataset.anns.split(' ').some((x) => targets.includes(x)));
  if (!spans.length) return;
  spans[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
  for (const s of spans) s.classList.add('flash');
  setTimeout(() => spans.forEach((s) => s.classList.remove('flash')), 1600);
}

export async function renderArticle(view, id, params) {
  const a = await get(`/articles/${encodeURIComponent(id)}`);
  const anns = annotationsOf(a);
  const text = renderText(a, anns);
  const legend = h('div', { class: 'legend' }, LAYERS.map(([layer, label]) => {
    const box = h('input', { type: 'checkbox', checked: true, onchange: (ev) => text.classList.toggle(`hide-${layer}`, !ev.target.checked) });
    return h('label', {}, box, h('span', { class: `swatch hl-${layer}` }), label);
  }));
  const jump = (kind, id2) => (ev) => { ev.preventDefault(); jumpTo(kind, id2, anns); };
  view.append(
    h('h1', {}, a.title || untitled(a.text)),
    h('p', { class: 'muted' }, [a.published ?? 'undated', a.byline, a.url ? (safeLinkUrl(a.url) ? h('a', { href: safeLinkUrl(a.url), rel: 'noreferrer noopener', target: '_blank' }, a.url) : a.url) : null]
      .filter(Boolean).flatMap((x, i) => (i ? [' · ', x] : [x]))),
    a.url && a.url.includes('wikinews.org') ? h('p', { class: 'muted small' }, 'From Wikinews, by the Wikinews contributors, CC BY 2.5 (see the original page for authors and history).') : null,
    h('div', { class: 'grid' },
      h('section', { class: 'card' }, legend, text, h('p', { class: 'muted' }, 'Click a highlight to see what it is and why (the rule that produced it).')),
      h('aside', {},
        h('section', { class: 'card', id: 'quote-list' }, h('h2', {}, `Quotes (${a.quotes.length})`),
          a.quotes.length ? h('ul', { class: 'plain' }, a.quotes.map((q) => h('li', { class: 'quote-item' },
            quoteText(q.text, { href: '#', onclick: jump('quote', q.id) }), ' — ',
            actorLink(q.speaker.actor, q.speaker.name ?? 'unknown speaker', 'PERSON'),
            h('span', { class: 'pill' }, q.kind), q.date ? h('span', { class: 'pill' }, q.date) : null,
            h('div', { class: 'muted' }, 'rule ', h('code', {}, q.rule)))))
          : h('p', { class: 'muted' }, 'No quotes found.')),
        h('section', { class: 'card' }, h('h2', {}, `Events (${a.events.length})`),
          a.events.length ? h('ul', { class: 'plain' }, a.events.map((v) => h('li', {},
            h('span', { class: 'quad', style: `background:${QUAD[v.quad]?.color ?? '#999'}`, title: QUAD[v.quad]?.name }),
            actorLink(v.source.actor, v.source.name ?? '?'), ' → ', h('a', { href: '#', onclick: jump('event', v.id) }, `${v.cameo}${v.plover ? ` ${v.plover}` : ''}`), ' → ',
            actorLink(v.target.actor, v.target.name ?? '?'),
            h('span', { class: 'pill' }, `Goldstein ${v.goldstein}`), v.day ? h('span', { class: 'pill' }, v.day) : null,
            h('div', { class: 'muted' }, `“${v.evidence.text}” · rule `, h('code', {}, v.rule)))))
          : h('p', { class: 'muted' }, 'No events found.')),
        h('section', { class: 'card' }, h('h2', {}, `Entities (${a.entities.length})`),
          h('ul', { class: 'plain' }, a.entities.map((e) => h('li', {},
            h('a', { href: '#', onclick: jump('entity', e.id) }, '◎ '), actorLink(e.actor, e.name, e.type), h('span', { class: 'pill' }, e.type),
            e.role ? h('span', { class: 'pill' }, e.role) : null, e.country ? h('span', { class: 'pill' }, e.country) : null,
            h('span', { class: 'muted' }, ` ${e.mentions.length}×`))))),
        a.timexes.length ? h('section', { class: 'card' }, h('h2', {}, `Time expressions (${a.timexes.length})`),
          h('ul', { class: 'plain' }, a.timexes.map((t) => h('li', {}, `“${t.text}” → `, h('code', {}, t.value ?? 'unresolved'), h('span', { class: 'pill' }, t.type))))) : null)),
  );
  // arriving from an explorer row (…?event=v3 / ?quote=q2): show that evidence in the text
  for (const kind of ['event', 'quote']) {
    const target = params?.get(kind);
    if (target) requestAnimationFrame(() => jumpTo(kind, target, anns));
  }
}

/** An untitled article is named by its first words, never by a hash or a file path. */
function untitled(text) {
  const first = text.trim().split(/\n/)[0] ?? '';
  return first.length > 90 ? `${first.slice(0, 90).replace(/\s+\S*$/, '')}…` : first || '(untitled)';
}
