// A reaction aimed at the speaker of a statement told before: "He sought such intervention …,
// arguing that, as president, he should be immune … Marrero rejected this argument" → the one who
// argued. The statement is a quote of the quotes layer (one reading of who said what, issue 14);
// the reaction names it by a noun of its cue verb ("argue" → "argument", "claim" → "the claim",
// "accuse" → "the accusation"). The event refiner that runs over all events of a document, after
// act-owner.ts (an act told as an event names its author first).
import type { EventParty, NewsEvent, Quote, Token } from '../../core/doc.js';
import { firstEndingAfter } from '../../core/span.js';
import type { Ctx } from './context.js';
import { mayAimAt } from './denial-target.js';

/** a statement told in the document: where its cue starts, the cue word's stem, who spoke it */
export interface SpeechAct {
  readonly at: number;
  readonly stem: string;
  readonly author: EventParty;
}

/** the shortest stem a cue and a noun must share: "argu(e)" in "argument" (shorter stems match by chance) */
const MIN_STEM = 4;

/** a cue verb's stem: its lemma without a final silent e ("argue" → "argu", "state" → "stat") */
function stemOf(lemma: string): string {
  const l = lemma.toLowerCase();
  return l.length > MIN_STEM && l.endsWith('e') ? l.slice(0, -1) : l;
}

/**
 * The statements of a document with a political speaker, in text order: each quote with a cue and a
 * speaker mention, its cue's first verb or noun, the speaker as the resolver reads the mention's head.
 */
export function speechActs(c: Ctx, quotes: readonly Quote[]): SpeechAct[] {
  const t = c.t;
  const out: SpeechAct[] = [];
  for (const q of quotes) {
    const m = q.speaker.mention;
    // (a to-infinitive reports a commitment, not a claim: "Serbia agreed to move its embassy" is no
    // statement the later "the agreements" takes up)
    if (!q.cue || !m || /^\s*["“]?to\s/i.test(q.content[0] ? c.t.doc.text.slice(q.content[0].start, q.content[0].end) : '')) continue;
    const cue = tokensIn(c, q.cue.start, q.cue.end).find((k) => t.tok(k).pos === 'VERB' || t.tok(k).pos === 'NOUN');
    const inSpeaker = tokensIn(c, m.start, m.end);
    // the mention's head: the token whose own head lies outside the mention
    const head = inSpeaker.find((k) => !inSpeaker.includes(t.head(k)));
    if (cue === undefined || head === undefined) continue;
    const a = c.r.resolve(head).find((x) => x.political && x.actor_code);
    if (!a) continue;
    out.push({ at: q.cue.start, stem: stemOf(t.lemma(cue)), author: { entity: a.entity, actor_code: a.actor_code, mention: a.mention } });
  }
  return out.sort((x, y) => x.at - y.at);
}

/** the token indices inside [start, end) (spans are a few tokens) */
function tokensIn(c: Ctx, start: number, end: number): number[] {
  const toks = c.t.doc.tokens;
  const out: number[] = [];
  for (let k = firstEndingAfter(toks, start); k < toks.length && toks[k]!.start < end; k++) out.push(k);
  return out;
}

/** codes of a reaction to what someone said: denying it, welcoming it, criticising it, rejecting it */
const REACTION = /^(016|05|11|12)/;

/** determiners that make the object one statement told before ("this argument", "the claim") */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'such']);

/** the reaction's object (the first token after its trigger in its sentence with the object's lemma) has a definite determiner */
function definiteObject(tokens: readonly Token[], e: NewsEvent, lemma: string): boolean {
  const i = firstEndingAfter(tokens, e.evidence.start);
  if (i >= tokens.length) return false;
  const sent = tokens[i]!.sent;
  for (let k = i + 1; k < tokens.length && tokens[k]!.sent === sent; k++) {
    if (tokens[k]!.lemma.toLowerCase() !== lemma) continue;
    for (let j = Math.max(0, k - 4); j < k; j++) if (tokens[j]!.head === k && tokens[j]!.dep === 'det' && DEFINITE.has(tokens[j]!.form.toLowerCase())) return true;
    return false;
  }
  return false;
}

/** a reaction with an object noun, a party acting and no target yet: what this refiner may aim */
function isOpenReaction(e: NewsEvent, objects: ReadonlyMap<NewsEvent, string>): boolean {
  return !!objects.get(e) && REACTION.test(e.cameo) && !e.target.actor_code && !e.target.entity && !!(e.source.actor_code || e.source.entity);
}

/**
 * A reaction with no target whose object is a noun of an earlier statement's cue ("rejected this
 * argument" after "arguing that …") is aimed at that statement's speaker — the latest one before it
 * (rule suffix `+speech-owner`). Not at the reacting party itself ("He denied his own claim" names
 * no other party). Events and statements both in text order: one pass, the latest statement per
 * stem kept as the pass goes — linear.
 */
export function targetFromEarlierSpeech(events: readonly NewsEvent[], objects: ReadonlyMap<NewsEvent, string>, actsOf: () => readonly SpeechAct[], tokens: readonly Token[]): NewsEvent[] {
  // most documents have no target-less reaction with an object: no statements read, no token pass
  if (!events.some((e) => isOpenReaction(e, objects))) return [...events];
  const acts = actsOf();
  if (!acts.length) return [...events];
  const latestByStem = new Map<string, SpeechAct>();
  // where each noun was last named: a definite noun takes up its latest mention ("The Commerce
  // department released a report … Trump hailed the report" is the department's report, not what
  // Fox News reported before)
  const lastNoun = new Map<string, number>();
  let next = 0;
  let tok = 0;
  return events.map((e) => {
    while (next < acts.length && acts[next]!.at < e.evidence.start) {
      latestByStem.set(acts[next]!.stem, acts[next]!);
      next++;
    }
    for (; tok < tokens.length && tokens[tok]!.start < e.evidence.start; tok++) if (tokens[tok]!.pos === 'NOUN') lastNoun.set(tokens[tok]!.lemma.toLowerCase(), tokens[tok]!.start);
    if (!isOpenReaction(e, objects)) return e;
    const noun = objects.get(e)!.toLowerCase();
    if (!definiteObject(tokens, e, noun)) return e;
    let latest: SpeechAct | undefined;
    for (let n = MIN_STEM; n <= noun.length; n++) {
      const a = latestByStem.get(noun.slice(0, n));
      if (a && (!latest || a.at > latest.at)) latest = a;
    }
    if (!latest || (lastNoun.get(noun) ?? -1) > latest.at || !mayAimAt(e, latest.at, tokens)) return e;
    const self = (latest.author.entity && latest.author.entity === e.source.entity) || latest.author.actor_code === e.source.actor_code;
    return self ? e : { ...e, target: latest.author, rule: `${e.rule}+speech-owner` };
  });
}
