// Refiners of resolved actors: a seat city standing for its IGO, an ethnic group or bare group noun
// coded by the state of the place it acts in or the one country its sentence names, and the speaker
// of a reported threat standing for the state that would carry it out.
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

export function withPlace(a: Actor, place: Place | null): Actor {
  // an ethnic group acting or acted upon in another state is coded by that state ("ethnic Albanians
  // demonstrated in Serbia" → SRB), as CAMEO codes minorities
  if (a.ethnic && place?.country && /^[A-Z]{3}$/.test(place.country) && a.country !== place.country && a.actor_code && a.country) {
    return { ...a, actor_code: place.country + a.actor_code.slice(a.country.length), country: place.country, rule: `${a.rule}+ethnic-place` };
  }
  if (a.country || !place?.country || !a.actor_code || a.origin !== 'sector-phrase') return a;
  // a bare group noun takes the country of the place it acts in ("police in Jericho")
  return { ...a, actor_code: place.country + a.actor_code, country: place.country, political: true, rule: `${a.rule}+place` };
}

/** The one country the entities of a sentence name (places and nationalities), else null. */
export function soleCountry(c: Ctx, sentence: Span): string | null {
  let only: string | null = null;
  for (const e of c.sentenceEntities(sentence)) {
    if (!COUNTRY_NAMING_TYPES.has(e.type) || !e.country || !/^[A-Z]{3}$/.test(e.country)) continue;
    if (only && only !== e.country) return null;
    only = e.country;
  }
  return only;
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
