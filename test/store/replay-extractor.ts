// An extractor for measurements that replays documents extracted earlier (`newsgraph extract
// corpus.jsonl > docs.jsonl`, path in NEWSGRAPH_REPLAY): the real pipeline's rows, without its CPU,
// so the store and queue can be timed on their own. Articles not in the file fail.
import { readFileSync } from 'node:fs';
import type { InputArticle } from '../../src/io/read-inputs.js';
import { contentHash } from '../../src/store/keys.js';
import type { StoreDoc } from '../../src/store/store.js';

const byHash = new Map<string, StoreDoc>();
for (const line of readFileSync(process.env.NEWSGRAPH_REPLAY ?? '', 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const d = JSON.parse(line) as StoreDoc;
  byHash.set(contentHash(d.text), { ...d, tokens: [] } as StoreDoc);
}

export function extractForStore(a: InputArticle): StoreDoc {
  const d = byHash.get(contentHash(a.text));
  if (!d) throw new Error('replay extractor: article not in NEWSGRAPH_REPLAY');
  return { ...d, source: a.source, byline: a.byline ?? null };
}
