// Refiners of resolved actors: a seat city standing for its IGO, the speaker of a reported threat
// standing for the state that would carry it out, and an actor with no country taking the article's
// (the story country the entities layer decides once per document: entities/lead-country.ts
// storyCountry). Countries are never guessed from
// proximity: the former rules (a bare group taking the country of the event's place, of the target,
// or of the one country its sentence names) were removed with issue 13.
import type { Entity } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import { actorsOf, type Ctx } from './context.js';
import type { Place } from './location.js';
import type { Actor } from './actor.js';
import { subjectOf } from './roles.js';
import { baseDep } from './tree.js';
import { COUNTRY_NAMING_TYPES } from '../../lexicon/entity-types.js';
import { isCountryCode } from '../../kb/country-code.js';

/**
 * "demanded that Brussels lift them" in a story about EU sanctions: a seat city as an actor stands
 * for the IGO seated there when the document names that IGO (data/events/actor-words.tsv, kind seat);
 * places ("talks in Brussels") are untouched because only actors pass through here.
 */
export function seatAsIgo(c: Ctx, actors: Actor[]): Actor[] {
  if (!c.seats.size) return actors;
  return actors.map((a) => {
    const igo = c.seats.get(c.t.doc.text.slice(a.mention.start, a.mention.end));
    return igo ? { ...a, entity: igo.id, actor_code: igo.actor_code ?? null, country: null, political: true, rule: `${a.rule}+seat-as-igo` } : a;
  });
}

/**
 * "Mahamat told state television that Chad would quit the AU if…": a threat reported from a person
 * speaking for the state that would carry it out is that person's act (the threat is the speech).
 */
export function speakerForThreat(c: Ctx, p: number, sources: Actor[]): Actor[] {
  const t = c.t;
  // the reported clause hangs from the speech verb, or (mis-parsed "told reporters that …" as a
  // relative clause) from its addressee
  let v = -1;
  for (let x = p, hop = 0; hop < 2 && x >= 0; hop++) {
    const b = baseDep(t.dep(x));
    if (b !== 'ccomp' && b !== 'acl' && b !== 'iobj' && b !== 'obj') break;
    x = t.head(x);
    if (x >= 0 && c.lex.speechLemmas.has(t.lemma(x))) {
      v = x;
      break;
    }
  }
  if (v < 0) return sources;
  const speaker = actorsOf(c, subjectOf(t, v)).filter((a) => a.entity && c.byId.get(a.entity)?.type === 'PERSON');
  if (speaker.length !== 1 || !sources.length) return sources;
  const sp = speaker[0]!;
  if (!sources.every((a) => !a.entity || c.byId.get(a.entity)?.type !== 'PERSON')) return sources;
  return sources.every((a) => a.country && a.country === sp.country) ? [sp] : sources;
}

/**
 * "the Prime Minister apologised to the people", "Thames Valley Police": an actor that neither the
 * entities layer nor its phrase gives a country — a person with a role but no country, a named
 * organisation with no known role, or a bare sector — is coded, as a careful coder codes it, with the
 * country the article is about (entities/context-country.ts: one country dominates the earned
 * mentions). Not proximity: the country is the article's, decided once. An actor in a sentence
 * that names another country ("US forces attacked rebels in Syria") may be that one's: no country there.
 */
export function withStoryCountry(c: Ctx, actors: Actor[], sentence: Span): Actor[] {
  const story = c.storyCountry;
  if (!story || !actors.length) return actors;
  let foreign: boolean | null = null;
  return actors.map((a) => {
    if (a.country || a.origin === 'place') return a;
    const code = a.actor_code;
    // (the sectors that may: data/actors/sectors.tsv, column story; an IGO or an NGO may be anyone's)
    if (code && (code.length > 3 || !c.lex.kb.tables.storySectors.has(code))) return a;
    const ent = a.entity ? c.byId.get(a.entity) : undefined;
    if (ent && ent.type !== 'PERSON' && ent.type !== 'ORG') return a;
    // a named person the text gives no role is nobody's official: the story's country would be a
    // guess ("Greta Thunberg met Pope Francis" is no Vatican act) — issue 12 keeps such a person
    // without a country; a person with a stated role ("the opposition leader X") takes the story's
    if (ent?.type === 'PERSON' && !code) return a;
    if (!ent && !code) return a;
    foreign ??= c.sentenceEntities(sentence).some((e) => !!e.country && e.country !== story && isCountryCode(e.country) && !onlyHyphenModifier(c, e, sentence));
    if (foreign) return a;
    return { ...a, actor_code: story + (code ?? ''), country: story, political: true, storyCountry: true, rule: `${a.rule}+story-country` };
  });
}

/**
 * "whose US-built armoured vehicle", "Iranian-backed rebels": a state named only as the first part
 * of a hyphenated modifier describes a thing or a group of the story's own country; it places no
 * actor of the sentence abroad.
 */
function onlyHyphenModifier(c: Ctx, e: Entity, sentence: Span): boolean {
  const text = c.t.doc.text;
  const inSentence = e.mentions.filter((m) => m.start >= sentence.start && m.start < sentence.end);
  return inSentence.length > 0 && inSentence.every((m) => /^-[a-z]/.test(text.slice(m.end, m.end + 2)));
}
