// Article highlighting from spans. Layers overlap (a mention inside a quote inside an event's
// evidence), so the text is cut at every span boundary into flat segments, each knowing which
// annotations cover it: one sweep over sorted boundaries, linear in text + annotations.
import { cameoName } from './dom.js';

/** The popover row for an event party whose country is not its own in the text (country_source), or null. */
function partyCountry(role, p) {
  if (!p?.country_source) return null;
  const code = p.actor_code ? `${p.actor_code}: ` : '';
  return [`${role} country`, `${code}${p.country_source === 'story' ? 'country from the story' : `from ${p.country_source}`}`];
}

/** Every highlightable annotation of an article, with what the "why?" popover shows. */
export function annotationsOf(a) {
  const anns = [];
  const push = (layer, span, label, rule, detail, ref) => {
    if (!span || !(span.end > span.start)) return;
    anns.push({ i: anns.length, layer, start: span.start, end: span.end, label, rule, detail, ref });
  };
  for (const e of a.entities) {
    for (const m of e.mentions) {
      push('entity', m, `${e.type}: ${e.name}`, m.rule || e.rule, [
        ['mention', `“${m.text}” (${m.kind})`],
        e.role ? ['role', e.role] : null,
        e.country ? ['country', `${e.country}${e.country_source ? ` (from ${e.country_source}${e.country_evidence ? `: “${e.country_evidence.text}”` : ''})` : ''}`] : null,
        e.kb_id ? ['knowledge base', e.kb_id] : null,
        e.actor_code ? ['actor code', e.actor_code] : null,
        ['entity rule', e.rule],
      ], { kind: 'entity', id: e.id, actor: e.actor, type: e.type });
      if (m.title) push('role', m.title, `role of ${e.name}: ${m.title.text}`, m.rule || e.rule, [['title', m.title.text]], { kind: 'entity', id: e.id, actor: e.actor, type: e.type });
    }
  }
  for (const q of a.quotes) {
    const speaker = q.speaker?.name ?? 'unknown speaker';
    for (const c of q.content) {
      push('quote', c, `${q.kind} quote — ${speaker}`, q.rule, [
        ['speaker', speaker],
        q.speaker_reason ? ['no speaker because', q.speaker_reason] : null,
        q.cue ? ['cue', q.cue.text] : null,
        q.addressee?.name ? ['addressee', q.addressee.name] : null,
        ['date', `${q.date ?? 'unknown'}${q.date_source ? ` (from ${q.date_source})` : ''}`],
      ], { kind: 'quote', id: q.id, actor: q.speaker?.actor });
    }
    if (q.cue) push('cue', q.cue, `cue of ${q.id}: “${q.cue.text}”`, q.rule, [['speaker', speaker]], { kind: 'quote', id: q.id });
  }
  for (const v of a.events) {
    push('event', v.evidence, `event ${v.cameo}${v.plover ? ` ${v.plover}` : ''}: ${v.source.name ?? '?'} → ${v.target.name ?? '?'}`, v.rule, [
      ['CAMEO', `${v.cameo}${cameoName(v.cameo) ? ` ${cameoName(v.cameo)}` : ''} (root ${v.root}${cameoName(v.root) ? ` ${cameoName(v.root)}` : ''})`],
      ['quad class', String(v.quad)],
      ['Goldstein', String(v.goldstein)],
      v.target_source ? ['target from', v.target_source] : null,
      partyCountry('source', v.source),
      partyCountry('target', v.target),
      ['date', `${v.date ?? 'unknown'}${v.date_source ? ` (from ${v.date_source})` : ''}`],
      ['modality', `${v.modality}${v.negated ? ', negated' : ''}`],
      v.location ? ['location', v.location] : null,
    ], { kind: 'event', id: v.id, quad: v.quad });
  }
  for (const [i, t] of a.timexes.entries()) {
    push('timex', t, `${t.type}: ${t.value ?? 'unresolved'}`, t.rule, [
      ['text', t.text],
      ['value', t.value ?? 'unresolved'],
      t.anchor ? ['anchored on', t.anchor] : null,
      t.granularity ? ['granularity', t.granularity] : null,
    ], { kind: 'timex', id: `t${i}` });
  }
  for (const x of anns) x.detail = x.detail.filter(Boolean);
  return anns;
}

/**
 * Cuts [0, length) into segments at annotation boundaries.
 * Returns [{start, end, anns: [indices]}] covering the whole text in order.
 */
export function segments(length, anns) {
  const points = [];
  for (const a of anns) {
    const s = Math.max(0, Math.min(length, a.start));
    const e = Math.max(0, Math.min(length, a.end));
    if (e <= s) continue;
    points.push([s, 1, a.i], [e, -1, a.i]);
  }
  points.sort((x, y) => x[0] - y[0] || x[1] - y[1]); // closes before opens at the same offset
  const out = [];
  const active = new Set();
  let pos = 0;
  for (const [at, kind, i] of points) {
    if (at > pos) {
      out.push({ start: pos, end: at, anns: [...active] });
      pos = at;
    }
    if (kind === 1) active.add(i);
    else active.delete(i);
  }
  if (pos < length) out.push({ start: pos, end: length, anns: [] });
  return out;
}
