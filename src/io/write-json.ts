// Turns a Doc into the contract JSON (../shared/docs/output-contract.md, schema newsgraph/1).
// Every span gets its covered `text` here, from the one immutable doc.text. The dating stage's
// `dates` layer is merged in here: quote and event dates, and timexes re-anchored inside quotes.
// `role_observations` is a field added to the contract (after the minimum fields, never
// replacing one): the roles the text states for people, which the store keeps as role history.
import { datedFromPublication, datedTimexes, type DatedBy, type Doc, type EventParty, type Party } from '../core/doc.js';
import type { Span, TextSpan } from '../core/span.js';

export const SCHEMA = 'newsgraph/1';

function ts(text: string, s: Span): TextSpan {
  return { start: s.start, end: s.end, text: text.slice(s.start, s.end) };
}

function party(text: string, p: Party | null) {
  if (!p) return null;
  return { entity: p.entity, name: p.name, mention: p.mention ? ts(text, p.mention) : null };
}

function eventParty(text: string, p: EventParty) {
  return { entity: p.entity, actor_code: p.actor_code, mention: p.mention ? ts(text, p.mention) : null, ...(p.country_source ? { country_source: p.country_source } : {}) };
}

/** The date fields of a quote or event: null and nothing more when the dating stage did not run. */
function dateFields(d: DatedBy | undefined) {
  return {
    date: d ? d.date : null,
    ...(d?.source ? { date_source: d.source } : {}),
    ...(d?.range ? { date_range: d.range } : {}),
  };
}

function aboutField(doc: Doc, quote: string) {
  const a = doc.about.get(quote);
  return a ? { about: { entities: [...a.entities], events: [...a.events], rule: a.rule } } : {};
}

export function toContract(doc: Doc) {
  const text = doc.text;
  return {
    schema: SCHEMA,
    id: doc.id,
    text,
    title: doc.meta.title,
    url: doc.meta.url,
    published: doc.meta.published,
    paragraphs: doc.paragraphs.map((p) => ({ start: p.start, end: p.end })),
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    // `repair` (added field) only on a token a syntax repair changed: two literals, no spread per token
    tokens: doc.tokens.map((t) =>
      t.repair === undefined
        ? { start: t.start, end: t.end, pos: t.pos, tag: t.xpos, head: t.head, dep: t.dep, lemma: t.lemma }
        : { start: t.start, end: t.end, pos: t.pos, tag: t.xpos, head: t.head, dep: t.dep, lemma: t.lemma, repair: t.repair },
    ),
    entities: doc.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      country: e.country,
      sector: e.sector,
      role: e.role,
      actor_code: e.actor_code,
      country_source: e.country_source ?? null,
      ...(e.country_evidence ? { country_evidence: ts(text, e.country_evidence) } : {}),
      kb_id: e.kb_id ?? null,
      rule: e.rule,
      mentions: e.mentions.map((m) => ({
        ...ts(text, m),
        kind: m.kind,
        ...(m.title ? { title: ts(text, m.title) } : {}),
        rule: m.rule,
      })),
    })),
    timexes: datedTimexes(doc).map((t) => ({
      ...ts(text, t),
      type: t.type,
      value: t.value,
      ...(t.range ? { range: t.range } : {}),
      ...(t.granularity ? { granularity: t.granularity } : {}),
      ...(t.inferred ? { inferred: t.inferred } : {}),
      ...(t.anchor ? { anchor: t.anchor } : {}),
      rule: t.rule,
    })),
    quotes: doc.quotes.map((q) => ({
      id: q.id,
      kind: q.kind,
      content: q.content.map((c) => ts(text, c)),
      cue: q.cue ? ts(text, q.cue) : null,
      speaker: party(text, q.speaker),
      ...(q.speakerReason ? { speaker_reason: q.speakerReason } : {}),
      addressee: party(text, q.addressee),
      ...dateFields(doc.dates.quotes.get(q.id)),
      rule: q.rule,
      // added field (the about stage): what the quote talks about
      ...aboutField(doc, q.id),
    })),
    events: doc.events.map((v) => ({
      id: v.id,
      cameo: v.cameo,
      root: v.root,
      plover: v.plover,
      ...(v.plover_mode ? { plover_mode: v.plover_mode } : {}),
      quad: v.quad,
      goldstein: v.goldstein,
      source: eventParty(text, v.source),
      target: eventParty(text, v.target),
      ...(v.target_source ? { target_source: v.target_source } : {}),
      ...dateFields(doc.dates.events.get(v.id)),
      // added field: the date was worked out from the publication date (cross-article clustering
      // re-anchors such dates of a republished copy to the story's first publication)
      ...(datedFromPublication(doc, doc.dates.events.get(v.id)) ? { date_anchor: 'published' as const } : {}),
      location: v.location,
      negated: v.negated,
      modality: v.modality,
      evidence: ts(text, v.evidence),
      ...(v.moreEvidence ? { more_evidence: v.moreEvidence.map((e) => ts(text, e)) } : {}),
      rule: v.rule,
    })),
    role_observations: doc.roleObservations.map((r) => ({
      entity: r.entity,
      role: r.role,
      country: r.country,
      sector: r.sector,
      actor_code: r.actor_code,
      date: r.date,
      rule: r.rule,
    })),
  };
}

type Written = ReturnType<typeof toContract>;
/** A contract document; `role_observations` is optional because documents written before it was
 * added (and documents rebuilt from the store) do not carry it. */
export type ContractDoc = Omit<Written, 'role_observations'> & { readonly role_observations?: Written['role_observations'] };
