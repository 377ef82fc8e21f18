// A people named by its nationality word ("Serbs", "Albanians", "Croat") is not always that
// state's. The text can say whose it is, and CAMEO coders code it so:
// - a state's adjective before the people: "Bosnian Serbs" are Bosnia's, "Iraqi Kurds" Iraq's;
// - an ethnic group placed in another state: "ethnic Albanians in south Serbia" are Serbia's;
//   without "ethnic" only an of-phrase places a people ("the Albanians of southern Serbia"),
//   since "Americans in Iraq" are still Americans.
// - an ethnic group the words do not place: "ethnic" says the people is a minority of some other
//   state, and the sentence names it ("ethnic Albanians demonstrated on Tuesday in Serbia",
//   "ethnic Turks … protest against Sweden's decision"): the first state the sentence names by
//   its name or capital (not a demonym) other than the people's own. This is read from context,
//   so it is marked 'membership' with the naming span as evidence.
import type { Doc } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import type { ActorKB } from '../../kb/index.js';
import type { Cluster } from './cluster.js';
import { isCountryCode } from '../../kb/country-code.js';

/** compass words between the preposition and the place ("in south Serbia", "of southern Serbia") */
const COMPASS = /^(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|northeastern|northwestern|southeastern|southwestern)$/i;

export interface PlacedPeople {
  country: string;
  /**
   * 'nationality': a state's adjective qualifies the people; 'name': a place phrase names the
   * state; 'membership': an ethnic group's sentence names the state (evidence: that name)
   */
  how: 'nationality' | 'name' | 'membership';
  evidence?: Span;
}

/** The state a demonym cluster's people belong to when its words say so, else null. */
export function placedPeople(doc: Doc, kb: ActorKB, c: Cluster, own: string): PlacedPeople | null {
  const t = doc.tokens;
  for (const m of c.mentions) {
    if (m.kind !== 'name' && m.kind !== 'demonym') continue;
    const prev = m.tokFrom > 0 ? t[m.tokFrom - 1]! : null;
    // "Bosnian Serbs": the adjective right before the people's word, inside the mention or just
    // before it (one space, no punctuation between)
    const qualifier = m.tokTo - m.tokFrom >= 2 ? t[m.tokTo - 2]! : prev && prev.end === m.start - 1 ? prev : null;
    if (qualifier && /^[A-Z][a-z]+$/.test(qualifier.form)) {
      const q = kb.countryOf(qualifier.form);
      if (q && isCountryCode(q) && q !== own && kb.country(q)?.demonyms.includes(qualifier.form)) return { country: q, how: 'nationality' };
    }
    const ethnic = prev?.form.toLowerCase() === 'ethnic';
    let k = m.tokTo;
    const prep = t[k]?.form.toLowerCase();
    if (prep === 'of' || (ethnic && prep === 'in')) {
      k++;
      if (t[k] && COMPASS.test(t[k]!.form)) k++;
      const q = stateAt(doc, kb, k, own);
      if (q) return { country: q.country, how: 'name' };
    }
  }
  // an ethnic group no phrase places: the first other state its sentence names
  for (const m of c.mentions) {
    if ((m.kind !== 'name' && m.kind !== 'demonym') || m.tokFrom === 0 || t[m.tokFrom - 1]!.form.toLowerCase() !== 'ethnic') continue;
    const sent = doc.sentences[m.sent];
    if (!sent) continue;
    for (let k = sent.tokenStart; k < sent.tokenEnd; k++) {
      if (k >= m.tokFrom - 1 && k < m.tokTo) continue;
      const q = stateAt(doc, kb, k, own, sent.tokenEnd);
      if (q) return { country: q.country, how: 'membership', evidence: q.span };
    }
  }
  return null;
}

/** A state named (not by a demonym) by up to three capitalised words from token k, other than `own`. */
function stateAt(doc: Doc, kb: ActorKB, k: number, own: string, end = doc.tokens.length): { country: string; span: Span } | null {
  const t = doc.tokens;
  if (!t[k] || !/^[A-Z]/.test(t[k]!.form)) return null;
  for (let n = 3; n >= 1; n--) {
    if (k + n > end) continue;
    const words = t.slice(k, k + n);
    if (!words.every((w) => /^[A-Z]/.test(w.form))) continue;
    const span = { start: words[0]!.start, end: words[n - 1]!.end };
    const text = doc.text.slice(span.start, span.end);
    const q = kb.countryOf(text);
    const entry = q && isCountryCode(q) && q !== own ? kb.country(q) : undefined;
    if (entry && !entry.demonyms.includes(text)) return { country: q!, span };
  }
  return null;
}
