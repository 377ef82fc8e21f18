// "Said about them": on an actor's page, next to what they said, the quotes whose content mentions
// them (the quotes' `about`, GET /quotes?about=ID), with a speaker filter that answers "quotes by X
// about Y" (GET /quotes?speaker=X&about=Y). A self-contained section: the actor pages append it.
import { get } from './api.js';
import { actorLink, articleLink, h, quoteText } from './dom.js';

function quoteList(items) {
  if (!items.length) return h('p', { class: 'muted' }, 'No quote found.');
  return h('div', {}, items.map((q) => h('div', { class: 'card quote-item', 'data-speaker': q.speaker.actor ?? '' }, quoteText(q.text),
    h('div', { class: 'muted' }, h('span', { class: 'said-by' }, q.speaker.actor ? actorLink(q.speaker.actor, q.speaker.name ?? '?') : (q.speaker.name ?? 'unknown speaker')),
      ' · ', q.date ?? (q.published ?? '').slice(0, 10) ?? '', ' · in ', articleLink(q.article, q.article_title),
      q.about?.events.length ? ` · evidence of event ${q.about.events.join(', ')}` : ''))));
}

/** The section for actor `id`; `by` preselects a speaker ("quotes by X about Y"). */
export async function saidAboutSection(id, by = '') {
  const all = await get('/quotes', { about: id, limit: 500 });
  const speakers = new Map();
  for (const q of all.items) if (q.speaker.actor && q.speaker.actor !== id) speakers.set(q.speaker.actor, q.speaker.name ?? q.speaker.actor);
  const list = h('div', { id: 'said-about-list' });
  const count = h('span', { id: 'said-about-count' });
  const show = async (speaker) => {
    const r = speaker ? await get('/quotes', { about: id, speaker, limit: 500 }) : all;
    list.replaceChildren(quoteList(r.items));
    count.textContent = String(r.total);
  };
  const select = h('select', { id: 'said-about-speaker', onchange: (ev) => show(ev.target.value) },
    h('option', { value: '' }, 'by anyone'),
    [...speakers].sort((a, b) => (a[1] < b[1] ? -1 : 1)).map(([sid, name]) => h('option', { value: sid, selected: sid === by }, `by ${name}`)));
  await show(speakers.has(by) ? by : '');
  return h('section', { class: 'card', id: 'said-about' }, h('h2', {}, 'Said about them (', count, ') ', select), list);
}
