// "Queen Elizabeth II announced she will comply with the request …", "Carrie Lam announced that her
// government will withdraw the bill": an announcement that the announcer will do something in its own
// power is the decision taken, told as it is made public — the act itself, modality future, not a
// mere expression of intent. CAMEO's intent codes (03x: "offer, promise, agree to, or otherwise
// indicate willingness") are for commitments still to be honoured ("promised to hold elections",
// "pledged to send aid"); recode-intent.ts keeps those. Only the cooperative codes that would become
// intents are concerned: "announced it will strike" stays a threat. The announcing verbs are the
// governors.tsv class `decide`.
import type { Governors } from './event-lexicon.js';
import { baseDep, type DepTree } from './tree.js';

/**
 * The verb trigger p heads a will/shall clause reported by a verb of the `decide` class whose subject
 * takes up the announcer: a pronoun ("she will comply") or a noun a pronoun owns ("her government").
 */
export function isAnnouncedDecision(t: DepTree, p: number, gov: Governors): boolean {
  if (!t.isVerbal(p) || baseDep(t.dep(p)) !== 'ccomp') return false;
  const h = t.head(p);
  if (h < 0 || !gov.decide.has(t.lemma(h))) return false;
  if (!t.kidsWhere(p, (d, k) => d === 'aux' && (t.lemma(k) === 'will' || t.lemma(k) === 'shall')).length) return false;
  const s = t.kid(p, 'nsubj');
  if (s < 0) return false;
  return t.tok(s).pos === 'PRON' || t.kidsWhere(s, (d, k) => d === 'nmod:poss' && t.tok(k).pos === 'PRON').length > 0;
}
