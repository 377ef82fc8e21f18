// Runtime part-of-speech tagger: a greedy left-to-right averaged perceptron over hashed features
// (features-tagger.ts) predicting one joint UPOS+PTB-XPOS class per token, so the two tag layers
// are always consistent. Weights are sparse rows (class id + int16 weight) found through a KeyIndex;
// scoring accumulates integers (the global quantisation scale does not change the argmax).
// The model (models/tagger.bin, built by scripts/train-tagger.ts) is loaded once, lazily.
import { NewsgraphError } from '../core/errors.js';
import { modelPath } from '../core/paths.js';
import { KeyIndex } from './hash.js';
import { MAX_FEATURES, TaggerFeatures } from './features-tagger.js';
import { modelArray, readModelFile, type ModelFile } from './model-io.js';

export const TAGGER_KIND = 'newsgraph-tagger';
export const TAGGER_FILE = 'tagger.bin';

export interface TaggerMeta {
  /** joint classes as "UPOS\tXPOS", indexed by class id */
  readonly tags: readonly string[];
  /** trust the tag dictionary's forced tag for frequent unambiguous words */
  readonly useForced: boolean;
  readonly scale: number;
  readonly info?: Record<string, unknown>;
}

/** The arrays a tagger is built from (as stored in the model file). */
export interface TaggerArrays {
  readonly featKeys: Uint32Array;
  /** rowStart[r]..rowStart[r+1] indexes cls/weight for feature row r */
  readonly rowStart: Uint32Array;
  readonly cls: Uint8Array;
  readonly weight: Int16Array;
  readonly dictKeys: Uint32Array;
  readonly dictVals: Int32Array;
}

export interface TagResult {
  upos: string[];
  xpos: string[];
}

export class Tagger {
  readonly tags: readonly string[];
  /** UPOS / XPOS name of each class id */
  readonly uposOf: readonly string[];
  readonly xposOf: readonly string[];
  readonly nTags: number;
  private readonly index: KeyIndex;
  private readonly rowStart: Uint32Array;
  private readonly cls: Uint8Array;
  private readonly weight: Int16Array;
  private readonly feats: TaggerFeatures;
  private readonly useForced: boolean;
  private readonly keyBuf = new Uint32Array(MAX_FEATURES);
  private readonly scores: Int32Array;
  private ids = new Int32Array(64);

  constructor(meta: TaggerMeta, a: TaggerArrays) {
    this.tags = meta.tags;
    this.nTags = meta.tags.length;
    this.uposOf = meta.tags.map((t) => t.split('\t')[0]!);
    this.xposOf = meta.tags.map((t) => t.split('\t')[1] ?? '');
    const rowIds = new Int32Array(a.featKeys.length);
    for (let i = 0; i < rowIds.length; i++) rowIds[i] = i;
    this.index = new KeyIndex(a.featKeys, rowIds);
    this.rowStart = a.rowStart;
    this.cls = a.cls;
    this.weight = a.weight;
    this.feats = new TaggerFeatures(new KeyIndex(a.dictKeys, a.dictVals));
    this.useForced = meta.useForced;
    this.scores = new Int32Array(this.nTags);
  }

  /**
   * Tags forms[0..n) writing class ids into out (length ≥ n). Reuses internal buffers: no per-token
   * allocation. Map ids to names with uposOf / xposOf.
   */
  tagIds(forms: readonly string[], out: Int32Array | Uint8Array | Uint16Array, n = forms.length): void {
    const f = this.feats;
    f.prepare(forms, n);
    const keys = this.keyBuf;
    const scores = this.scores;
    const { rowStart, cls, weight, index, nTags } = this;
    const forced = f.forced;
    let p1 = -1;
    let p2 = -1;
    for (let i = 0; i < n; i++) {
      let best = this.useForced ? forced[i]! : -1;
      if (best < 0) {
        const k = f.extract(i, n, p1, p2, keys);
        scores.fill(0);
        for (let j = 0; j < k; j++) {
          const r = index.get(keys[j]!);
          if (r < 0) continue;
          const end = rowStart[r + 1]!;
          for (let q = rowStart[r]!; q < end; q++) scores[cls[q]!] += weight[q]!;
        }
        best = 0;
        let bs = scores[0]!;
        for (let t = 1; t < nTags; t++) {
          if (scores[t]! > bs) {
            bs = scores[t]!;
            best = t;
          }
        }
      }
      out[i] = best;
      p2 = p1;
      p1 = best;
    }
  }

  tag(forms: readonly string[]): TagResult {
    const n = forms.length;
    if (this.ids.length < n) this.ids = new Int32Array(Math.max(n, this.ids.length * 2));
    this.tagIds(forms, this.ids, n);
    const upos = new Array<string>(n);
    const xpos = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const t = this.ids[i]!;
      upos[i] = this.uposOf[t]!;
      xpos[i] = this.xposOf[t]!;
    }
    return { upos, xpos };
  }
}

export function taggerFromModel(m: ModelFile, path = TAGGER_FILE): Tagger {
  const meta = m.meta as TaggerMeta;
  if (!meta || !Array.isArray(meta.tags) || meta.tags.length === 0 || meta.tags.length > 256) {
    throw new NewsgraphError('E021', `${path}: expected a tag list of 1–256 classes in the header — run \`npm run train\``, path);
  }
  const a: TaggerArrays = {
    featKeys: modelArray(m, 'featKeys', Uint32Array, path),
    rowStart: modelArray(m, 'rowStart', Uint32Array, path),
    cls: modelArray(m, 'cls', Uint8Array, path),
    weight: modelArray(m, 'weight', Int16Array, path),
    dictKeys: modelArray(m, 'dictKeys', Uint32Array, path),
    dictVals: modelArray(m, 'dictVals', Int32Array, path),
  };
  if (a.rowStart.length !== a.featKeys.length + 1 || a.rowStart[a.featKeys.length] !== a.cls.length || a.cls.length !== a.weight.length) {
    throw new NewsgraphError('E021', `${path}: inconsistent weight tables — run \`npm run train\``, path);
  }
  for (let i = 0; i < a.cls.length; i++) {
    if (a.cls[i]! >= meta.tags.length) throw new NewsgraphError('E021', `${path}: class id out of range — run \`npm run train\``, path);
  }
  return new Tagger(meta, a);
}

let cached: Tagger | null = null;

/** The shipped tagger (models/tagger.bin), loaded on first use. Throws E021 if missing or corrupt. */
export function getTagger(): Tagger {
  if (!cached) {
    const path = modelPath(TAGGER_FILE);
    cached = taggerFromModel(readModelFile(path, TAGGER_KIND), path);
  }
  return cached;
}

/** Drops the cached model (after retraining, or in tests). */
export function resetTagger(): void {
  cached = null;
}
