// Evaluation of the tagger and lemmatizer on a CoNLL-U file with gold tokenization: UPOS / XPOS
// accuracy counted like tools/score.py `conllu` (every syntactic word, multi-word token lines
// skipped), lemma accuracy with predicted tags and with gold tags, and tagging speed.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readConllu, type ConlluSentence } from './conllu.js';
import { getLemmatizer, type Lemmatizer } from './lemmatizer.js';
import { getTagger, type Tagger } from './tagger.js';

export interface TaggerScores {
  readonly tokens: number;
  readonly sentences: number;
  readonly upos: number;
  readonly xpos: number;
  /** lemma accuracy with the predicted tags (what the pipeline gets) */
  readonly lemma: number;
  /** lemma accuracy given gold XPOS (the lemmatizer alone) */
  readonly lemmaGoldTags: number;
  /**
   * tagging throughput: tokens per second of this process's CPU time (user+system) over a second,
   * timed pass after the warm-up pass — CPU time, not wall time, so a busy shared machine does not
   * distort the one-core figure
   */
  readonly tokensPerSecond: number;
  /** the same pass measured in wall-clock time */
  readonly tokensPerSecondWall: number;
}

export interface EvalOptions {
  tagger?: Tagger;
  lemmatizer?: Lemmatizer | null;
  /** measure speed (adds one warm-up pass); default true */
  timing?: boolean;
}

export function evalTaggerOn(sents: readonly ConlluSentence[], opts: EvalOptions = {}): TaggerScores {
  const tagger = opts.tagger ?? getTagger();
  const lem = opts.lemmatizer === undefined ? getLemmatizer() : opts.lemmatizer;
  const forms = sents.map((s) => s.words.map((w) => w.form));
  const maxLen = forms.reduce((m, f) => Math.max(m, f.length), 0);
  const ids = new Int32Array(maxLen);
  let n = 0;
  let upos = 0;
  let xpos = 0;
  let lemma = 0;
  let lemmaGold = 0;
  for (let s = 0; s < sents.length; s++) {
    const words = sents[s]!.words;
    tagger.tagIds(forms[s]!, ids, words.length);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const u = tagger.uposOf[ids[i]!]!;
      const x = tagger.xposOf[ids[i]!]!;
      n++;
      if (u === w.upos) upos++;
      if (x === w.xpos) xpos++;
      if (lem) {
        if (lem.lemmatize(w.form, u, x) === w.lemma) lemma++;
        if (lem.lemmatize(w.form, w.upos, w.xpos) === w.lemma) lemmaGold++;
      }
    }
  }
  let tps = 0;
  let tpsWall = 0;
  if (opts.timing ?? true) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let s = 0; s < forms.length; s++) tagger.tagIds(forms[s]!, ids, forms[s]!.length);
    const wall = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    const cpu = (c.user + c.system) / 1e6;
    tps = cpu > 0 ? n / cpu : 0;
    tpsWall = wall > 0 ? n / wall : 0;
  }
  const r = (a: number) => (n ? a / n : 0);
  return { tokens: n, sentences: sents.length, upos: r(upos), xpos: r(xpos), lemma: r(lemma), lemmaGoldTags: r(lemmaGold), tokensPerSecond: tps, tokensPerSecondWall: tpsWall };
}

/** UPOS / XPOS / lemma accuracy and tagging speed on a gold-tokenized CoNLL-U file. */
export function evalTagger(conlluPath: string, opts: EvalOptions = {}): TaggerScores {
  return evalTaggerOn(readConllu(readFileSync(conlluPath, 'utf8')), opts);
}
