// An 8-bit codebook for the tagger's int16 perceptron weights: 256 weight values chosen by 1-D
// k-means (Lloyd's algorithm on the weights' histogram, weighted toward large weights: see
// IMPORTANCE_POWER), each weight stored as the code of its nearest value. A weight entry (code +
// class) then fits in 16 bits, so a feature row of up to two entries fits beside its key in one
// 8-byte slot (tagger.ts): half the table of int16 weights for the same dev accuracy.
// Deterministic: no random initialisation.

/** Number of codes (an entry's code is one byte). */
export const CODEBOOK_SIZE = 256;

export interface WeightCodebook {
  /** the weight value of each code (in the model's int16 units), ascending */
  readonly lut: Int32Array;
  /** code of every int16 weight value, indexed by weight + 32768 */
  readonly codeOf: Uint8Array;
}

/**
 * k-means weighs each weight by (|w| + 1)^IMPORTANCE_POWER: plain k-means (power 0) spends nearly
 * all levels on the many tiny weights and rounds the few large ones — which decide most tokens —
 * coarsely. Measured on the shipped model (dev UPOS EWT/GUM, perceptron alone, int16 weights
 * 95.00/96.45): power 0 94.93/96.36, 1 94.99/96.43, 2 95.02/96.45, 3 95.02/96.45 (XPOS unchanged).
 */
export const IMPORTANCE_POWER = 3;

/**
 * Builds the codebook of a set of int16 weights. With at most 256 distinct values every value
 * gets its own code (the codebook is then exact, as for tiny test models).
 */
export function weightCodebook(weights: ArrayLike<number>, iterations = 30, alpha = IMPORTANCE_POWER): WeightCodebook {
  const hist = new Float64Array(65536);
  for (let i = 0; i < weights.length; i++) hist[weights[i]! + 32768]! += Math.pow(Math.abs(weights[i]!) + 1, alpha);
  const values: number[] = [];
  for (let v = 0; v < 65536; v++) if (hist[v]! > 0) values.push(v - 32768);
  let centres: number[];
  if (values.length <= CODEBOOK_SIZE) centres = values.length > 0 ? values : [0];
  else {
    // start from count quantiles, so every code begins with a share of the weights
    let total = 0;
    for (let v = 0; v < 65536; v++) total += hist[v]!;
    centres = [];
    let acc = 0;
    let next = 0;
    for (let v = 0; v < 65536 && centres.length < CODEBOOK_SIZE; v++) {
      acc += hist[v]!;
      while (centres.length < CODEBOOK_SIZE && acc > ((next + 0.5) * total) / CODEBOOK_SIZE) {
        if (centres.length === 0 || centres[centres.length - 1]! !== v - 32768) centres.push(v - 32768);
        next++;
      }
    }
    // Lloyd: boundaries at midpoints, centres at the mean of their cell
    for (let it = 0; it < iterations; it++) {
      const sum = new Float64Array(centres.length);
      const cnt = new Float64Array(centres.length);
      let c = 0;
      for (let v = 0; v < 65536; v++) {
        const h = hist[v]!;
        if (h === 0) continue;
        const w = v - 32768;
        while (c + 1 < centres.length && Math.abs(centres[c + 1]! - w) <= Math.abs(centres[c]! - w)) c++;
        sum[c] += h * w;
        cnt[c] += h;
      }
      const moved = centres.map((x, k) => (cnt[k]! > 0 ? Math.round(sum[k]! / cnt[k]!) : x));
      const same = moved.every((x, k) => x === centres[k]);
      centres = [...new Set(moved)].sort((a, b) => a - b);
      if (same) break;
    }
  }
  const lut = Int32Array.from(centres);
  const codeOf = new Uint8Array(65536);
  let c = 0;
  for (let v = 0; v < 65536; v++) {
    const w = v - 32768;
    while (c + 1 < lut.length && Math.abs(lut[c + 1]! - w) <= Math.abs(lut[c]! - w)) c++;
    codeOf[v] = c;
  }
  return { lut, codeOf };
}
