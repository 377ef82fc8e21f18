// A short-lived cache of GET responses. Reads dominate the API and many are the same URL (the
// first page of articles, a popular actor); serving them from memory keeps the single request
// thread free, which is what keeps p99 low under load. Entries live `ttlMs` (default 2 s, so an
// ingest running in another process shows within that time) and are all dropped when this server
// writes (POST /articles). Bounded in entries and bytes; least recently used go first.
export interface CachedResponse {
  readonly body: ArrayBuffer;
  readonly headers: [string, string][];
  readonly at: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(
    readonly ttlMs: number,
    private readonly maxEntries = 5000,
    private readonly maxBytes = 64_000_000,
  ) {}

  get(key: string, now = performance.now()): CachedResponse | null {
    const e = this.entries.get(key);
    if (!e || now - e.at > this.ttlMs) {
      if (e) this.delete(key);
      this.misses++;
      return null;
    }
    // re-insert: Map order is the recency order
    this.entries.delete(key);
    this.entries.set(key, e);
    this.hits++;
    return e;
  }

  set(key: string, body: ArrayBuffer, headers: [string, string][], now = performance.now()): void {
    if (this.ttlMs <= 0 || body.byteLength > this.maxBytes / 16) return;
    this.delete(key);
    this.entries.set(key, { body, headers, at: now });
    this.bytes += body.byteLength;
    for (const k of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.delete(k);
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private delete(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.bytes -= e.body.byteLength;
    this.entries.delete(key);
  }
}
