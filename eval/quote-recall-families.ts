// `npx tsx eval/quote-recall-families.ts [--split train] [--show FAMILY] [--n 20]` — issue 14's recall
// table by the constructions the per-lemma table (quote-unfound.ts --rates) does not split out: belief
// verbs with a clause, intention verbs with an infinitive, noun cues with a that-clause, "according to",
// "in a statement / an interview", the expletive passive "it was reported that", "X, who said". Per
// family: occurrences in the text, how many gold marks as a cue (the rate PolNeAR marks the
// construction where it occurs), how many we predict as a cue and how many a gold mark we predict
// exactly, how many occurrences no prediction touches (free) and how many of those are the cue of a
// gold attribution nothing found (gain). A rule predicting every free occurrence pays only when
// gain / free > cue F1 / 2 (≈ 0.34) — and then only if its spans are exact. Reads the predictions and
// the doc cache of `npx tsx eval/quotes.ts --split SPLIT --cache`. For rule tuning on TRAIN only.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Doc } from '../src/core/doc.js';
import { childrenOf, constructionOf } from '../src/stages/quotes/constructions.js';
import { arg, charSet, predictedSpans, rangesKey, shownText, trimmed } from './quote-pairing.js';
import { pairedDocs } from './quote-nested-cues.js';

// the families' words (analysis only: the rules read data/speech-verbs.tsv)
const BELIEF = new Set(['believe', 'think', 'expect', 'hope', 'feel', 'fear', 'doubt', 'suspect', 'assume', 'worry', 'know', 'understand', 'suppose', 'guess', 'reckon', 'imagine', 'realize', 'consider']);
const INTENTION = new Set(['want', 'plan', 'intend', 'hope', 'expect', 'aim', 'seek', 'wish', 'vow', 'promise', 'pledge', 'threaten', 'try', 'refuse', 'decide', 'agree', 'need', 'prefer', 'like']);
const OCCASIONS = new Set(['statement', 'interview', 'speech', 'letter', 'email', 'e-mail', 'post', 'tweet', 'op-ed', 'memo', 'release', 'remarks', 'testimony', 'editorial', 'column', 'essay', 'broadcast', 'appearance']);
const speechVerbs = new Set(
  readFileSync(new URL('../data/speech-verbs.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'))
    .filter((c) => c[2] === 'speech')
    .map((c) => c[1]!),
);
const attitudeVerbs = new Set(
  readFileSync(new URL('../data/speech-verbs.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'))
    .filter((c) => c[2] === 'attitude')
    .map((c) => c[1]!),
);

/** the family token i heads, or null (one family per token, the most specific first) */
function familyOf(doc: Doc, kids: readonly number[][], i: number): string | null {
  const t = doc.tokens[i]!;
  const lemma = t.lemma.toLowerCase();
  const dep = (k: number) => doc.tokens[k]!.dep;
  const kind = constructionOf(doc, kids, i);
  if (kind === 'according to') return 'according to';
  if (t.pos === 'NOUN' && OCCASIONS.has(lemma) && kids[i]!.some((k) => dep(k) === 'case' && /^in$/i.test(doc.tokens[k]!.form)))
    return `in a ${lemma === 'statement' ? 'statement' : 'interview / speech / letter …'}`;
  if (t.pos === 'VERB') {
    const ks = kids[i]!;
    const passive = ks.some((k) => dep(k) === 'aux:pass');
    const expletive = ks.some((k) => (dep(k) === 'expl' || dep(k) === 'nsubj:pass') && /^it$/i.test(doc.tokens[k]!.form));
    if (passive && expletive && ks.some((k) => dep(k) === 'ccomp' || dep(k) === 'csubj:pass')) return "it was reported / believed that";
    // "Clinton has been attacked on the speeches by Bernie Sanders": the by-agent holds the act
    const byAgent = ks.some((k) => /^obl/.test(dep(k)) && kids[k]!.some((c) => dep(c) === 'case' && /^by$/i.test(doc.tokens[c]!.form)));
    if (passive && byAgent) return `passive + by-agent (${speechVerbs.has(lemma) ? 'speech' : attitudeVerbs.has(lemma) ? 'attitude' : 'other'} verb)`;
    const rel = ks.map((k) => (/^nsubj/.test(dep(k)) ? doc.tokens[k]!.form.toLowerCase() : '')).find((f) => f === 'who' || f === 'which' || f === 'that');
    const who = rel !== undefined;
    if (/relcl$/.test(t.dep) && who && speechVerbs.has(lemma)) return rel === 'who' ? 'X, who said (speech verb in a relative clause)' : 'a poll that showed (speech verb in a that/which clause)';
    if (/relcl$/.test(t.dep) && who && BELIEF.has(lemma)) return 'X, who believes (belief verb in a relative clause)';
    if (BELIEF.has(lemma) && (kind === 'verb + that-clause' || kind === 'verb + bare clause' || kind === 'verb + wh-clause')) return `belief verb + clause (${kind})`;
    if (INTENTION.has(lemma) && kind === 'verb + to-infinitive') return 'intention verb + to-infinitive';
    if (BELIEF.has(lemma)) return `belief verb, ${kind ?? 'other'}`;
    if (INTENTION.has(lemma)) return `intention verb, ${kind ?? 'other'}`;
    return null;
  }
  if (kind === 'noun + that-clause') return 'noun + that-clause';
  return null;
}

interface Row {
  occurs: number;
  marked: number;
  predicted: number;
  predictedExact: number;
  free: number;
  gain: number;
  examples: string[];
}

function main(): void {
  const split = arg('split') ?? 'train';
  const rows = new Map<string, Row>();
  for (const { g, p, doc } of pairedDocs(split)) {
    const text = p.text;
    const pq = predictedSpans(p);
    const predAny = charSet(pq.flatMap((q) => [...q.cue, ...q.content, ...q.source]));
    const goldCueKeys = new Set(g.attributions.map((a) => rangesKey(trimmed(text, a.cue))));
    // per gold cue character: its attribution, and whether any prediction touches it
    const goldAt = new Map<number, { untouched: boolean; line: string }>();
    for (const a of g.attributions) {
      const cue = trimmed(text, a.cue);
      const gc = charSet(trimmed(text, a.content));
      const gq = charSet(cue);
      const touched = pq.some((q) => q.content.some(([s, e]) => [...gc].some((c) => c >= s && c < e)) || q.cue.some(([s, e]) => [...gq].some((c) => c >= s && c < e)));
      const line = `S[${shownText(text, trimmed(text, a.source))}] C[${shownText(text, cue)}] T[${shownText(text, trimmed(text, a.content)).slice(0, 120)}]`;
      for (const c of gq) goldAt.set(c, { untouched: !touched, line });
    }
    const kids = childrenOf(doc);
    for (let i = 0; i < doc.tokens.length; i++) {
      const fam = familyOf(doc, kids, i);
      if (!fam) continue;
      const t = doc.tokens[i]!;
      const r = rows.get(fam) ?? { occurs: 0, marked: 0, predicted: 0, predictedExact: 0, free: 0, gain: 0, examples: [] };
      rows.set(fam, r);
      r.occurs++;
      const gold = goldAt.get(t.start);
      if (gold) r.marked++;
      const ours = pq.find((q) => q.cue.some(([s, e]) => s <= t.start && t.start < e));
      if (ours) {
        r.predicted++;
        if (goldCueKeys.has(rangesKey(ours.cue))) r.predictedExact++;
      }
      let free = true;
      for (let c = t.start; c < t.end && free; c++) if (predAny.has(c)) free = false;
      if (!free) continue;
      r.free++;
      if (gold?.untouched) r.gain++;
      if (r.examples.length < 200)
        r.examples.push(`${gold ? (gold.untouched ? 'GAIN' : 'mark') : '----'} …${text.slice(Math.max(0, t.start - 80), t.end + 80).replace(/\n/g, ' / ')}…${gold ? `\n       ${gold.line}` : ''}`);
    }
  }
  const pct = (a: number, b: number) => (b ? (a / b).toFixed(2) : '-');
  console.log(`${split}: construction families (occurrences in the text)\n`);
  console.log('| family | occurs | marked (rate) | predicted (exact cue) | free | gain | gain/free |\n|---|---:|---:|---:|---:|---:|---:|');
  for (const [fam, r] of [...rows].sort((a, b) => b[1].occurs - a[1].occurs))
    console.log(`| ${fam} | ${r.occurs} | ${r.marked} (${pct(r.marked, r.occurs)}) | ${r.predicted} (${r.predictedExact}) | ${r.free} | ${r.gain} | ${pct(r.gain, r.free)} |`);
  const show = arg('show');
  if (show) for (const l of (rows.get(show)?.examples ?? []).slice(0, Number(arg('n') ?? 20))) console.log(`  ${l}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
