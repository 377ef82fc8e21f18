import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelPath } from '../core/paths.js';
import { emptyInput } from './parser-model.js';
import { candidateKey, MAX_RELABEL_FEATURES, RELABEL_FILE, RelabelModel, RelabelScratch, relabelFeatures, relabelTags, type RelabelHeader } from './parser-relabel.js';
import { getParser, resetParser } from './parser.js';

const UPOS = ['NOUN', 'VERB', 'ADP', 'PUNCT'];
const tag = (t: string) => UPOS.indexOf(t) + 2;
const LABELS = ['root', 'nsubj', 'obj', 'obl', 'nmod', 'case', 'punct'];
const lab = (l: string) => LABELS.indexOf(l);

/** "Police fired on protesters ." — fired the root; Police nsubj; protesters obl with a case child. */
function sentence() {
  const x = emptyInput(8);
  x.n = 5;
  const tags = ['NOUN', 'VERB', 'ADP', 'NOUN', 'PUNCT'];
  for (let i = 1; i <= 5; i++) {
    x.w[i] = 1000 + i;
    x.p[i] = x.u[i] = tag(tags[i - 1]!);
    x.sf[i] = 2000 + i;
    x.ac[i] = 3000 + i;
  }
  const heads = Int32Array.from([2, 0, 4, 2, 2]);
  const labels = Int32Array.from([lab('nsubj'), lab('root'), lab('case'), lab('obj'), lab('punct')]);
  return { x, heads, labels };
}

describe('parser relabeller', () => {
  it('lists every word’s children in word order', () => {
    const { x, heads } = sentence();
    const s = new RelabelScratch();
    const t = relabelTags(UPOS);
    s.fill(x, heads, t.punctTag, t.verbTag);
    const kidsOf = (h: number) => Array.from(s.kids.subarray(s.kidStart[h]!, s.kidStart[h + 1]!));
    expect(kidsOf(0)).toEqual([2]);
    expect(kidsOf(2)).toEqual([1, 4, 5]);
    expect(kidsOf(4)).toEqual([3]);
    expect(kidsOf(1)).toEqual([]);
  });

  it('sees the dependent’s children: a different child label changes the features', () => {
    const { x, heads, labels } = sentence();
    const s = new RelabelScratch();
    const t = relabelTags(UPOS);
    s.fill(x, heads, t.punctTag, t.verbTag);
    const a = new Int32Array(MAX_RELABEL_FEATURES);
    const na = relabelFeatures(x, heads, labels, 4, s, t, a, false);
    const other = Int32Array.from(labels);
    other[2] = lab('nmod');
    const b = new Int32Array(MAX_RELABEL_FEATURES);
    const nb = relabelFeatures(x, heads, other, 4, s, t, b, false);
    expect(nb).toBe(na);
    expect(Array.from(a.subarray(0, na))).not.toEqual(Array.from(b.subarray(0, nb)));
  });

  function model(margin: number, obl: number): RelabelModel {
    const nTags = UPOS.length + 2;
    const bits = 4;
    const nKeys = nTags * nTags * 2;
    // one key has candidates: VERB head, NOUN dependent to its right → obj, obl
    const key = candidateKey(nTags, tag('VERB'), tag('NOUN'), 1);
    const candStart = new Int32Array(nKeys + 1);
    for (let k = 0; k <= nKeys; k++) candStart[k] = k <= key ? 0 : 2;
    const cands = Int32Array.from([lab('obj'), lab('obl')]);
    // every hashed row prefers obl by `obl`
    const w = new Int8Array((1 << bits) * LABELS.length);
    for (let r = 0; r < 1 << bits; r++) w[r * LABELS.length + lab('obl')] = obl;
    const header: RelabelHeader = { format: 'newsgraph-parser-relabel', version: 1, labels: LABELS, upos: UPOS, bits, parserLabel: false, margin, info: {} };
    return new RelabelModel(header, w, candStart, cands);
  }

  it('replaces a label when another candidate scores above the margin, and keeps the rest', () => {
    const { x, heads, labels } = sentence();
    model(0, 1).relabel(x, heads, labels);
    expect(Array.from(labels)).toEqual([lab('nsubj'), lab('root'), lab('case'), lab('obl'), lab('punct')]);
  });

  it('keeps the parser’s label when the other scores within the margin', () => {
    const { x, heads, labels } = sentence();
    // ~20 features × 1 = a score of ~20: under a margin of 1000
    model(1000, 1).relabel(x, heads, labels);
    expect(labels[3]).toBe(lab('obj'));
  });

  it('round-trips through its file bytes', () => {
    const m = model(5, 3);
    const back = RelabelModel.fromBuffer(m.toBuffer());
    expect(back.margin).toBe(5);
    expect(Array.from(back.weights)).toEqual(Array.from(m.weights));
    expect(Array.from(back.cands)).toEqual(Array.from(m.cands));
  });

  it.skipIf(!existsSync(modelPath(RELABEL_FILE)) || !existsSync(modelPath('parser.bin')))('the shipped relabeller is loaded with the shipped parser and labels as it does', () => {
    resetParser();
    const p = getParser();
    expect(p.relabeller).not.toBeNull();
    expect(p.relabeller!.header.labels).toEqual(p.model.header.labels);
  });
});
