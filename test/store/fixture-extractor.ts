// A stand-in extractor for ingest tests (loaded by the worker pool through its `extractor` option):
// fast and deterministic, throws on "FAIL-ME" and never returns on "HANG-ME", so failure recording
// and the per-article timeout can be tested without depending on the real pipeline's output.
import type { InputArticle } from '../../src/io/read-inputs.js';
import { makeDoc } from '../../src/store/fixtures.js';
import type { StoreDoc } from '../../src/store/store.js';

// NEWSGRAPH_FIXTURE_DELAY_MS makes each article take that long, so a kill -9 lands mid-run
const delay = Number(process.env.NEWSGRAPH_FIXTURE_DELAY_MS ?? 0);

export function extractForStore(a: InputArticle): StoreDoc {
  if (delay > 0) {
    const until = performance.now() + delay;
    while (performance.now() < until);
  }
  if (a.text.includes('FAIL-ME')) throw new Error('fixture extractor: asked to fail');
  if (a.text.includes('HANG-ME')) for (;;);
  const names = a.text.match(/\b(Norland|Vestria|Kessel)\b/g) ?? [];
  const uniq = [...new Set(names)];
  return {
    ...makeDoc({
      id: a.id ?? '',
      url: a.url,
      title: a.title,
      published: a.published,
      text: a.text,
      entities: uniq.map((n, i) => ({ id: `e${i + 1}`, type: 'GPE', name: n, mentions: [n] })),
      events: uniq.length >= 2 ? [{ id: 'v1', cameo: '051', quad: 1, goldstein: 3.4, source: 'e1', target: 'e2', evidence: uniq[1]! }] : [],
    }),
    source: a.source,
  };
}
