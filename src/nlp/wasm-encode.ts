// The byte encodings our hand-assembled WebAssembly modules share (parser-simd.ts, rounded-sums-simd.ts):
// LEB128 integers, sections and names as the binary format spells them. One copy, so both kernels encode alike.

/** unsigned LEB128 (sizes, indices) */
export function leb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

/** signed LEB128 (i32.const immediates) */
export function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

/** a module section: its id, then its body's length and the body */
export const section = (id: number, body: number[]): number[] => [id, ...leb(body.length), ...body];
/** an ASCII name (exports): length, then the characters */
export const wasmName = (s: string): number[] => [...leb(s.length), ...[...s].map((c) => c.charCodeAt(0))];

/**
 * The compiled module of `bytes()`, built on first call and kept; null (also kept) where the runtime
 * cannot validate it — a runtime without SIMD, whose callers keep their JS loops.
 */
export function lazyModule(bytes: () => Uint8Array<ArrayBuffer>): () => WebAssembly.Module | null {
  let compiled: WebAssembly.Module | null | undefined;
  return () => {
    if (compiled === undefined) {
      const b = bytes();
      compiled = WebAssembly.validate(b) ? new WebAssembly.Module(b) : null;
    }
    return compiled;
  };
}

/** the WebAssembly instructions the hand-assembled kernels use (core + SIMD opcodes; a multi-byte one as an array to spread) */
export const op = {
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  if: [0x04, 0x40],
  else: 0x05,
  end: 0x0b,
  br: 0x0c,
  call: 0x10,
  brIf: 0x0d,
  get: 0x20,
  set: 0x21,
  i32Const: 0x41,
  i32Load: 0x28,
  f64Load: 0x2b,
  i32Eqz: 0x45,
  i32GeU: 0x4f,
  i32LeU: 0x4d,
  i32Add: 0x6a,
  i32Sub: 0x6b,
  i32Or: 0x72,
  i32LtS: 0x48,
  i32LeS: 0x4c,
  i32GeS: 0x4e,
  i32GtS: 0x4a,
  i32Shl: 0x74,
  i32Xor: 0x73,
  i32ShrU: 0x76,
  tee: 0x22,
  v128Load64Zero: [0xfd, 0x5d],
  v128Load16Splat: [0xfd, 0x08],
  v128Store64Lane: [0xfd, 0x5b],
  f64x2Splat: [0xfd, 0x14],
  f64x2Add: [0xfd, 0xf0, 0x01],
  f64x2Mul: [0xfd, 0xf2, 0x01],
  demote: [0xfd, 0x5e], // f32x4.demote_f64x2_zero
  promote: [0xfd, 0x5f], // f64x2.promote_low_f32x4
  i16x8ExtendLowS: [0xfd, 0x87, 0x01], // i16x8.extend_low_i8x16_s
  i32x4ExtendLowS: [0xfd, 0xa7, 0x01], // i32x4.extend_low_i16x8_s
  f64x2ConvertLowS: [0xfd, 0xfe, 0x01], // f64x2.convert_low_i32x4_s
  i32Load8U: 0x2d,
  i32Store: 0x36,
  i32Mul: 0x6c,
  i32Ctz: 0x68,
  i32Store16: 0x3b,
  select: 0x1b,
  i16x8MaxU: [0xfd, 0x99, 0x01],
  i16x8Eq: [0xfd, 0x2d],
  i16x8Bitmask: [0xfd, 0x84, 0x01],
  i8x16Shuffle: [0xfd, 0x0d],
  i32And: 0x71,
  v128Load: [0xfd, 0x00],
  v128Store: [0xfd, 0x0b],
  extendLowU: [0xfd, 0x89, 0x01], // i16x8.extend_low_i8x16_u
  extendHighU: [0xfd, 0x8a, 0x01], // i16x8.extend_high_i8x16_u
  i16x8Add: [0xfd, 0x8e, 0x01],
  v128Const: [0xfd, 0x0c], // then 16 bytes
  v128Load32Zero: [0xfd, 0x5c],
  v128Load32Lane: [0xfd, 0x56], // then memarg and the lane: [i32 address, v128] → v128
  i32x4Splat: [0xfd, 0x11],
  v128And: [0xfd, 0x4e],
  v128Xor: [0xfd, 0x51],
  i32x4ShrU: [0xfd, 0xad, 0x01],
  i32x4Shl: [0xfd, 0xab, 0x01],
  i32x4Add: [0xfd, 0xae, 0x01],
  i32x4Mul: [0xfd, 0xb5, 0x01],
} as const;
