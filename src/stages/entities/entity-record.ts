// The entities stage's output records, Entity and Mention (src/core/doc.ts), made in one place with
// every field in one order (undefined where absent). V8 gives an object one hidden class per set
// and order of fields: entities were made in two literal orders (toEntities; sector-groups.ts, with
// country_evidence before kb_id), with and without country_evidence, and copied by spreads that
// added it — so the loops over doc.entities here and in later stages (sectorGroups,
// groupPronouns, quotes' and events' entity indexes) met several shapes, and every shape first
// met after optimisation threw the compiled function away ("wrong map", bench/warm-up.ts --trace).
// The contract writer (src/io/write-json.ts) names its fields one by one, so the field order here
// changes no output.
import type { Entity, Mention, MentionKind } from '../../core/doc.js';
import type { Span } from '../../core/span.js';

/** An entity's fields: those every entity has, and any of the optional ones. */
export type EntityInit = Omit<Entity, 'country_source' | 'country_evidence' | 'kb_id'> & Partial<Entity>;

export function newEntity(f: EntityInit): Entity {
  return {
    id: f.id,
    type: f.type,
    name: f.name,
    country: f.country,
    sector: f.sector,
    role: f.role,
    actor_code: f.actor_code,
    country_source: f.country_source,
    country_evidence: f.country_evidence,
    kb_id: f.kb_id,
    mentions: f.mentions,
    rule: f.rule,
  };
}

/** A copy of `e` with `changes` (a new entity of the one shape, not an object spread). */
export const copyEntity = (e: Entity, changes: Partial<Entity>): Entity => newEntity({ ...e, ...changes });

/** An output mention, with or without title words (the field is there either way). */
export const newEntityMention = (start: number, end: number, kind: MentionKind, rule: string, title?: Span): Mention => ({ start, end, kind, title, rule });
