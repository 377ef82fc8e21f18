// Source actors of a trigger: the subject (or, for a noun, its possessor, by-phrase, nationality or
// the governing clause's subject), with fallbacks for pronouns inside reported clauses, temporal
// participle clauses and finite verbs the parser left without a subject.
import { isDayWord } from '../../lexicon/day-words.js';
import { actorsOf, isPronoun, sameActor, type Ctx } from './context.js';
import type { Frame } from './lexicon.js';
import type { Actor } from './actor.js';
import { governingSubject, governingVerb, reportedConjunctSubject, subjectOf } from './roles.js';
import { baseDep, type DepTree } from './tree.js';
import { respondedTransfer } from './transfer-response.js';
import { meansNounAgent } from './means-noun-agent.js';
import { performedActAgent } from './performed-act-agent.js';
import { reportedClauseConjunctSubject } from './reported-clause-conjunct.js';
import { LOCATIVE_PREPOSITIONS, TEMPORAL_CONNECTIVES } from '../../lexicon/function-words.js';

/** An unresolved pronoun subject inside a reported clause stands for the speaker ("Iran said it would retaliate"). */
function pronounFallback(c: Ctx, p: number): Actor[] {
  const t = c.t;
  let x = p;
  if (x < 0) return [];
  for (let hop = 0; hop < 4; hop++) {
    const b = baseDep(t.dep(x));
    if (b !== 'ccomp' && b !== 'conj' && b !== 'advcl' && b !== 'xcomp' && b !== 'parataxis') return [];
    x = t.head(x);
    if (x < 0) return [];
    const s = subjectOf(t, x);
    if (s >= 0 && !isPronoun(t, s)) return actorsOf(c, s).filter((a) => a.political);
  }
  return [];
}

const FIRST_PERSON = new Set(['i', 'we', 'us', 'me']);

/**
 * The political actors of a speaker mention the quotes layer resolved: the head of the mention (the
 * token whose head lies outside it), searched back from token `s`, then forward.
 */
function speakerActors(c: Ctx, s: number, m: { start: number; end: number }): Actor[] {
  const t = c.t;
  for (let k = s; k >= 0 && t.tok(k).end > m.start - 1; k--) {
    const tok = t.tok(k);
    if (tok.start < m.start || tok.end > m.end) continue;
    const h = t.head(k);
    if (h >= 0 && t.tok(h).start >= m.start && t.tok(h).end <= m.end) continue;
    return c.r.resolve(k).filter((a) => a.political);
  }
  for (let k = s + 1; k < t.doc.tokens.length && t.tok(k).start < m.end; k++) {
    const tok = t.tok(k);
    if (tok.start < m.start) continue;
    const h = t.head(k);
    if (h >= 0 && t.tok(h).start >= m.start && t.tok(h).end <= m.end) continue;
    return c.r.resolve(k).filter((a) => a.political);
  }
  return [];
}

/**
 * "We warn the Saudis", Saree said: a first-person subject inside a speaker's quoted words is the
 * speaker (or what the speaker speaks for, as the entities layer codes the speaker). Only quotes
 * with a named speaker.
 */
function quoteSpeaker(c: Ctx, s: number): Actor[] {
  const m = c.quotes.speakerAt(c.t.tok(s).start);
  return m ? speakerActors(c, s, m) : [];
}

/**
 * "X accused Y of …, saying …", "…, X told reporters, criticizing Y": a trigger that is a quote's cue
 * is the speaker's act — the source is the speaker the quotes layer resolved (one resolution, two
 * layers: issue 14), when that speaker is a political actor; else the event's own reading stands.
 */
function cueSpeaker(c: Ctx, p: number): Actor[] {
  const m = c.quotes.cueSpeakerAt(c.t.tok(p).start);
  return m ? speakerActors(c, p, m) : [];
}

function isLocativeModifier(t: DepTree, k: number): boolean {
  const b = baseDep(t.dep(k));
  if (b !== 'nmod' && b !== 'obl') return false;
  const c = t.kid(k, 'case');
  return c >= 0 && LOCATIVE_PREPOSITIONS.has(t.lower(c));
}

/** Up to 8 tokens back in the same sentence, stopping at a clause break: the first political actor head. */
function nearestActorBefore(c: Ctx, p: number, hadSubject = false): Actor[] {
  const t = c.t;
  const d = baseDep(t.dep(p));
  // only verbs that should have had their own subject: not controlled, coordinated or adverbial ones
  // (a verb the parser gave a time word as subject did have one)
  if (!hadSubject && (d === 'xcomp' || d === 'conj' || d === 'advcl' || d === 'acl')) return [];
  // (a past participle heading a main or reported clause is a past tense the tagger misread:
  // "…, Palestinian police in Jericho confiscated weapons, the Israeli army said")
  const finite = t.kid(p, 'aux') >= 0 || ['VBD', 'VBZ', 'VBP'].includes(t.tok(p).xpos) || (t.tok(p).xpos === 'VBN' && (d === 'root' || d === 'ccomp'));
  if (!finite) return [];
  const sent = t.tok(p).sent;
  for (let k = p - 1; k >= 0 && k >= p - 8; k--) {
    const tok = t.tok(k);
    if (tok.sent !== sent || tok.form === ';' || tok.form === ':' || tok.pos === 'VERB') break;
    if (tok.pos !== 'PROPN' && tok.pos !== 'NOUN') continue;
    // "the EU delegation in Belgrade called…": a place in a locative phrase is where the actor is, not the actor
    if (isLocativeModifier(t, k)) continue;
    // the head of the phrase this word belongs to
    let h = k;
    while (t.head(h) >= 0 && t.head(h) < p && /^(compound|flat|amod)/.test(t.dep(h))) h = t.head(h);
    let a = c.r.resolve(h).filter((x) => x.political);
    // "Pakistan today threatened" parsed with "Pakistan" as a compound of the time word: the word
    // itself when the phrase it was hung on names no actor
    if (!a.length && h !== k) a = c.r.resolve(k).filter((x) => x.political);
    if (a.length) return a;
  }
  return [];
}

/**
 * "Turkish President Recep Tayyip Erdoğan" parsed as two conjuncts ("Turkish" and the name): a
 * nationality right before a person or group of its own state, nothing but title words between, is
 * that actor's modifier, not a second actor (else "X and Turkish President Y met" gives X, Turkey and
 * Y three parties). Kept when the text coordinates them ("Turkey and Erdoğan").
 */
export function withoutNationalityModifiers(text: string, actors: readonly Actor[]): Actor[] {
  if (actors.length < 2) return [...actors];
  return actors.filter(
    (a) =>
      !(a.entity !== null && a.actor_code !== null && a.actor_code === a.country) ||
      !actors.some(
        (b) =>
          b !== a &&
          b.country === a.country &&
          b.actor_code !== a.actor_code &&
          b.mention.start >= a.mention.end &&
          b.mention.start - a.mention.end <= 40 &&
          !/[,;]|\band\b|\bor\b/.test(text.slice(a.mention.end, b.mention.start)),
      ),
  );
}

/** the political actors an of-phrase or a possessor of `n` names ("deployment of NATO troops"), else none */
function ownerActors(c: Ctx, n: number): Actor[] {
  const t = c.t;
  for (const k of [t.prepKids(n, 'of')[0] ?? -1, t.kid(n, 'nmod:poss')]) {
    if (k < 0 || isPronoun(t, k)) continue;
    const a = actorsOf(c, k).filter((x) => x.political);
    if (a.length) return a;
  }
  return [];
}

/** prepositions of a time or cause adjunct: the event noun they introduce is not the clause subject's act */
const ADJUNCT_CASES = new Set(['during', 'amid', 'amidst', 'since', 'after', 'before', 'throughout', 'over', 'despite', 'following', 'until']);

/** the noun (or a conjunct or compound of it) is the direct object of a verb that acts on or judges
 * someone else's act (governors.tsv acts-on): "police suppressed the protests", "condemned the riots" */
export function isActedOnObject(t: DepTree, n: number, actsOn: ReadonlySet<string>): boolean {
  let x = n;
  for (let hop = 0; hop < 3 && x >= 0; hop++) {
    const b = baseDep(t.dep(x));
    if (b === 'obj') return t.head(x) >= 0 && t.isVerbal(t.head(x)) && actsOn.has(t.lemma(t.head(x)));
    if (b !== 'conj' && b !== 'compound' && b !== 'appos') return false;
    x = t.head(x);
  }
  return false;
}

/** the noun (or a conjunct or compound of it) is the direct object or the purpose of a verb: "staged a protest", "held rallies and strikes" */
function isClauseObject(t: DepTree, n: number): boolean {
  let x = n;
  for (let hop = 0; hop < 3 && x >= 0; hop++) {
    const b = baseDep(t.dep(x));
    // (or its purpose: "converged for a rally", "gathered for a protest")
    if (b === 'obj' || (b === 'obl' && t.caseOf(x) === 'for')) return t.head(x) >= 0 && t.isVerbal(t.head(x));
    if (b !== 'conj' && b !== 'compound' && b !== 'appos') return false;
    x = t.head(x);
  }
  return false;
}

/** prepositions whose use-of-force noun the clause's subject does: the means ("responded with
 * airstrikes", "killed him in an airstrike") */
const MEANS_CASES = new Set(['with', 'by', 'through', 'via', 'in']);

/** the noun (or a conjunct, apposition or of-complement of it) is a verb's prepositional phrase other
 * than its means: "pointing to the attack", "as an example of the attacks", "spoke about the strikes" */
function isReferredForce(t: DepTree, n: number): boolean {
  let x = n;
  for (let hop = 0; hop < 3 && x >= 0; hop++) {
    const b = baseDep(t.dep(x));
    if (b === 'obl') return t.head(x) >= 0 && t.isVerbal(t.head(x)) && !MEANS_CASES.has(t.caseOf(x) ?? '');
    if (b !== 'conj' && b !== 'appos' && b !== 'nmod') return false;
    x = t.head(x);
  }
  return false;
}

/**
 * `nearest`: the nearest actor before a subjectless verb; `spoken`: the speaker of the quote whose cue
 * the trigger is; `transfer`: the receiver of a thing its relative clause responds to (transfer-response.ts);
 * `reportedClause`: the subject of the reported clause a conjunct continues (reported-clause-conjunct.ts)
 */
type Sources = { actors: Actor[]; passiveAgentless: boolean; nearest?: boolean; spoken?: boolean; transfer?: boolean; means?: boolean; performed?: boolean; reportedClause?: boolean };

export function sourcesOf(c: Ctx, p: number, f: Frame): Sources {
  const own = grammaticalSources(c, p, f);
  // (a response to a transfer is the receiver's, not the quotes layer's speaker of the clause)
  if (own.transfer) return own;
  const spoken = cueSpeaker(c, p);
  // the clause's own reading already holds the speaker ("China, Iran and Russia have pledged": the
  // speaker is one of the coordinated subjects): it stands, partners and all
  if (!spoken.length || spoken.every((s) => own.actors.some((o) => sameActor(o, s)))) return own;
  return { actors: spoken, passiveAgentless: false, spoken: true };
}

/** the sources the trigger's own grammar gives */
function grammaticalSources(c: Ctx, p: number, f: Frame): Sources {
  const t = c.t;
  if (f.pos !== 'N') {
    let s = subjectOf(t, p);
    // "NPR reported Abdul-Mahdi, the caretaker Prime Minister, recommended …": a reported clause
    // parsed as a conjunct of the reporting verb (a quote's cue) has the verb's object as subject
    const reported = reportedConjunctSubject(t, p);
    if (reported >= 0 && c.quotes.cueSpeakerAt(t.tok(t.head(p)).start)) s = reported;
    // "he is prepared to…", "Iran is ready to…": an adjective frame parsed as an agentless passive
    // still has its subject as the actor
    if (s < 0 && f.pos === 'A' && t.isPassive(p)) s = t.kid(p, 'nsubj:pass');
    // "the United States was disappointed by the decision": the by-phrase of an adjective of feeling
    // is its cause, the one who feels it is the passive subject
    if (f.pos === 'A' && t.isPassive(p) && t.kid(p, 'nsubj:pass') >= 0 && s >= 0 && t.caseOf(s) === 'by') s = t.kid(p, 'nsubj:pass');
    // "Syrian officers today ended…" parsed with "today" as the subject: a time word is no subject
    // (a bare one: "A top U.S. official today" parsed with "today" heading the phrase is kept)
    const timeSubject = s >= 0 && isDayWord(t.lower(s)) && t.bare(s);
    if (timeSubject) s = -1;
    // "announced the funds after meeting Wanjala": a temporal participle clause has the subject of the
    // clause it hangs from, however the parser attached it
    // (an acl read as modifying the noun it hangs from — "funds … meeting" — is not the noun's act)
    // "after heavy fighting spread…": an -ing word with an adjective of its own is a noun the tagger
    // took for a participle — an event noun with no agent of its own, not the main clause's act
    const nominalGerund = /ing$/.test(t.lower(p)) && t.kidsWhere(p, (d, k) => (d === 'amod' || d === 'compound') && t.tok(k).pos === 'ADJ').length > 0;
    if (nominalGerund && (s < 0 || s === t.head(p))) return { actors: [], passiveAgentless: false };
    if ((s < 0 || s === t.head(p)) && TEMPORAL_CONNECTIVES.has(t.markOf(p) ?? '') && /^(acl|advcl)/.test(t.dep(p))) {
      s = -1;
      for (let h = t.head(p), hop = 0; h >= 0 && hop < 3 && s < 0; h = t.head(h), hop++) if (t.isVerbal(h)) s = subjectOf(t, h);
    }
    // "sent the police a plan, which they rejected": the pronoun answering a transfer is its receiver
    if (s >= 0 && isPronoun(t, s)) {
      const tr = respondedTransfer(t, p, f.cameo);
      if (tr) {
        const actors = actorsOf(c, tr.recipient);
        if (actors.length) return { actors, passiveAgentless: false, transfer: true };
      }
    }
    let actors = actorsOf(c, s);
    // "the first deployment of NATO troops arrived", "Osama bin Laden's al-Qaeda network threatened":
    // a subject that is no actor stands for the actor its of-phrase or possessor names
    // (hand frames only: "Healey's comments come during his visit" is no act of Healey's coming)
    if (!actors.length && s >= 0 && !isPronoun(t, s) && f.origin !== 'dictionary') actors = ownerActors(c, s);
    // "news agency Fars reported Iran issued warrants … and demanded …": a conjunct whose reporter is
    // no actor continues the reported clause (reported-clause-conjunct.ts)
    if (!actors.length && s >= 0) {
      const r = reportedClauseConjunctSubject(t, p);
      const reported = r >= 0 ? actorsOf(c, r) : [];
      if (reported.length) return { actors: reported, passiveAgentless: false, reportedClause: true };
    }
    // "the US airstrike that killed Iranian general Qasem Soleimani", "Russian shelling killed five": a
    // use of force whose subject is an act noun (event-words.tsv) carrying a state's name is that
    // state's act (a city there says where: "a Kabul airstrike"; a person noun is a victim or a
    // bystander: "a Palestinian prisoner died as a result of torture")
    if (!actors.length && s >= 0 && f.cameo >= '18' && !t.isPassive(p) && c.lex.words.actNouns.has(t.lemma(s))) actors = c.r.modifierCountries(s, true);
    // "signed a decree banning X", "posted a message blaming Y", "a letter urging Z": a participle on
    // a thing that is no actor is the act of whoever made the thing — the governing clause's subject
    if (!actors.length && s >= 0 && s === t.head(p) && baseDep(t.dep(p)) === 'acl' && t.markOf(p) === null) {
      actors = actorsOf(c, governingSubject(t, s));
    }
    // (not in a relative clause: "a partner we can count on" describes the partner, it reports no act)
    if (!actors.length && s >= 0 && FIRST_PERSON.has(t.lower(s)) && baseDep(t.dep(p)) !== 'acl') actors = quoteSpeaker(c, s);
    if (!actors.length && s >= 0 && isPronoun(t, s)) actors = pronounFallback(c, p);
    if (s < 0 && !(t.isPassive(p) && f.pos !== 'A')) {
      // a finite verb the parser left without any subject ("… as the Trump administration has ruled
      // out …" parsed with the subject inside the previous phrase): the nearest actor before it
      const near = nearestActorBefore(c, p, timeSubject);
      if (near.length) return { actors: near, passiveAgentless: false, nearest: true };
    }
    // "were killed in a Taliban attack": the doer named on the act noun (means-noun-agent.ts)
    if (!actors.length && f.cameo >= '18' && t.isPassive(p) && (s < 0 || t.caseOf(s) === 'by')) {
      const means = meansNounAgent(c, p);
      if (means.length) return { actors: means, passiveAgentless: false, means: true };
    }
    return { actors, passiveAgentless: s < 0 && t.isPassive(p) };
  }
  // noun trigger: possessor ("Healey's visit"), by-phrase, else the governing clause's subject
  const poss = t.kid(p, 'nmod:poss');
  if (poss >= 0) {
    const a = actorsOf(c, poss);
    if (a.length) return { actors: a, passiveAgentless: false };
  }
  const by = t.prepKids(p, 'by');
  if (by.length) {
    const a = actorsOf(c, by[0]!);
    if (a.length) return { actors: a, passiveAgentless: false };
  }
  // "Chirac was an outspoken opponent of the war": a predicate noun is said of its clause's subject
  const pred = t.kid(p, 'cop') >= 0 ? t.kid(p, 'nsubj') : -1;
  if (pred >= 0) {
    const a = actorsOf(c, pred);
    if (a.length) return { actors: a, passiveAgentless: false };
  }
  // "the Israeli blockade of Gaza", "U.S. sanctions on Iran": a nationality on the noun is its agent
  const mods = c.r.modifierCountries(p);
  if (mods.length) return { actors: mods, passiveAgentless: false };
  // "rocket attacks on the embassy …; the rocket strikes were carried out by X" (performed-act-agent.ts)
  if (f.cameo >= '18') {
    const performed = performedActAgent(c, p);
    if (performed.length) return { actors: performed, passiveAgentless: false, performed: true };
  }
  // "strengthened security during the rally", "retaliated after the attack": a protest, sanction,
  // coercion or assault noun in a time or cause adjunct is the setting of the clause's act, not an act
  // of the clause's subject (a meeting is: "During a meeting with Healey, Hegseth hailed…")
  if (f.cameo >= '14' && ADJUNCT_CASES.has(t.caseOf(p) ?? '')) return { actors: [], passiveAgentless: false };
  // "police fired … in the weeks of protests", "forces were involved in the protests": a protest noun
  // is the governing subject's own act only as what the clause does to it ("held a protest"), not as
  // a phrase the clause happens in or is about
  if (f.cameo.startsWith('14') && !isClauseObject(t, p)) return { actors: [], passiveAgentless: false };
  // "police suppressed the protests": the subject of a verb acting on the act is not its doer
  if (isActedOnObject(t, p, c.lex.governors.actsOn)) return { actors: [], passiveAgentless: false };
  // "The United States called its actions defensive, pointing to the attack on its embassy": a use of
  // force the clause only refers to, in a prepositional phrase, is not the clause subject's act —
  // unlike one it does ("launched an attack") or does with ("responded with airstrikes")
  if (f.cameo >= '18' && isReferredForce(t, p)) return { actors: [], passiveAgentless: false };
  const g = governingSubject(t, p);
  let actors = actorsOf(c, g);
  if (!actors.length && g >= 0 && isPronoun(t, g)) actors = pronounFallback(c, governingVerb(t, p));
  return { actors, passiveAgentless: g < 0 };
}
