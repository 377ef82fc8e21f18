// The Store conformance suite: every backend runs these same tests (test/store/sqlite.test.ts and
// test/store/postgres.test.ts call runStoreConformance with a factory for fresh, empty stores).
// They pin behaviour the API relies on: dedup by URL and content hash, batch atomicity, the query
// filters, timelines, pagination and safe full-text search.
import { afterEach, describe, expect, it } from 'vitest';
import { makeDoc, sampleDocs } from './fixtures.js';
import type { BatchItem, Store, StoreDoc } from './store.js';
import { actorId, contentHash } from './keys.js';
import { runCrossConformance } from './cross-conformance.js';

const P = { limit: 50, offset: 0 };
const docs = (d: StoreDoc[]): BatchItem[] => d.map((doc) => ({ kind: 'doc', doc }));
const BERG = actorId('PERSON', 'Anna Berg');
const NORLAND = actorId('GPE', 'Norland');
const VESTRIA = actorId('GPE', 'Vestria');
const KESSEL = actorId('GPE', 'Kessel');

export function runStoreConformance(name: string, makeStore: () => Store | Promise<Store>): void {
  describe(`Store conformance: ${name}`, () => {
    let open: Store[] = [];
    const fresh = async () => {
      const s = await makeStore();
      open.push(s);
      return s;
    };
    const loaded = async () => {
      const s = await fresh();
      await s.writeBatch(docs(sampleDocs()));
      return s;
    };
    afterEach(async () => {
      for (const s of open) await s.close();
      open = [];
    });

    runCrossConformance(name, fresh);

    it('starts migrated and empty', async () => {
      const s = await fresh();
      expect(await s.schemaVersion()).toBeGreaterThanOrEqual(2);
      const c = await s.counts();
      expect(c.articles).toBe(0);
      expect(c.events).toBe(0);
    });

    it('writes every layer of a batch and counts it', async () => {
      const s = await fresh();
      const r = await s.writeBatch(docs(sampleDocs()));
      expect(r).toMatchObject({ inserted: 4, duplicates: 0, errors: 0 });
      expect(r.ids).toEqual(['a1', 'a2', 'a3', 'a4']);
      const c = await s.counts();
      expect(c).toMatchObject({ articles: 4, quotes: 4, events: 7, timexes: 3, entities: 11 });
      expect(c.actors).toBe(5); // Anna Berg, Norland, Vestria, Kessel, Tomas Vik
      expect(c.mentions).toBe(19);
    });

    it('re-writing the same documents changes nothing', async () => {
      const s = await loaded();
      const before = await s.counts();
      const r = await s.writeBatch(docs(sampleDocs()));
      expect(r).toMatchObject({ inserted: 0, duplicates: 4 });
      expect(await s.counts()).toEqual(before);
      const berg = await s.getActor(BERG);
      expect(berg?.articles).toBe(2);
    });

    it('deduplicates by content hash (white space aside) and by normalised URL, also within one batch', async () => {
      const s = await loaded();
      const [a1, a2] = sampleDocs();
      const sameText = { ...a1!, id: 'other-id', url: 'https://elsewhere.example/x', text: `  ${a1!.text.replace(/ /g, '  ')}\n` };
      const sameUrl = { ...a2!, id: 'a2-copy', text: 'A completely different text about grain.', url: 'https://news.example/norland/grain#top' };
      const fresh1 = makeDoc({ id: 'n1', url: 'https://news.example/new', text: 'Kessel met Vestria.' });
      const fresh1again = makeDoc({ id: 'n1b', url: null, text: 'Kessel met Vestria.' });
      const r = await s.writeBatch(docs([sameText, sameUrl, fresh1, fresh1again]));
      expect(r).toMatchObject({ inserted: 1, duplicates: 3 });
      expect((await s.counts()).articles).toBe(5);
      expect(contentHash(' a  b\n')).toBe(contentHash('a b'));
    });

    it('gives a colliding id to a different article a content-hash id instead', async () => {
      const s = await loaded();
      const other = makeDoc({ id: 'a1', url: 'https://other.example/1', text: 'Another article that reused the id a1.' });
      const r = await s.writeBatch(docs([other]));
      expect(r.inserted).toBe(1);
      expect(r.ids[0]).not.toBe('a1');
      expect((await s.getArticle(r.ids[0]!))?.text).toBe(other.text);
      expect((await s.getArticle('a1'))?.title).toBe('Norland stays at the table');
    });

    it('writes a batch all or nothing', async () => {
      const s = await loaded();
      const good = makeDoc({ id: 'g1', text: 'Kessel praised Norland.' });
      const bad = { ...makeDoc({ id: 'b1', text: 'Broken entity record.' }), entities: [{ id: 'e1', type: null, name: null, mentions: [] }] } as unknown as StoreDoc;
      await expect(s.writeBatch(docs([good, bad]))).rejects.toThrow();
      expect((await s.counts()).articles).toBe(4);
      expect(await s.getArticle('g1')).toBeNull();
    });

    it('records failures once and reports keys as seen', async () => {
      const s = await loaded();
      const err: BatchItem = { kind: 'error', key: 'k1', source: 'file.txt', code: 'E003', message: 'empty' };
      expect((await s.writeBatch([err])).errors).toBe(1);
      await s.writeBatch([err]);
      expect((await s.counts()).ingest_errors).toBe(1);
      const page = await s.listErrors(P);
      expect(page.items[0]).toMatchObject({ key: 'k1', source: 'file.txt', code: 'E003' });
      expect(await s.seen({ hash: 'k1' })).toBe('failed');
      expect(await s.seen({ hash: contentHash(sampleDocs()[0]!.text) })).toBe('stored');
      expect(await s.seen({ hash: 'nope', url: 'https://news.example/norland/talks#x' })).toBe('stored');
      expect(await s.seen({ hash: 'nope', url: null })).toBeNull();
    });

    it('keeps the provenance fields: country_source, kb_id and country_evidence, speaker_reason, target_source, an event party\'s country_source', async () => {
      const s = await fresh();
      const text = 'Norland envoy Ilse Dahl met Vestria. "We want calm," a statement said. Troops were sent.';
      const doc = makeDoc({
        id: 'p1', published: '2025-04-01', text,
        entities: [
          { id: 'e1', type: 'PERSON', name: 'Ilse Dahl', country: 'NRL', actor_code: 'NRLGOV', mentions: ['Ilse Dahl'] },
          { id: 'e2', type: 'GPE', name: 'Vestria', country: 'VST', actor_code: 'VST', mentions: ['Vestria'] },
        ],
        quotes: [{ id: 'q1', content: 'We want calm,', cue: 'said', speaker: null }],
        events: [
          { id: 'v1', cameo: '040', quad: 1, goldstein: 1, source: 'e1', target: 'e2', evidence: 'met Vestria' },
          { id: 'v2', cameo: '150', quad: 3, goldstein: -7.2, source: null, target: null, evidence: 'Troops were sent' },
        ],
      }) as StoreDoc & Record<string, unknown>;
      const d = doc as unknown as {
        entities: Record<string, unknown>[]; quotes: Record<string, unknown>[]; events: Record<string, unknown>[];
      };
      Object.assign(d.entities[0]!, { country_source: 'story', kb_id: null, country_evidence: { start: 0, end: 7, text: 'Norland' } });
      Object.assign(d.entities[1]!, { country_source: 'name', kb_id: 'country:VST' });
      Object.assign(d.quotes[0]!, { speaker_reason: 'no valid speaker: an unnamed statement' });
      Object.assign(d.events[1]!, { target_source: 'context' });
      Object.assign(d.events[0]!, { target: { ...(d.events[0]!.target as object), country_source: 'story' } });
      await s.writeBatch(docs([doc]));
      const a = await s.getArticle('p1');
      expect(a!.entities.map((e) => [e.name, e.country_source, e.kb_id])).toEqual([
        ['Ilse Dahl', 'story', null],
        ['Vestria', 'name', 'country:VST'],
      ]);
      expect(a!.entities[0]!.country_evidence).toEqual({ start: 0, end: 7, text: 'Norland' });
      expect(a!.entities[1]!.country_evidence).toBeNull();
      expect(a!.quotes[0]).toMatchObject({ speaker: { entity: null }, speaker_reason: 'no valid speaker: an unnamed statement' });
      expect(a!.events.map((v) => v.target_source)).toEqual([null, 'context']);
      const listed = await s.listEvents({ ...P, article: 'p1' });
      expect(listed.items.some((v) => v.target_source === 'context')).toBe(true);
      expect(a!.events.map((v) => [v.source.country_source, v.target.country_source])).toEqual([[null, 'story'], [null, null]]);
      expect(listed.items.find((v) => v.id === 'v1')!.target.country_source).toBe('story');
    });

    it('returns an article with all its layers, spans matching the text', async () => {
      const s = await loaded();
      const a = await s.getArticle('a2');
      expect(a).not.toBeNull();
      expect(a!.published).toBe('2025-03-12T09:30:00Z');
      expect(a!.entities.map((e) => e.name)).toEqual(['Anna Berg', 'Norland', 'Vestria']);
      const spans = [
        ...a!.entities.flatMap((e) => e.mentions),
        ...a!.quotes.flatMap((q) => q.content),
        ...a!.events.map((v) => v.evidence),
        ...a!.timexes,
      ];
      expect(spans.length).toBeGreaterThan(8);
      for (const sp of spans) expect(a!.text.slice(sp.start, sp.end)).toBe(sp.text);
      expect(a!.entities[0]!.mentions[0]!.title?.text).toBe('Prime Minister');
      expect(a!.quotes[1]).toMatchObject({ id: 'q2', speaker: { actor: BERG, name: 'Anna Berg' }, rule: 'quotes:fixture' });
      expect(a!.events[1]).toMatchObject({ cameo: '190', quad: 4, source: { actor: VESTRIA }, target: { actor: NORLAND } });
      expect(a!.quote_count).toBe(2);
      expect(await s.getArticle('missing')).toBeNull();
      const some = await s.getArticle('a2', ['events']);
      expect(some!.events.length).toBe(2);
      expect(some!.quotes).toEqual([]);
      expect(some!.entities).toEqual([]);
    });

    it('lists articles newest first with pagination and date filters', async () => {
      const s = await loaded();
      const all = await s.listArticles(P);
      expect(all.total).toBe(4);
      expect(all.items.slice(0, 3).map((a) => a.id)).toEqual(['a3', 'a2', 'a1']);
      const page = await s.listArticles({ limit: 2, offset: 2 });
      expect(page.items.length).toBe(2);
      expect(page.total).toBe(4);
      const march = await s.listArticles({ ...P, from: '2025-03-10', to: '2025-03' });
      expect(march.items.map((a) => a.id)).toEqual(['a3', 'a2']);
    });

    it('searches article text with FTS and never lets query syntax through', async () => {
      const s = await loaded();
      const hit = await s.searchArticles({ ...P, q: 'retreat talks' });
      expect(hit.items.map((a) => a.id)).toEqual(['a1']);
      expect(hit.items[0]!.snippet).toContain('[[retreat]]');
      expect((await s.searchArticles({ ...P, q: 'grain' })).items.map((a) => a.id)).toEqual(['a2']);
      expect((await s.searchArticles({ ...P, q: 'gra*' })).total).toBe(1);
      expect((await s.searchArticles({ ...P, q: '"fisheries accord"' })).total).toBe(1);
      for (const nasty of ['retreat" OR', 'NEAR(talks', 'title:grain', '*', "'; DROP TABLE articles; --", '"', 'AND OR NOT', '^grain', '(((']) {
        await expect(s.searchArticles({ ...P, q: nasty })).resolves.toBeTruthy();
        await expect(s.listQuotes({ ...P, text: nasty })).resolves.toBeTruthy();
      }
      expect((await s.counts()).articles).toBe(4);
    });

    it('finds quotes by speaker, speaker name, text and date range, in date order', async () => {
      const s = await loaded();
      const berg = await s.listQuotes({ ...P, speaker: BERG });
      expect(berg.items.map((q) => `${q.article}/${q.id}`)).toEqual(['a1/q1', 'a2/q1', 'a2/q2']);
      expect(berg.items[2]!.text).toBe('Our neighbours are hungry and we will help,');
      expect((await s.listQuotes({ ...P, speakerName: 'berg' })).total).toBe(3);
      expect((await s.listQuotes({ ...P, speakerName: '%' })).total).toBe(0);
      expect((await s.listQuotes({ ...P, text: 'hungry' })).items.map((q) => q.id)).toEqual(['q2']);
      expect((await s.listQuotes({ ...P, speaker: BERG, from: '2025-03-10' })).total).toBe(2);
      expect((await s.listQuotes({ ...P, to: '2025-03-05' })).items.map((q) => q.article)).toEqual(['a1']);
      expect((await s.listQuotes({ limit: 1, offset: 1, speaker: BERG })).items.map((q) => q.article)).toEqual(['a2']);
    });

    it('keeps actors with roles over time and counts', async () => {
      const s = await loaded();
      const berg = await s.getActor(BERG);
      expect(berg).toMatchObject({ name: 'Anna Berg', type: 'PERSON', country: 'NRL', articles: 2, quotes: 3, first_seen: '2025-03-03', last_seen: '2025-03-12' });
      expect(berg!.roles.map((r) => [r.role, r.first, r.origin])).toEqual([
        ['Defence Minister', '2025-03-03', 'entity'],
        ['Prime Minister', '2025-03-12', 'entity'],
      ]);
      const vik = await s.getActor(actorId('PERSON', 'Tomas Vik'));
      expect(vik!.roles).toEqual([expect.objectContaining({ role: 'Army Chief', first: '2024-11-02', origin: 'extras' })]);
      const norland = await s.getActor(NORLAND);
      expect(norland).toMatchObject({ events_as_source: 4, events_as_target: 1 });
      expect(await s.getActor('person-nobody')).toBeNull();
      const found = await s.listActors({ ...P, q: 'vest' });
      expect(found.items.map((a) => a.id)).toEqual([VESTRIA]);
      expect((await s.listActors({ ...P, type: 'person' })).total).toBe(2);
    });

    it('filters events by actor, side, dyad, CAMEO prefix, PLOVER, quad class and date', async () => {
      const s = await loaded();
      const ids = async (q: Parameters<Store['listEvents']>[0]) => (await s.listEvents(q)).items.map((v) => `${v.article}/${v.id}`);
      expect(await ids({ ...P, actor: VESTRIA })).toEqual(['a1/v1', 'a1/v2', 'a2/v2', 'a2/v1', 'a3/v1', 'a3/v2']);
      expect(await ids({ ...P, source: VESTRIA })).toEqual(['a2/v2', 'a3/v1']);
      expect(await ids({ ...P, target: KESSEL })).toEqual(['a3/v1', 'a4/v1']);
      expect(await ids({ ...P, dyad: [VESTRIA, NORLAND] })).toEqual(['a1/v1', 'a1/v2', 'a2/v2', 'a2/v1']);
      expect(await ids({ ...P, cameo: '05' })).toEqual(['a1/v1', 'a3/v1']);
      expect(await ids({ ...P, cameo: '190' })).toEqual(['a2/v2']);
      expect(await ids({ ...P, plover: 'aid' })).toEqual(['a2/v1']);
      expect(await ids({ ...P, quad: 3 })).toEqual(['a1/v2', 'a4/v1']);
      expect(await ids({ ...P, from: '2025-03-11', to: '2025-03-12' })).toEqual(['a2/v2', 'a2/v1']);
      const first = await s.listEvents({ limit: 2, offset: 0 });
      expect(first.items.length).toBe(2);
      expect(first.total).toBe(7);
      expect(first.items[0]!.day).toBe('2025-03-03');
    });

    it('filters events by country, actor code, CAMEO root, modality, place and words, and sorts them', async () => {
      const s = await loaded();
      const all = (await s.listEvents({ limit: 100, offset: 0 })).items;
      const ids = async (q: Parameters<Store['listEvents']>[0]) => (await s.listEvents(q)).items.map((v) => `${v.article}/${v.id}`).sort();
      const expected = (keep: (v: (typeof all)[number]) => boolean) => all.filter(keep).map((v) => `${v.article}/${v.id}`).sort();
      expect(await ids({ ...P, sourceCountry: 'nrl' })).toEqual(expected((v) => v.source.actor_code?.startsWith('NRL') ?? false));
      expect(await ids({ ...P, targetCountry: 'KSL' })).toEqual(expected((v) => v.target.actor_code?.startsWith('KSL') ?? false));
      expect(await ids({ ...P, sourceCode: 'NRLGOV' })).toEqual(expected((v) => v.source.actor_code?.startsWith('NRLGOV') ?? false));
      expect(await ids({ ...P, root: '19' })).toEqual(['a2/v2']);
      expect(await ids({ ...P, modality: 'asserted' })).toEqual(expected(() => true));
      expect(await ids({ ...P, modality: 'future' })).toEqual([]);
      expect(await ids({ ...P, location: 'Nowhere' })).toEqual([]);
      expect(await ids({ ...P, text: 'GRAIN' })).toEqual(expected((v) => [v.evidence.text, v.source.name, v.target.name, v.article_title].some((t) => t?.toLowerCase().includes('grain'))));
      expect(await ids({ ...P, text: '100%' })).toEqual([]);
      const byG = (await s.listEvents({ ...P, sort: '-goldstein' })).items.map((v) => v.goldstein);
      expect(byG).toEqual([...byG].sort((a, b) => b - a));
      const byCameo = (await s.listEvents({ ...P, sort: 'cameo' })).items.map((v) => v.cameo);
      expect(byCameo).toEqual([...byCameo].sort());
      const quotes = (await s.listQuotes({ ...P, kind: 'partial' })).items;
      expect(quotes.length).toBeGreaterThan(0);
      expect(quotes.every((q) => q.kind === 'partial')).toBe(true);
      expect(all.every((v) => 'article_url' in v)).toBe(true);
    });

    it('aggregates timelines per day, ISO week and month with Goldstein sums', async () => {
      const s = await loaded();
      const days = await s.timeline({ bucket: 'day', dyad: [NORLAND, VESTRIA] });
      expect(days).toEqual([
        { period: '2025-03-03', events: 2, quad1: 1, quad2: 0, quad3: 1, quad4: 0, cooperation: 1, conflict: 1, goldstein: 1.4 },
        { period: '2025-03-11', events: 1, quad1: 0, quad2: 0, quad3: 0, quad4: 1, cooperation: 0, conflict: 1, goldstein: -10 },
        { period: '2025-03-12', events: 1, quad1: 0, quad2: 1, quad3: 0, quad4: 0, cooperation: 1, conflict: 0, goldstein: 7.4 },
      ]);
      const weeks = await s.timeline({ bucket: 'week', actor: VESTRIA });
      expect(weeks.map((w) => [w.period, w.events, w.cooperation, w.conflict])).toEqual([
        ['2025-W10', 2, 1, 1],
        ['2025-W11', 2, 1, 1],
        ['2025-W12', 2, 2, 0],
      ]);
      const months = await s.timeline({ bucket: 'month' });
      expect(months).toEqual([expect.objectContaining({ period: '2025-03', events: 6 })]);
      expect(await s.timeline({ bucket: 'day', actor: 'gpe-nowhere' })).toEqual([]);
    });

    it('applies every event filter to timelines as /events does', async () => {
      const s = await loaded();
      const filters: Parameters<Store['timeline']>[0][] = [
        { bucket: 'month', source: VESTRIA },
        { bucket: 'month', target: KESSEL },
        { bucket: 'day', cameo: '05' },
        { bucket: 'week', plover: 'aid' },
        { bucket: 'day', quad: 3 },
        { bucket: 'day', article: 'a2' },
        { bucket: 'month', actor: NORLAND, from: '2025-03-11', to: '2025-03-12' },
      ];
      for (const f of filters) {
        const { bucket: _bucket, ...filter } = f;
        const events = (await s.listEvents({ ...filter, limit: 100, offset: 0 })).items.filter((v) => v.day !== null);
        const buckets = await s.timeline(f);
        expect(buckets.reduce((n, b) => n + b.events, 0), JSON.stringify(f)).toBe(events.length);
        expect(buckets.reduce((n, b) => n + b.quad3, 0), JSON.stringify(f)).toBe(events.filter((v) => v.quad === 3).length);
      }
      expect((await s.timeline({ bucket: 'month' }))[0]!.events).toBeGreaterThan((await s.timeline({ bucket: 'month', source: VESTRIA }))[0]!.events);
    });

    it('builds the actor network with edges per quad class', async () => {
      const s = await loaded();
      const net = await s.network({ limit: 100 });
      expect(net.nodes.map((n) => n.id).sort()).toEqual([KESSEL, NORLAND, VESTRIA].sort());
      expect(net.edges).toContainEqual({ source: NORLAND, target: VESTRIA, quad: 1, events: 1, goldstein: 3.4 });
      expect(net.edges.length).toBe(7);
      const around = await s.network({ limit: 100, actor: KESSEL });
      expect(around.edges.length).toBe(3);
      expect((await s.network({ limit: 2 })).edges.length).toBe(2);
    });
  });
}
