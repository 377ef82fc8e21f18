// One rule for arrays that will hold objects (records, strings): start them in V8's "objects"
// elements kind. An empty `[]` — and the empty result of `map`, `filter`, `flatMap` or a spread —
// is a small-integer array (PACKED_SMI_ELEMENTS); the first object pushed moves it to
// PACKED_ELEMENTS, a different hidden class. A loop or a length read compiled for the objects kind
// is thrown away (a "wrong map" deoptimisation) the first time an empty array of the other kind
// reaches it, and compiled again: in session 19's first pass of the 595-article batch most of the
// entities stage's deopts were this, each costing a whole recompile of a large function. Arrays
// made here always have the objects kind, empty or not, so such a site sees one map.
// (Numbers stay in `[]` or typed arrays: a small-integer array is the right kind for them.)

/**
 * A new, empty array in the objects elements kind. Use it for an array that will hold objects or
 * strings and may stay empty (an output list, a layer).
 */
export function emptyObjects<T>(): T[] {
  // a literal holding null is born in the objects kind; emptying it keeps the kind (V8 never moves
  // an array back to a more specific kind). pop, not `length = 0`: the length setter is a runtime
  // call (≈ 55 against 25 ns optimised; 30 ms of a 595-article pass in a profile)
  const xs = [null] as unknown as T[];
  xs.pop();
  return xs;
}

/**
 * `xs` itself when it has elements, else a new empty array of the objects kind: for the result of
 * `map`, `filter`, `flatMap` or a spread, whose empty case is a small-integer array.
 */
export function objectsOrEmpty<T>(xs: T[]): T[] {
  return xs.length ? xs : emptyObjects<T>();
}

/**
 * `xs.map(f)` as an objects-kind array (packed, empty or not). `Array.prototype.map` returns a packed
 * array from the builtin but a holey one once TurboFan inlines it into an optimised caller, so the
 * same call site hands its consumers two kinds over a run (each a "wrong map" deopt where they meet).
 */
export function mapObjects<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out = emptyObjects<U>();
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!, i));
  return out;
}
