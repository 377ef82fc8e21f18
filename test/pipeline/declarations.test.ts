// Every stage's declarations proven on real articles: the whole default pipeline runs on the
// samples, the hand-made articles of test/fixtures/declarations (paths of a stage the samples do not
// take: the dating stage's present-tense events read lemma and parse) and the seed article when
// ../shared is here, with each stage on a guarded Doc (src/pipeline/guard.ts), which
// throws on a read of an undeclared layer or a change to one. Beyond that, each declaration must
// be needed: every required or used layer is read, every assigned or modified layer is written,
// on at least one of the articles. And the guarded run gives the same contract as the plain one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDoc, type LayerName } from '../../src/core/doc.js';
import { repoRoot, sharedPath } from '../../src/core/paths.js';
import { toContract } from '../../src/io/write-json.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { runStagesGuarded, type GuardReport } from '../../src/pipeline/guard.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { entitiesStage } from '../../src/stages/entities/index.js';
import { quotesStage } from '../../src/stages/quotes/index.js';
import { segmentStage } from '../../src/stages/segment/index.js';
import { timeStage } from '../../src/stages/time/index.js';
import { sharedPresent } from '../helpers/shared.js';

interface Article {
  readonly id: string;
  readonly text: string;
  readonly published: string | null;
}

const jsonArticles = (dir: string): Article[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Article);
const articles: Article[] = [...jsonArticles(join(repoRoot, 'samples')), ...jsonArticles(join(repoRoot, 'test', 'fixtures', 'declarations'))];
const seed = sharedPath('examples', 'seed', 'article.txt');
if (sharedPresent(seed)) articles.push({ id: 'seed', text: readFileSync(seed, 'utf8'), published: '2025-03-07' });

describe('the default pipeline on a guarded Doc', () => {
  const pipeline = defaultPipeline();
  const seen = new Map<string, { reads: Set<LayerName>; changes: Set<LayerName> }>(pipeline.stages.map((s) => [s.name, { reads: new Set(), changes: new Set() }]));
  const note = (reports: Map<string, GuardReport>) => {
    for (const [name, r] of reports) {
      for (const l of r.reads) seen.get(name)!.reads.add(l);
      for (const l of r.changes) seen.get(name)!.changes.add(l);
    }
  };

  it.each(articles.map((a) => [a.id, a] as const))('%s: no stage reads or writes an undeclared layer, and the output is the same', (_id, a) => {
    const doc = () => createDoc(a.text, { id: a.id, published: a.published });
    const ctx = { published: a.published, options: {} };
    const guarded = runStagesGuarded(pipeline.stages, doc(), ctx);
    note(guarded.reports);
    expect(toContract(guarded.doc)).toEqual(toContract(pipeline.run(doc(), ctx)));
  });

  it('needs every declaration: each required or used layer is read, each assigned one written', () => {
    expect(articles.length).toBeGreaterThanOrEqual(6);
    for (const s of pipeline.stages) {
      const { reads, changes } = seen.get(s.name)!;
      expect({ stage: s.name, unread: [...s.requires, ...s.uses].filter((l) => !reads.has(l)) }).toEqual({ stage: s.name, unread: [] });
      expect({ stage: s.name, unwritten: [...s.assigns, ...s.modifies].filter((l) => !changes.has(l)) }).toEqual({ stage: s.name, unwritten: [] });
    }
  });
});

describe('optional layers are optional', () => {
  it('entities, time and quotes run without the syntax stage (empty tags and no parse)', () => {
    const stages = createPipeline([segmentStage, entitiesStage, timeStage, quotesStage]).stages;
    const a = articles[0]!;
    const { doc } = runStagesGuarded(stages, createDoc(a.text, { id: a.id, published: a.published }), { published: a.published, options: {} });
    expect(doc.layers.has('pos') || doc.layers.has('parse')).toBe(false);
    expect(doc.entities.length).toBeGreaterThan(0);
    expect(doc.timexes.length).toBeGreaterThan(0);
    expect(doc.quotes.length).toBeGreaterThan(0);
  });
});
