// Passives without a be-auxiliary. The parser marks a passive by its auxiliary and its nsubj:pass;
// a past participle that has neither still reads passively when it modifies a noun ("two Somali men
// arrested near the border"), stands as an adverbial clause ("appeared in court, charged with
// murder"), or is coordinated with a passive verb ("was arrested and charged"). Read as active, the
// participle takes the noun or the clause's subject as its doer ("the man charged Israel"); read as
// passive, that noun is whom the act befell and the doer is the by-phrase, or none (an agentless
// passive, which extract.ts's implicit agents may fill).
import type { DepTree } from './tree.js';

/** the clause's own voice and subject markers: a participle with any of them is not reduced */
const OWN_CLAUSE_DEPS = new Set(['aux', 'aux:pass', 'cop', 'nsubj', 'nsubj:pass', 'csubj', 'csubj:pass', 'expl', 'obj', 'iobj']);

/** parts of speech of a noun phrase a participle may modify */
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * The noun h sits inside a clause with a verb of its own (not a perfect "have"). "Doctors from two aid groups donated and
 * delivered goods" parsed with the noun as the root and the verb hung on it as a participle: the
 * participle is the sentence's own predicate the parser missed, active, not a reduced relative.
 */
function insideClause(t: DepTree, h: number): boolean {
  for (let k = t.head(h), hop = 0; k >= 0 && hop < 20; k = t.head(k), hop++) {
    // "The ministry has, in a statement, called on drivers": a participle after "have" with the noun
    // between them is the perfect tense the parser split, active
    if (t.isVerbal(k)) return !(t.lemma(k) === 'have' && k < h);
  }
  return false;
}

/**
 * "Estimates indicate roughly one million people marched in London": the noun is the object of a verb
 * of saying with its "that" left out, and the participle the reported clause's own past-tense verb.
 */
function reportedClause(t: DepTree, h: number): boolean {
  const g = t.head(h);
  return g >= 0 && t.dep(h) === 'obj' && t.speechLemmas.has(t.lemma(g));
}

/**
 * p is a past participle with no auxiliary, subject or object of its own that modifies a noun before
 * it (acl), stands as an adverbial clause of a verb (advcl), or is coordinated with a passive verb
 * (conj). Relative clauses (acl:relcl) carry their own auxiliary and are no reduced passive.
 */
export function isReducedPassive(t: DepTree, p: number): boolean {
  if (t.tok(p).xpos !== 'VBN') return false;
  const h = t.head(p);
  if (h < 0 || t.kidsWhere(p, (d) => OWN_CLAUSE_DEPS.has(d)).length) return false;
  const d = t.dep(p);
  if (d === 'acl') return h < p && NOMINAL.has(t.tok(h).pos) && insideClause(t, h) && !reportedClause(t, h);
  // "appeared in court, charged with murder"; "When asked about the sanctions, the minister said …" is
  // the reporter's interview, whose asker the text never names: no act of anyone's, left as it was
  if (d === 'advcl') return t.isVerbal(h) && !t.speechLemmas.has(t.lemma(p));
  // "was arrested and charged": the second participle shares the first one's auxiliary and subject
  if (d === 'conj' && t.tok(h).xpos === 'VBN' && t.kid(h, 'aux:pass') >= 0) return true;
  return asyndeticAdjunct(t, p, h);
}

/**
 * "appeared in court, charged with murder" parsed with the participle as a conjunct of the verb: a
 * conjunct after a comma with no coordinating word of its own, hung from a verb before it, is the
 * adverbial participle clause (no coordination: "and"/"or" would head a second predicate).
 */
function asyndeticAdjunct(t: DepTree, p: number, h: number): boolean {
  return t.dep(p) === 'conj' && h < p && t.isVerbal(h) && t.kid(p, 'cc') < 0 && p > 0 && t.lower(p - 1) === ',' && !t.speechLemmas.has(t.lemma(p));
}

/**
 * "released after being detained by police", "Having been arrested, the activist …", "a journalist
 * being held by police": a passive with its auxiliary but no subject of its own, in an adverbial
 * clause or modifying a noun, befell the clause's subject or that noun, as a reduced passive does.
 */
function isSubjectlessPassive(t: DepTree, p: number): boolean {
  if (t.kid(p, 'aux:pass') < 0 || t.kid(p, 'nsubj:pass') >= 0 || t.kid(p, 'nsubj') >= 0) return false;
  const h = t.head(p);
  const d = t.dep(p);
  return h >= 0 && ((d === 'advcl' && t.isVerbal(h) && !t.speechLemmas.has(t.lemma(p))) || (d === 'acl' && h < p && NOMINAL.has(t.tok(h).pos)));
}

/**
 * Whom a passive at p with no subject of its own befell: the noun it modifies (acl), the subject of
 * the clause it hangs from (advcl), the passive subject of the verb it is coordinated with (conj);
 * -1 if none or if p is no such passive.
 */
export function reducedPassivePatient(t: DepTree, p: number): number {
  if (!isReducedPassive(t, p) && !isSubjectlessPassive(t, p)) return -1;
  const h = t.head(p);
  const d = t.dep(p);
  if (d === 'acl') return h;
  if (d === 'conj' && !asyndeticAdjunct(t, p, h)) return t.kid(h, 'nsubj:pass');
  return t.kid(h, 'nsubj') >= 0 ? t.kid(h, 'nsubj') : t.kid(h, 'nsubj:pass');
}
