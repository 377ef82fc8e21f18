// Turns a Doc into the contract JSON (../shared/docs/output-contract.md, schema newsgraph/1).
// Every span gets its covered `text` here, from the one immutable doc.text.
import type { Doc, EventParty, Party } from '../core/doc.js';
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
  return { entity: p.entity, actor_code: p.actor_code, mention: p.mention ? ts(text, p.mention) : null };
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
    tokens: doc.tokens.map((t) => ({ start: t.start, end: t.end, pos: t.pos, tag: t.xpos, head: t.head, dep: t.dep, lemma: t.lemma })),
    entities: doc.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      country: e.country,
      sector: e.sector,
      role: e.role,
      actor_code: e.actor_code,
      rule: e.rule,
      mentions: e.mentions.map((m) => ({
        ...ts(text, m),
        kind: m.kind,
        ...(m.title ? { title: ts(text, m.title) } : {}),
        rule: m.rule,
      })),
    })),
    timexes: doc.timexes.map((t) => ({
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
      addressee: party(text, q.addressee),
      date: q.date,
      ...(q.dateSource ? { date_source: q.dateSource } : {}),
      ...(q.dateRange ? { date_range: q.dateRange } : {}),
      rule: q.rule,
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
      date: v.date,
      ...(v.dateSource ? { date_source: v.dateSource } : {}),
      ...(v.dateRange ? { date_range: v.dateRange } : {}),
      location: v.location,
      negated: v.negated,
      modality: v.modality,
      evidence: ts(text, v.evidence),
      ...(v.moreEvidence ? { more_evidence: v.moreEvidence.map((e) => ts(text, e)) } : {}),
      rule: v.rule,
    })),
  };
}

export type ContractDoc = ReturnType<typeof toContract>;
