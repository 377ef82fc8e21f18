// "State-owned news agency Fars reported Iran issued arrest warrants … and demanded from Interpol to
// publish a red notice": the parser coordinates "demanded" with the reporting verb, so the demand
// inherits the reporter ("news agency Fars") as its subject. Whether a conjunct after a reported
// clause continues the report or the reported clause is ambiguous in the grammar; the actors decide
// it — a reporter that is no political actor (a news agency, "the report") reports, it does not
// act, so a subjectless conjunct whose inherited subject names no actor continues the reported clause
// and has that clause's subject. Consulted only when the inherited subject gave no political actor
// (sources.ts): a reporter that is an actor ("Iran said it had … and demanded …") keeps its conjunct.
import { baseDep, type DepTree } from './tree.js';

/**
 * The subject of the reported clause that a subjectless conjunct p of a reporting verb continues, or -1:
 * p is a conj of a verb of saying, the verb has a clausal complement before p (ccomp, or the object
 * slot tree.ts's repair gives a headline-like clause: "reported Iran issued warrants") with a
 * nominal subject of its own.
 */
export function reportedClauseConjunctSubject(t: DepTree, p: number): number {
  if (baseDep(t.dep(p)) !== 'conj' || t.kid(p, 'nsubj') >= 0 || t.kid(p, 'nsubj:pass') >= 0) return -1;
  const h = t.head(p);
  if (h < 0 || h > p || !t.speechLemmas.has(t.lemma(h))) return -1;
  let clause = -1;
  for (const k of t.kidsWhere(h, (d, k) => k > h && k < p && (baseDep(d) === 'ccomp' || d === 'obj') && t.isVerbal(k))) clause = k;
  if (clause < 0) return -1;
  const s = t.kid(clause, 'nsubj');
  return s >= 0 && /^(PROPN|NOUN)$/.test(t.tok(s).pos) ? s : -1;
}
