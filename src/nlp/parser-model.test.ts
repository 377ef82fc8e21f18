import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { labelCount, labelFeatures, LABEL_TEMPLATES, labelValues, MAX_FEATURES, mix, transitionCount, transitionFeatures, TRANSITION_TEMPLATES, transitionValues } from './parser-features.js';
import { BeamSearch } from './parser-beam.js';
import { MAX_SLABS, ParserSimd, SLAB_CAP } from './parser-simd.js';
import { emptyInput, ParserModel, shapeClass, type ParserHeader } from './parser-model.js';
import { defaultWordClusters } from './word-clusters.js';
import { mulberry32 } from './random.js';
import { decodeModel, encodeModel } from './model-io.js';
import { LEFT, N_TRANSITIONS, ParseState, RIGHT, SHIFT } from './parser-state.js';

// The model scores with packed (SWAR) copies of its int8 tables; these tests compare them with a
// plain int8 sum over random weights, including the extremes ±127 and the most features per state.
// The int8 weights each random model was built from (the model itself keeps only the packed layout).
const weightsOf = new WeakMap<ParserModel, { trans: Int8Array; lab: Int8Array }>();

function randomModel(seed: number, nLabels: number, transBits = 6): ParserModel {
  const r = mulberry32(seed);
  const labels = Array.from({ length: nLabels }, (_, i) => (i === 3 ? 'root' : `l${i}`));
  const header: ParserHeader = { format: 'newsgraph-parser', version: 1, labels, xpos: ['NN', 'VB'], upos: ['NOUN', 'VERB'], transBits, labelBits: 5, info: {} };
  const w8 = (n: number) => Int8Array.from({ length: n }, () => (r() < 0.2 ? (r() < 0.5 ? 127 : -127) : Math.floor(r() * 255) - 127));
  const weights = { trans: w8((1 << transBits) * N_TRANSITIONS), lab: w8((1 << 5) * nLabels) };
  const m = new ParserModel(header, weights);
  weightsOf.set(m, weights);
  return m;
}

describe('parser model scoring', () => {
  it('transition scores equal the plain int8 sums', () => {
    const m = randomModel(7, 51);
    const { trans } = weightsOf.get(m)!;
    expect(m.trans).toEqual(trans); // the packed layout unpacks to the weights it was built from
    const r = mulberry32(3);
    const out = new Float64Array(N_TRANSITIONS);
    for (const nf of [1, 20, 115, MAX_FEATURES]) {
      const feats = Int32Array.from({ length: nf }, () => Math.floor(r() * 2 ** 31) | 0);
      m.scoreTransitions(feats, nf, out);
      // the same features in the model's own buffer take the WebAssembly path
      m.featureBuffer.set(feats);
      const viaBuffer = new Float64Array(N_TRANSITIONS);
      m.scoreTransitions(m.featureBuffer, nf, viaBuffer);
      for (let t = 0; t < N_TRANSITIONS; t++) {
        let s = 0;
        for (let i = 0; i < nf; i++) s += trans[(feats[i]! & m.transMask) * N_TRANSITIONS + t]!;
        expect(out[t]).toBe(s);
        expect(viaBuffer[t]).toBe(s);
      }
    }
  });

  it('picks the same label as a plain int8 argmax (never root, first best wins)', () => {
    for (const L of [5, 51, 70]) {
      const m = randomModel(L, L);
      const { lab } = weightsOf.get(m)!;
      expect(m.lab).toEqual(lab);
      const p = m.prepare(['a', 'b', 'c', 'd'], ['NOUN', 'VERB', 'NOUN', 'NOUN'], ['NN', 'VB', 'NN', 'NN']);
      const st = new ParseState();
      st.reset(p.n);
      st.apply(SHIFT, -1);
      st.apply(SHIFT, -1);
      st.apply(LEFT, 0);
      st.apply(SHIFT, -1);
      const feats = new Int32Array(MAX_FEATURES);
      for (const [h, d] of [[3, 2], [2, 4], [4, 1]] as const) {
        const nf = labelFeatures(st, p, h, d, feats);
        let best = -1;
        let bs = 0;
        for (let l = 0; l < L; l++) {
          if (l === m.rootLabel) continue;
          let s = 0;
          for (let i = 0; i < nf; i++) s += lab[(feats[i]! & m.labelMask) * L + l]!;
          if (best < 0 || s > bs) {
            best = l;
            bs = s;
          }
        }
        expect(m.bestLabel(st, p, h, d)).toBe(best);
      }
    }
  });
});

// The decoder scores a state in one WebAssembly call (scoreState: value slots in, templates hashed
// and rows summed by generated code) and picks an arc's label there too (bestLabel): both must give
// exactly what the feature hashes of parser-features.ts and plain int8 sums give, for every prefix
// of the template tables a model can read (feature sets 1 without and with classes, 2, 3).
describe('parser model: the fused WebAssembly scorer', () => {
  function randomInput(r: () => number, n: number, flags: { useClasses: boolean; between: boolean; clusters: boolean }) {
    const x = emptyInput(n + 2);
    x.n = n;
    Object.assign(x, flags);
    const rand = () => (r() < 0.1 ? 0x7f4a7c15 : Math.floor(r() * 2 ** 32) | 0);
    for (let i = 0; i <= n; i++) {
      for (const a of [x.w, x.sf, x.ac, x.wc, x.wcc]) a[i] = rand();
      x.p[i] = Math.floor(r() * 4);
      x.u[i] = Math.floor(r() * 4);
    }
    let pc = 0;
    let vc = 0;
    for (let i = 1; i <= n; i++) {
      if (x.u[i] === 2) pc++;
      else if (x.u[i] === 3) vc++;
      x.pc[i] = pc;
      x.vc[i] = vc;
    }
    return x;
  }

  it('scoreState and scoreStates give the plain int8 sums of transitionFeatures, for every template count, in every state of random parses', () => {
    const m = randomModel(21, 51, 12);
    const { trans } = weightsOf.get(m)!;
    const r = mulberry32(4);
    const feats = new Int32Array(MAX_FEATURES);
    const out = new Float64Array(N_TRANSITIONS);
    const counts = new Set<number>();
    let states = 0;
    for (const flags of [
      { useClasses: false, between: false, clusters: false },
      { useClasses: true, between: false, clusters: false },
      { useClasses: true, between: true, clusters: false },
      { useClasses: true, between: true, clusters: true },
    ]) {
      for (let s = 0; s < 20; s++) {
        const x = randomInput(r, 1 + Math.floor(r() * 12), flags);
        const st = new ParseState();
        st.reset(x.n);
        // every state of the parse is kept, then scored again all together (scoreStates: several
        // WebAssembly calls of up to MAX_STATES states each)
        const seen: ParseState[] = [];
        const expected: number[] = [];
        while (!st.isTerminal()) {
          const nf = transitionFeatures(st, x, feats);
          counts.add(nf);
          m.scoreState(st, x, out);
          for (let t = 0; t < N_TRANSITIONS; t++) {
            let sum = 0;
            for (let i = 0; i < nf; i++) sum += trans[(feats[i]! & m.transMask) * N_TRANSITIONS + t]!;
            expect(out[t]).toBe(sum);
            expected.push(sum);
          }
          const copy = new ParseState();
          copy.copyFrom(st);
          seen.push(copy);
          states++;
          const legal = [SHIFT, LEFT, RIGHT].filter((t) => st.can(t));
          st.apply(legal[Math.floor(r() * legal.length)]!, Math.floor(r() * 51));
        }
        const all = new Float64Array(3 * seen.length);
        m.scoreStates(seen, seen.length, x, all);
        expect([...all]).toEqual(expected);
      }
    }
    expect([...counts].sort((a, b) => a - b)).toEqual([107, 115, 123, 147]);
    expect(states).toBeGreaterThan(500);
  });

  it('the module writes the value slots transitionValues and labelValues write, for a state in its slab, every template count, and leaves a state too long for it to JS', () => {
    const simd = ParserSimd.create(new Int32Array(64 * 16), 16, [new Uint8Array(64 * 3)])!;
    const r = mulberry32(12);
    const ref = new Int32Array(TRANSITION_TEMPLATES.slots);
    ref[TRANSITION_TEMPLATES.one] = 1;
    const st = new ParseState(256, simd.stateSlab(0));
    const other = new ParseState(256, simd.stateSlab(MAX_SLABS - 1));
    expect(simd.stateSlab(MAX_SLABS)).toBeNull();
    let compared = 0;
    const wrong: string[] = [];
    const lref = new Int32Array(LABEL_TEMPLATES.slots);
    lref[LABEL_TEMPLATES.one] = 1;
    let arcs = 0;
    for (const flags of [
      { useClasses: false, between: false, clusters: false },
      { useClasses: true, between: false, clusters: false },
      { useClasses: true, between: true, clusters: false },
      { useClasses: true, between: true, clusters: true },
    ]) {
      for (const n of [1, 2, 3, 7, 12, SLAB_CAP + 5, 40, SLAB_CAP - 2]) {
        const x = randomInput(r, n, flags);
        expect(simd.loadWords(x)).toBe(n + 2 <= SLAB_CAP);
        st.reset(n);
        expect(st.wasmBase >= 0).toBe(n + 2 <= SLAB_CAP);
        while (!st.isTerminal()) {
          // the slots the first `count` templates read
          const count = transitionValues(st, x, ref);
          expect(count).toBe(transitionCount(x));
          if (st.wasmBase >= 0) {
            // state 1 is a copy in another slab (copyFrom between slabs); state 2's slots are JS's (offset 0: left alone)
            other.copyFrom(st);
            simd.vals[2]!.fill(12345);
            for (const [j, s] of [[0, st], [1, other]] as const) {
              simd.ptrs[3 * j] = s.wasmBase;
              simd.ptrs[3 * j + 1] = s.sp;
              simd.ptrs[3 * j + 2] = s.b;
            }
            simd.ptrs[6] = 0;
            simd.fillValues(3, x.n);
            for (let k = 0; k < count; k++) {
              for (const slot of [TRANSITION_TEMPLATES.a[k]!, TRANSITION_TEMPLATES.b[k]!, TRANSITION_TEMPLATES.c[k]!]) {
                if (simd.vals[0]![slot] !== ref[slot] || simd.vals[1]![slot] !== ref[slot]) wrong.push(`n ${n} slot ${slot}: ${ref[slot]} ≠ ${simd.vals[0]![slot]} / ${simd.vals[1]![slot]}`);
              }
            }
            if (!simd.vals[2]!.every((v) => v === 12345)) wrong.push('state 2 written');
            // the arcs the state could make: the module's label value slots and choice against labelValues'
            for (const [h, d] of [[st.buf(0), st.s(0)], [st.s(1), st.s(0)]] as const) {
              if (h < 1 || d < 1) continue;
              const lcount = labelValues(st, x, h, d, lref);
              expect(lcount).toBe(labelCount(x));
              simd.lvals.set(lref);
              const lane = simd.label(lcount, 63, 3);
              const sums = [...simd.sums];
              simd.lvals.fill(54321);
              const laneW = simd.labelFilled(lcount, 63, 3, st.wasmBase, h, d, x.n);
              for (let k = 0; k < lcount; k++) {
                for (const slot of [LABEL_TEMPLATES.a[k]!, LABEL_TEMPLATES.b[k]!, LABEL_TEMPLATES.c[k]!]) {
                  if (slot > 1 && simd.lvals[slot] !== lref[slot]) wrong.push(`n ${n} arc ${h}→${d} label slot ${slot}: ${lref[slot]} ≠ ${simd.lvals[slot]}`);
                }
              }
              if (laneW !== lane || sums.some((v, l) => v !== simd.sums[l])) wrong.push(`n ${n} arc ${h}→${d}: lane ${lane} ≠ ${laneW}`);
              arcs++;
            }
            compared++;
          }
          const legal = [SHIFT, LEFT, RIGHT].filter((t) => st.can(t));
          st.apply(legal[Math.floor(r() * legal.length)]!, Math.floor(r() * 51));
        }
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(compared).toBeGreaterThan(1000);
    expect(arcs).toBeGreaterThan(1000);
  });

  it('beam decoding with its states in the module parses as with plain states (also when some states are past the slabs)', () => {
    const m = randomModel(41, 51, 12);
    const r = mulberry32(8);
    const heads = new Int32Array(200);
    const labels = new Int32Array(200);
    const heads2 = new Int32Array(200);
    const labels2 = new Int32Array(200);
    for (const width of [3, MAX_SLABS / 2 + 1]) {
      m.setBeam(width);
      const plain = new BeamSearch(width);
      for (const flags of [
        { useClasses: true, between: false, clusters: false },
        { useClasses: true, between: true, clusters: false },
        { useClasses: true, between: true, clusters: true },
      ]) {
        for (const n of [1, 2, 5, 9, 17, 30, 60]) {
          const x = randomInput(r, n, flags);
          m.parseInput(x, heads, labels);
          plain.decode(m, x, heads2, labels2);
          expect([...heads.subarray(0, n)]).toEqual([...heads2.subarray(0, n)]);
          expect([...labels.subarray(0, n)]).toEqual([...labels2.subarray(0, n)]);
        }
      }
    }
  });

  it("bestLabel's WebAssembly choice is the plain argmax for every label template count, ties to the first label, root never", () => {
    const r = mulberry32(6);
    const feats = new Int32Array(MAX_FEATURES);
    // random weights; then tables of equal weights with root first — every label ties and the first
    // non-root label (1) must win, also when every sum is 0 (weight -128: the JS loop decides)
    for (const tie of [null, 5, -128]) {
      const m = randomModel(31, 51);
      const lab = weightsOf.get(m)!.lab;
      if (tie !== null) lab.fill(tie);
      const model = tie === null ? m : new ParserModel({ ...m.header, labels: m.header.labels.map((l, i) => (i === 0 ? 'root' : i === 3 ? 'l3' : l)) }, { trans: weightsOf.get(m)!.trans, lab });
      for (const flags of [
        { useClasses: false, between: false, clusters: false },
        { useClasses: true, between: false, clusters: false },
        { useClasses: true, between: true, clusters: false },
        { useClasses: true, between: true, clusters: true },
      ]) {
        const x = randomInput(r, 8, flags);
        const st = new ParseState();
        st.reset(x.n);
        for (const t of [SHIFT, SHIFT, SHIFT, LEFT, SHIFT, RIGHT, SHIFT]) st.apply(t, Math.floor(r() * 51));
        for (const [h, d] of [[5, 1], [1, 5], [6, 1], [0, 1]] as const) {
          const nf = labelFeatures(st, x, h, d, feats);
          let best = -1;
          let bs = 0;
          for (let l = 0; l < 51; l++) {
            if (l === model.rootLabel) continue;
            let sum = 0;
            for (let i = 0; i < nf; i++) sum += lab[(feats[i]! & model.labelMask) * 51 + l]!;
            if (best < 0 || sum > bs) {
              best = l;
              bs = sum;
            }
          }
          expect(model.bestLabel(st, x, h, d)).toBe(h === 0 ? model.rootLabel : best);
          if (tie !== null && h !== 0) expect(model.bestLabel(st, x, h, d)).toBe(1);
        }
      }
    }
  });
});

describe('parser model file', () => {
  it('stores the scoring layout: a model read back scores exactly alike, and a foreign or damaged file is E021', () => {
    const m = randomModel(5, 51);
    const copy = ParserModel.fromBuffer(m.toBuffer());
    expect(copy.trans).toEqual(weightsOf.get(m)!.trans);
    expect(copy.lab).toEqual(weightsOf.get(m)!.lab);
    const bytes = m.toBuffer();
    bytes[bytes.length - 1]! ^= 1;
    expect(() => ParserModel.fromBuffer(bytes)).toThrow(/E021|checksum/);
  });

  it('reads a model file straight into the scorer (fromFile): same tables, same scores, same file back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-parser-'));
    // transBits 4: the label table starts 48 bytes into the body, off a 64-byte row boundary
    for (const [seed, L, bits] of [[13, 51, 6], [17, 40, 4], [19, 70, 5]] as const) {
      const m = randomModel(seed, L, bits);
      const path = join(dir, `p${seed}.bin`);
      writeFileSync(path, m.toBuffer());
      const copy = ParserModel.fromFile(path);
      expect(copy.trans).toEqual(weightsOf.get(m)!.trans);
      expect(copy.lab).toEqual(weightsOf.get(m)!.lab);
      expect(Buffer.compare(copy.toBuffer(), m.toBuffer())).toBe(0);
      const p = copy.prepare(['a', 'b', 'c', 'd'], ['NOUN', 'VERB', 'NOUN', 'NOUN'], ['NN', 'VB', 'NN', 'NN']);
      const st = new ParseState();
      st.reset(p.n);
      st.apply(SHIFT, -1);
      st.apply(SHIFT, -1);
      for (const [h, d] of [[2, 1], [1, 2]] as const) expect(copy.bestLabel(st, p, h, d)).toBe(m.bestLabel(st, p, h, d));
      const nf = transitionFeatures(st, p, copy.featureBuffer);
      const a = new Float64Array(N_TRANSITIONS);
      const b = new Float64Array(N_TRANSITIONS);
      copy.scoreTransitions(copy.featureBuffer, nf, a);
      m.scoreTransitions(copy.featureBuffer.slice(0, nf), nf, b);
      expect([...a]).toEqual([...b]);
    }
    const bytes = randomModel(5, 51).toBuffer();
    bytes[bytes.length - 1]! ^= 1;
    writeFileSync(join(dir, 'bad.bin'), bytes);
    expect(() => ParserModel.fromFile(join(dir, 'bad.bin'))).toThrow(/E021|checksum/);
  });

  it('stores three bytes per transition row, and still reads files of the older int32-per-row layout alike', () => {
    const m = randomModel(9, 51);
    const file = decodeModel(m.toBuffer(), 'newsgraph-parser');
    expect(file.arrays.get('trans')).toBeInstanceOf(Uint8Array);
    expect(file.arrays.get('trans')!.length).toBe((1 << 6) * N_TRANSITIONS);
    const trans = weightsOf.get(m)!.trans;
    const rows = Int32Array.from({ length: 1 << 6 }, (_, r) => (trans[3 * r]! + 128) | ((trans[3 * r + 1]! + 128) << 8) | ((trans[3 * r + 2]! + 128) << 16));
    const old = ParserModel.fromBuffer(encodeModel('newsgraph-parser', m.header, { trans: rows, lab: file.arrays.get('lab')! }));
    expect(old.trans).toEqual(trans);
    expect(old.lab).toEqual(weightsOf.get(m)!.lab);
  });
});

describe('parser feature templates', () => {
  it('hash each template over the values of its own slots', () => {
    const m = randomModel(11, 51);
    const x = m.prepare(['Courts', 'fined', 'the', 'bank', '.'], ['NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT'], ['NNS', 'VBD', 'DT', 'NN', '.']);
    x.useClasses = true;
    const st = new ParseState();
    st.reset(x.n);
    st.apply(SHIFT, -1); // stack ROOT Courts | fined the …
    const out = new Int32Array(MAX_FEATURES);
    const nf = transitionFeatures(st, x, out);
    expect(nf).toBe(115);
    const s0 = 1;
    const b0 = 2;
    expect(out[0]).toBe(mix(0, 1, 0, 0));
    expect(out[1]).toBe(mix(1, x.w[s0]!, x.p[s0]!, 0));
    expect(out[20]).toBe(mix(20, x.w[s0]!, x.p[s0]!, mix(0, x.w[b0]!, x.p[b0]!, 0)));
    expect(out[35]).toBe(mix(35, x.p[b0]!, x.p[3]!, x.p[4]!));
    expect(out[48]).toBe(mix(48, x.w[s0]!, 1, 0)); // distance s0–b0
    expect(out[114]).toBe(mix(114, x.p[s0]!, x.ac[b0]!, x.p[b0]!));
    x.useClasses = false;
    expect(transitionFeatures(st, x, out)).toBe(107);
    const ln = labelFeatures(st, x, 2, 1, out); // fined → Courts
    expect(ln).toBe(33);
    expect(out[1]).toBe(mix(201, x.w[1]!, x.p[1]!, 0));
    expect(out[6]).toBe(mix(206, x.p[2]!, x.p[1]!, 1));
  });

  it('feature set 2 adds punctuation and verb counts between the arc candidates (models with header.features 2 only)', () => {
    const header: ParserHeader = { format: 'newsgraph-parser', version: 1, labels: ['root', 'punct'], xpos: ['NN', 'VBD', ',', '.'], upos: ['NOUN', 'VERB', 'PUNCT'], transBits: 6, labelBits: 5, info: {}, features: 2 };
    const m = new ParserModel(header, { trans: new Int8Array(64 * N_TRANSITIONS), lab: new Int8Array(32 * 2) });
    // Courts , banks , fined firms .
    const x = m.prepare(['Courts', ',', 'banks', ',', 'fined', 'firms', '.'], ['NOUN', 'PUNCT', 'NOUN', 'PUNCT', 'VERB', 'NOUN', 'PUNCT'], ['NN', ',', 'NN', ',', 'VBD', 'NN', '.']);
    expect(x.between).toBe(true);
    expect([...x.pc.subarray(0, 8)]).toEqual([0, 0, 1, 1, 2, 2, 2, 3]);
    expect([...x.vc.subarray(0, 8)]).toEqual([0, 0, 0, 0, 0, 1, 1, 1]);
    const st = new ParseState();
    st.reset(x.n);
    st.apply(SHIFT, -1);
    st.apply(SHIFT, -1);
    st.apply(LEFT, 1); // "," ← banks; stack ROOT Courts | banks , fined firms .
    const out = new Int32Array(MAX_FEATURES);
    expect(transitionFeatures(st, x, out)).toBe(123);
    expect(out[115]).toBe(mix(115, x.p[1]!, x.p[3]!, 1)); // one comma between s0 Courts and b0 banks
    expect(out[118]).toBe(mix(118, x.p[1]!, x.p[3]!, 0)); // no verb
    st.apply(SHIFT, -1);
    st.apply(SHIFT, -1);
    st.apply(LEFT, 1); // "," ← fined; stack ROOT Courts banks | fined firms .
    transitionFeatures(st, x, out);
    expect(out[116]).toBe(mix(116, x.p[1]!, x.p[3]!, 1)); // one comma between s1 Courts and s0 banks
    expect(out[115]).toBe(mix(115, x.p[3]!, x.p[5]!, 1)); // one between s0 banks and b0 fined
    // label features: fined → Courts has two commas and no verb in between
    expect(labelFeatures(st, x, 5, 1, out)).toBe(37);
    expect(out[35]).toBe(mix(236, x.p[5]!, x.p[1]!, 2));
    expect(out[36]).toBe(mix(237, x.p[5]!, x.p[1]!, 0));
    const old = randomModel(11, 51); // a model without the flag computes what it always did
    const y = old.prepare(['Courts', ',', 'banks'], ['NOUN', 'PUNCT', 'NOUN'], ['NNS', ',', 'NNS']);
    expect(y.between).toBe(false);
    st.reset(y.n);
    st.apply(SHIFT, -1);
    expect(transitionFeatures(st, y, out)).toBe(107); // (nor ambiguity classes)
  });

  it('feature set 3 adds word-vector clusters (fine and coarse) of the stack, the buffer and the arc candidates (header.features 3 only)', () => {
    const clusters = defaultWordClusters();
    if (!clusters) return; // no table built (a checkout without models): nothing to read clusters from
    const header: ParserHeader = { format: 'newsgraph-parser', version: 1, labels: ['root', 'nsubj'], xpos: ['NNS', 'VBD', 'NN'], upos: ['NOUN', 'VERB'], transBits: 6, labelBits: 5, info: {}, features: 3, clusterLevels: [2048, 128] };
    const m = new ParserModel(header, { trans: new Int8Array(64 * N_TRANSITIONS), lab: new Int8Array(32 * 2) });
    const x = m.prepare(['Envoys', 'said', 'Qzxvbq'], ['NOUN', 'VERB', 'NOUN'], ['NNS', 'VBD', 'NN']);
    expect(x.clusters).toBe(true);
    // known words: the table's clusters (lower-cased lookup); an unknown word: its shape, apart from every cluster id
    expect(x.wc[1]).toBe(clusters.clusterOf('envoys', 2048));
    expect(x.wcc[2]).toBe(clusters.clusterOf('said', 128));
    expect(x.wc[1]).toBeGreaterThanOrEqual(0);
    expect(x.wc[3]).toBe(shapeClass('Qzxvbq'));
    expect(x.wc[3]).toBeGreaterThanOrEqual(2048);
    const st = new ParseState();
    st.reset(x.n);
    st.apply(SHIFT, -1); // stack ROOT Envoys | said Qzxvbq
    const out = new Int32Array(MAX_FEATURES);
    expect(transitionFeatures(st, x, out)).toBe(147);
    expect(out[131]).toBe(mix(131, x.wc[1]!, x.wc[2]!, 0)); // s0c × b0c
    expect(out[136]).toBe(mix(136, x.p[1]!, x.wcc[2]!, 0)); // s0p × b0C
    expect(labelFeatures(st, x, 2, 1, out)).toBe(43); // said → Envoys
    expect(out[39]).toBe(mix(240, x.wcc[2]!, x.wcc[1]!, 1));
    // a feature-set-2 model reads no clusters: its features are what they were
    const two = new ParserModel({ ...header, features: 2 }, { trans: new Int8Array(64 * N_TRANSITIONS), lab: new Int8Array(32 * 2) });
    const y = two.prepare(['Envoys', 'said'], ['NOUN', 'VERB'], ['NNS', 'VBD']);
    expect(y.clusters).toBe(false);
    st.reset(y.n);
    st.apply(SHIFT, -1);
    expect(transitionFeatures(st, y, out)).toBe(123);
  });

  it('a feature-set-3 model names cluster levels the table has, else E021', () => {
    if (!defaultWordClusters()) return;
    const header: ParserHeader = { format: 'newsgraph-parser', version: 1, labels: ['root'], xpos: ['NN'], upos: ['NOUN'], transBits: 6, labelBits: 5, info: {}, features: 3, clusterLevels: [2048, 7] };
    expect(() => new ParserModel(header, { trans: new Int8Array(64 * N_TRANSITIONS), lab: new Int8Array(32) })).toThrow(/E021|levels/);
  });
});
