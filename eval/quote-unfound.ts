// `npx tsx eval/quote-unfound.ts [--split train] [--show KIND] [--n 30]` — the PolNeAR gold
// attributions no prediction touches at all (no predicted content overlapping the gold content and
// no predicted cue overlapping the gold cue), grouped by the kind of cue that introduced them, so
// recall work starts from the largest kind. Reads the predictions `npm run eval:quotes -- --split
// SPLIT --cache` last wrote and that run's cached docs (for the cue words' lemmas and tags). Also
// lists the commonest unfound cue lemmas with how often the lemma is marked as a cue where it
// occurs (a lemma PolNeAR marks 1 time in 5 is no rule's cue on its own). Rule tuning only.
// --rates [--min-marked 8] [--top 40] [--lemma L]: per (cue lemma × construction, eval/quote-constructions.ts)
// the occurrences in the text, how many gold marks as a cue, how many we predict as a cue, how many no
// prediction touches (free) and of those how many are the cue of a gold attribution nothing found (gain:
// the TP a rule predicting every free occurrence could at best add). Adding n predictions with k TPs
// raises an F1 only when k/n > F1/2, so `pays` compares gain/free with half the split's cue exact F1.
import { pathToFileURL } from 'node:url';
import { loadSplit, type GoldAttribution } from './quotes.js';
import { arg, charSet, predictedSpans, readPredictions, shownText, trimmed, type Range } from './quote-pairing.js';
import type { Doc, Token } from '../src/core/doc.js';
import { childrenOf, constructionOf } from '../src/stages/quotes/constructions.js';
import { scoreQuotes } from './quotes.js';
import { cachedDocs } from './quote-cache.js';

const BELIEF = new Set(['believe', 'think', 'want', 'plan', 'hope', 'expect', 'fear', 'feel', 'intend', 'wish', 'worry', 'doubt', 'suspect', 'consider', 'know', 'understand', 'assume', 'prefer', 'like', 'seek', 'aim', 'need', 'agree', 'disagree', 'oppose', 'support', 'favor', 'favour', 'reject', 'accept', 'blame', 'trust']);
const CONTINUATION = new Set(['add', 'continue', 'go']);
const PRONOUN = /^(he|she|they|it|we|i|you|his|her|their|its|our|my|your|him|them|us|me|who|which|that|this|these|those|one|some|many|others|both|most|all|each)$/i;

interface Unfound {
  readonly id: string;
  readonly kind: string;
  readonly lemma: string;
  readonly sourceKind: string;
  readonly line: string;
}

function tokensIn(doc: Doc, rs: readonly Range[]): Token[] {
  return doc.tokens.filter((t) => rs.some(([s, e]) => t.start < e && s < t.end));
}

/** the cue's content words' lemmas ('say', 'according to', 'vote for'), auxiliaries and negation left out */
function cueLemma(cue: readonly Token[]): string {
  const words = cue.filter((t) => t.pos !== 'AUX' && t.pos !== 'PUNCT' && t.pos !== 'PART' && t.pos !== 'DET' && t.pos !== 'PRON' && t.pos !== 'ADV');
  return (words.length ? words : cue).map((t) => t.lemma.toLowerCase()).join(' ') || '(none)';
}

function sourceKind(text: string, doc: Doc, a: GoldAttribution, src: readonly Range[]): string {
  if (!src.length) return 'no source';
  const toks = tokensIn(doc, src);
  if (toks.length === 1 && (toks[0]!.pos === 'PRON' || PRONOUN.test(toks[0]!.form))) return 'pronoun';
  if (toks.some((t) => t.pos === 'PROPN')) return 'name';
  if (toks.length && toks.every((t) => t.pos !== 'PROPN') && toks.some((t) => t.pos === 'NOUN')) return 'common noun';
  void text;
  void a;
  return 'other';
}

function kindOf(text: string, doc: Doc, a: GoldAttribution, cue: readonly Range[], content: readonly Range[], src: readonly Range[]): string {
  const cueToks = tokensIn(doc, cue);
  const contentToks = tokensIn(doc, content);
  const cueText = shownText(text, cue).toLowerCase().replace(/\s+/g, ' ');
  const lemmas = cueToks.map((t) => t.lemma.toLowerCase());
  const sents = new Set(contentToks.map((t) => t.sent));
  if (!cue.length) return 'no cue';
  if (/according to/.test(cueText)) return 'according to';
  if (/\b(view|opinion|eyes|estimation|judgment|mind)\b/.test(cueText) && /\bin\b/.test(cueText)) return "in X's view";
  if (lemmas.includes('vote')) return 'voted for/against';
  if (/\bknown as\b/.test(cueText)) return 'known as';
  if ((lemmas.includes('see') || lemmas.includes('view') || lemmas.includes('regard') || lemmas.includes('consider')) && /\bas\b/.test(text.slice(cue[0]![0], (content[0] ?? cue[0]!)[0] + 3))) return 'seen/viewed as';
  if (sents.size > 1) return 'content over sentences';
  const srcEnd = src.length ? Math.max(...src.map((r) => r[1])) : -1;
  if (srcEnd >= 0 && srcEnd < cue[0]![0] && /,\s*who\b/.test(text.slice(srcEnd, cue[0]![0]))) return "X, who said";
  const head = cueToks.find((t) => t.pos === 'VERB') ?? cueToks.find((t) => t.pos === 'NOUN') ?? cueToks[0];
  if (!head) return 'no cue token';
  if (CONTINUATION.has(head.lemma) && head.pos === 'VERB') return 'continuation (added/continued)';
  if (BELIEF.has(head.lemma)) return `belief/intention ${head.pos === 'VERB' ? 'verb' : head.pos.toLowerCase()}`;
  const firstContent = contentToks[0];
  const that = firstContent && /^(that|whether|if|how|why|what|when|where|who)$/i.test(firstContent.form);
  if (head.pos === 'NOUN') return that ? 'noun cue + that/wh-clause' : 'noun cue, other';
  if (head.pos === 'VERB') {
    if (that) return 'verb cue + that/wh-clause';
    if (firstContent && firstContent.start < cueToks[0]!.start) return 'verb cue after its content';
    if (contentToks.some((t) => t.dep === 'xcomp' || t.form === 'to') && contentToks[0]?.form.toLowerCase() === 'to') return 'verb cue + to-infinitive';
    const clause = contentToks.some((t) => (t.dep === 'nsubj' || t.dep === 'nsubj:pass') && t.head >= 0 && contentToks.includes(doc.tokens[t.head]!));
    return clause ? 'verb cue + bare clause' : 'verb cue + noun phrase';
  }
  if (head.pos === 'ADJ') return 'adjective cue';
  if (head.pos === 'ADP' || head.pos === 'SCONJ') return 'preposition cue';
  return `other (${head.pos})`;
}

interface RateRow {
  occurs: number;
  marked: number;
  predicted: number;
  free: number;
  gain: number;
  /** gained occurrences whose gold cue is the word alone */
  gainOneWord: number;
  /** --rule R: the occurrences R predicted (its cue ends on the word, or on a noun's preposition), and how many of those are exact */
  ruled: number;
  ruleCue: number;
  ruleContent: number;
  ruleSource: number;
}
const emptyRow = (): RateRow => ({ occurs: 0, marked: 0, predicted: 0, free: 0, gain: 0, gainOneWord: 0, ruled: 0, ruleCue: 0, ruleContent: 0, ruleSource: 0 });
const spanKey = (rs: readonly Range[]) => rs.map((r) => r.join('-')).join(',');

/** the (lemma × construction) table of --rates */
/** each gold document with its prediction and its cached doc (documents missing either are skipped) */
function* withPredictions(golds: ReturnType<typeof loadSplit>['golds'], preds: ReturnType<typeof readPredictions>, docs: Map<string, Doc>) {
  for (const g of golds) {
    const p = preds.get(g.id);
    const doc = docs.get(g.id);
    if (p && doc) yield { g, doc, text: p.text, pq: predictedSpans(p) };
  }
}

function rates(split: string): void {
  const preds = readPredictions(split);
  const docs = cachedDocs(split);
  const { golds } = loadSplit(split);
  const scores = scoreQuotes([...preds.values()], golds).res as Record<'cue_exact' | 'content_exact', { f1: number }>;
  const cueF1 = scores.cue_exact.f1;
  const contentF1 = scores.content_exact.f1;
  const ruleName = arg('rule');
  const rows = new Map<string, RateRow>();
  const only = arg('lemma');
  const examples: string[] = [];
  for (const { g, doc, text, pq } of withPredictions(golds, preds, docs)) {
    const predCue = charSet(pq.flatMap((q) => q.cue));
    const predAny = charSet(pq.flatMap((q) => [...q.cue, ...q.content, ...q.source]));
    // per gold cue character: the attribution and whether any prediction touches it
    const goldAt = new Map<number, { untouched: boolean; oneWord: Range | null; line: string }>();
    for (const a of g.attributions) {
      const cue = trimmed(text, a.cue);
      const gc = charSet(trimmed(text, a.content));
      const gq = charSet(cue);
      const touched = pq.some((q) => q.content.some(([s, e]) => [...gc].some((c) => c >= s && c < e)) || q.cue.some(([s, e]) => [...gq].some((c) => c >= s && c < e)));
      const line = `S[${shownText(text, trimmed(text, a.source))}] C[${shownText(text, cue)}] T[${shownText(text, trimmed(text, a.content)).slice(0, 140)}]`;
      const info = { untouched: !touched, oneWord: cue.length === 1 ? cue[0]! : null, line };
      for (const c of gq) goldAt.set(c, info);
    }
    const kids = childrenOf(doc);
    const goldCues = new Set(g.attributions.map((a) => spanKey(trimmed(text, a.cue))));
    const goldContents = new Set(g.attributions.map((a) => spanKey(trimmed(text, a.content))));
    const goldSources = new Set(g.attributions.map((a) => spanKey(trimmed(text, a.source))));
    const ruled = pq.filter((q) => q.rule === ruleName && q.cue.length);
    doc.tokens.forEach((t, i) => {
      const kind = constructionOf(doc, kids, i);
      if (!kind) return;
      const lemma = kind === 'according to' ? 'according to' : t.lemma.toLowerCase();
      if (only && lemma !== only) return;
      const key = `${lemma}\t${kind}`;
      const r = rows.get(key) ?? emptyRow();
      rows.set(key, r);
      r.occurs++;
      // (the rule's cue ends on the word, or for a noun on the preposition after it)
      const q = ruled.find((x) => x.cue[x.cue.length - 1]![1] === t.end || t.pos === 'NOUN' && x.cue.some(([a, b]) => a <= t.start && t.end < b));
      if (q) {
        r.ruled++;
        if (goldCues.has(spanKey(q.cue))) r.ruleCue++;
        if (goldContents.has(spanKey(q.content))) r.ruleContent++;
        if (goldSources.has(spanKey(q.source))) r.ruleSource++;
      }
      const gold = goldAt.get(t.start);
      if (gold) r.marked++;
      if (predCue.has(t.start)) r.predicted++;
      let free = true;
      for (let c = t.start; c < t.end && free; c++) if (predAny.has(c)) free = false;
      if (!free) return;
      r.free++;
      if (only && (!arg('kind') || arg('kind') === kind)) {
        const ctx = text.slice(Math.max(0, t.start - 90), t.end + 90).replace(/\n/g, ' / ');
        examples.push(`  ${gold ? (gold.untouched ? 'GAIN' : 'mark') : '----'} ${kind} | …${ctx}…${gold ? '\n       ' + gold.line : ''}`);
      }
      if (gold?.untouched) {
        r.gain++;
        if (gold.oneWord && gold.oneWord[0] === t.start && gold.oneWord[1] === t.end) r.gainOneWord++;
      }
    });
  }
  // a lemma counts when gold marks it somewhere often enough to be a cue word at all
  const minMarked = Number(arg('min-marked') ?? 8);
  const byLemma = new Map<string, number>();
  for (const [k, r] of rows) byLemma.set(k.split('\t')[0]!, (byLemma.get(k.split('\t')[0]!) ?? 0) + r.marked);
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(0) + '%' : '-');
  console.log(`${split}: cue exact F1 ${cueF1.toFixed(4)}; a construction pays when gain/free > ${(cueF1 / 2).toFixed(3)}`);
  console.log('\n| lemma | construction | occurs | marked (rate) | predicted | free | gain (one-word cue) | gain/free | pays |\n|---|---|---|---|---|---|---|---|---|');
  const list = [...rows].filter(([k, r]) => (byLemma.get(k.split('\t')[0]!) ?? 0) >= minMarked && r.gain > 0).sort((a, b) => b[1].gain - a[1].gain);
  for (const [k, r] of list.slice(0, Number(arg('top') ?? 40))) {
    const [lemma, kind] = k.split('\t');
    const rate = r.free ? r.gain / r.free : 0;
    console.log(`| ${lemma} | ${kind} | ${r.occurs} | ${r.marked} (${pct(r.marked, r.occurs)}) | ${r.predicted} | ${r.free} | ${r.gain} (${r.gainOneWord}) | ${rate.toFixed(2)} | ${rate > cueF1 / 2 ? 'yes' : 'no'} |`);
  }
  if (only) console.log(`\nfree occurrences of ${only}:\n${examples.slice(0, Number(arg('n') ?? 40)).join('\n')}`);
  // --tsv: the rows of data/quotes/cue-constructions.tsv (verb constructions with a complement)
  if (process.argv.includes('--tsv')) {
    const minRate = Number(arg('min-rate') ?? 0.5);
    const minGain = Number(arg('min-gain') ?? 5);
    // with --rule, a row stays when the rule's own predictions there were exact often enough to
    // raise both the content and the cue F1 (exact / predicted > F1 / 2 each) on at least --min-ruled
    const minRuled = Number(arg('min-ruled') ?? 3);
    console.log(`\nlemma\tconstruction\trate\tfree\tgain\tmarked\toccurs${ruleName ? '\tpredicted\tcue_exact\tcontent_exact\tsource_exact' : ''}`);
    for (const [k, r] of [...rows].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const [lemma, kind] = k.split('\t');
      if (!/^(verb|noun) \+/.test(kind!)) continue;
      if (ruleName ? r.ruled < minRuled || r.ruleContent / r.ruled <= contentF1 / 2 || r.ruleCue / r.ruled <= cueF1 / 2 : r.gain < minGain || !r.free || r.gain / r.free < minRate) continue;
      const own = ruleName ? `\t${r.ruled}\t${r.ruleCue}\t${r.ruleContent}\t${r.ruleSource}` : '';
      console.log(`${lemma}\t${kind}\t${(r.free ? r.gain / r.free : 0).toFixed(2)}\t${r.free}\t${r.gain}\t${r.marked}\t${r.occurs}${own}`);
    }
  }
  // the constructions summed over lemmas
  const byKind = new Map<string, RateRow>();
  for (const [k, r] of list) {
    const kind = k.split('\t')[1]!;
    const s = byKind.get(kind) ?? emptyRow();
    for (const f of ['occurs', 'marked', 'predicted', 'free', 'gain', 'gainOneWord'] as const) s[f] += r[f];
    byKind.set(kind, s);
  }
  console.log('\nby construction (the listed cue lemmas):\n| construction | occurs | marked | predicted | free | gain | gain/free | paying lemmas (gain) |\n|---|---|---|---|---|---|---|---|');
  for (const [kind, r] of [...byKind].sort((a, b) => b[1].gain - a[1].gain)) {
    const paying = list.filter(([k, x]) => k.endsWith('\t' + kind) && x.free && x.gain / x.free > cueF1 / 2);
    console.log(`| ${kind} | ${r.occurs} | ${r.marked} | ${r.predicted} | ${r.free} | ${r.gain} | ${(r.free ? r.gain / r.free : 0).toFixed(2)} | ${paying.length} (${paying.reduce((n, [, x]) => n + x.gain, 0)}) |`);
  }
}

function main(): void {
  const split = arg('split') ?? 'train';
  if (process.argv.includes('--rates')) return rates(split);
  const preds = readPredictions(split);
  const docs = cachedDocs(split);
  const { golds } = loadSplit(split);
  const out: Unfound[] = [];
  let total = 0;
  // how often each lemma is marked as a cue where it occurs as a verb or noun
  const occurs = new Map<string, number>();
  const marked = new Map<string, number>();
  for (const { g, doc, text, pq } of withPredictions(golds, preds, docs)) {
    const cueChars = new Set<number>();
    for (const a of g.attributions) for (const c of charSet(trimmed(text, a.cue))) cueChars.add(c);
    for (const t of doc.tokens) {
      if (t.pos !== 'VERB' && t.pos !== 'NOUN') continue;
      occurs.set(t.lemma.toLowerCase(), (occurs.get(t.lemma.toLowerCase()) ?? 0) + 1);
      if (cueChars.has(t.start)) marked.set(t.lemma.toLowerCase(), (marked.get(t.lemma.toLowerCase()) ?? 0) + 1);
    }
    for (const a of g.attributions) {
      total++;
      const content = trimmed(text, a.content);
      const cue = trimmed(text, a.cue);
      const src = trimmed(text, a.source);
      const gc = charSet(content);
      const gq = charSet(cue);
      const touched = pq.some((q) => q.content.some(([s, e]) => [...gc].some((c) => c >= s && c < e)) || q.cue.some(([s, e]) => [...gq].some((c) => c >= s && c < e)));
      if (touched) continue;
      const kind = kindOf(text, doc, a, cue, content, src);
      const at = (cue[0] ?? content[0] ?? [0, 0]) as Range;
      const ctx = text.slice(Math.max(0, at[0] - 80), at[1] + 60).replace(/\n/g, ' / ');
      out.push({
        id: g.id,
        kind,
        lemma: cueLemma(tokensIn(doc, cue)),
        sourceKind: sourceKind(text, doc, a, src),
        line: `S[${shownText(text, src)}] C[${shownText(text, cue)}] T[${shownText(text, content).slice(0, 120)}]\n      …${ctx}…`,
      });
    }
  }
  const count = <T>(xs: readonly T[], key: (x: T) => string) => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1]);
  };
  console.log(`${split}: ${out.length} of ${total} gold attributions unfound (no predicted content or cue overlaps them)`);
  console.log('\n| kind | unfound | source pronoun | source common noun | no source |\n|---|---|---|---|---|');
  for (const [k, n] of count(out, (x) => x.kind)) {
    const mine = out.filter((x) => x.kind === k);
    const sk = (s: string) => mine.filter((x) => x.sourceKind === s).length;
    console.log(`| ${k} | ${n} | ${sk('pronoun')} | ${sk('common noun')} | ${sk('no source')} |`);
  }
  console.log('\nsource kinds: ' + count(out, (x) => x.sourceKind).map(([k, n]) => `${k} ${n}`).join(', '));
  console.log('\ncommonest unfound cue lemmas (unfound; the head lemma marked as a cue / occurring as verb or noun):');
  console.log(
    count(out, (x) => x.lemma)
      .slice(0, Number(arg('top') ?? 60))
      .map(([k, n]) => {
        const h = k.split(' ')[0]!;
        return `${n}×${k} (${marked.get(h) ?? 0}/${occurs.get(h) ?? 0})`;
      })
      .join('  '),
  );
  const want = arg('show');
  if (want) {
    const n = Number(arg('n') ?? 30);
    const sel = out.filter((x) => x.kind === want || x.lemma === want);
    console.log(`\n== ${want}: ${sel.length}`);
    for (const x of sel.slice(0, n)) console.log(`  ${x.id} [${x.lemma}] ${x.line}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
