// Refiners of resolved actors: a seat city standing for its IGO, and the speaker of a reported threat
// standing for the state that would carry it out. Countries are never guessed here: an actor's
// country is the entities layer's (or the phrase's own words, resolve-actor.ts); the former
// proximity rules (a bare group taking the country of the event's place, of the target, or of the
// one country its sentence names) were removed with issue 13.
import type { Span } from '../../core/span.js';
import { actorsOf, type Ctx } from './context.js';
import type { Place } from './location.js';
import type { Actor } from './actor.js';
import { subjectOf } from './roles.js';
import { baseDep } from './tree.js';
import { COUNTRY_NAMING_TYPES } from '../../lexicon/entity-types.js';

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
