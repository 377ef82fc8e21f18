// A people named by its nationality word ("Serbs", "Albanians", "Croat") is not always that
// state's. The text can say whose it is, and CAMEO coders code it so:
// - a state's adjective before the people: "Bosnian Serbs" are Bosnia's, "Iraqi Kurds" Iraq's;
// - an ethnic group placed in another state: "ethnic Albanians in south Serbia" are Serbia's;
//   without "ethnic" only an of-phrase places a people ("the Albanians of southern Serbia"),
//   since "Americans in Iraq" are still Americans.
// Both are stated in the words next to the mention, never taken from elsewhere in the text.
import type { Doc } from '../../core/doc.js';
import type { ActorKB } from '../../kb/index.js';
import type { Cluster } from './cluster.js';

/** compass words between the preposition and the place ("in south Serbia", "of southern Serbia") */
const COMPASS = /^(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|northeastern|northwestern|southeastern|southwestern)$/i;
const ISO = /^[A-Z]{3}$/;

export interface PlacedPeople {
  country: string;
  /** 'nationality': a state's adjective qualifies the people; 'name': a place phrase names the state */
  how: 'nationality' | 'name';
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
      if (q && ISO.test(q) && q !== own && kb.country(q)?.demonyms.includes(qualifier.form)) return { country: q, how: 'nationality' };
    }
    const ethnic = prev?.form.toLowerCase() === 'ethnic';
    let k = m.tokTo;
    const prep = t[k]?.form.toLowerCase();
    if (!(prep === 'of' || (ethnic && prep === 'in'))) continue;
    k++;
    if (t[k] && COMPASS.test(t[k]!.form)) k++;
    // the place: up to three capitalised words naming a state ("Serbia", "Bosnia-Herzegovina")
    for (let n = 3; n >= 1; n--) {
      if (k + n > t.length) continue;
      const words = t.slice(k, k + n);
      if (!words.every((w) => /^[A-Z]/.test(w.form))) continue;
      const q = kb.countryOf(doc.text.slice(words[0]!.start, words[n - 1]!.end));
      if (q && ISO.test(q) && q !== own && kb.country(q)) return { country: q, how: 'name' };
    }
  }
  return null;
}
