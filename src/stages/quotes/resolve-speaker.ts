// Resolves a source span to an entity of doc.entities: the entity with a mention at the source's
// head (a name, a surname, a title or a pronoun the coreference stage linked); for an unlinked
// pronoun, the nearest PERSON mentioned before it; for an organisation or a title ("the minister"),
// the entity whose mention or title the source covers. The name is the entity's canonical name, or
// the source's own words when no entity matches.
import type { Doc, Entity, Party } from '../../core/doc.js';
import type { Span } from '../../core/span.js';

interface MentionRef {
  readonly start: number;
  readonly end: number;
  readonly entity: Entity;
}

export interface MentionIndex {
  /** mentions in text order (title spans included as mentions of their entity) */
  readonly mentions: readonly MentionRef[];
  readonly byId: ReadonlyMap<string, Entity>;
}

export function indexMentions(doc: Doc): MentionIndex {
  const mentions: MentionRef[] = [];
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      mentions.push({ start: m.start, end: m.end, entity: e });
      if (m.title) mentions.push({ start: m.title.start, end: m.title.end, entity: e });
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { mentions, byId: new Map(doc.entities.map((e) => [e.id, e])) };
}

function firstEndingAfter(ix: MentionIndex, offset: number): number {
  // mentions are sorted by start; a mention overlapping `offset` starts at most ~200 chars before it
  let lo = 0;
  let hi = ix.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix.mentions[mid]!.start < offset - 200) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function firstStartingAt(ix: MentionIndex, offset: number): number {
  let lo = 0;
  let hi = ix.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix.mentions[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function overlapping(ix: MentionIndex, s: Span): MentionRef[] {
  const out: MentionRef[] = [];
  for (let i = firstEndingAfter(ix, s.start); i < ix.mentions.length && ix.mentions[i]!.start < s.end; i++) {
    const m = ix.mentions[i]!;
    if (m.end > s.start) out.push(m);
  }
  return out;
}

const PRONOUNS = /^(he|she|him|her|his|they|them|their|i|we|it)$/i;
const PERSON_PRONOUN = /^(he|she|him|her|his|i)$/i;

export function resolveParty(doc: Doc, ix: MentionIndex, span: Span | null, head: Span | null): Party | null {
  if (!span && head) {
    // a fragment of another attribution: same speaker, no mention of its own
    const p = resolveParty(doc, ix, head, head);
    return p ? { ...p, mention: null } : null;
  }
  if (!span) return null;
  const words = doc.text.slice(span.start, span.end);
  const at = head ? overlapping(ix, head) : [];
  const inSpan = at.length ? at : overlapping(ix, span);
  let ent: Entity | undefined = inSpan.find((m) => m.entity.type === 'PERSON')?.entity ?? inSpan[0]?.entity;
  if (!ent && head && PRONOUNS.test(doc.text.slice(head.start, head.end))) {
    // nearest earlier PERSON (or any entity for "they"/"it")
    const wantPerson = PERSON_PRONOUN.test(doc.text.slice(head.start, head.end));
    for (let i = firstStartingAt(ix, head.start) - 1; i >= 0; i--) {
      const m = ix.mentions[i]!;
      if (head.start - m.start > 3000) break;
      if (!wantPerson || m.entity.type === 'PERSON') {
        ent = m.entity;
        break;
      }
    }
  }
  const name = ent ? ent.name : head ? doc.text.slice(head.start, head.end) : words;
  return { entity: ent ? ent.id : null, name, mention: span };
}
