// The first-layer projections of word-vector rows, per window position, for the small MLPs (the
// tagger's second opinion, the NER's): a direct-mapped cache with one slot per row and a bit per
// position. The words a model is unsure about recur (that, like, names), and a cached projection
// costs `hidden` additions instead of dim·hidden multiply-adds. Each model computes its own
// projections (its vectors and weights differ); this keeps the slots. The done-bits are 16 wide:
// the parser MLP reads 11 places (8-bit masks silently dropped places 8–10, so they were recomputed
// on every call — 3 of its 11 projections always missed). `pinned`: rows below it (the vector table
// is ordered by frequency) keep a slot of their own, so the rare rows, which share the other slots,
// never evict the frequent ones (the parser MLP: its 11 places over news text thrashed a plain
// direct-mapped table).
export class ProjectionCache {
  /** the projections; at() gives the offset of one (hidden floats) */
  values: Float32Array<ArrayBufferLike> = new Float32Array(0);
  /** true after at() when the caller must compute that projection into values (it is then marked done) */
  missing = false;
  private rows = new Int32Array(0);
  private done = new Uint16Array(0);

  /** slots − pinned − 1: the mask of the shared slots */
  private readonly sharedMask: number;

  /** slots: a power of two; win: window positions (≤ 16); hidden: floats per projection; values: where to keep them (slots·win·hidden floats, e.g. in a WebAssembly memory), else allocated on first use; pinned: rows with a slot of their own (0, or a power of two below slots) */
  constructor(
    private readonly slots: number,
    private readonly win: number,
    private readonly hidden: number,
    values?: Float32Array,
    private readonly pinned = 0,
  ) {
    if (win > 16) throw new Error('ProjectionCache: at most 16 window positions (16 done-bits a slot)');
    if (pinned !== 0 && (pinned >= slots || (slots - pinned) & (slots - pinned - 1))) throw new Error('ProjectionCache: slots − pinned must be a power of two');
    this.sharedMask = slots - pinned - 1;
    if (values) {
      if (values.length !== slots * win * hidden) throw new Error('ProjectionCache: values must hold slots × win × hidden floats');
      this.values = values;
    }
  }

  /** Offset of row r's projection at window position w; sets `missing` when it is not computed yet. */
  at(r: number, w: number): number {
    if (this.rows.length === 0) {
      if (this.values.length === 0) this.values = new Float32Array(this.slots * this.win * this.hidden);
      this.rows = new Int32Array(this.slots).fill(-1);
      this.done = new Uint16Array(this.slots);
    }
    const slot = r < this.pinned ? r : this.pinned + ((r - this.pinned) & this.sharedMask);
    if (this.rows[slot] !== r) {
      this.rows[slot] = r;
      this.done[slot] = 0;
    }
    this.missing = (this.done[slot]! & (1 << w)) === 0;
    if (this.missing) this.done[slot]! |= 1 << w;
    return (slot * this.win + w) * this.hidden;
  }
}
