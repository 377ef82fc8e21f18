// The tagger's per-token sum of six pre-summed score vectors (its own form's, four neighbours' and the
// previous two tags' — tagger.ts tagIds) in WebAssembly SIMD: four int32 lanes per add, where the JS
// loop spent a bounds-checked load per vector and tag (session 21, issue 19: that one line was ~4% of
// tag + parse's profile). Int32 lanes wrap as the JS loop's stores into an Int32Array do, so the
// scores are the same integers (test: tag-sums-simd.test.ts). The vectors the sum reads — the form
// memo's and the tag pairs' — and the scores it writes live in the module's memory; the tagger keeps
// views of them (memo, pairs, scores). The module is a hundred bytes assembled below, as
// parser-simd.ts does.
import { lazyModule, leb, op, sleb, section, wasmName } from './wasm-encode.js';

/** byte offset of the scores (room for 64 tags and a vector's overrun) */
const SCORES = 0;
const SCORES_BYTES = 512;
/** each region is followed by this much slack: the last vector of a region is read in whole v128s */
const SLACK = 64;
const PAGE = 65536;

/**
 * sum(a0, a1, a2, a3, a4, a5, bytes): for k = 0, 16, … < bytes, the v128 at SCORES + k := the sum of
 * the six v128 at a_i + k (byte addresses). Locals: 0–5 the vectors' addresses, 6 bytes, 7 k.
 */
function sumBody(): Uint8Array {
  const c: number[] = [];
  const K = 7;
  c.push(...op.block, ...op.loop);
  c.push(op.get, K, op.get, 6, op.i32GeU, op.brIf, 1);
  c.push(op.get, K);
  for (let a = 0; a < 6; a++) {
    c.push(op.get, a, op.get, K, op.i32Add, ...op.v128Load, 0, 0);
    if (a > 0) c.push(...op.i32x4Add);
  }
  c.push(...op.v128Store, 0, ...leb(SCORES));
  c.push(op.get, K, op.i32Const, 16, op.i32Add, op.set, K, op.br, 0, op.end, op.end, op.end);
  const locals = [1, 1, 0x7f];
  const body = [...locals, ...c];
  return Uint8Array.from([...leb(body.length), ...body]);
}

function moduleBytes(): Uint8Array<ArrayBuffer> {
  const code = sumBody();
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 7, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0]), // (i32 ×7) → ()
    ...section(2, [1, ...wasmName('m'), ...wasmName('mem'), 0x02, 0x00, 1]), // import memory m.mem
    ...section(3, [1, 0]),
    ...section(7, [1, ...wasmName('sum'), 0x00, 0]),
    10, ...leb(code.length + 1), 1, ...code,
  ]);
}

const sumModule = lazyModule(moduleBytes);

const align16 = (n: number) => (n + 15) & ~15;

export class TagSums {
  /** the scores sum() writes (nTags of them; the lanes past nTags are scratch) */
  readonly scores: Int32Array;
  /** the form memo's vectors and the tag pairs' (zeroed, as new Int32Arrays are) */
  readonly memo: Int32Array;
  readonly pairs: Int32Array;
  private readonly run: (a0: number, a1: number, a2: number, a3: number, a4: number, a5: number, bytes: number) => void;
  private readonly memoAt: number;
  private readonly pairsAt: number;
  private readonly bytes: number;

  private constructor(mod: WebAssembly.Module, nTags: number, memoLength: number, pairsLength: number) {
    this.memoAt = SCORES + SCORES_BYTES;
    this.pairsAt = align16(this.memoAt + 4 * memoLength + SLACK);
    const end = this.pairsAt + 4 * pairsLength + SLACK;
    const memory = new WebAssembly.Memory({ initial: Math.ceil(end / PAGE) });
    const buf = memory.buffer;
    this.scores = new Int32Array(buf, SCORES, nTags);
    this.memo = new Int32Array(buf, this.memoAt, memoLength);
    this.pairs = new Int32Array(buf, this.pairsAt, pairsLength);
    this.bytes = align16(4 * nTags);
    this.run = new WebAssembly.Instance(mod, { m: { mem: memory } }).exports.sum as TagSums['run'];
  }

  /** Sums over nTags ≤ 64 scores, memo and pair vectors of the given lengths; null without WebAssembly SIMD (the JS loop stays). */
  static create(nTags: number, memoLength: number, pairsLength: number): TagSums | null {
    if (nTags > SCORES_BYTES / 4 - 4) return null;
    const mod = sumModule();
    return mod === null ? null : new TagSums(mod, nTags, memoLength, pairsLength);
  }

  /** scores[t] = memo[m0 + t] + … + memo[m4 + t] + pairs[p + t] for every t < nTags (element offsets). */
  sum(m0: number, m1: number, m2: number, m3: number, m4: number, p: number): void {
    const at = this.memoAt;
    this.run(at + 4 * m0, at + 4 * m1, at + 4 * m2, at + 4 * m3, at + 4 * m4, this.pairsAt + 4 * p, this.bytes);
  }
}
