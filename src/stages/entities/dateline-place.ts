// The all-caps city of a dateline ("MOSCOW (Reuters) -", "JERUSALEM (AP) —") is a place: the model
// and the case-sensitive gazetteer miss it (or read "MOSCOW" as an organisation). It names where the
// story was filed and gives its country to no actor (infer-country.ts). What a dateline is, is the
// syntax chain's one definition (src/nlp/dateline-split.ts: the city's all-caps words, an optional
// ", Place", an optional agency credit, the dash), read on the article's first sentence.
import type { Doc } from '../../core/doc.js';
import type { ActorKB } from '../../kb/index.js';
import { datelineCityLength, datelinePrefix } from '../../nlp/dateline-split.js';
import { newMention, type WorkMention } from './mention.js';
import { isCountryCode } from '../../kb/country-code.js';


/** The all-caps dateline city at the start of the article: its country and its first `tokens` tokens, or null. */
export function datelineCity(doc: Doc, kb: ActorKB): { iso: string; tokens: number; start: number; end: number } | null {
  const s = doc.sentences[0];
  if (!s || s.tokenStart !== 0) return null;
  const t = doc.tokens;
  const forms: string[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) forms.push(t[i]!.form);
  if (datelinePrefix(forms) === 0) return null;
  const end = datelineCityLength(forms);
  const iso = kb.countryOf(doc.text.slice(t[0]!.start, t[end - 1]!.end));
  return iso && isCountryCode(iso) ? { iso, tokens: end, start: t[0]!.start, end: t[end - 1]!.end } : null;
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
