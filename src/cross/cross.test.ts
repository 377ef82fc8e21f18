import { describe, expect, it } from 'vitest';
import { mulberry32, shuffleInPlace } from '../nlp/random.js';
import { clusterEvents, EventClusterer, type ClusterEvent } from './event-clusters.js';
import { signature, similarity, StoryIndex } from './near-duplicates.js';

const STORY = [
  'The foreign ministers of Japan and the Philippines signed a defence pact in Manila on Tuesday, allowing troops of each country to train on the other\'s soil.',
  'The agreement, which still needs ratification by both parliaments, follows months of talks between the two governments over joint exercises in the South China Sea.',
  'China\'s foreign ministry spokesman said Beijing opposed any pact that targeted a third party and urged both sides to respect regional peace and stability.',
  'Officials in Tokyo said the first exercises under the pact could take place early next year, with several hundred troops taking part in drills on Luzon.',
].join('\n');

const OTHER = [
  'Heavy rain flooded large parts of the northern city overnight, cutting power to thousands of homes and forcing the closure of two motorways.',
  'Emergency services said they had rescued dozens of residents trapped on rooftops and that the water level was expected to fall by the weekend.',
].join('\n');

function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const a = [...xs];
  shuffleInPlace(a, mulberry32(seed));
  return a;
}
describe('near-duplicate articles', () => {
  const paras = STORY.split('\n');
  const reordered = [paras[0], paras[2], paras[1], paras[3]].join('\n');
  const newLead = ['Japan and the Philippines on Tuesday signed a defence agreement in Manila that lets troops from each nation train on the other\'s territory.', ...paras.slice(1)].join('\n');

  it('links a copy with its paragraphs reordered or its lead rewritten, not an unrelated story', () => {
    expect(similarity(signature(STORY), signature(reordered))).toBeGreaterThan(0.6);
    expect(similarity(signature(STORY), signature(newLead))).toBeGreaterThan(0.5);
    expect(similarity(signature(STORY), signature(OTHER))).toBeLessThan(0.1);
  });

  it('gives the same stories whatever the order the articles arrive in', () => {
    const docs: [string, string][] = [['a', STORY], ['b', reordered], ['c', OTHER], ['d', newLead], ['e', OTHER.replace('northern', 'southern')]];
    const expected = [['a', 'b', 'd'], ['c', 'e']];
    for (let seed = 1; seed <= 5; seed++) {
      const index = new StoryIndex();
      for (const [k, t] of shuffle(docs, seed)) index.add(k, signature(t));
      expect(index.stories().sort()).toEqual(expected);
      expect(index.storyOf('d')).toBe('a');
    }
  });
});

function ev(key: string, over: Partial<ClusterEvent> = {}): ClusterEvent {
  return { key, story: key.split('#')[0]!, outlet: null, source: 'JPN', target: 'PHL', cameo: '057', date: '2025-06-03', published: '2025-06-03', modality: 'asserted', negated: false, ...over };
}

describe('event clusters', () => {
  it('one happening reported by several outlets is one cluster with its counts', () => {
    const c = clusterEvents([
      ev('a#v1', { outlet: 'reuters.com' }),
      ev('b#v1', { outlet: 'apnews.com', cameo: '0571' }),
      ev('b#v2', { outlet: 'apnews.com' }),
      ev('c#v1', { outlet: 'reuters.com', story: 'a' }), // a republished copy of a
    ]);
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ num_articles: 2, num_sources: 2, num_mentions: 3, members: ['a#v1', 'b#v1', 'b#v2', 'c#v1'] });
  });

  it('keeps different days, codes, dyads and directions apart', () => {
    const c = clusterEvents([ev('a#v1'), ev('b#v1', { date: '2025-06-04' }), ev('c#v1', { cameo: '036' }), ev('d#v1', { source: 'PHL', target: 'JPN' })]);
    expect(c).toHaveLength(4);
  });

  it('a vague report joins the one happening it fits, and never bridges two', () => {
    const one = clusterEvents([ev('a#v1'), ev('b#v1', { date: '2025-06' }), ev('c#v1', { cameo: '050', date: null })]);
    expect(one).toHaveLength(1);
    expect(one[0]!.from).toBe('2025-06-03');
    const two = clusterEvents([ev('a#v1'), ev('b#v1', { date: '2025-06-20' }), ev('c#v1', { date: '2025-06' })]);
    expect(two).toHaveLength(3);
  });

  it("moves a republished copy's publication-relative dates back by its delay, never a stated date", () => {
    // the copy of story a, published two days later, read "yesterday" against its own date
    const copy = ev('b#v1', { story: 'a', published: '2025-06-05', date: '2025-06-04', dateSource: 'context', fromPublication: true });
    const original = ev('a#v1', { published: '2025-06-03', date: '2025-06-02', dateSource: 'context', fromPublication: true });
    expect(clusterEvents([original, copy])).toHaveLength(1);
    // the same dates stated in the text ("on June 4" / "on June 2") are two happenings
    expect(clusterEvents([{ ...original, fromPublication: false }, { ...copy, fromPublication: false }])).toHaveLength(2);
  });

  it('keeps disagreeing modality and negation instead of averaging them away', () => {
    const [c] = clusterEvents([ev('a#v1'), ev('b#v1', { modality: 'reported' }), ev('c#v1', { negated: true })]);
    expect(c!.modalities).toEqual({ asserted: 2, reported: 1 });
    expect(c!.negated).toBe(1);
  });

  it('incremental in any chunking and order equals batch', () => {
    const r = mulberry32(7);
    const codes = ['057', '0571', '050', '036', '042'];
    const events: ClusterEvent[] = [];
    for (let i = 0; i < 300; i++) {
      const day = 1 + Math.floor(r() * 6);
      const vague = r() < 0.2;
      events.push(ev(`a${Math.floor(i / 3)}#v${i % 3}`, {
        source: r() < 0.5 ? 'JPN' : 'CHN',
        cameo: codes[Math.floor(r() * codes.length)]!,
        date: vague ? (r() < 0.5 ? '2025-06' : null) : `2025-06-0${day}`,
        modality: r() < 0.8 ? 'asserted' : 'reported',
      }));
    }
    const batch = clusterEvents(events);
    for (let seed = 1; seed <= 10; seed++) {
      const c = new EventClusterer();
      const order = shuffle(events, seed);
      for (let i = 0; i < order.length; i += 30) c.add(order.slice(i, i + 30));
      expect(c.clusters()).toEqual(batch);
    }
  });
});
