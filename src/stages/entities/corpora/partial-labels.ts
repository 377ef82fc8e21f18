// What a training sentence teaches under partial annotation (scripts/train-ner.ts NER_PARTIAL=1):
// its names, minus the ones made of symbols alone (the Broad Twitter Corpus tags the "@" before a
// handle as a name of its own, 3,399 times: "@ GWS_Giants" is B-ORG B-ORG), and its unlabelled spans
// as words of unknown label (CorpusSentence.unlabelled: the perceptron's target there is its own best
// path given the known labels, perceptron.ts constrainedPath). Off by default: measured in session 12
// (see scripts/train-ner.ts) and not shipped.
import type { CorpusSentence, NamedSpan } from '../corpus.js';

const SYMBOLS_ONLY = /^[^\p{L}\p{N}]+$/u;

/** Are the words symbols alone (the Broad Twitter Corpus "@" before a handle)? No name of ours is. */
export function symbolsOnly(forms: readonly string[]): boolean {
  return forms.every((f) => SYMBOLS_ONLY.test(f));
}

/** Is the name made of symbols alone? The CoNLL reader (conll.ts) drops such names; eval/entities.ts does not score one from any reader. */
export function symbolsOnlyName(s: CorpusSentence, n: NamedSpan): boolean {
  return symbolsOnly(s.words.slice(n.from, n.to).map((w) => w.form));
}

export interface TrainingSpans {
  readonly named: readonly NamedSpan[];
  /** word ranges whose labels are unknown */
  readonly unknown: ReadonlyArray<{ readonly from: number; readonly to: number }>;
}

export function partialTrainingSpans(s: CorpusSentence): TrainingSpans {
  return {
    named: s.named.filter((n) => !symbolsOnlyName(s, n)),
    unknown: s.unlabelled ?? [],
  };
}
