// Float32 vectors accumulated in WebAssembly SIMD with exactly the rounding of the JS loops they
// replace: `h[u] += row[u] * scale` over a Float32Array h computes the product and the sum in double
// precision and rounds to float32 on the store. The kernel does the same per lane — promote to f64,
// f64 multiply, f64 add, demote to f32 (then promote again for the next step) — two lanes per f64x2
// operation, eight accumulators kept in registers while every listed row is added in order, so the
// results are bit-identical to the JS loops (test: rounded-sums-simd.test.ts) at a fraction of the
// operations. Rows are float32 or int8 (a quantised table times its scale). Used by the NER MLP's
// hidden layer (src/stages/entities/ner-mlp.ts), whose per-token sums were a quarter of the entities
// stage. The module is a few hundred bytes assembled below from named instructions, as
// parser-simd.ts does; the tables it reads are copied into its memory (alloc).
import { lazyModule, leb, op, sleb, section, wasmName } from './wasm-encode.js';

/** byte offsets in the module's memory */
const LIST = 0; // the rows to add: MAX_ROWS entries of 16 bytes (i32 row offset, i32 kind, f64 scale)
export const MAX_ROWS = 256;
const HEAP = LIST + MAX_ROWS * 16; // tables and vectors from here (alloc)
const PAGE = 65536;


/** lanes per block: eight f32 accumulators = four f64x2 registers */
const BLOCK = 8;

/**
 * acc(count, h, n): for each block of eight lanes of h[0..n) (n a multiple of 8), for each of the
 * first `count` list entries in order: lanes = f32(f64(lanes) + f64(row[lane]) · scale), the row
 * float32 (kind 0) or int8 (kind 1). Locals: 0 count, 1 h, 2 n, 3 u (byte offset of the block in
 * h), 4 e (entry), 5 end, 6 row (the block's address in the row), 7 kind, 8 scale (f64x2), 9–12 the
 * accumulators, 13 a product.
 */
function accBody(): number[] {
  const c: number[] = [];
  const get = (l: number) => c.push(op.get, l);
  const set = (l: number) => c.push(op.set, l);
  const [COUNT, H, N, U, E, END, ROW, KIND, SCALE, A, P] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 13];
  // end = LIST + count·16; n in bytes of f32
  c.push(op.i32Const, ...sleb(LIST));
  get(COUNT);
  c.push(op.i32Const, ...sleb(4), op.i32Shl, op.i32Add);
  set(END);
  get(N);
  c.push(op.i32Const, ...sleb(2), op.i32Shl);
  set(N);
  c.push(...op.block, ...op.loop); // over blocks of h
  get(U);
  get(N);
  c.push(op.i32GeU, op.brIf, 1);
  for (let a = 0; a < 4; a++) {
    get(H);
    get(U);
    c.push(op.i32Add, ...op.v128Load64Zero, 3, ...leb(8 * a), ...op.promote);
    set(A + a);
  }
  c.push(op.i32Const, ...sleb(LIST));
  set(E);
  c.push(...op.block, ...op.loop); // over the listed rows
  get(E);
  get(END);
  c.push(op.i32GeU, op.brIf, 1);
  get(E);
  c.push(op.i32Load, 2, 0);
  set(ROW);
  get(E);
  c.push(op.i32Load, 2, 4);
  set(KIND);
  get(E);
  c.push(op.f64Load, 3, 8, ...op.f64x2Splat);
  set(SCALE);
  const step = (a: number) => {
    // lanes = promote(demote(lanes + p · scale))
    get(A + a);
    get(P);
    get(SCALE);
    c.push(...op.f64x2Mul, ...op.f64x2Add, ...op.demote, ...op.promote);
    set(A + a);
  };
  get(KIND);
  c.push(op.i32Eqz, ...op.if);
  // float32 row: the block starts u bytes in
  get(ROW);
  get(U);
  c.push(op.i32Add);
  set(ROW);
  for (let a = 0; a < 4; a++) {
    get(ROW);
    c.push(...op.v128Load64Zero, 3, ...leb(8 * a), ...op.promote);
    set(P);
    step(a);
  }
  c.push(op.else);
  // int8 row: the block starts u/4 bytes in
  get(ROW);
  get(U);
  c.push(op.i32Const, ...sleb(2), 0x76 /* i32.shr_u */, op.i32Add);
  set(ROW);
  for (let a = 0; a < 4; a++) {
    get(ROW);
    c.push(...op.v128Load16Splat, 0, ...leb(2 * a), ...op.i16x8ExtendLowS, ...op.i32x4ExtendLowS, ...op.f64x2ConvertLowS);
    set(P);
    step(a);
  }
  c.push(op.end);
  get(E);
  c.push(op.i32Const, ...sleb(16), op.i32Add);
  set(E);
  c.push(op.br, 0, op.end, op.end);
  for (let a = 0; a < 4; a++) {
    get(H);
    get(U);
    c.push(op.i32Add);
    get(A + a);
    c.push(...op.demote, ...op.v128Store64Lane, 3, ...leb(8 * a), 0);
  }
  get(U);
  c.push(op.i32Const, ...sleb(4 * BLOCK), op.i32Add);
  set(U);
  c.push(op.br, 0, op.end, op.end);
  c.push(op.end);
  // locals after the 3 params: u, e, end, row, kind (i32); scale, 4 accumulators, p (v128)
  const locals = [2, ...leb(5), 0x7f, ...leb(6), 0x7b];
  return [...leb(locals.length + c.length), ...locals, ...c];
}

function moduleBytes(): Uint8Array<ArrayBuffer> {
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 3, 0x7f, 0x7f, 0x7f, 0]), // (i32, i32, i32) → ()
    ...section(2, [1, ...wasmName('m'), ...wasmName('mem'), 0x02, 0x00, 1]), // import memory m.mem
    ...section(3, [1, 0]),
    ...section(7, [1, ...wasmName('acc'), 0x00, 0]),
    ...section(10, [1, ...accBody()]),
  ]);
}

/** the kernel, compiled once; null on a runtime without SIMD (which keeps the JS loops) */
const sumsModule = lazyModule(moduleBytes);

/**
 * A memory holding float32/int8 tables and float32 vectors, and the kernel that adds listed rows of
 * them to a vector: list the rows with row()/rowI8(), then sum() applies them in order.
 */
export class RoundedSums {
  readonly memory: WebAssembly.Memory;
  private readonly run: (count: number, h: number, n: number) => void;
  private readonly listI32: Int32Array;
  private readonly listF64: Float64Array;
  private count = 0;
  private top = HEAP;

  private constructor(mod: WebAssembly.Module, bytes: number) {
    this.memory = new WebAssembly.Memory({ initial: Math.ceil((HEAP + bytes) / PAGE) });
    this.run = new WebAssembly.Instance(mod, { m: { mem: this.memory } }).exports.acc as (count: number, h: number, n: number) => void;
    this.listI32 = new Int32Array(this.memory.buffer, LIST, MAX_ROWS * 4);
    this.listF64 = new Float64Array(this.memory.buffer, LIST, MAX_ROWS * 2);
  }

  /** Room for `bytes` of tables and vectors (each alloc is rounded up to 16 bytes), or null without WebAssembly SIMD. */
  static create(bytes: number): RoundedSums | null {
    const mod = sumsModule();
    return mod ? new RoundedSums(mod, bytes) : null;
  }

  /** A float32 array of `length` in the module's memory (zeroed). */
  allocF32(length: number): Float32Array {
    return new Float32Array(this.memory.buffer, this.take(length * 4), length);
  }

  /** An int8 array of `length` in the module's memory (zeroed). */
  allocI8(length: number): Int8Array {
    return new Int8Array(this.memory.buffer, this.take(length), length);
  }

  private take(bytes: number): number {
    const at = this.top;
    this.top += (bytes + 15) & ~15;
    if (this.top > this.memory.buffer.byteLength) throw new Error('RoundedSums: memory too small');
    return at;
  }

  /** Lists float32 row `table[start..)` times `scale`. */
  row(table: Float32Array, start: number, scale: number): void {
    const k = this.count++;
    this.listI32[4 * k] = table.byteOffset + 4 * start;
    this.listI32[4 * k + 1] = 0;
    this.listF64[2 * k + 1] = scale;
  }

  /** Lists int8 row `table[start..)` times `scale`. */
  rowI8(table: Int8Array, start: number, scale: number): void {
    const k = this.count++;
    this.listI32[4 * k] = table.byteOffset + start;
    this.listI32[4 * k + 1] = 1;
    this.listF64[2 * k + 1] = scale;
  }

  /** rows that can still be listed before sum() */
  get room(): number {
    return MAX_ROWS - this.count;
  }

  /** h[0..h.length) += each listed row × its scale, in the listed order, rounded to float32 at every step; clears the list. h: in this memory, its length a multiple of 8. */
  sum(h: Float32Array): void {
    this.sumAt(h, 0, h.length);
  }

  /** sum() over h[start..start+n) (n a multiple of 8), without making a subarray. */
  sumAt(h: Float32Array, start: number, n: number): void {
    this.run(this.count, h.byteOffset + 4 * start, n);
    this.count = 0;
  }
}

/** lanes the kernel works in (a vector's length must be a multiple) */
export const SUM_BLOCK = BLOCK;
