// Candidate triggers: a token whose lemma has frames in data/events/frames.tsv, with the right
// part of speech, the particle the frame requires ("rule OUT") and its constraint met (object
// lemma, controlled verb, modal in the ccomp, prepositional phrase, governing verb). The first
// matching frame in file order wins, so specific rows sit above general ones.
import type { Constraint, Frame } from './lexicon.js';
import { complementOf, governingVerb, objectOf, prepArgs, subjectOf } from './roles.js';
import type { DepTree } from './tree.js';

const VERB_POS = new Set(['VERB', '']);
const NOUN_POS = new Set(['NOUN', '']);
/** predicative adjectives with a controlled complement ("ready to send", "willing to withdraw") */
const ADJ_POS = new Set(['ADJ', 'VERB', '']);

function hasParticle(t: DepTree, p: number, prt: string): boolean {
  for (const c of t.kids(p)) {
    if (c <= p) continue;
    const d = t.dep(c);
    if ((d === 'compound:prt' || d === 'advmod' || d === 'prt' || d === 'obl' || d === 'case') && t.lower(c) === prt) return true;
  }
  // "pulled out of the town": the particle parsed as a second case word of the following phrase
  for (const c of t.kids(p)) {
    if (c <= p || !t.dep(c).startsWith('obl')) continue;
    if (t.kids(c).some((k) => k === p + 1 && t.dep(k) === 'case' && t.lower(k) === prt)) return true;
  }
  // "rule out": some parses attach the particle as the next token without a relation we expect
  return p + 1 < t.doc.tokens.length && t.lower(p + 1) === prt && t.head(p + 1) === p;
}

function lemmaIn(t: DepTree, i: number, set: ReadonlySet<string>): boolean {
  return set.has(t.lemma(i)) || set.has(t.lower(i));
}

const AMOUNT_WORDS = new Set(['$', '€', '£', '¥', 'million', 'billion', 'trillion', 'dollar', 'dollars', 'euro', 'euros']);

/** A money amount or bare number heading an object ("$40 million in aid", "80 million euros of aid"). */
export function isAmount(t: DepTree, i: number): boolean {
  const p = t.tok(i).pos;
  return p === 'NUM' || (p === 'SYM' && AMOUNT_WORDS.has(t.lower(i))) || AMOUNT_WORDS.has(t.lower(i));
}

function meets(t: DepTree, p: number, c: Constraint, noun: boolean): boolean {
  switch (c.kind) {
    case 'none':
      return true;
    case 'obj': {
      const o = objectOf(t, p);
      if (o < 0) return false;
      if (!c.lemmas) return true;
      if (lemmaIn(t, o, c.lemmas)) return true;
      // "army reservists", "aid deliveries": a compound modifier may carry the word
      if (t.kidsWhere(o, (d) => d === 'compound').some((x) => lemmaIn(t, x, c.lemmas!))) return true;
      // "military aid and intelligence sharing": any coordinated object counts
      if (t.kidsWhere(o, (d) => d === 'conj').some((x) => lemmaIn(t, x, c.lemmas!))) return true;
      // "pledged $40 million in food aid": an amount stands for what it measures (its in/of phrase)
      if (isAmount(t, o)) return t.kidsWhere(o, (d) => d === 'nmod' || d === 'obl').some((x) => lemmaIn(t, x, c.lemmas!));
      return false;
    }
    case 'xcomp': {
      const x = complementOf(t, p);
      if (x < 0) return false;
      return !c.lemmas || lemmaIn(t, x, c.lemmas);
    }
    case 'ccomp': {
      const cc = t.kid(p, 'ccomp');
      if (cc < 0) return false;
      if (!c.lemmas) return true;
      return t.kidsWhere(cc, (d) => d === 'aux').some((a) => lemmaIn(t, a, c.lemmas!));
    }
    case 'prep': {
      const a = prepArgs(t, p, c.prep, noun);
      if (!a.length) return false;
      return !c.lemmas || a.some((x) => lemmaIn(t, x, c.lemmas!));
    }
    case 'nosubj': {
      const s = subjectOf(t, p);
      return s < 0 || !lemmaIn(t, s, c.lemmas);
    }
    case 'gov': {
      const g = governingVerb(t, p);
      return g >= 0 && lemmaIn(t, g, c.lemmas);
    }
  }
}

/**
 * Lemmas to look up: the lemmatizer's, the form, and simple de-inflections of the form, because an
 * unseen verb may get a wrong lemma ("rebuked" → "rebuk") and the frames list base forms only.
 */
function lemmaCandidates(t: DepTree, p: number, forms: ReadonlyMap<string, string>): string[] {
  const out = [t.lemma(p)];
  const add = (x: string) => {
    if (x.length > 2 && !out.includes(x)) out.push(x);
  };
  const f = t.lower(p);
  add(f);
  const irregular = forms.get(f);
  if (irregular) add(irregular);
  if (f.endsWith('ied')) add(f.slice(0, -3) + 'y');
  if (f.endsWith('ies')) add(f.slice(0, -3) + 'y');
  if (f.endsWith('ed')) {
    add(f.slice(0, -2));
    add(f.slice(0, -1));
    if (/([bdglmnprt])\1ed$/.test(f)) add(f.slice(0, -3));
  }
  if (f.endsWith('ing')) {
    add(f.slice(0, -3));
    add(f.slice(0, -3) + 'e');
    if (/([bdglmnprt])\1ing$/.test(f)) add(f.slice(0, -4));
  }
  if (f.endsWith('es')) add(f.slice(0, -2));
  if (f.endsWith('s')) add(f.slice(0, -1));
  return out;
}

/** The frames token p may trigger, in file order (the caller takes the first that yields an event). */
export function matchFrames(t: DepTree, p: number, byLemma: ReadonlyMap<string, readonly Frame[]>, forms: ReadonlyMap<string, string> = new Map()): Frame[] {
  const tok = t.tok(p);
  const out: Frame[] = [];
  for (const lemma of lemmaCandidates(t, p, forms)) {
    const frames = byLemma.get(lemma);
    if (!frames) continue;
    for (const f of frames) {
      const noun = f.pos === 'N';
      if (!(noun ? NOUN_POS : f.pos === 'A' ? ADJ_POS : VERB_POS).has(tok.pos)) continue;
      if (f.prt && !hasParticle(t, p, f.prt)) continue;
      if (!meets(t, p, f.constraint, noun)) continue;
      out.push(f);
    }
    if (out.length) break;
  }
  return out;
}
