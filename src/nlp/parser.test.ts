import { describe, expect, it } from 'vitest';
import { NewsgraphError } from '../core/errors.js';
import { ParserModel } from './parser-model.js';
import { Parser } from './parser.js';
import { evaluateParser, trainParserModel, type TrainSentence } from './parser-train.js';
import { mulberry32 } from './random.js';

// A toy treebank: "DET NOUN VERB DET NOUN ." sentences with a fixed shape, and intransitives.
const nouns = ['dog', 'cat', 'minister', 'court', 'army', 'bank'];
const verbs = ['saw', 'sued', 'chased', 'met', 'fined'];
function toy(n: number, seed: number): TrainSentence[] {
  const r = mulberry32(seed);
  const pick = (a: string[]) => a[Math.floor(r() * a.length)]!;
  const out: TrainSentence[] = [];
  for (let i = 0; i < n; i++) {
    if (r() < 0.5) {
      out.push({
        forms: ['The', pick(nouns), pick(verbs), 'the', pick(nouns), '.'],
        upos: ['DET', 'NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT'],
        xpos: ['DT', 'NN', 'VBD', 'DT', 'NN', '.'],
        heads: [2, 3, 0, 5, 3, 3],
        labels: ['det', 'nsubj', 'root', 'det', 'obj', 'punct'],
      });
    } else {
      out.push({
        forms: ['The', pick(nouns), 'was', 'fined', '.'],
        upos: ['DET', 'NOUN', 'AUX', 'VERB', 'PUNCT'],
        xpos: ['DT', 'NN', 'VBD', 'VBN', '.'],
        heads: [2, 4, 4, 0, 4],
        labels: ['det', 'nsubj:pass', 'aux:pass', 'root', 'punct'],
      });
    }
  }
  return out;
}

const train = toy(200, 1);
const { model } = trainParserModel(train, { seed: 1, epochs: 4, transBits: 12, labelBits: 8, dev: [{ name: 'toy', sentences: toy(30, 2) }] });

describe('parser', () => {
  it('learns a toy treebank, subtypes included', () => {
    const s = evaluateParser(model, toy(50, 3));
    expect(s.uas).toBe(1);
    expect(s.lasFull).toBe(1);
    const p = new Parser(model).parse(['The', 'court', 'was', 'fined', '.'], ['DET', 'NOUN', 'AUX', 'VERB', 'PUNCT'], ['DT', 'NN', 'VBD', 'VBN', '.']);
    expect(p).toEqual({ heads: [2, 4, 4, 0, 4], deprels: ['det', 'nsubj:pass', 'aux:pass', 'root', 'punct'] });
  });

  it('greedy training with the static oracle learns it too; the dynamic oracle is refused for beam training', () => {
    const { model: st } = trainParserModel(train, { seed: 1, epochs: 4, transBits: 12, labelBits: 8, oracle: 'static', dev: [{ name: 'toy', sentences: toy(30, 2) }] });
    const s = evaluateParser(st, toy(50, 3));
    expect(s.uas).toBe(1);
    expect(s.lasFull).toBe(1);
    expect(() => trainParserModel(train, { seed: 1, epochs: 1, beam: 2, transBits: 12, labelBits: 8, oracle: 'dynamic', dev: [] })).toThrow(/greedy/);
  });

  it('round-trips through its file format with identical output', () => {
    const copy = ParserModel.fromBuffer(model.toBuffer());
    const a = new Parser(model);
    const b = new Parser(copy);
    for (const s of toy(20, 4)) expect(b.parse(s.forms, s.upos, s.xpos)).toEqual(a.parse(s.forms, s.upos, s.xpos));
  });

  it('always returns a single-rooted tree, even for input unlike its training data', () => {
    const p = new Parser(model);
    const r = mulberry32(9);
    for (let t = 0; t < 100; t++) {
      const n = 1 + Math.floor(r() * 40);
      const forms = Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(r() * 26)));
      const tags = Array.from({ length: n }, () => ['NOUN', 'X', 'VERB', 'PUNCT'][Math.floor(r() * 4)]!);
      const { heads, deprels } = p.parse(forms, tags, tags);
      expect(heads.filter((h) => h === 0)).toHaveLength(1);
      expect(deprels[heads.indexOf(0)]).toBe('root');
      expect(deprels.filter((d) => d === 'root')).toHaveLength(1);
      for (let i = 1; i <= n; i++) {
        let x = i;
        for (let k = 0; x !== 0; k++) {
          expect(k).toBeLessThan(n);
          x = heads[x - 1]!;
        }
      }
    }
    expect(p.parse([], [], [])).toEqual({ heads: [], deprels: [] });
  });

  it('rejects a corrupt model file with E021', () => {
    expect(() => ParserModel.fromBuffer(Buffer.from('not a model'))).toThrow(NewsgraphError);
    const buf = model.toBuffer();
    expect(() => ParserModel.fromBuffer(buf.subarray(0, buf.length - 10))).toThrow(/E021/);
  });

  it('rejects tags that do not match the words', () => {
    expect(() => new Parser(model).parse(['a', 'b'], ['X'], ['X', 'X'])).toThrow(/as many tags as words/);
  });
});
