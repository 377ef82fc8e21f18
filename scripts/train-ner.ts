// Trains the NER model (models/ner.json + models/ner.bin.gz) from ../shared/data: GUM train+dev
// named mentions (CC BY genres, entity annotation in CoNLL-U column 10) and Universal NER EWT dev.
// GUM test and UNER EWT test are left for `npm run eval:entities`. Deterministic for a given seed.
// Exported as trainNer({ seed, log }) so scripts/train.ts can call it; runnable on its own too.
// Word-list features (src/stages/entities/ner-lexicon.ts) are on unless NER_LEX=0.
// Tuning: NER_DEV=1 trains on GUM train + the first half of UNER EWT dev and prints span F1 on GUM
// dev and the other half (gold tokens); NER_DEV_OUT=base also writes that model, which
// `NEWSGRAPH_NER_MODEL=base npx tsx eval/entities.ts --dev` scores through the real pipeline.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sharedPath, hasShared } from '../src/core/paths.js';
import { NewsgraphError } from '../src/core/errors.js';
import { defaultKb } from '../src/kb/index.js';
import { readGum, readUner, withEwtTags, type CorpusSentence } from '../src/stages/entities/corpus.js';
import { K, sentenceFeatures, type FeatureContext } from '../src/stages/entities/ner-features.js';
import { defaultLexicon } from '../src/stages/entities/ner-lexicon.js';
import { PerceptronTrainer, bioAllowed, emissions, viterbi, type PerceptronModel } from '../src/stages/entities/perceptron.js';
import { bioSpans, saveNerModel, type NerMeta } from '../src/stages/entities/ner-model.js';

export interface TrainNerOptions {
  readonly seed?: number;
  readonly epochs?: number;
  readonly log?: (line: string) => void;
  /** where to write (defaults to models/ner) */
  readonly out?: string;
  /** models averaged (different shuffles) */
  readonly runs?: number;
  /** recorded in the model for compatibility; the POS templates were dropped (they cost F1), so no effect */
  readonly pos?: boolean;
  /** tuning mode: hold out GUM dev and half of UNER dev, report their F1, write nothing */
  readonly dev?: boolean;
}

const BITS = Number(process.env.NER_BITS ?? 18);
const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'];
const FILES = ['data/ud/en_gum-ud-train.conllu', 'data/ud/en_gum-ud-dev.conllu', 'data/uner/en_ewt-ud-dev.iob2'];

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export async function trainNer(opts: TrainNerOptions = {}): Promise<{ sentences: number; tokens: number }> {
  const seed = opts.seed ?? 1;
  const epochs = opts.epochs ?? Number(process.env.NER_EPOCHS ?? 8);
  const log = opts.log ?? (() => {});
  const usePos = opts.pos ?? process.env.NER_POS === '1';
  if (!hasShared()) throw new NewsgraphError('E001', `training data not found: expected ${sharedPath('data')}`);
  const sents: CorpusSentence[] = [];
  // tuning mode (NER_DEV=1): train on GUM train + the first half of UNER dev, score GUM dev and the
  // second half of UNER dev at the token level; never touches a test split
  const dev = opts.dev ?? process.env.NER_DEV === '1';
  const heldOut: Array<{ name: string; sents: CorpusSentence[] }> = [{ name: 'GUM dev', sents: [] }, { name: 'UNER dev/2', sents: [] }];
  for (const f of FILES) {
    const text = readFileSync(sharedPath(f), 'utf8');
    const docs = f.endsWith('.iob2') ? withEwtTags(readUner(text), readFileSync(sharedPath('data/ud/en_ewt-ud-dev.conllu'), 'utf8')) : readGum(text);
    const all = docs.flatMap((d) => d.sentences);
    if (!dev) sents.push(...all);
    else if (f.includes('gum-ud-dev')) heldOut[0]!.sents.push(...all);
    else if (f.endsWith('.iob2')) {
      const half = Math.floor(all.length / 2);
      sents.push(...all.slice(0, half));
      heldOut[1]!.sents.push(...all.slice(half));
    } else sents.push(...all);
  }
  // lower-case vocabulary: words seen in lower case anywhere in the training text
  const vocab = new Set<string>();
  for (const s of sents) for (const w of s.words) if (w.form === w.form.toLowerCase() && /\p{L}/u.test(w.form)) vocab.add(w.form);
  const useLex = process.env.NER_LEX !== '0';
  const ctx: FeatureContext = { kb: defaultKb(), lowerVocab: vocab, lex: useLex ? defaultLexicon() : undefined };
  const examples = sents
    .filter((s) => s.words.length && s.words.every((w) => w.start >= 0))
    .map((s) => {
      const gold = new Int32Array(s.words.length);
      for (const n of s.named) {
        gold[n.from] = LABELS.indexOf(`B-${n.type}`);
        for (let i = n.from + 1; i < n.to; i++) gold[i] = LABELS.indexOf(`I-${n.type}`);
      }
      return { feats: sentenceFeatures(ctx, s.text, s.words, s.words.map((w) => w.form), usePos ? s.words.map((w) => w.xpos ?? '') : undefined), gold };
    });
  const tokens = examples.reduce((a, e) => a + e.gold.length, 0);
  log(`ner: ${examples.length} sentences, ${tokens} tokens from ${FILES.join(', ')}`);
  // several averaged perceptrons over different shuffles, averaged again: one shuffle's luck moves
  // F1 by about two points on GUM test, the average of RUNS models much less
  const runs = opts.runs ?? Number(process.env.NER_RUNS ?? 3);
  let sum: ReturnType<PerceptronTrainer['finish']> | null = null;
  for (let r = 0; r < runs; r++) {
    const trainer = new PerceptronTrainer(LABELS, BITS);
    const rand = rng(seed + r * 7919);
    const order = examples.map((_, i) => i);
    for (let ep = 0; ep < epochs; ep++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      let wrong = 0;
      for (const i of order) wrong += trainer.train(examples[i]!.feats, K, examples[i]!.gold);
      log(`ner: run ${r + 1}/${runs} epoch ${ep + 1}/${epochs}: ${wrong} token errors (${((100 * wrong) / tokens).toFixed(2)}%)`);
    }
    const m = trainer.finish();
    if (!sum) sum = m;
    else {
      for (let i = 0; i < m.weights.length; i++) sum.weights[i] += m.weights[i]!;
      for (let i = 0; i < m.trans.length; i++) sum.trans[i] += m.trans[i]!;
    }
  }
  for (let i = 0; i < sum!.weights.length; i++) sum!.weights[i] /= runs;
  for (let i = 0; i < sum!.trans.length; i++) sum!.trans[i] /= runs;
  if (dev) {
    const model: PerceptronModel = sum!;
    const allowed = bioAllowed(LABELS);
    for (const h of heldOut) log(`ner dev: ${h.name} ${scoreHeldOut(model, allowed, ctx, h.sents, usePos)}`);
    // NER_DEV_OUT=base: also write the tuning model, for `eval/entities.ts --dev` (NEWSGRAPH_NER_MODEL=base)
    if (process.env.NER_DEV_OUT) saveNerModel(sum!, { labels: LABELS, bits: BITS, lowerVocab: [...vocab].sort(), trainedOn: ['GUM train', 'UNER EWT dev first half'], seed, epochs, pos: usePos, lexicon: useLex }, process.env.NER_DEV_OUT);
    return { sentences: examples.length, tokens };
  }
  const meta: NerMeta = { labels: LABELS, bits: BITS, lowerVocab: [...vocab].sort(), trainedOn: FILES, seed, epochs, pos: usePos, lexicon: useLex };
  saveNerModel(sum!, meta, opts.out);
  log(`ner: wrote ${opts.out ?? 'models/ner'}.json and .bin.gz`);
  return { sentences: examples.length, tokens };
}

/** Span-level P/R/F1 (exact span and type) of the model on gold-tokenised sentences, by type. */
function scoreHeldOut(m: PerceptronModel, allowed: Uint8Array, ctx: FeatureContext, sents: readonly CorpusSentence[], usePos: boolean): string {
  const c: Record<string, [number, number, number]> = { ALL: [0, 0, 0], PER: [0, 0, 0], ORG: [0, 0, 0], LOC: [0, 0, 0] };
  for (const s of sents) {
    if (!s.words.length || !s.words.every((w) => w.start >= 0)) continue;
    const feats = sentenceFeatures(ctx, s.text, s.words, s.words.map((w) => w.form), usePos ? s.words.map((w) => w.xpos ?? '') : undefined);
    const ids = viterbi(m, emissions(m, feats, K), s.words.length, allowed);
    const pred = bioSpans(LABELS, ids).map((p) => `${p.from}:${p.to}:${p.type}`);
    const gold = new Set(s.named.map((g) => `${g.from}:${g.to}:${g.type}`));
    for (const p of pred) {
      const t = p.split(':')[2]!;
      const hit = gold.has(p) ? 1 : 0;
      c.ALL![0] += hit; c.ALL![1]++;
      c[t]![0] += hit; c[t]![1]++;
    }
    for (const g of gold) { c.ALL![2]++; c[g.split(':')[2]!]![2]++; }
    if (process.env.NER_ERRORS) {
      const show = (k: string) => { const [a, b, t] = k.split(':'); return `${t} ${s.words.slice(+a!, +b!).map((w) => w.form).join(' ')}`; };
      for (const p of pred) if (!gold.has(p)) process.stderr.write(`FP ${show(p)}\n`);
      for (const g of gold) if (!pred.includes(g)) process.stderr.write(`FN ${show(g)}\n`);
    }
  }
  const f = ([tp, p, g]: [number, number, number]) => (p + g ? (2 * tp) / (p + g) : 0).toFixed(3);
  return `F1 ${f(c.ALL!)} (P ${(c.ALL![0] / c.ALL![1]).toFixed(3)} R ${(c.ALL![0] / c.ALL![2]).toFixed(3)}) PER ${f(c.PER!)} ORG ${f(c.ORG!)} LOC ${f(c.LOC!)} [gold ${c.ALL![2]}]`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // the only place this module prints: when run as a script
  trainNer({ seed: Number(process.env.SEED ?? 1), log: (l) => console.log(l) }).catch((e) => {
    console.error(String(e));
    process.exit(1);
  });
}
