// Cue detection: a speech or attitude verb (data/speech-verbs.tsv) read as a verb, with its verb
// group as PolNeAR marks it — auxiliaries, negation and adverbs before it ("has also said", "did
// not say"), a particle after it ("called for", "pointed out"), "in a statement" and an
// introducing colon ("said:"). Token ranges are half-open [start, end).
import { cueLexicon, is, type CueEntry } from './words.js';
import { isCap, isPunct, type View } from './view.js';

export interface Cue {
  readonly entry: CueEntry;
  /** the cue word itself */
  readonly head: number;
  /** the verb group, [start, end) in tokens */
  readonly start: number;
  readonly end: number;
}

const PARTICLES: Readonly<Record<string, readonly string[]>> = {
  call: ['for', 'on'],
  point: ['out', 'to'],
  speak: ['about', 'of'],
  talk: ['about'],
  refer: ['to'],
  complain: ['about', 'of'],
  warn: ['of', 'against', 'about'],
  ask: ['about'],
  vote: ['for', 'against'],
};

const NOT_LY_ADVERBS = new Set(['only', 'early', 'family', 'daily', 'weekly', 'monthly', 'yearly', 'ally', 'rally', 'supply', 'reply', 'apply', 'assembly', 'july', 'italy', 'fly', 'friendly', 'elderly', 'lonely', 'holy', 'ugly', 'silly']);

/** an -ly adverb ("repeatedly", "publicly"): the tagger's ADV when it has run, else the suffix */
export function lyAdverb(v: View, i: number): boolean {
  const l = v.lower[i] ?? '';
  if (!/^[a-z]{3,}ly$/.test(l) || NOT_LY_ADVERBS.has(l)) return false;
  return !v.tagged || v.tokens[i]!.pos === 'ADV';
}

/** Is token i a cue word read as a verb (or "according to")? Returns its lexicon entry. */
export function cueAt(v: View, i: number, floor: number): CueEntry | null {
  const l = v.lower[i];
  if (!l) return null;
  if (l === 'according' && v.lower[i + 1] === 'to') return cueLexicon().get('according to') ?? null;
  const e = cueLexicon().get(l);
  if (!e || e.cls === 'prep' || e.cls === 'noun') return null;
  // a capitalised word mid-sentence is a name or a title — except in a headline set in title case,
  // where a speech verb or a third-person attitude verb still cues ("Bellwether County Says …")
  if (isCap(v, i) && i > floor && !(v.titleCase[v.tokens[i]!.sent] && (e.cls === 'speech' || /s$/.test(l)) && e.use === 'all')) return null;
  const t = v.tokens[i]!;
  if (v.tagged && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ')) {
    // the tagger reads it as a noun: believe it when a determiner, adjective, number or preposition precedes
    // (its errors on cue verbs after a name — "Blige sings" — are common)
    const pp = v.tokens[i - 1]?.pos ?? '';
    if (i > floor && (pp === 'DET' || pp === 'ADJ' || pp === 'NUM' || pp === 'ADP')) return null;
  }
  // a determiner or possessive before it makes it a noun: "the report", "his plans"
  const prev = v.lower[i - 1] ?? '';
  if (i > floor && (prev === 'the' || prev === 'a' || prev === 'an' || prev === 'his' || prev === 'her' || prev === 'its' || prev === 'their' || prev === 'this' || prev === 'our' || prev === 'my' || prev === 'no')) return null;
  // a number or a possessive before it makes it a noun too: "eight states", "Obama's plans"
  if (i > floor && (/^\d/.test(prev) || /['’]s$/.test(prev) || prev === "'s" || prev === '’s')) return null;
  return e;
}

/** Extends a cue word to its verb group within [floor, ceil). */
export function verbGroup(v: View, head: number, entry: CueEntry, floor: number, ceil: number): Cue {
  if (entry.cls === 'prep') return { entry, head, start: head, end: head + 2 };
  let s = head;
  while (s - 1 >= floor) {
    const l = v.lower[s - 1]!;
    if (is('aux', l) || is('neg', l) || is('adv', l) || lyAdverb(v, s - 1)) s--;
    else break;
  }
  // an adverb that starts the group but follows a comma belongs to the clause, not to the cue
  while (s < head && !is('aux', v.lower[s]!) && !is('neg', v.lower[s]!) && isPunct(v, s - 1, ',')) s++;
  let e = head + 1;
  const parts = PARTICLES[entry.lemma];
  if (parts && e < ceil && parts.includes(v.lower[e]!)) e++;
  if (e + 2 < ceil && v.lower[e] === 'in' && v.lower[e + 1] === 'a' && v.lower[e + 2] === 'statement') e += 3;
  if (e < ceil && isPunct(v, e, ':')) e++;
  return { entry, head, start: s, end: e };
}
