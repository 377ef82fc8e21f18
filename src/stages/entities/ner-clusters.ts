// Distributional word clusters for the NER tagger (models/ner-clusters.tsv.gz). Built at training
// time from unlabeled text (scripts/train-ner.ts: UD EWT and GUM train `# text` lines, Wikinews CC
// BY 2.5): each frequent word form is described by counts of its left and right neighbours among
// the most frequent words, reduced to a few dimensions (randomised subspace iteration) and grouped
// by spherical k-means at three granularities. A word unseen in training but clustered with names
// ("Tshisekedi" near "Kagame") then shares their features. Deterministic for a seed; the shipped
// map is loaded once; at run time each token costs one Map lookup.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';

/** form -> cluster ids at the three granularities, packed as c0 | c1 << 10 | c2 << 20 (each +1 so 0 = unknown) */
export type ClusterMap = ReadonlyMap<string, number>;

export const CLUSTER_KS = [48, 240, 1000] as const;

/** Splits raw text into word-like tokens (letters/digits runs with inner ' . - and single punctuation). */
export function roughTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu) ?? [];
}

/** Minimal RFC 4180 reader: yields the given column of every record after the header. */
export function csvColumn(csv: string, column: string): string[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let q = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (q) {
      if (ch === '"') {
        if (csv[i + 1] === '"') {
          field += '"';
          i++;
        } else q = false;
      } else field += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  const idx = rows[0]?.indexOf(column) ?? -1;
  return idx < 0 ? [] : rows.slice(1).map((r) => r[idx] ?? '');
}

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export interface ClusterOptions {
  readonly seed?: number;
  readonly minCount?: number;
  readonly contexts?: number;
  readonly dims?: number;
}

/** Builds the cluster map from tokenised sentences. */
export function buildClusters(sentences: readonly (readonly string[])[], opts: ClusterOptions = {}): Map<string, number> {
  const rand = rng(opts.seed ?? 1);
  const minCount = opts.minCount ?? 3;
  const C = opts.contexts ?? 800;
  const D = opts.dims ?? 40;
  const freq = new Map<string, number>();
  const lfreq = new Map<string, number>();
  for (const s of sentences) {
    for (const w of s) {
      freq.set(w, (freq.get(w) ?? 0) + 1);
      const l = w.toLowerCase();
      lfreq.set(l, (lfreq.get(l) ?? 0) + 1);
    }
  }
  const words = [...freq.entries()].filter(([, c]) => c >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const wid = new Map(words.map((w, i) => [w, i] as const));
  const ctxWords = [...lfreq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, C).map(([w]) => w);
  const cid = new Map(ctxWords.map((w, i) => [w, i] as const));
  const F = 2 * C + 4; // left contexts, right contexts, sentence start/end, left/right other
  const N = words.length;
  // sparse co-occurrence counts, row by row
  const rows: Array<Map<number, number>> = words.map(() => new Map());
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const r = wid.get(s[i]!);
      if (r === undefined) continue;
      const row = rows[r]!;
      const lc = i === 0 ? 2 * C : (cid.get(s[i - 1]!.toLowerCase()) ?? 2 * C + 2);
      row.set(lc, (row.get(lc) ?? 0) + 1);
      const nc = i === s.length - 1 ? -1 : (cid.get(s[i + 1]!.toLowerCase()) ?? -2);
      const rc = nc === -1 ? 2 * C + 1 : nc === -2 ? 2 * C + 3 : C + nc;
      row.set(rc, (row.get(rc) ?? 0) + 1);
    }
  }
  // CSR with log-scaled, row-normalised values
  const ptr = new Int32Array(N + 1);
  for (let i = 0; i < N; i++) ptr[i + 1] = ptr[i]! + rows[i]!.size;
  const col = new Int32Array(ptr[N]!);
  const val = new Float32Array(ptr[N]!);
  for (let i = 0; i < N; i++) {
    let k = ptr[i]!;
    let norm = 0;
    for (const [c, v] of rows[i]!) {
      col[k] = c;
      val[k] = Math.log1p(v);
      norm += val[k]! * val[k]!;
      k++;
    }
    norm = Math.sqrt(norm) || 1;
    for (let j = ptr[i]!; j < k; j++) val[j] = val[j]! / norm;
  }
  // randomised subspace iteration: Y = A Q, Q = orth(A^T Y), twice
  let Q = new Float64Array(F * D);
  for (let i = 0; i < Q.length; i++) Q[i] = rand() - 0.5;
  const Y = new Float64Array(N * D);
  const mulAQ = () => {
    Y.fill(0);
    for (let i = 0; i < N; i++) for (let k = ptr[i]!; k < ptr[i + 1]!; k++) {
      const v = val[k]!;
      const q = col[k]! * D;
      for (let d = 0; d < D; d++) Y[i * D + d] += v * Q[q + d]!;
    }
  };
  const orth = (M: Float64Array, rowsN: number) => {
    for (let d = 0; d < D; d++) {
      for (let e = 0; e < d; e++) {
        let dot = 0;
        for (let i = 0; i < rowsN; i++) dot += M[i * D + d]! * M[i * D + e]!;
        for (let i = 0; i < rowsN; i++) M[i * D + d] -= dot * M[i * D + e]!;
      }
      let nn = 0;
      for (let i = 0; i < rowsN; i++) nn += M[i * D + d]! ** 2;
      nn = Math.sqrt(nn) || 1;
      for (let i = 0; i < rowsN; i++) M[i * D + d] /= nn;
    }
  };
  for (let it = 0; it < 3; it++) {
    mulAQ();
    orth(Y, N);
    const Q2 = new Float64Array(F * D);
    for (let i = 0; i < N; i++) for (let k = ptr[i]!; k < ptr[i + 1]!; k++) {
      const v = val[k]!;
      const q = col[k]! * D;
      for (let d = 0; d < D; d++) Q2[q + d] += v * Y[i * D + d]!;
    }
    orth(Q2, F);
    Q = Q2;
  }
  mulAQ();
  // unit-length word vectors in the subspace
  const X = new Float32Array(N * D);
  for (let i = 0; i < N; i++) {
    let nn = 0;
    for (let d = 0; d < D; d++) nn += Y[i * D + d]! ** 2;
    nn = Math.sqrt(nn) || 1;
    for (let d = 0; d < D; d++) X[i * D + d] = Y[i * D + d]! / nn;
  }
  const packed = new Int32Array(N);
  CLUSTER_KS.forEach((k, level) => {
    const a = kmeans(X, N, D, Math.min(k, N), 8, rand);
    for (let i = 0; i < N; i++) packed[i] |= (a[i]! + 1) << (level * 10);
  });
  const out = new Map<string, number>();
  for (let i = 0; i < N; i++) out.set(words[i]!, packed[i]!);
  return out;
}

/** Spherical k-means (cosine), centres seeded from frequent words spread by the rng. */
function kmeans(X: Float32Array, N: number, D: number, k: number, iters: number, rand: () => number): Int32Array {
  const cent = new Float32Array(k * D);
  for (let c = 0; c < k; c++) {
    // bias the seeds towards frequent words (rows are sorted by frequency)
    const i = Math.floor(rand() * rand() * N);
    for (let d = 0; d < D; d++) cent[c * D + d] = X[i * D + d]!;
  }
  const assign = new Int32Array(N);
  for (let it = 0; it < iters; it++) {
    for (let i = 0; i < N; i++) {
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let d = 0; d < D; d++) dot += X[i * D + d]! * cent[c * D + d]!;
        if (dot > best) {
          best = dot;
          arg = c;
        }
      }
      assign[i] = arg;
    }
    cent.fill(0);
    for (let i = 0; i < N; i++) for (let d = 0; d < D; d++) cent[assign[i]! * D + d] += X[i * D + d]!;
    for (let c = 0; c < k; c++) {
      let nn = 0;
      for (let d = 0; d < D; d++) nn += cent[c * D + d]! ** 2;
      nn = Math.sqrt(nn);
      if (!nn) {
        const i = Math.floor(rand() * N);
        for (let d = 0; d < D; d++) cent[c * D + d] = X[i * D + d]!;
      } else for (let d = 0; d < D; d++) cent[c * D + d] /= nn;
    }
  }
  return assign;
}

export function saveClusters(map: ReadonlyMap<string, number>, file: string): void {
  const lines = ['# word clusters for the NER tagger (scripts/train-ner.ts); word, packed ids'];
  for (const [w, c] of map) lines.push(`${w}\t${c.toString(36)}`);
  writeFileSync(file, gzipSync(lines.join('\n') + '\n', { level: 9 }));
}

const loaded = new Map<string, ClusterMap>();

export function loadClusters(file: string): ClusterMap | null {
  const hit = loaded.get(file);
  if (hit) return hit;
  if (!existsSync(file)) return null;
  const m = new Map<string, number>();
  for (const line of gunzipSync(readFileSync(file)).toString('utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const t = line.indexOf('\t');
    m.set(line.slice(0, t), parseInt(line.slice(t + 1), 36));
  }
  loaded.set(file, m);
  return m;
}
