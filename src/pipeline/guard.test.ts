// The guarded Doc on small hand-written stages: what counts as an undeclared read or write.
import { describe, expect, it } from 'vitest';
import { createDoc, withLayers, type Doc, type LayerName } from '../core/doc.js';
import { segmentStage } from '../stages/segment/index.js';
import type { Stage } from '../stages/stage.js';
import { runGuarded } from './guard.js';

const ctx = { published: null, options: {} };
const segmented = (): Doc => segmentStage.run(createDoc('Ana Silva met the envoy. They spoke.'), ctx);

function stage(d: { requires?: LayerName[]; uses?: LayerName[]; assigns?: LayerName[]; modifies?: LayerName[] }, run: (doc: Doc) => Doc): Stage {
  return { name: 'probe', description: 'probe', requires: d.requires ?? [], uses: d.uses ?? [], assigns: d.assigns ?? [], modifies: d.modifies ?? [], run };
}

describe('reads', () => {
  it('lets a stage read what it declares and records it', () => {
    const s = stage({ requires: ['tokens'] }, (doc) => (doc.tokens.map((t) => t.form), doc));
    expect([...runGuarded(s, segmented(), ctx).report.reads]).toEqual(['tokens']);
  });

  it('throws on a layer the stage does not declare', () => {
    const s = stage({ requires: ['tokens'] }, (doc) => (doc.sentences.length, doc));
    expect(() => runGuarded(s, segmented(), ctx)).toThrow(/E012.*stage "probe" read layer "sentences"/);
  });

  it('throws on a token sub-layer the stage does not declare', () => {
    const pos = stage({ requires: ['tokens'] }, (doc) => (doc.tokens[0]!.xpos, doc));
    expect(() => runGuarded(pos, segmented(), ctx)).toThrow(/read layer "pos" \(token field xpos\)/);
    const parse = stage({ requires: ['tokens', 'pos'] }, (doc) => (doc.tokens.some((t) => t.head > 0), doc));
    expect(() => runGuarded(parse, segmented(), ctx)).toThrow(/read layer "parse" \(token field head\)/);
    const lemma = stage({ requires: ['tokens'] }, (doc) => (doc.tokens.find((t) => t.lemma === 'meet'), doc));
    expect(() => runGuarded(lemma, segmented(), ctx)).toThrow(/read layer "lemma"/);
  });

  it('counts a spread of a token as reading all its fields', () => {
    const s = stage({ requires: ['tokens'] }, (doc) => {
      const copy = { ...doc.tokens[0]! };
      return copy.form ? doc : doc;
    });
    expect(() => runGuarded(s, segmented(), ctx)).toThrow(/read layer "(pos|lemma|parse)"/);
  });

  it('does not count passing a layer along (spreading the Doc) as reading it', () => {
    const s = stage({ assigns: ['timexes'] }, (doc) => withLayers({ ...doc }, { timexes: [] }, ['timexes']));
    const r = runGuarded(s, segmented(), ctx);
    expect([...r.report.reads]).toEqual([]);
    expect(r.doc.tokens.length).toBeGreaterThan(0);
  });
});

describe('writes', () => {
  it('throws when a stage changes a layer it does not assign or modify', () => {
    const s = stage({ requires: ['tokens'], assigns: ['timexes'] }, (doc) => withLayers(doc, { timexes: [], tokens: doc.tokens.slice(1) }, ['timexes']));
    expect(() => runGuarded(s, segmented(), ctx)).toThrow(/changed layer "tokens" it does not declare/);
  });

  it('tells token sub-layers apart: a stage assigning pos may not touch lemmas', () => {
    // copying a token ({ ...t }) reads every field, so the copying stage declares it uses them
    const decl = { requires: ['tokens'], uses: ['lemma', 'parse'], assigns: ['pos'] } satisfies Parameters<typeof stage>[0];
    const tagOnly = stage(decl, (doc) => withLayers(doc, { tokens: doc.tokens.map((t) => ({ ...t, pos: 'X', xpos: 'XX' })) }, ['pos']));
    expect(runGuarded(tagOnly, segmented(), ctx).report.changes).toEqual(new Set(['pos']));
    const sneaky = stage(decl, (doc) => withLayers(doc, { tokens: doc.tokens.map((t) => ({ ...t, pos: 'X', lemma: 'x' })) }, ['pos']));
    expect(() => runGuarded(sneaky, segmented(), ctx)).toThrow(/changed layer "lemma" it does not declare/);
  });

  it('accepts a declared modification and reports it', () => {
    const s = stage({ modifies: ['sentences'] }, (doc) => withLayers(doc, { sentences: doc.sentences.slice(0, 1) }));
    expect(runGuarded(s, segmented(), ctx).report.changes).toEqual(new Set(['sentences']));
  });

  it('throws when a stage marks a layer present that it does not assign, or does not mark one it assigns', () => {
    const marks = stage({}, (doc) => withLayers(doc, {}, ['quotes']));
    expect(() => runGuarded(marks, segmented(), ctx)).toThrow(/marked layer "quotes" present without assigning it/);
    const forgets = stage({ assigns: ['quotes'] }, (doc) => withLayers(doc, { quotes: [] }));
    expect(() => runGuarded(forgets, segmented(), ctx)).toThrow(/declares it assigns "quotes" but did not mark it present/);
  });

  it('throws when a stage changes the text', () => {
    const s = stage({}, (doc) => ({ ...doc, text: doc.text.toUpperCase() }));
    expect(() => runGuarded(s, segmented(), ctx)).toThrow(/changed the text/);
  });

  it('returns a Doc free of proxies', () => {
    const s = stage({ requires: ['tokens'], assigns: ['pos'] }, (doc) => withLayers(doc, { tokens: doc.tokens.slice() }, ['pos']));
    const out = runGuarded(s, segmented(), ctx).doc;
    // the stage may not read lemmas: a token proxy left in the result would throw here
    expect(out.tokens.map((t) => t.lemma)).toContain('ana');
    expect(out.sentences.length).toBe(2);
  });
});
