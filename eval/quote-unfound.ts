// `npx tsx eval/quote-unfound.ts [--split train] [--show KIND] [--n 30]` — the PolNeAR gold
// attributions no prediction touches at all (no predicted content overlapping the gold content and
// no predicted cue overlapping the gold cue), grouped by the kind of cue that introduced them, so
// recall work starts from the largest kind. Reads the predictions `npm run eval:quotes -- --split
// SPLIT --cache` last wrote and that run's cached docs (for the cue words' lemmas and tags). Also
// lists the commonest unfound cue lemmas with how often the lemma is marked as a cue where it
// occurs (a lemma PolNeAR marks 1 time in 5 is no rule's cue on its own). Rule tuning only.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { pathToFileURL } from 'node:url';
import { loadSplit, type GoldAttribution } from './quotes.js';
import { arg, charSet, predictedSpans, readPredictions, shownText, trimmed, type Range } from './quote-pairing.js';
import { evalTmp } from './tmp-path.js';
import type { Doc, Token } from '../src/core/doc.js';

/** the newest cached upstream docs of a split (eval/quotes.ts --cache) */
function cachedDocs(split: string): Map<string, Doc> {
  const dir = evalTmp('.').replace(/\/\.$/, '');
  const files = readdirSync(dir)
    .filter((f) => f.startsWith(`newsgraph-quotes-cache-${split}-0-`))
    .map((f) => `${dir}/${f}`)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (!files.length) throw new Error(`no cached docs for ${split}: run npx tsx eval/quotes.ts --split ${split} --cache`);
  return new Map((deserialize(readFileSync(files[0]!)) as Doc[]).map((d) => [d.id, d]));
}

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

function main(): void {
  const split = arg('split') ?? 'train';
  const preds = readPredictions(split);
  const docs = cachedDocs(split);
  const { golds } = loadSplit(split);
  const out: Unfound[] = [];
  let total = 0;
  // how often each lemma is marked as a cue where it occurs as a verb or noun
  const occurs = new Map<string, number>();
  const marked = new Map<string, number>();
  for (const g of golds) {
    const p = preds.get(g.id);
    const doc = docs.get(g.id);
    if (!p || !doc) continue;
    const text = p.text;
    const pq = predictedSpans(p);
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
