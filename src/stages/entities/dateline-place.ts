// The all-caps city of a dateline ("MOSCOW (Reuters) -", "JERUSALEM (AP) —") is a place: the model
// and the case-sensitive gazetteer miss it (or read "MOSCOW" as an organisation). It names where the
// story was filed and gives its country to no actor (infer-country.ts).
import type { Doc } from '../../core/doc.js';
import type { ActorKB } from '../../kb/index.js';
import { datelineCountry } from './infer-country.js';
import { newMention, type WorkMention } from './mention.js';

/** The all-caps dateline city at the start of the article: its country and its first `tokens` tokens, or null. */
export function datelineCity(doc: Doc, kb: ActorKB): { iso: string; tokens: number; start: number; end: number } | null {
  const t = doc.tokens;
  if (!t.length || !/^\p{Lu}{2,}$/u.test(t[0]!.form)) return null;
  const iso = datelineCountry(doc.text, kb);
  if (!iso) return null;
  // the city's tokens: the all-caps words at the start
  let end = 0;
  while (end < t.length && end < 3 && /^\p{Lu}[\p{Lu}.'-]*$/u.test(t[end]!.form)) end++;
  return { iso, tokens: end, start: t[0]!.start, end: t[end - 1]!.end };
}

export function datelinePlace(doc: Doc, kb: ActorKB, names: WorkMention[]): WorkMention[] {
  const t = doc.tokens;
  const found = datelineCity(doc, kb);
  if (!found) return names;
  const { iso, tokens: end } = found;
  const index = kb.tables.countries.findIndex((c) => c.iso3 === iso);
  const city = doc.text.slice(t[0]!.start, t[end - 1]!.end);
  const place = newMention({
    start: t[0]!.start,
    end: t[end - 1]!.end,
    tokFrom: 0,
    tokTo: end,
    sent: 0,
    kind: 'name',
    type: 'GPE',
    rule: 'entities:dateline-city',
    origin: 'gazetteer',
    gaz: { kind: 'capital', id: iso, name: city, index },
  });
  return [place, ...names.filter((m) => m.tokFrom >= end)];
}
