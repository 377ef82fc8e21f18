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
