// Nationality groups: a nationality adjective or a country name before a group noun ("Greek
// authorities", "Chinese state media", "Israeli forces", "U.S. officials") is one actor of that
// country and sector, not a nationality entity "Greek" (which quote attribution would take as a
// speaker). The group noun's CAMEO role code comes from data/actors/group-nouns.tsv, else the
// Phoenix agent nouns (plural forms only: "a Greek lawmaker" is a person, not a group).
// The mention is a nominal (a common noun phrase, not a name) of an ORG entity.
import type { Doc } from '../../core/doc.js';
import type { ActorKB } from '../../kb/index.js';
import { copyMention, type WorkMention } from './mention.js';
import { mapObjects } from '../../core/object-arrays.js';

/** the longest group noun phrase we read after the nationality ("state news agency") */
const MAX_WORDS = 3;
const LOWER_WORD = /^[a-z][a-z-]*$/;
const MODIFIER_POS = new Set(['ADJ', 'NOUN']);
const FUNCTION_POS = new Set(['ADP', 'DET', 'PRON', 'AUX', 'CCONJ', 'SCONJ', 'PART']);

export function nationalityGroups(doc: Doc, kb: ActorKB, names: readonly WorkMention[]): WorkMention[] {
  const t = doc.tokens;
  return mapObjects(names, (m) => {
    const g = m.gaz;
    if (!g || (g.kind !== 'demonym' && g.kind !== 'country')) return m;
    // "ethnic Albanian guerrillas" are a people's, not a state's: no group of Albania
    if (m.tokFrom > 0 && t[m.tokFrom - 1]!.form.toLowerCase() === 'ethnic') return m;
    const sentEnd = doc.sentences[m.sent]?.tokenEnd ?? t.length;
    // lower-case words after the nationality; past the first, only nouns and adjectives (when tagged)
    let words = 0;
    while (words < MAX_WORDS && m.tokTo + words < sentEnd && LOWER_WORD.test(t[m.tokTo + words]!.form) && (words === 0 || !t[m.tokTo + words - 1]!.pos || MODIFIER_POS.has(t[m.tokTo + words - 1]!.pos!))) words++;
    // the longest group noun phrase ending furthest right: "Israeli military officials" is officials
    // (GOV) of ISR, not the military; the words before the group noun are its modifiers
    for (let n = words; n >= 1; n--) {
      let code: string | null = null;
      for (let from = m.tokTo; from < m.tokTo + n && !code; from++) code = kb.groupCode(t.slice(from, m.tokTo + n).map((x) => x.form).join(' '));
      // the group noun heads the phrase: never a function word ("ambassador to")
      const head = t[m.tokTo + n - 1]!;
      if (!code || FUNCTION_POS.has(head.pos)) continue;
      const sector = code.slice(0, 3);
      const last = t[m.tokTo + n - 1]!;
      return copyMention(m, {
        end: last.end,
        tokTo: m.tokTo + n,
        kind: 'nominal',
        type: 'ORG',
        gaz: undefined,
        rule: 'entities:nationality-group',
        origin: 'nationality-group',
        group: { country: g.id, sector: kb.tables.sectors.has(sector) ? sector : code.slice(0, 3), code: g.id + code },
      });
    }
    return m;
  });
}
