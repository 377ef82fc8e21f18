// A passive attitude verb with its agent: "Trump was attacked by Hillary Clinton", "This proposal was
// rejected by 64 percent of the electorate", "he was criticized by libertarians for …". The agent holds
// the stance, so PolNeAR marks it as the source, the passive verb group as the cue ("by" stays out, as
// for speech verbs) and the subject as the content, with the verb's "for / of / as" complement as a
// second piece ("he | of grabbing her roughly …", "Janet Yellen | for not raising interest rates"). On
// train a passive attitude verb with a by-agent is marked 33 of 69 times and 31 of the 46 no rule
// touched were such attributions (eval/quote-recall-families.ts "passive + by-agent (attitude verb)";
// other verbs 0.12). Speech verbs have the same reading in indirect.ts ("was first reported by The
// Washington Post"). From the parse: the agent is the verb's oblique with "by", the phrase its subtree
// ("an electorate he no longer recognized"); an agent that is a number or a thing holds no stance
// ("decided by 10 points"), nor one doing a physical act (not-speech.ts). The rule's own predictions:
// train 26, content exact 18, cue exact 14; dev 3, content 1, cue 1 (eval/quote-rule-precision.ts).
import { subtreeSpan } from './constructions.js';
import { cueAttribution } from './cue-attribution.js';
import type { Cue } from './cues.js';
import { inanimateSource, notSpeech } from './not-speech.js';
import { leftNP, type NP } from './source-np.js';
import { accept, isFree, type State } from './state.js';
import { isPunct, tokSpan, POS_NUM, type View } from './view.js';

/** at most this many words between the verb group and "by" ("was supported Friday by", "was recommended for the job by") */
const MAX_GAP = 4;
// the prepositions of a complement PolNeAR takes into the content ("criticized … for X", "accused … of X", "dismissed … as X")
const COMPLEMENT_PREPS = new Set(['for', 'of', 'as']);

/** the verb's dependent whose subtree starts with preposition `pre`, and its span; or null */
function oblWith(v: View, kids: readonly number[][], verb: number, from: number, pre: (w: string) => boolean): [number, number] | null {
  for (const k of kids[verb]!) {
    if (k < from || !/^(obl|advcl)/.test(v.tokens[k]!.dep)) continue;
    const [a, b] = subtreeSpan(kids, k);
    if (a >= from && pre(v.lower[a]!)) return [a, b];
  }
  return null;
}

/** the phrase counts something without naming whose ("10 points", "a runoff between two candidates"): a number and no "of" */
function measure(v: View, np: NP): boolean {
  let num = false;
  for (let k = np.start; k < np.end; k++) {
    if (v.lower[k] === 'of') return false;
    if (v.posCode[k] === POS_NUM) num = true;
  }
  return num;
}

/** [a, b) without trailing punctuation */
function trimEnd(v: View, a: number, b: number): number {
  while (b > a + 1 && isPunct(v, b - 1)) b--;
  return b;
}

/** Reads passive attitude cue `g` in sentence [s, ce); returns the token to go on from, or -1. */
export function attachPassiveAttitude(st: State, g: Cue, s: number, ce: number): number {
  const v = st.v;
  if (g.entry.cls !== 'attitude' || !v.parsed) return -1;
  const kids = v.kids;
  const by = oblWith(v, kids, g.head, g.end, (w) => w === 'by');
  if (!by || by[0] - g.end > MAX_GAP || by[1] > ce) return -1;
  for (let k = g.end; k < by[0]; k++) if (isPunct(v, k)) return -1;
  let agentEnd = trimEnd(v, by[0] + 1, by[1]);
  // a "for / as" phrase the parse hung on the agent is the verb's complement ("attacked by Clinton for his remarks")
  let tail: [number, number] | null = null;
  for (let k = by[0] + 2; k < agentEnd; k++) {
    // ", who cites them …": the relative clause after a comma describes the agent, it is no part of the source
    if (isPunct(v, k, ',') && (v.lower[k + 1] === 'who' || v.lower[k + 1] === 'which')) {
      agentEnd = k;
      break;
    }
    if (v.lower[k] === 'for' || v.lower[k] === 'as') {
      tail = [k, agentEnd];
      agentEnd = trimEnd(v, by[0] + 1, k);
      break;
    }
  }
  const headTok = v.doc.tokens[by[0]]!.head;
  const agent: NP = { start: by[0] + 1, end: agentEnd, head: headTok >= by[0] + 1 && headTok < agentEnd ? headTok : agentEnd - 1 };
  const subj = leftNP(v, g.start, s);
  // the phrase before the verb must be its passive subject ("The mayor's view that the bridge is safe was
  // challenged": the phrase next to the verb is the view's clause, the subject is the view)
  if (subj && !kids[g.head]!.some((k) => v.tokens[k]!.dep === 'nsubj:pass' && k >= subj.start && k < subj.end)) return -1;
  if (!subj || agent.end <= agent.start || !isFree(st, subj.start, subj.end) || !isFree(st, agent.start, agent.end)) return -1;
  // a thing or a measure is no holder ("decided by 10 points", "by less than one percentage point");
  // a share of people is ("rejected by 64 percent of the electorate")
  if (inanimateSource(v, agent) || v.tagged && measure(v, agent)) return -1;
  if (notSpeech(v, g, agent, subj.start, ce)) return -1;
  const content = [tokSpan(v, subj.start, subj.end)];
  // the verb's own complement before or after the agent ("recommended for the job by", "criticized by X for Y")
  const comp = tail ?? oblWith(v, kids, g.head, g.end, (w) => COMPLEMENT_PREPS.has(w) || w === 'on');
  let end = agent.end;
  if (comp && comp[1] <= ce && (comp[1] <= by[0] || comp[0] >= agent.end) && isFree(st, comp[0], comp[1])) {
    content.push(tokSpan(v, comp[0], trimEnd(v, comp[0], comp[1])));
    end = Math.max(end, comp[1]);
  }
  accept(st, cueAttribution(v, content, g, agent, 'indirect-passive', 'indirect-passive-by-attitude', null));
  return end;
}
