// `npm run eval:cross`: article linking and event clustering across articles, on the corpus of
// eval/cross/corpus.ts (real stories + rewritten copies with known originals).
// - Article linking: pairwise precision/recall of "same story" over all article pairs.
// - Event clustering: pairwise over event pairs whose truth is known: two events are one happening
//   when they come from copies of one story, from the same original paragraph, with the same
//   source, target and CAMEO root as extracted; events of different stories are different
//   happenings; pairs from different paragraphs of one story are left out (unknown without a coder).
//   Extraction differences between copies (a paraphrase parsed differently) are therefore not
//   counted against clustering; they are a matter for the events evaluation.
import { analyze } from '../src/index.js';
import { hasShared } from '../src/core/paths.js';
import { clusterEvents, type ClusterEvent } from '../src/cross/event-clusters.js';
import { signature, StoryIndex } from '../src/cross/near-duplicates.js';
import { crossCorpus, type CrossArticle } from './cross/corpus.js';

interface PredEvent {
  readonly key: string;
  readonly article: CrossArticle;
  readonly paragraph: number;
  readonly group: string;
}

function prf(tp: number, fp: number, fn: number) {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const fmt = (x: number) => x.toFixed(3);

export function runCrossEval(opts = { reuters: 400, wikinews: 120, copyShare: 0.35, seed: 11 }) {
  const corpus = crossCorpus(opts);
  const index = new StoryIndex();
  const t0 = performance.now();
  for (const a of corpus) index.add(a.id, signature(a.text));
  const linkMs = performance.now() - t0;

  // article linking, pairwise
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < corpus.length; i++) {
    for (let j = i + 1; j < corpus.length; j++) {
      const gold = corpus[i]!.story === corpus[j]!.story;
      const pred = index.storyOf(corpus[i]!.id) === index.storyOf(corpus[j]!.id);
      if (gold && pred) tp++;
      else if (pred) fp++;
      else if (gold) fn++;
    }
  }
  const linking = prf(tp, fp, fn);

  // events
  const events: ClusterEvent[] = [];
  const meta = new Map<string, PredEvent>();
  let extractMs = 0;
  for (const a of corpus) {
    const t = performance.now();
    const doc = analyze(a.text, { id: a.id, title: a.title, url: a.url, published: a.published });
    extractMs += performance.now() - t;
    const paraStarts = doc.paragraphs.map((p) => p.start);
    for (const v of doc.events) {
      let p = 0;
      while (p + 1 < paraStarts.length && paraStarts[p + 1]! <= v.evidence.start) p++;
      const key = `${a.id}#${v.id}`;
      const e: ClusterEvent = {
        key,
        story: index.storyOf(a.id),
        outlet: new URL(a.url).host,
        source: v.source.actor_code,
        target: v.target.actor_code,
        cameo: v.cameo,
        date: v.date,
        dateRange: (v as { date_range?: { from: string; to: string } }).date_range ?? null,
        dateSource: (v as { date_source?: string }).date_source ?? null,
        fromPublication: (v as { date_anchor?: string }).date_anchor === 'published',
        published: a.published,
        modality: v.modality,
        negated: v.negated,
      };
      events.push(e);
      meta.set(key, { key, article: a, paragraph: a.paragraphOrigin[p] ?? -1, group: `${e.source}|${e.target}|${e.cameo.slice(0, 2)}` });
    }
  }
  const t1 = performance.now();
  const clusters = clusterEvents(events);
  const clusterMs = performance.now() - t1;
  const clusterOf = new Map<string, string>();
  for (const c of clusters) for (const m of c.members) clusterOf.set(m, c.id);

  let etp = 0, efp = 0, efn = 0, unknown = 0;
  const ms = [...meta.values()];
  for (let i = 0; i < ms.length; i++) {
    for (let j = i + 1; j < ms.length; j++) {
      const a = ms[i]!, b = ms[j]!;
      const sameStory = a.article.story === b.article.story;
      if (sameStory && (a.paragraph !== b.paragraph || a.paragraph < 0)) {
        unknown++;
        continue;
      }
      const gold = sameStory && a.group === b.group;
      const pred = clusterOf.get(a.key) === clusterOf.get(b.key);
      if (gold && pred) etp++;
      else if (pred) efp++;
      else if (gold) efn++;
    }
  }
  const clustering = prf(etp, efp, efn);
  return {
    articles: corpus.length,
    stories: new Set(corpus.map((a) => a.story)).size,
    linking: { ...linking, tp, fp, fn },
    events: events.length,
    clusters: clusters.length,
    clustering: { ...clustering, tp: etp, fp: efp, fn: efn, unknown },
    ms: { link: linkMs, extract: extractMs, cluster: clusterMs },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!hasShared()) {
    console.log('eval:cross: ../shared is absent; skipped.');
  } else {
    const r = runCrossEval();
    console.log(`corpus: ${r.articles} articles, ${r.stories} stories; ${r.events} events in ${r.clusters} clusters`);
    console.log(`article linking: P ${fmt(r.linking.p)} R ${fmt(r.linking.r)} F ${fmt(r.linking.f)} (tp ${r.linking.tp}, fp ${r.linking.fp}, fn ${r.linking.fn})`);
    console.log(`event clustering: P ${fmt(r.clustering.p)} R ${fmt(r.clustering.r)} F ${fmt(r.clustering.f)} (tp ${r.clustering.tp}, fp ${r.clustering.fp}, fn ${r.clustering.fn}; ${r.clustering.unknown} same-story pairs of different paragraphs left out)`);
    console.log(`time: signatures+linking ${r.ms.link.toFixed(0)} ms, clustering ${r.ms.cluster.toFixed(0)} ms, extraction ${(r.ms.extract / 1000).toFixed(1)} s (cost of cross-article work ${(((r.ms.link + r.ms.cluster) / r.ms.extract) * 100).toFixed(2)}% of extraction)`);
    console.log(`cross: linking P ${fmt(r.linking.p)} R ${fmt(r.linking.r)}, event clustering P ${fmt(r.clustering.p)} R ${fmt(r.clustering.r)}`);
  }
}
