// The learned accept step (accept-model.ts, accept-train.ts): nesting flags, the model file's
// shape, that a model drops what it scores low but never a quote in quotation marks, and that the
// learner and the threshold choice do what they say on data whose answer is known.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../index.js';
import { createResources } from '../resources.js';
import { segmentStage } from '../segment/index.js';
import { entitiesStage } from '../entities/index.js';
import { createQuotesStage } from './index.js';
import { nestingFlags, parseQuoteAcceptModel, QUOTE_ACCEPT_KIND, loadQuoteAcceptModel } from './accept-model.js';
import { chooseThreshold, exactF1At, scoreAll, trainAccept, type AcceptExample } from './accept-train.js';
import type { Attribution } from './types.js';

const att = (content: [number, number][], cue: [number, number] | null, origin: Attribution['origin'] = 'indirect-clause'): Attribution => ({
  content: content.map(([start, end]) => ({ start, end })),
  cue: cue ? { start: cue[0], end: cue[1] } : null,
  source: null,
  sourceHead: null,
  addressee: null,
  kind: 'indirect',
  sent: 0,
  rule: 'quotes:test',
  origin,
});

describe('nestingFlags', () => {
  it('a cue inside another attribution\'s content, and the content that holds it', () => {
    // outer: cue 0-4, content 5-40; inner: cue 10-14 (inside the outer content), content 15-30
    const { cueInside, holdsCue } = nestingFlags([att([[5, 40]], [0, 4]), att([[15, 30]], [10, 14]), att([[50, 60]], [45, 49])]);
    expect(cueInside).toEqual([false, true, false]);
    expect(holdsCue).toEqual([true, false, false]);
  });

  it('an interrupted quote\'s own cue between its segments is not nesting', () => {
    const { cueInside, holdsCue } = nestingFlags([att([[0, 10], [20, 30]], [12, 16])]);
    expect(cueInside).toEqual([false]);
    expect(holdsCue).toEqual([false]);
  });

  it('10,000 overlapping contents stay fast (no sweep per content)', () => {
    const many = Array.from({ length: 10000 }, (_, i) => att([[i * 3, 40000]], [i * 3 + 1, i * 3 + 2]));
    const t = performance.now();
    const { cueInside } = nestingFlags(many);
    expect(performance.now() - t).toBeLessThan(1000);
    expect(cueInside[0]).toBe(false);
    expect(cueInside[9999]).toBe(true);
  });
});

describe('model file', () => {
  it('parses its own shape and refuses another kind', () => {
    const m = parseQuoteAcceptModel(JSON.stringify({ kind: QUOTE_ACCEPT_KIND, bias: 0.5, threshold: -1, weights: [['rule=x', -2]] }));
    expect(m.weights.get('rule=x')).toBe(-2);
    expect(() => parseQuoteAcceptModel(JSON.stringify({ kind: 'other', bias: 0, threshold: 0, weights: [] }))).toThrow(/expected kind/);
  });

  it('an absent file is no model (the rules alone)', () => {
    expect(loadQuoteAcceptModel(join(tmpdir(), 'no-such-quote-accept-model.json'))).toBeNull();
  });
});

describe('the stage with a model', () => {
  const TEXT = 'The mayor said that the bridge would reopen in May. “We are ready,” the engineer said.';
  const dir = mkdtempSync(join(tmpdir(), 'quote-accept-'));
  const file = (name: string, weights: [string, number][]) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify({ kind: QUOTE_ACCEPT_KIND, bias: 0, threshold: 0, weights }));
    return path;
  };
  const run = (quoteAcceptModel: string | null) =>
    defaultPipeline(createResources({ quoteAcceptModel })).run(createDoc(TEXT, { id: 't' })).quotes.map((q) => TEXT.slice(q.content[0]!.start, q.content[0]!.end));

  it('a candidate scoring under the threshold is dropped; a quote in quotation marks never is', () => {
    expect(run(null)).toEqual(['that the bridge would reopen in May', '“We are ready,”']);
    // every candidate's family weighs far under the threshold: only the direct quote stays
    const reject = file('reject.json', [['origin=indirect-clause', -5], ['origin=direct', -5]]);
    expect(run(reject)).toEqual(['“We are ready,”']);
    const keep = file('keep.json', [['origin=indirect-clause', 5]]);
    expect(run(keep)).toEqual(['that the bridge would reopen in May', '“We are ready,”']);
  });

  it('a document without tags and parse keeps every candidate (the features were learnt on parsed text)', () => {
    const reject = file('reject-untagged.json', [['origin=indirect-clause', -5]]);
    let doc = createDoc(TEXT, { id: 't' });
    for (const stage of [segmentStage, entitiesStage, createQuotesStage(createResources({ quoteAcceptModel: reject }))]) doc = stage.run(doc, { published: null, options: {} });
    expect(doc.quotes.map((q) => TEXT.slice(q.content[0]!.start, q.content[0]!.end))).toEqual(['that the bridge would reopen in May', '“We are ready,”']);
  });

  it('an indirect attribution whose content is mostly quoted (a mixed quote) is kept too', () => {
    const text = 'The mayor said that “the bridge is safe and ready for traffic.”';
    const reject = file('reject-mixed.json', [['origin=indirect-clause', -5]]);
    const quotes = defaultPipeline(createResources({ quoteAcceptModel: reject })).run(createDoc(text, { id: 't' })).quotes;
    expect(quotes.map((q) => q.rule)).toEqual(defaultPipeline(createResources({ quoteAcceptModel: null })).run(createDoc(text, { id: 't' })).quotes.map((q) => q.rule));
    expect(quotes).toHaveLength(1);
  });
});

describe('training', () => {
  const ex = (features: string[], label: boolean): AcceptExample => ({ features, label, filtered: true, contentExact: label, cueExact: label });
  const data = [...Array.from({ length: 40 }, () => ex(['good', 'x'], true)), ...Array.from({ length: 20 }, () => ex(['bad', 'x'], false))];

  it('learns which feature marks a match, deterministically', () => {
    const m = trainAccept(data, { seed: 3 });
    expect(m.weights.get('good')!).toBeGreaterThan(0);
    expect(m.weights.get('bad')!).toBeLessThan(0);
    expect([...trainAccept(data, { seed: 3 }).weights]).toEqual([...m.weights]);
  });

  it('the threshold drops the candidates that cost F1 and keeps those that earn it', () => {
    const m = trainAccept(data, { seed: 3 });
    const scored = scoreAll(m, data);
    const t = chooseThreshold(scored, 50);
    const kept = scored.filter((c) => c.score >= t);
    expect(kept.every((c) => c.contentExact)).toBe(true);
    expect(kept).toHaveLength(40);
    expect(exactF1At(scored, 50, t).content).toBeGreaterThan(exactF1At(scored, 50, -Infinity).content);
  });
});
