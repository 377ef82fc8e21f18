// The entities stage: named entities, in-document coreference and actors. Order matters:
// candidates (model + gazetteer) -> organisation names to their longest match -> the dateline city -> places the model read as people -> split titles from names -> drop non-names (and named storms) -> lower-case places, a given name alone on its line -> fine place types ->
// propagate names through the document -> a one-word place that is an earlier person's surname is theirs -> short names of organisations and companies -> names the text describes as organisations (and mentions made where the model found none) -> a person's administration ("the Trump administration", a nominal beside the name) -> acronyms defined beside their long forms -> nationality groups ("Greek authorities") -> cluster names -> role nominals / "the nation" ->
// pronouns -> "his counterpart" -> actor attributes and role observations -> countries inferred from titles and the KB ->
// the article's context country for sector-only actors, and bare group nouns as actors (marked sources) ->
// a titled person after a coded organisation's name is that organisation's ("Labour Party leader X").
import { withLayers, type Doc, type Entity, type Mention, type RoleObservation as DocRoleObservation } from '../../core/doc.js';
import { emptyObjects, objectsOrEmpty } from '../../core/object-arrays.js';
import type { Stage, StageContext } from '../stage.js';
import type { ActorKB, RoleObservation } from '../../kb/index.js';
import { defaultResources, type Resources } from '../resources.js';
import { actorInfo, code as actorCode, roleObservations } from './actors.js';
import { nameCandidates } from './candidates.js';
import { refineTypes } from './classify.js';
import { clusterNames, type Cluster } from './cluster.js';
import { resolveCounterparts, resolveNominals } from './coref-nominals.js';
import { resolvePronouns } from './coref-pronouns.js';
import type { NerModel } from './ner-model.js';
import { GIVEN_NAME, personWordTest, SURNAME } from './ner-lexicon.js';
import { dropNonNames } from './negatives.js';
import { joinHyphenNames } from './hyphen-names.js';
import { extendOrgTails } from './org-tails.js';
import { suffixEndsName } from './suffix-ends-name.js';
import { datelinePlace } from './dateline-place.js';
import { administrationCountries } from './administration-country.js';
import { nationalityGroups } from './nationality-groups.js';
import { inferCountries } from './infer-country.js';
import { applyContextCountry, contextCountry } from './context-country.js';
import { sectorGroups } from './sector-groups.js';
import { groupPronouns } from './group-pronouns.js';
import { servedOrganisation } from './served-organisation.js';
import { describedAs } from './described-as.js';
import { personOrgs } from './person-orgs.js';
import { definedAcronyms } from './defined-acronyms.js';
import { dropPluralAgentNouns } from './plural-agent-nouns.js';
import { placeNotPerson } from './place-names.js';
import { propagateNames } from './propagate.js';
import { splitTitles } from './split-titles.js';
import { surnameNotPlace } from './surname-not-place.js';
import { orgShortNames } from './org-short-names.js';
import { describedOrgs } from './described-orgs.js';
import { describedMentions } from './described-mentions.js';
import { companyShortNames } from './company-short-names.js';
import { lowerCasePlaces } from './lower-case-places.js';
import { dropNamedStorms, type StormLexicon } from './named-storms.js';
import { loneGivenNames } from './lone-given-names.js';
import type { WorkMention } from './mention.js';
import { copyEntity, newEntity, newEntityMention } from './entity-record.js';
import { isCountryCode } from '../../kb/country-code.js';

export { entityAt, mentionIndex, countryOf, entityById } from './lookup.js';

export interface EntitiesOptions {
  /** default: the default resources' knowledge base */
  readonly kb?: ActorKB;
  /** null: gazetteers only (no statistical model); default: the default resources' model */
  readonly model?: NerModel | null;
  /** the article date for role lookups (YYYY-MM-DD…) */
  readonly published?: string | null;
}

export interface EntitiesResult {
  readonly entities: Entity[];
  readonly roleObservations: RoleObservation[];
}

export function extractEntities(doc: Doc, opts: EntitiesOptions = {}): EntitiesResult {
  const kb = opts.kb ?? defaultResources().kb;
  const model = opts.model === undefined ? defaultResources().models.ner : opts.model;
  const date = opts.published ?? doc.meta.published ?? null;
  const vocab = model?.ctx.lowerVocab ?? new Set<string>();
  // the model's name lists (none without a model): a given name, a surname
  const isGivenName = personWordTest(model?.ctx.lex, GIVEN_NAME);
  let names = nameCandidates(doc, kb, model);
  names = joinHyphenNames(doc, names);
  names = extendOrgTails(doc, kb, names);
  names = suffixEndsName(doc, names);
  names = datelinePlace(doc, kb, names);
  names = placeNotPerson(doc, kb, names);
  names = splitTitles(doc, kb, names);
  names = dropNonNames(doc, kb.tables.words, names, vocab);
  names = dropPluralAgentNouns(doc, kb, names, vocab);
  names = dropNamedStorms(doc, kb.tables.words, names, vocab, stormLexicon(kb, model));
  names = lowerCasePlaces(doc, kb, names);
  names = loneGivenNames(doc, names, isGivenName);
  names = refineTypes(doc, kb.tables.words, names);
  names = propagateNames(doc, names, vocab);
  names = splitTitles(doc, kb, names, (m) => m.origin === 'propagated');
  names = surnameNotPlace(doc, kb, names);
  names = orgShortNames(doc, kb, names);
  names = companyShortNames(doc, kb, names, isGivenName);
  names = describedOrgs(doc, kb, names);
  names = describedMentions(doc, kb, names);
  names = personOrgs(doc, kb.tables.words, names, personWordTest(model?.ctx.lex, SURNAME));
  names = definedAcronyms(doc, names);
  names = nationalityGroups(doc, kb, names);
  const clusters = clusterNames(doc, kb, names);
  const nominals = resolveNominals(doc, kb, clusters, names);
  const pronouns = resolvePronouns(doc, kb.tables.words, clusters, [...names, ...nominals.filter((m) => m.cluster !== undefined)]);
  const pronounAt = new Map(pronouns.map((p) => [p.tokFrom, p]));
  resolveCounterparts(clusters, nominals, (m) => {
    const p = pronounAt.get(m.tokFrom);
    return p ? clusters[p.cluster!]! : null;
  });
  const earned = inferCountries(doc, kb, toEntities(doc, kb, clusters, date));
  // sector-only actors take the article's context country (marked, never over an earned one)
  const ctx = contextCountry(doc, kb, earned);
  // a plural pronoun no organisation took up may refer to a group ("Protesters gathered. They …")
  // objects kind when empty too: the refiners below copy it with spreads, which keep its kind
  const placed = objectsOrEmpty([...applyContextCountry(doc, kb, earned, ctx), ...sectorGroups(doc, kb, earned, ctx)]);
  // a person titled right after a coded organisation's name speaks for it ("Labour Party leader X")
  // a person or organisation still without a code takes the one the text describes it by ("Iranian airline Mahan Air")
  // an administration or campaign whose person earned a country only in those refiners takes it now
  const entities = numbered(groupPronouns(doc, administrationCountries(doc, kb.tables.words, describedAs(doc, kb, servedOrganisation(doc, kb, placed)))));
  return { entities, roleObservations: roleObservations(doc, clusters, date) };
}

/** What the storm-name test asks of the word lists: the model's lists when it has them, else the KB's organisation words. */
function stormLexicon(kb: ActorKB, model: NerModel | null): StormLexicon {
  const lex = model?.ctx.lex;
  return {
    isGivenName: personWordTest(lex, GIVEN_NAME) ?? (() => false),
    isOrgWord: (w) => (lex ? lex.orgWords.has(w) : kb.tables.words.orgWords.has(w)),
  };
}

/** Entities in the order of their first mention, numbered e1, e2, … */
function numbered(entities: Entity[]): Entity[] {
  const first = (e: Entity) => e.mentions.reduce((a, m) => Math.min(a, m.start), Infinity);
  // the entities layer: objects kind even when empty (src/core/object-arrays.ts)
  return objectsOrEmpty(
    entities
      .map((e, i) => ({ e, i, at: first(e) }))
      .sort((a, b) => a.at - b.at || a.i - b.i)
      .map(({ e }, i) => copyEntity(e, { id: `e${i + 1}` })),
  );
}

function toEntities(doc: Doc, kb: ActorKB, clusters: Cluster[], date: string | null): Entity[] {
  // (a nominal stands alone only as an actor of its own: a nationality group or a person's administration)
  const live = clusters.filter((c) => c.mentions.some((m) => (m.kind !== 'pronoun' && m.kind !== 'nominal') || m.group || m.origin === 'person-org'));
  const first = new Map<Cluster, number>();
  for (const c of live) first.set(c, c.mentions.reduce((a, m) => Math.min(a, m.start), Infinity));
  live.sort((a, b) => first.get(a)! - first.get(b)!);
  return live.map((c, i) => {
    const info = actorInfo(doc, kb, c, clusters, date);
    const seen = new Set<string>();
    const mentions: Mention[] = [];
    for (const m of [...c.mentions].sort((a, b) => a.start - b.start || a.end - b.end) as WorkMention[]) {
      const k = `${m.start}:${m.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      mentions.push(newEntityMention(m.start, m.end, m.kind, m.rule, m.title ? { start: m.title.start, end: m.title.end } : undefined));
    }
    return newEntity({
      id: `e${i + 1}`,
      type: c.type,
      name: c.name,
      country: info.country,
      sector: info.sector,
      role: info.role,
      actor_code: info.actor_code,
      country_source: info.country ? info.country_source : null,
      kb_id: info.kb_id ?? null,
      country_evidence: info.evidence || undefined,
      mentions,
      rule: `${c.rule}+actor-${info.source}`,
    });
  });
}

/**
 * The knowledge base's role observations (by person name) as the roleObservations layer (by local
 * entity id, the store's shape). Two person entities of one name are one actor in the store, so
 * the first of that name stands for both.
 */
function roleLayer(entities: readonly Entity[], observed: readonly RoleObservation[]): DocRoleObservation[] {
  const byName = new Map<string, string>();
  for (const e of entities) if (e.type === 'PERSON' && !byName.has(e.name)) byName.set(e.name, e.id);
  // pushed into one objects-kind array: flatMap's result was a holey array, and a small-integer one when empty
  const out = emptyObjects<DocRoleObservation>();
  for (const o of observed) {
    const entity = byName.get(o.person);
    if (!entity) continue;
    const country = o.country && isCountryCode(o.country) ? o.country : null;
    out.push({ entity, role: o.title, country, sector: o.sector, actor_code: actorCode(o.country, o.sector), date: o.date, rule: o.rule });
  }
  return out;
}

/** The entities stage reading the knowledge base and NER model of `res`. */
export function createEntitiesStage(res: Resources): Stage {
  return { ...entitiesStage, run: (doc, ctx) => runEntities(doc, ctx, res) };
}

function runEntities(doc: Doc, ctx: StageContext, res: Resources): Doc {
  const r = extractEntities(doc, { kb: res.kb, model: res.models.ner, published: ctx.published });
  return withLayers(doc, { entities: r.entities, roleObservations: roleLayer(r.entities, r.roleObservations) }, entitiesStage.assigns);
}

/** The entities stage of the default resources. */
export const entitiesStage: Stage = {
  name: 'entities',
  description: 'named entities with in-document coreference, actors (country, sector, role, CAMEO actor code) and the roles the text states',
  requires: ['sentences', 'tokens'],
  // the NER model reads Penn tags and pronoun coreference asks the parse whether a mention is a
  // subject; without the syntax stage both fall back (no tag features, sentence-initial subjects)
  uses: ['pos', 'parse'],
  assigns: ['entities', 'roleObservations'],
  modifies: [],
  run(doc: Doc, ctx: StageContext) {
    return runEntities(doc, ctx, defaultResources());
  },
};
