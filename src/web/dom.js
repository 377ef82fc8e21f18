// Tiny DOM helpers. Every piece of data reaches the page as a text node (never innerHTML), so
// article text, names and quotes cannot inject markup.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

/** A snippet with [[matches]] as <mark> elements. */
export function snippet(text) {
  const out = [];
  const re = /\[\[(.*?)\]\]/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(text.slice(last, m.index), h('mark', {}, m[1]));
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}

export const QUAD = {
  1: { name: 'verbal cooperation', color: '#2e7d32' },
  2: { name: 'material cooperation', color: '#1565c0' },
  3: { name: 'verbal conflict', color: '#ef6c00' },
  4: { name: 'material conflict', color: '#c62828' },
};

export function actorHref(id, type) {
  return `#/${type === 'PERSON' ? 'person' : 'actor'}/${encodeURIComponent(id)}`;
}

export function actorLink(id, name, type) {
  if (!id) return h('span', { class: 'unresolved' }, name ?? '—');
  return h('a', { href: actorHref(id, type ?? (id.startsWith('person-') ? 'PERSON' : '')), class: 'actor-link' }, name ?? id);
}

/** An article by its title; an untitled one is said to be untitled, never shown as its hash id. */
export function articleLink(id, title) {
  return h('a', { href: `#/article/${encodeURIComponent(id)}`, class: title ? null : 'untitled' }, title || 'Untitled article');
}

export function errorBox(e) {
  return h('div', { class: 'error', role: 'alert' }, e?.message ?? String(e));
}

export function loading() {
  return h('p', { class: 'muted' }, 'Loading…');
}

/** A quote's text in typographic quotes, unless the span already carries its own quote marks. */
export function quoteText(text, attrs = {}) {
  const bare = /^["“”‘'«]/.test(text.trim());
  return h(attrs.href ? 'a' : 'span', { ...attrs, class: `quote-text${bare ? ' bare' : ''}${attrs.class ? ` ${attrs.class}` : ''}` }, text);
}

// CAMEO code names ("162 Reduce or stop aid"), loaded once from GET /cameo by app.js
const CAMEO_NAMES = new Map();
export function setCameoNames(codes) {
  for (const c of codes) CAMEO_NAMES.set(c.code, c.name);
}
export function cameoName(code) {
  return CAMEO_NAMES.get(code) ?? null;
}
export function cameoLabel(code) {
  const name = cameoName(code);
  return h('span', { class: 'cameo', title: name ? `CAMEO ${code}: ${name}` : `CAMEO ${code}` }, name ? `${code} ${name}` : code);
}

/** An empty state that says what to do next. */
export function emptyState(what, todo) {
  return h('div', { class: 'card empty' }, h('p', {}, what), h('p', { class: 'muted' }, todo));
}
