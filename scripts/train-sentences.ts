// Trains the sentence-boundary classifier (models/sentences.bin) on the raw text of the UD English
// EWT + GUM training sets (rebuilt from the CoNLL-U files as eval/tokenize.ts does); the epoch is
// chosen on the EWT + GUM dev sets (mean exact-span sentence F1). Deterministic (seeded shuffle).
// Called by scripts/train.ts as trainSentences({ seed, log }), or standalone:
//   npx tsx scripts/train-sentences.ts [--epochs N] [--seed N]
import { readFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { hasShared, modelPath, sharedPath } from '../src/core/paths.js';
import { writeModelFile } from '../src/nlp/model-io.js';
import { gapExamples, trainBoundaryModel, type GapParagraph } from '../src/nlp/sentence-boundary-train.js';
import { resetSentenceModel, SENTENCE_MODEL_FILE, SENTENCE_MODEL_KIND, type SentenceBoundaryModel } from '../src/nlp/sentence-boundary.js';
import { segmentText } from '../src/nlp/segment-text.js';
import { tokenizeLexicon } from '../src/nlp/tokenize-lexicon.js';
import { rawTextFromConllu, type RawGold } from '../eval/tokenize.js';

export interface TrainSentencesOptions {
  seed?: number;
  epochs?: number;
  log?: (s: string) => void;
  write?: boolean;
}

const TREEBANKS = ['en_ewt', 'en_gum'];

function gold(tb: string, split: string): RawGold {
  return rawTextFromConllu(readFileSync(sharedPath('data', 'ud', `${tb}-ud-${split}.conllu`), 'utf8'));
}

/** Exact-span sentence F1 of segmentText with `model` (null: rules alone) against gold. */
export function sentenceF1(g: RawGold, model: SentenceBoundaryModel | null): number {
  const seg = segmentText(g.text, tokenizeLexicon(), model);
  const key = (s: { start: number; end: number }) => s.start * 4194304 + s.end;
  const want = new Set(g.sentences.map(key));
  let correct = 0;
  for (const s of seg.sentences) if (want.has(key(s))) correct++;
  const p = correct / seg.sentences.length;
  const r = correct / g.sentences.length;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

export async function trainSentences(opts: TrainSentencesOptions = {}): Promise<{ seconds: number; epoch: number; dev: number[] }> {
  const t0 = performance.now();
  const log = opts.log ?? ((s: string) => console.log(s));
  const paras: GapParagraph[] = [];
  for (const tb of TREEBANKS) {
    const g = gold(tb, 'train');
    paras.push(...gapExamples(g.text, new Set(g.sentences.map((s) => s.end))));
  }
  const dev = TREEBANKS.map((tb) => gold(tb, 'dev'));
  log(`sentences: ${paras.length} training paragraphs; rules alone on dev: ${dev.map((g) => (100 * sentenceF1(g, null)).toFixed(2)).join(' / ')}`);
  let devScores: number[] = [];
  const best = trainBoundaryModel(paras, {
    epochs: opts.epochs ?? 10,
    seed: opts.seed ?? 1,
    score: (model, epoch) => {
      const s = dev.map((g) => sentenceF1(g, model));
      log(`sentences: epoch ${epoch} dev exact F1 ${s.map((x) => (100 * x).toFixed(2)).join(' / ')} (EWT / GUM)`);
      const mean = s.reduce((a, b) => a + b, 0) / s.length;
      return mean;
    },
  });
  devScores = dev.map((g) => sentenceF1(g, best.model));
  if (opts.write !== false) {
    const path = modelPath(SENTENCE_MODEL_FILE);
    writeModelFile(path, SENTENCE_MODEL_KIND, { epoch: best.epoch, seed: opts.seed ?? 1, treebanks: TREEBANKS }, { weights: best.model.weights });
    resetSentenceModel();
    log(`sentences: wrote ${path} (${(statSync(path).size / 1e3).toFixed(0)} kB), epoch ${best.epoch}`);
  }
  return { seconds: (performance.now() - t0) / 1000, epoch: best.epoch, dev: devScores };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!hasShared()) {
    console.error('train-sentences: ../shared (UD treebanks) is not present');
    process.exitCode = 1;
  } else {
    const argv = process.argv.slice(2);
    const arg = (name: string) => {
      const i = argv.indexOf(name);
      return i >= 0 ? Number(argv[i + 1]) : undefined;
    };
    const r = await trainSentences({ epochs: arg('--epochs'), seed: arg('--seed') });
    console.log(`done in ${r.seconds.toFixed(1)}s: epoch ${r.epoch}, dev ${r.dev.map((x) => (100 * x).toFixed(2)).join(' / ')}`);
  }
}
