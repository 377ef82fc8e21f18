// Resolves a source span to an entity through the entities layer (src/stages/entities/lookup.ts):
// the entity with a mention at the source's head (a name, a surname, a nominal or a pronoun the
// coreference step linked), else any mention inside the source (a PERSON first); for an unlinked
// pronoun, the nearest PERSON mentioned before it (any entity for "they"/"it"). The name is the
// entity's canonical name, or the source's own head word when no entity matches.
import type { Doc, Entity, Party } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import { mentionIndex, type MentionIndex } from '../entities/lookup.js';

export type { MentionIndex };

export function indexMentions(doc: Doc): MentionIndex {
  return mentionIndex(doc);
}

/** index of the first mention starting at or after `offset` */
function firstStartingAt(ix: MentionIndex, offset: number): number {
  let lo = 0;
  let hi = ix.refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix.refs[mid]!.mention.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const PRONOUNS = /^(he|she|him|her|his|they|them|their|i|we|it)$/i;
const RELATIVE = /^(who|which|that)$/i;
/** how far before a relative pronoun its antecedent may end (UTF-16 units: ", a lawyer in Ohio, who") */
const RELATIVE_WINDOW = 80;
const PERSON_PRONOUN = /^(he|she|him|her|his|i)$/i;
/** how far back an unlinked pronoun looks for its person (UTF-16 units) */
const PRONOUN_WINDOW = 3000;

export function resolveParty(doc: Doc, ix: MentionIndex, span: Span | null, head: Span | null): Party | null {
  if (!span && head) {
    // a fragment of another attribution: same speaker, no mention of its own
    const p = resolveParty(doc, ix, head, head);
    return p ? { ...p, mention: null } : null;
  }
  if (!span) return null;
  const at = head ? ix.overlapping(head) : [];
  const inSpan = at.length ? at : ix.overlapping(span);
  const headWord = head ? doc.text.slice(head.start, head.end) : '';
  // a common-noun head ("the governor's spokeswoman", "Aid agencies") is not the person or the
  // place named inside its phrase: only an organisation or a country there may stand for it
  const common = !at.length && /^\p{Ll}/u.test(headWord) && !PRONOUNS.test(headWord) && !RELATIVE.test(headWord);
  let ent: Entity | undefined = common
    ? inSpan.find((m) => m.entity.type !== 'PERSON')?.entity
    : inSpan.find((m) => m.entity.type === 'PERSON')?.entity ?? inSpan[0]?.entity;
  if (!ent && head && RELATIVE.test(headWord)) {
    // "Tom Baker, who said …": the relative pronoun stands for the phrase just before it
    const i = firstStartingAt(ix, head.start) - 1;
    const r = i >= 0 ? ix.refs[i] : undefined;
    if (r && head.start - r.mention.end <= RELATIVE_WINDOW) ent = r.entity;
  }
  if (!ent && head && PRONOUNS.test(headWord)) {
    const wantPerson = PERSON_PRONOUN.test(headWord);
    for (let i = firstStartingAt(ix, head.start) - 1; i >= 0; i--) {
      const r = ix.refs[i]!;
      if (head.start - r.mention.start > PRONOUN_WINDOW) break;
      if (!wantPerson || r.entity.type === 'PERSON') {
        ent = r.entity;
        break;
      }
    }
  }
  const name = ent ? ent.name : head ? headWord : doc.text.slice(span.start, span.end);
  return { entity: ent ? ent.id : null, name, mention: span };
}
