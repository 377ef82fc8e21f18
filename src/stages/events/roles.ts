// Who does what to whom, read off the UD parse: the source (nsubj; obl:agent in the passive;
// inherited by controlled, coordinated and adverbial verbs without their own subject; for a noun
// trigger its possessor, by-phrase, or the subject of the clause that governs it) and the target
// slots a frame names (obj/nsubj:pass, iobj, obl/nmod + case, inside xcomp/ccomp/obj).
import type { TargetSlot } from './lexicon.js';
import { baseDep, type DepTree } from './tree.js';
import { reducedPassivePatient } from './reduced-passive.js';
import { compoundHostPrepArgs } from './nominal-slots.js';
import { RELATIVE_PRONOUNS } from '../../lexicon/function-words.js';
import { isDayWord } from '../../lexicon/day-words.js';

/** quantity heads whose of-complement is the real object: "hundreds of hackers", "a group of rebels" */
const QUANTITY = new Set(['hundred', 'hundreds', 'thousand', 'thousands', 'dozen', 'dozens', 'million', 'millions', 'number', 'group', 'members', 'member', 'some', 'many', 'all', 'most', 'part', 'team', 'unit', 'units', 'series']);

/** "hundreds of hackers" → hackers; anything else → itself */
export function contentHead(t: DepTree, i: number): number {
  if (i < 0 || !QUANTITY.has(t.lemma(i))) return i;
  const of = t.prepKids(i, 'of');
  return of.length ? of[0]! : i;
}

/** The direct object (the passive subject in the passive voice), or -1. */
export function objectOf(t: DepTree, p: number): number {
  return t.cached(objectInTree, p);
}

function objectInTree(t: DepTree, p: number): number {
  if (t.isPassive(p)) {
    const s = contentHead(t, t.kid(p, 'nsubj:pass') >= 0 ? t.kid(p, 'nsubj:pass') : reducedPassivePatient(t, p));
    // "Babaryka, who was arrested": the relative pronoun stands for the noun the clause modifies
    return s >= 0 && RELATIVE_PRONOUNS.has(t.lower(s)) && t.dep(p).startsWith('acl') ? t.head(p) : s;
  }
  // "sent the police a plan": of two objects the second is what is given, the first who receives it
  const dbl = doubleObject(t, p);
  if (dbl) return contentHead(t, dbl.theme);
  // "lifted Friday a day-old blockade": a day name the parser took for a first object is a time, not what was acted on
  const objs = t.kidsWhere(p, (d) => d === 'obj');
  const o = objs.find((k) => !(isDayWord(t.lower(k)) && t.bare(k))) ?? objs[0] ?? -1;
  if (o >= 0) return contentHead(t, o);
  // "warned Israel of retaliation" is often parsed with Israel as iobj and no obj
  const io = t.kid(p, 'iobj');
  if (io >= 0) return contentHead(t, io);
  // and "accused the United States of…" sometimes as a bare obl with no preposition
  const bare = t.kidsWhere(p, (d, c) => d === 'obl' && c > p && t.caseOf(c) === null && t.tok(c).pos !== 'NUM');
  return bare.length ? contentHead(t, bare[0]!) : -1;
}

/**
 * A double-object verb ("sent the police a plan", "offered Iran a deal") the parser labelled with two
 * `obj` kids: the first noun phrase is the recipient, the second what is given. Both must follow the
 * verb with nothing but the first phrase between them (no comma: "told Reuters, the agency…" is an
 * apposition, not a second object); a day name first is a time ("lifted Friday a blockade"). Null
 * when the verb has no such pair.
 */
export function doubleObject(t: DepTree, p: number): { recipient: number; theme: number } | null {
  const objs = t.kidsWhere(p, (d, k) => d === 'obj' && k > p);
  if (objs.length !== 2) return null;
  const [r, th] = objs as [number, number];
  if (isDayWord(t.lower(r)) || !NOMINAL_POS.has(t.tok(r).pos) || !NOMINAL_POS.has(t.tok(th).pos)) return null;
  if (RELATIVE_PRONOUNS.has(t.lower(r))) return null;
  // the theme phrase starts right after the recipient's phrase (its last descendant)
  const themeStart = t.kids(th).reduce((m, k) => Math.min(m, k), th);
  for (let k = r + 1; k < themeStart; k++) if (t.lower(k) === ',' || t.head(k) === p) return null;
  return { recipient: r, theme: th };
}

const NOMINAL_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON']);

/** The controlled complement: xcomp, or a gerund object ("ruled out sending troops"). */
export function complementOf(t: DepTree, p: number): number {
  const x = t.kid(p, 'xcomp');
  if (x >= 0) return x;
  const o = t.kid(p, 'obj');
  if (o >= 0 && t.tok(o).pos === 'VERB') return o;
  // "forced Palestinian refugees to leave": object control parsed as a to-infinitive on the object
  if (o >= 0) {
    const a = t.kidsWhere(o, (d, k) => d === 'acl' && k > o && t.markOf(k) === 'to' && t.kid(k, 'nsubj') < 0 && t.tok(k).pos === 'VERB');
    if (a.length) return a[0]!;
  }
  const c = t.kid(p, 'ccomp');
  if (c >= 0 && t.kid(c, 'nsubj') < 0 && t.markOf(c) === 'to') return c;
  // parsers often attach "called on Germany to send aid" / "ruled out sending troops" as advcl
  // — but a comma sets off a free adjunct ("imposed sanctions on Belarus, freezing the assets of
  // officials"): a second act of the same subject, not the verb's complement
  for (const a of t.kidsWhere(p, (d) => d === 'advcl')) {
    if (a < p || t.kid(a, 'nsubj') >= 0 || t.tok(a).pos !== 'VERB') continue;
    if (t.kidsWhere(a, (d, k) => d === 'punct' && k < a && t.lower(k) === ',').length) continue;
    // ("ordering the payments, according to prosecutors": the comma may hang on the verb instead)
    const edge = leftEdge(t, a);
    if (edge > 0 && t.lower(edge - 1) === ',') continue;
    // ("ordered three days of public mourning": an -ing word right after an adjective is a noun)
    if (edge === a && a > 0 && /ing$/.test(t.lower(a)) && t.tok(a - 1).pos === 'ADJ') continue;
    const m = t.markOf(a);
    if (m === null || m === 'to') return a;
  }
  return -1;
}

/** Subject of a verbal predicate, following control, coordination and adverbial clauses. */
export function subjectOf(t: DepTree, p: number, hops = 0): number {
  return hops === 0 ? t.cached(subjectInTree, p) : subjectInTree(t, p, hops);
}

function subjectInTree(t: DepTree, p: number, hops = 0): number {
  if (p < 0 || hops > 5) return -1;
  if (t.isPassive(p)) {
    // "condemned by members of the European Union": the members' of-complement is the agent
    const agent = t.kid(p, 'obl:agent');
    if (agent >= 0) return contentHead(t, agent);
    const by = t.prepKids(p, 'by');
    return by.length ? contentHead(t, by[0]!) : -1;
  }
  // several subjects (a mis-parsed apposition: "NATO-member Norway is willing…"): prefer a name
  const subs = t.kidsWhere(p, (d) => d === 'nsubj' || d === 'nsubj:outer' || d === 'nsubj:pass');
  // — the one nearest the verb: "N'DJAMENA, Chad (AP) — The African Union suspended…" parsed with the
  // dateline as a second subject
  const names = subs.filter((x) => t.tok(x).pos === 'PROPN');
  const before = names.filter((x) => x < p);
  let s = (before.length ? before[before.length - 1] : names[0]) ?? subs[0] ?? -1;
  // "it is willing to…": an expletive stands for the speaker, resolved by the caller like a pronoun
  if (s < 0) s = t.kid(p, 'expl');
  s = contentHead(t, s);
  if (s >= 0) {
    // "the troops who attacked the town": the relative pronoun stands for the noun the clause modifies
    if (RELATIVE_PRONOUNS.has(t.lower(s)) && t.dep(p).startsWith('acl')) return whoAntecedent(t, s, t.head(p));
    return s;
  }
  // "On Thursday, Sviatlana Tsikhanouskaya, an opposition candidate, held a rally": the parser may
  // coordinate the name with the fronted date, leaving the verb without a subject
  const fronted = frontedDateSubject(t, p);
  if (fronted >= 0) return fronted;
  const d = t.dep(p);
  const h = t.head(p);
  if (h < 0) return -1;
  const b = baseDep(d);
  if (b === 'xcomp' || (b === 'ccomp' && t.markOf(p) === 'to')) {
    // object control ("urged Iran to release"): the object is the controller; else the subject is
    const o = t.kid(h, 'obj');
    if (o >= 0 && o !== p && t.tok(o).pos !== 'VERB') return o;
    return t.isVerbal(h) || t.tok(h).pos === 'ADJ' ? subjectOf(t, h, hops + 1) : -1;
  }
  if (b === 'conj') return t.isVerbal(h) ? subjectOf(t, h, hops + 1) : -1;
  if (b === 'advcl' || b === 'acl') {
    // "accused Zelensky of prolonging the war", "blamed Israel for attacking": the object does it
    const m = t.markOf(p) ?? t.caseOf(p);
    if (m === 'of' || m === 'for' || m === 'with') {
      const o = t.kid(h, 'obj');
      if (o >= 0) return o;
    }
    if (b === 'advcl') return subjectOf(t, h, hops + 1);
  }
  if (b === 'obj' && t.isVerbal(p)) return subjectOf(t, h, hops + 1);
  if (d === 'acl' && t.markOf(p) !== 'to') {
    // "imposed sanctions over the jailing of journalists, freezing assets and banning them": an -ing
    // clause set off by a comma after a noun inside a phrase is the clause's own manner or result
    // (a free adjunct the parser hung on the nearest noun): its doer is the governing clause's subject
    if (isFreeAdjunct(t, p)) {
      const g = governingSubject(t, h);
      if (g >= 0) return g;
    }
    return h;
  }
  return -1;
}

/**
 * "… with the presidential transition, such as former governor Chris Christie, who denounced …": the
 * parser may hang a who-clause on a noun further back; "who" stands for a person, so a name right
 * before it (a comma between) is its antecedent when the noun the clause hangs on is no name.
 */
function whoAntecedent(t: DepTree, rel: number, host: number): number {
  if (t.lower(rel) !== 'who' || t.tok(host).pos === 'PROPN' || t.tok(host).pos === 'PRON') return host;
  let k = rel - 1;
  if (k >= 0 && t.tok(k).form === ',') k--;
  if (k < 0 || k === host || t.tok(k).pos !== 'PROPN' || t.tok(k).sent !== t.tok(rel).sent) return host;
  for (let hop = 0; hop < 4 && t.head(k) >= 0 && /^flat/.test(t.dep(k)); hop++) k = t.head(k);
  return k;
}

/**
 * A subjectless main or reported verb whose fronted time phrase ("On Wednesday, …") carries a
 * proper-noun conjunct before the verb: the conjunct is the subject the parser misattached (a date
 * is coordinated with nothing but another date, so a name there is the clause's subject). -1 if none.
 */
function frontedDateSubject(t: DepTree, p: number): number {
  if (!t.isVerbal(p) || t.isPassive(p)) return -1;
  const b = baseDep(t.dep(p));
  if (b !== 'root' && b !== 'ccomp' && b !== 'parataxis') return -1;
  for (const o of t.kidsWhere(p, (d, k) => baseDep(d) === 'obl' && k < p)) {
    if (!isDayWord(t.lower(o))) continue;
    const names = t.kidsWhere(o, (d, k) => d === 'conj' && k < p && t.tok(k).pos === 'PROPN' && !isDayWord(t.lower(k)));
    if (names.length) return names[0]!;
  }
  // "In a letter handed over on Monday, Iraq said …" with the name hung under the day word as its
  // modifier (nmod, appos) — the fronted phrase may sit lower down, in a phrase of its own: a name
  // right after the comma that closes the phrase is the subject all the same
  const stack = t.kids(p).filter((k) => k < p);
  for (let seen = 0; stack.length && seen < 40; seen++) {
    const o = stack.pop()!;
    if (isDayWord(t.lower(o))) {
      const name = t.kidsWhere(o, (d, k) => k > o && k < p && /^(nmod|appos)/.test(d) && t.tok(k).pos === 'PROPN' && !isDayWord(t.lower(k)) && t.lower(k - 1) === ',')[0];
      if (name !== undefined) return name;
    }
    for (const k of t.kids(o)) if (k < p) stack.push(k);
  }
  return -1;
}

/** a participle (-ing) right after a comma, hung on a noun that is no subject: a free adjunct of the clause */
function isFreeAdjunct(t: DepTree, p: number): boolean {
  return t.tok(p).xpos === 'VBG' && p > 0 && t.tok(p - 1).form === ',' && !/^nsubj/.test(t.dep(t.head(p)));
}

/** The subject of the clause that governs a noun trigger ("During a meeting with X, Hegseth hailed" → Hegseth). */
export function governingSubject(t: DepTree, n: number): number {
  let x = n;
  for (let hop = 0; hop < 4; hop++) {
    const h = t.head(x);
    if (h < 0) return -1;
    const b = baseDep(t.dep(x));
    // (an iobj is a core argument too: parsers label "signed a decree banning …" as a double object)
    if ((b === 'obj' || b === 'iobj' || b === 'obl' || b === 'xcomp') && (t.isVerbal(h) || t.tok(h).pos === 'ADJ')) return subjectOf(t, h);
    if (b === 'nmod' || b === 'conj' || b === 'appos' || b === 'compound') {
      x = h;
      continue;
    }
    return -1;
  }
  return -1;
}

/** The verb that governs a noun trigger through obj/obl ("held talks" → held), or -1. */
export function governingVerb(t: DepTree, n: number): number {
  const h = t.head(n);
  if (h < 0) return -1;
  const b = baseDep(t.dep(n));
  return (b === 'obj' || b === 'obl') && t.isVerbal(h) ? h : -1;
}

/**
 * Every preposition prepArgs(t, p, ·, noun) may find a phrase with: the phrase words on each token it
 * reads (a superset — the compound host is taken whatever its part of speech). A trigger tested
 * against many prepositional frames asks prepArgs only for these. Keep in step with prepArgs
 * (test/events/prep-arg-words.test.ts checks it on real parses).
 */
export function prepArgWords(t: DepTree, p: number, noun: boolean): Set<string> {
  const out = new Set<string>();
  const on = (i: number) => {
    for (const c of t.kids(i)) {
      const w = t.phraseWord(c);
      if (w !== null) out.add(w);
    }
  };
  on(p);
  if (!noun) {
    const o = objectOf(t, p);
    if (o >= 0) for (const x of t.conjuncts(o)) on(x);
    return out;
  }
  for (const n of t.kidsWhere(p, (d) => d === 'nmod')) on(n);
  if (t.dep(p) === 'compound' && t.head(p) >= 0) on(t.head(p));
  const g = governingVerb(t, p);
  if (g >= 0) on(g);
  return out;
}

/** obl/nmod children with preposition `prep` on the trigger, else on its object, else (nouns) on the governing verb. */
export function prepArgs(t: DepTree, p: number, prep: string, noun: boolean): number[] {
  const own = t.prepKids(p, prep);
  if (own.length) return own;
  if (!noun) {
    const o = objectOf(t, p);
    if (o >= 0) {
      // "halted military aid and intelligence sharing with Kyiv": the phrase may sit on any coordinated object
      for (const x of t.conjuncts(o)) {
        const onObj = t.prepKids(x, prep);
        if (onObj.length) return onObj;
      }
    }
    return [];
  }
  // "the halt of aid to Ukraine": the phrase sits on the noun's own of-complement
  for (const n of t.kidsWhere(p, (d) => d === 'nmod')) {
    const inner = t.prepKids(n, prep);
    if (inner.length) return inner;
  }
  const host = compoundHostPrepArgs(t, p, prep);
  if (host.length) return host;
  const g = governingVerb(t, p);
  return g >= 0 ? t.prepKids(g, prep) : [];
}

export type SlotResult = { readonly kind: 'token'; readonly token: number } | { readonly kind: 'none' } | { readonly kind: 'recip' } | null;

/** the first token of the phrase headed by a (its own left children, one level down) */
function leftEdge(t: DepTree, a: number): number {
  let l = a;
  for (const k of t.kids(a)) if (k < l) l = k;
  return l;
}

/**
 * The clausal complement: ccomp, else a finite clause with its own subject the parser labelled obj
 * ("alleged the central government are hiding…" parsed with "hiding" as the object), or -1.
 */
export function clauseOf(t: DepTree, p: number): number {
  const c = t.kid(p, 'ccomp');
  if (c >= 0) return c;
  // "declared Tuesday that China must drop …" with the that-clause labelled an adverbial clause (or
  // an agent phrase): a clause after the verb opened by "that" is its complement whatever its label
  for (const k of t.kids(p)) if (k > p && t.isVerbal(k) && t.markOf(k) === 'that' && /^(advcl|obl)/.test(t.dep(k))) return k;
  const o = t.kid(p, 'obj');
  if (o >= 0 && t.tok(o).pos === 'VERB' && t.kid(o, 'nsubj') >= 0) return o;
  // "ruled on September 11 the prorogation was unlawful": with no complementiser the parser may hang
  // the reported clause, with its own subject, as parataxis after the verb or after the phrase
  // between them (the date); a clause before the verb is another sentence's ("…, he said"), one
  // set off by a colon or a quotation mark is a quote, whose subject is no reported party
  const hosts = [p, ...t.kids(p).filter((k) => k > p && baseDep(t.dep(k)) === 'obl')];
  const setOff = (k: number) => t.kids(k).some((x) => x < k && t.dep(x) === 'punct');
  for (const h of hosts) for (const k of t.kids(h)) if (k > p && t.dep(k) === 'parataxis' && t.kid(k, 'nsubj') >= 0 && !setOff(k)) return k;
  // "alleged, by way of example, Mahan had contributed to …": a conjunct with its own subject and
  // no coordinating word is no coordination — the parser's reading of the reported clause
  // ("…, a senior official said." so parsed is the reporting clause of the whole sentence: a verb of
  // saying with nothing reported after it is no reported clause)
  for (const k of t.kids(p)) {
    if (k <= p || t.dep(k) !== 'conj' || !t.isVerbal(k) || t.kid(k, 'cc') >= 0) continue;
    if (t.speechLemmas.has(t.lemma(k)) && !t.kids(k).some((x) => x > k && /^(ccomp|obj|xcomp|parataxis)/.test(t.dep(x)))) continue;
    if (t.kid(k, 'nsubj') >= 0 || t.kid(k, 'nsubj:pass') >= 0) return k;
  }
  return objectClause(t, p);
}

/** Penn tags of a finite auxiliary: a clause carrying one states its own tense */
const FINITE_AUX = new Set(['VBZ', 'VBD', 'VBP', 'MD']);

/**
 * "Protesters have claimed Iran, especially, amongst other outside parties, is unduly influencing
 * their government": with no complementiser and words set off between them, the parser may take the
 * reported clause's subject as the verb's object and hang the rest as an adverbial clause. An adverbial
 * clause after the object with a finite auxiliary but no subject and no marker of its own cannot be
 * one ("…, having said", "…, to protest" have none): it is the reported clause, the object its subject.
 * Returns the clause's head, or -1.
 */
function objectClause(t: DepTree, p: number): number {
  const o = t.kid(p, 'obj');
  if (o < 0) return -1;
  for (const k of t.kids(p)) {
    if (k <= o || baseDep(t.dep(k)) !== 'advcl' || !t.isVerbal(k)) continue;
    if (t.kid(k, 'nsubj') >= 0 || t.kid(k, 'nsubj:pass') >= 0 || t.kid(k, 'mark') >= 0) continue;
    if (t.kidsWhere(k, (d, a) => (d === 'aux' || d === 'aux:pass') && a < k && FINITE_AUX.has(t.tok(a).xpos)).length) return k;
  }
  return -1;
}

/** Penn tags of a finite verb form */
const FINITE_VERB = new Set(['VBD', 'VBZ', 'VBP']);

/**
 * "NPR reported Adil Abdul-Mahdi, the caretaker Prime Minister, recommended the troops withdraw":
 * with no complementiser and an apposition set off by commas, the parser may take the reported
 * clause's subject as the reporting verb's object and its verb as a second conjunct of the reporting
 * verb. A finite conjunct with no subject and no coordinator of its own ("and", "but") after that
 * object is no second act of the reporter: it is the reported clause, the object its subject
 * ("Police arrested Smith and charged him" keeps its "and"). The caller checks that the head is a
 * reporting verb. Returns the object, or -1.
 */
export function reportedConjunctSubject(t: DepTree, p: number): number {
  if (baseDep(t.dep(p)) !== 'conj' || !FINITE_VERB.has(t.tok(p).xpos)) return -1;
  if (t.kid(p, 'nsubj') >= 0 || t.kid(p, 'nsubj:pass') >= 0 || t.kid(p, 'cc') >= 0 || t.kid(p, 'mark') >= 0) return -1;
  const h = t.head(p);
  if (h < 0 || h > p || !t.isVerbal(h)) return -1;
  const o = t.kid(h, 'obj');
  if (o < 0 || o > p || !/^(PROPN|NOUN)$/.test(t.tok(o).pos)) return -1;
  // nothing but the object's own phrase between the reporting verb and the conjunct
  for (let k = h + 1; k < p; k++) if (t.tok(k).pos === 'VERB' || t.tok(k).pos === 'CCONJ') return -1;
  return o;
}

/** the subject of the reported clause at `clause` of verb p: its own, else (objectClause) the verb's object; -1 when none */
export function reportedSubject(t: DepTree, p: number, clause: number): number {
  const s = t.kid(clause, 'nsubj') >= 0 ? t.kid(clause, 'nsubj') : t.kid(clause, 'nsubj:pass');
  if (s >= 0) return s;
  return clause === objectClause(t, p) ? t.kid(p, 'obj') : -1;
}

/** Finds the head token a target slot points at (the caller expands coordination and resolves actors). */
export function findSlot(t: DepTree, p: number, slot: TargetSlot, noun: boolean): SlotResult {
  switch (slot.kind) {
    case 'none':
      return { kind: 'none' };
    case 'recip':
      return { kind: 'recip' };
    case 'obj': {
      if (noun) return null;
      const o = objectOf(t, p);
      return o >= 0 ? { kind: 'token', token: o } : null;
    }
    case 'subj': {
      const s = t.kid(p, 'nsubj') >= 0 ? t.kid(p, 'nsubj') : t.kid(p, 'nsubj:pass');
      return s >= 0 ? { kind: 'token', token: s } : null;
    }
    case 'iobj': {
      const i = t.kid(p, 'iobj');
      if (i >= 0) return { kind: 'token', token: i };
      const dbl = noun ? null : doubleObject(t, p);
      if (dbl) return { kind: 'token', token: dbl.recipient };
      const to = prepArgs(t, p, 'to', noun);
      return to.length ? { kind: 'token', token: to[0]! } : null;
    }
    case 'prep': {
      const a = prepArgs(t, p, slot.prep, noun);
      return a.length ? { kind: 'token', token: a[0]! } : null;
    }
    case 'via': {
      const inner = slot.via === 'x' ? complementOf(t, p) : slot.via === 'obj' ? objectOf(t, p) : clauseOf(t, p);
      if (inner < 0) return null;
      // (the reported clause's subject may be the object the parser took it for: objectClause)
      const subj = slot.via === 'c' && slot.slot.kind === 'subj' ? reportedSubject(t, p, inner) : -1;
      const res = subj >= 0 ? { kind: 'token' as const, token: subj } : findSlot(t, inner, slot.slot, !t.isVerbal(inner));
      if (res || slot.via !== 'c') return res;
      // "said, 'Now, for every moment Parliament remains prorogued, the government are breaking the
      // law'": a reported clause the parser split into conjuncts has its slot in a later conjunct
      for (const k of t.kidsWhere(inner, (d, x) => d === 'conj' && t.isVerbal(x))) {
        const r = findSlot(t, k, slot.slot, false);
        if (r) return r;
      }
      return null;
    }
  }
}
