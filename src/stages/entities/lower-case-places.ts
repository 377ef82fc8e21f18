// "i am from mexico traveling to san francisco california": a writer who does not capitalise
// writes place names in lower case too, and the NER model, which leans on capitals, misses them
// (on the held-out UNER EWT dev slice 7 of the 9 missed places were such; the tagger still reads
// them as proper nouns). A run of lower-case tokens the tagger tags PROPN that is exactly a
// country's name or alias, a capital or a listed place (data/actors/countries.tsv, places.tsv) is
// a place name. The tagger's PROPN is the guard: a lower-case "turkey", "nice" or "reading" is a
// common word to it. Only tokens no other mention covers; runs before the place types are refined.
import type { Doc } from '../../core/doc.js';
import type { ActorKB, GazValue } from '../../kb/index.js';
import { newMention, type WorkMention } from './mention.js';

/** the longest place name looked for, in tokens ("rio de janeiro") */
const MAX_TOKENS = 4;
const LOWER_WORD = /^\p{Ll}[\p{Ll}.'-]+$/u;

/** lower-cased country names, aliases and capitals -> their gazetteer value, per knowledge base */
const countryNames = new WeakMap<ActorKB, ReadonlyMap<string, GazValue>>();

function countryIndex(kb: ActorKB): ReadonlyMap<string, GazValue> {
  let ix = countryNames.get(kb);
  if (ix) return ix;
  const out = new Map<string, GazValue>();
  kb.tables.countries.forEach((c, index) => {
    for (const s of [c.name, ...c.aliases]) if (!out.has(s.toLowerCase())) out.set(s.toLowerCase(), { kind: 'country', id: c.iso3, name: c.name, index });
    for (const s of c.capitals) if (!out.has(s.toLowerCase())) out.set(s.toLowerCase(), { kind: 'capital', id: c.iso3, name: c.name, index });
  });
  ix = out;
  countryNames.set(kb, ix);
  return ix;
}

export function lowerCasePlaces(doc: Doc, kb: ActorKB, names: WorkMention[]): WorkMention[] {
  const { tokens } = doc;
  const lowerPropn = (k: number) => tokens[k]!.pos === 'PROPN' && LOWER_WORD.test(tokens[k]!.form);
  let covered: Uint8Array | null = null;
  const added: WorkMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!lowerPropn(i)) continue;
    if (!covered) {
      covered = new Uint8Array(tokens.length);
      for (const m of names) covered.fill(1, m.tokFrom, m.tokTo);
    }
    if (covered[i]) continue;
    const countries = countryIndex(kb);
    // the longest run of lower-case proper nouns from i that names a place
    let best: { end: number; gaz: GazValue | null } | null = null;
    let key = '';
    for (let j = i; j < tokens.length && j < i + MAX_TOKENS && tokens[j]!.sent === tokens[i]!.sent && lowerPropn(j) && !covered[j]; j++) {
      key = key ? `${key} ${tokens[j]!.form}` : tokens[j]!.form;
      const gaz = countries.get(key) ?? null;
      if (gaz || kb.tables.words.places.has(key)) best = { end: j + 1, gaz };
    }
    if (!best) continue;
    // "air asia": a lower-case noun modifying the run makes it part of a longer name we do not know
    const prev = i - 1;
    if (prev >= 0 && !covered[prev] && tokens[prev]!.sent === tokens[i]!.sent && (tokens[prev]!.pos === 'NOUN' || tokens[prev]!.pos === 'PROPN') && LOWER_WORD.test(tokens[prev]!.form) && tokens[prev]!.head >= i && tokens[prev]!.head < best.end) continue;
    const type = best.gaz ? 'GPE' : 'LOC';
    added.push(newMention({
      start: tokens[i]!.start,
      end: tokens[best.end - 1]!.end,
      tokFrom: i,
      tokTo: best.end,
      sent: tokens[i]!.sent,
      kind: 'name',
      type,
      rule: 'entities:lower-case-place',
      origin: 'gazetteer',
      gaz: best.gaz ?? undefined,
    }));
    covered.fill(1, i, best.end);
    i = best.end - 1;
  }
  if (!added.length) return names;
  return [...names, ...added].sort((a, b) => a.tokFrom - b.tokFrom);
}
