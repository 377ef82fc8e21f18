// The cross-article part of the Store conformance suite (run by runStoreConformance for every
// backend): stories of near-duplicate articles and event clusters, written in the transaction of
// each batch. The key property: a corpus ingested in one batch, or in ten chunks in any order,
// ends with the same stories and the same clusters.
import { describe, expect, it } from 'vitest';
import { mulberry32, shuffleInPlace } from '../nlp/random.js';
import { crossDocs } from './fixtures.js';
import type { BatchItem, ClusterOut, Store, StoreDoc } from './store.js';
import { actorId } from './keys.js';

const ALL = { limit: 1000, offset: 0 };
const items = (d: readonly StoreDoc[]): BatchItem[] => d.map((doc) => ({ kind: 'doc', doc }));

/** What must not depend on the order of ingestion: story membership and clusters with their counts and members. */
async function snapshot(s: Store) {
  const stories = (await s.listStories({ ...ALL, minArticles: 1 })).items.map((st) => ({ ...st, articles: st.articles.map((a) => a.id) }));
  const clusters = (await s.listClusters(ALL)).items.map((c: ClusterOut) => ({ ...c, members: c.members.map((m) => `${m.article}#${m.event}`) }));
  return { stories: [...stories].sort((a, b) => (a.id < b.id ? -1 : 1)), clusters: [...clusters].sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

export function runCrossConformance(name: string, fresh: () => Promise<Store>): void {
  describe(`Store conformance (across articles): ${name}`, () => {
    it('links republished copies into stories and counts one happening once per story', async () => {
      const s = await fresh();
      const docs = crossDocs();
      await s.writeBatch(items(docs));
      const stories = await s.listStories(ALL);
      // six stories with copies; the other article reporting a meeting is a story of its own
      expect(stories.total).toBe(6);
      for (const st of stories.items) {
        const ks = new Set(st.articles.map((a) => a.id.split('-')[0]!.slice(1)));
        expect(ks.size, JSON.stringify(st.articles)).toBe(1);
        expect(st.id).toBe(st.articles.map((a) => a.id).sort()[0]);
        expect(st.num_sources).toBe(st.num_articles); // each copy from another outlet
      }
      expect((await s.listStories({ ...ALL, article: 's0-0' })).items[0]!.articles.map((a) => a.id)).toEqual(['a0-1', 'm0-2', 's0-0']);
      // the accusation of story 0: three copies, one story, three outlets, mentioned once
      const norland = actorId('GPE', 'Norland');
      const acc = (await s.listClusters({ ...ALL, source: norland, cameo: '112' })).items;
      expect(acc.map((c) => c.from)).toContain('2025-04-03');
      const c0 = acc.find((c) => c.from === '2025-04-03')!;
      expect(c0).toMatchObject({ num_articles: 1, num_sources: 3, num_mentions: 1, source: 'NRL', target: 'VST', root: '11' });
      expect(c0.members.map((m) => m.article).sort()).toEqual(['a0-1', 'm0-2', 's0-0']);
      expect(c0.members.every((m) => docs.find((d) => d.id === m.article)!.text.slice(m.evidence.start, m.evidence.end) === m.evidence.text)).toBe(true);
      // the meeting: the generic-coded report joins, and the other outlet's own story makes it two articles
      const meet = (await s.listClusters({ ...ALL, article: 'z-other' })).items;
      expect(meet).toHaveLength(1);
      expect(meet[0]).toMatchObject({ cameo: '036', num_articles: 2, num_sources: 4, num_mentions: 2 });
      expect(meet[0]!.members.map((m) => m.cameo).sort()).toEqual(['030', '036', '036', '036']);
      expect(await s.getCluster(meet[0]!.id)).toEqual(meet[0]);
      expect(await s.getCluster('c-none')).toBeNull();
      // a role-only party ("officials") clusters within its story only
      const vague = (await s.listClusters({ ...ALL, cameo: '010' })).items;
      for (const c of vague) expect(new Set(c.members.map((m) => m.article.split('-')[0]!.slice(1))).size).toBe(1);
      expect(new Set(vague.flatMap((c) => c.members.map((m) => m.article.split('-')[0]!.slice(1)))).size).toBe(6);
      // filters
      expect((await s.listClusters({ ...ALL, minArticles: 2 })).items.map((c) => c.id)).toEqual([meet[0]!.id]);
      expect((await s.listClusters({ ...ALL, from: '2025-04-20' })).items.every((c) => c.to! >= '2025-04-20')).toBe(true);
      const page = await s.listClusters({ limit: 2, offset: 1 });
      expect(page.items).toHaveLength(2);
      expect(page.total).toBe((await s.listClusters(ALL)).total);
    });

    it('answers "quotes by X about Y" and "what was said about this cluster"', async () => {
      const s = await fresh();
      await s.writeBatch(items(crossDocs()));
      const norland = actorId('GPE', 'Norland');
      const vestria = actorId('GPE', 'Vestria');
      const about = await s.listQuotes({ ...ALL, about: vestria });
      expect(about.total).toBeGreaterThan(0);
      for (const q of about.items) expect(q.about!.actors.map((a) => a.id)).toContain(vestria);
      const byAbout = await s.listQuotes({ ...ALL, speaker: norland, about: vestria });
      expect(byAbout.items.map((q) => q.article).sort()).toEqual(['a0-1', 'm0-2', 's0-0']);
      expect(byAbout.items[0]!.about).toMatchObject({ actors: [{ id: vestria, entity: 'e2', name: 'Vestria' }], events: ['v1'] });
      expect((await s.listQuotes({ ...ALL, speaker: vestria, about: norland })).total).toBe(0);
      // the accusation cluster of story 0: its three copies' quotes
      const acc = (await s.listClusters({ ...ALL, article: 's0-0', cameo: '112' })).items[0]!;
      const said = await s.clusterQuotes(acc.id, ALL);
      expect(said.items.map((q) => q.article).sort()).toEqual(['a0-1', 'm0-2', 's0-0']);
      expect(said.total).toBe(3);
      const meet = (await s.listClusters({ ...ALL, article: 's0-0', cameo: '036' })).items[0]!;
      expect((await s.clusterQuotes(meet.id, ALL)).total).toBe(0);
      // the article view carries about too
      expect((await s.getArticle('s0-0'))!.quotes[0]!.about!.events).toEqual(['v1']);
    });

    it('gives the same stories and clusters in one batch or in ten chunks in any order', async () => {
      const docs = crossDocs();
      const batch = await fresh();
      await batch.writeBatch(items(docs));
      const expected = await snapshot(batch);
      expect(expected.clusters.length).toBeGreaterThan(10);
      for (const seed of [1, 2, 3]) {
        const s = await fresh();
        const order = [...docs];
        shuffleInPlace(order, mulberry32(seed));
        const size = Math.ceil(order.length / 10);
        for (let i = 0; i < order.length; i += size) await s.writeBatch(items(order.slice(i, i + size)));
        expect(await snapshot(s), `seed ${seed}`).toEqual(expected);
      }
    });
  });
}
