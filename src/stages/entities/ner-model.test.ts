// The NER weights load from the derived copy (models/derived/ner-weights.bin) when it was made from
// the shipped model, and from the gzip file otherwise: both give the same model.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelPath } from '../../core/paths.js';
import { gzipFingerprint, readDerived } from '../../nlp/derived-tables.js';
import { dropParticleBeforeFreeDash, loadNerModel, unpackNerWeights, writeDerivedNerWeights, type NerMeta } from './ner-model.js';

const base = modelPath('ner');

describe.skipIf(!existsSync(`${base}.bin.gz`))('NER weights through the derived copy', () => {
  it('are the weights unpacked from the gzip file, bit for bit', () => {
    expect(writeDerivedNerWeights()).toBeGreaterThan(0);
    expect(readDerived('ner-weights.bin', 'ner-weights', gzipFingerprint(`${base}.bin.gz`))).not.toBeNull();
    const meta = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as NerMeta;
    const unpacked = unpackNerWeights(base, meta);
    const model = loadNerModel()!;
    const bytes = (a: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    expect(model.perceptron.weights.length).toBe(unpacked.weights.length);
    expect(bytes(model.perceptron.weights).equals(bytes(unpacked.weights))).toBe(true);
    expect(bytes(model.perceptron.trans).equals(bytes(unpacked.trans))).toBe(true);
    // the copy holds the int16 table (weights × 16), which tagging sums
    expect(model.scaled?.length).toBe(unpacked.weights.length);
    expect(model.scaled!.every((k, i) => k / 16 === unpacked.weights[i])).toBe(true);
  });

  it('a copy made from another file is not used', () => {
    writeDerivedNerWeights();
    expect(readDerived('ner-weights.bin', 'ner-weights', 'ffff:1:2')).toBeNull();
  });
});

describe('a name before a free-standing dash', () => {
  // tokens of "Ahmed al - Assadi said" with their offsets
  const text = 'Ahmed al - Assadi said';
  const forms = ['Ahmed', 'al', '-', 'Assadi', 'said'];
  const spans = [0, 6, 9, 11, 18].map((start, i) => ({ start, end: start + forms[i]!.length }));

  it('ends before its lower-case particle', () => {
    expect(dropParticleBeforeFreeDash(text, spans, forms, [{ from: 0, to: 2, type: 'PER' }])).toEqual([{ from: 0, to: 1, type: 'PER' }]);
  });

  it('is untouched when the dash is a hyphen inside a word or the last word is capitalised', () => {
    const glued = 'Ahmed al-Assadi said';
    const gSpans = [[0, 5], [6, 8], [8, 9], [9, 15], [16, 20]].map(([start, end]) => ({ start: start!, end: end! }));
    expect(dropParticleBeforeFreeDash(glued, gSpans, forms, [{ from: 0, to: 2, type: 'PER' }])).toEqual([{ from: 0, to: 2, type: 'PER' }]);
    expect(dropParticleBeforeFreeDash(text, spans, ['Ahmed', 'Al', '-', 'Assadi', 'said'], [{ from: 0, to: 2, type: 'PER' }])).toEqual([{ from: 0, to: 2, type: 'PER' }]);
  });

  it('never loses its first word', () => {
    expect(dropParticleBeforeFreeDash(text, spans, ['ahmed', 'al', '-', 'Assadi', 'said'], [{ from: 0, to: 2, type: 'PER' }])).toEqual([{ from: 0, to: 1, type: 'PER' }]);
  });
});
