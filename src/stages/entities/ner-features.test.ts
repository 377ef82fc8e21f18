import { describe, expect, it } from 'vitest';
import { defaultKb } from '../../kb/index.js';
import { decodeWordClusters, encodeWordClusters } from '../../nlp/word-clusters.js';
import { K, SentenceScratch, createWordSums, docWordFlags, fnv, gazetteerHashes, groupHashes, nameMatches, sentenceFeatures, shapeHash, shapeOf, type FeatureContext } from './ner-features.js';
import type { ActorKB } from '../../kb/index.js';
import type { Span } from '../../core/span.js';
import { defaultLexicon } from './ner-lexicon.js';
import { emissions, exactSums, scaledEmissions, scaledWeights, type PerceptronModel } from './perceptron.js';

/** the first of the organisation feature slots */
const ORG_SLOT = 41;
/** the case-blind list slot; the context slots follow it */
const CASELESS_SLOT = 47;

function sentence(words: readonly string[]) {
  let t = '';
  const sp = words.map((f) => {
    if (t) t += ' ';
    const s = { start: t.length, end: t.length + f.length };
    t += f;
    return s;
  });
  return { text: t, spans: sp, forms: words };
}

const forms = ['Mayor', 'Anna', 'Kowalczyk', 'visited', 'Gdansk', '.'];
let text = '';
const spans = forms.map((f) => {
  if (text) text += ' ';
  const s = { start: text.length, end: text.length + f.length };
  text += f;
  return s;
});
const clusters = decodeWordClusters(
  encodeWordClusters({
    meta: { levels: [2048, 512, 128], source: 'test', license: 'test', seed: 1, fitWords: 3 },
    words: ['anna', 'kowalczyk', 'visited'],
    fine: new Uint16Array([5, 6, 7]),
    maps: new Map([
      [512, new Uint16Array(2048).fill(1)],
      [128, new Uint16Array(2048).fill(2)],
    ]),
  }),
);

describe('NER features', () => {
  const base: FeatureContext = { kb: defaultKb(), lowerVocab: new Set(['visited']) };
  const withClusters: FeatureContext = { ...base, clusters };

  it('gives every token K slots; cluster slots are empty without a cluster table', () => {
    const f = sentenceFeatures(base, text, spans, forms);
    expect(f.length).toBe(forms.length * K);
    for (let i = 0; i < forms.length; i++) for (let k = 35; k < K; k++) expect(f[i * K + k]).toBe(0);
  });

  it('a reused scratch buffer gives the same features as a fresh array, with no slot left over from a longer sentence', () => {
    const full: FeatureContext = { ...withClusters, lex: defaultLexicon(), orgFeatures: true, caseless: true, moreContext: true };
    const scratch = { buf: new Uint32Array(0) };
    const long = sentence(['The', 'Committee', 'to', 'Protect', 'Journalists', '(', 'CPJ', ')', 'said', 'police', 'in', 'Kerala', 'arrested', 'him', '.']);
    const first = sentenceFeatures(full, long.text, long.spans, long.forms, undefined, undefined, undefined, scratch);
    expect(Array.from(first)).toEqual(Array.from(sentenceFeatures(full, long.text, long.spans, long.forms)));
    // the shorter sentence reuses the buffer the longer one filled: slots its templates skip must read 0
    const reused = sentenceFeatures(full, text, spans, forms, undefined, undefined, undefined, scratch);
    expect(reused.length).toBe(forms.length * K);
    expect(Array.from(reused)).toEqual(Array.from(sentenceFeatures(full, text, spans, forms)));
    expect(reused.some((v) => v === 0)).toBe(true);
  });

  it('reused per-sentence arrays (SentenceScratch) give the same features as new ones, a longer sentence first', () => {
    const full: FeatureContext = { ...withClusters, lex: defaultLexicon(), orgFeatures: true, caseless: true, moreContext: true };
    const scratch = { buf: new Uint32Array(0), arrays: new SentenceScratch() };
    const long = sentence(['The', 'U.S.', 'envoy', 'met', 'Prime', 'Minister', 'Kenji', 'Moriyama', 'in', 'Canberra', 'and', 'the', 'Bank', 'of', 'England', 'said', 'so', '.']);
    for (const s of [long, { text, spans, forms }, long]) {
      const got = sentenceFeatures(full, s.text, s.spans, s.forms, undefined, undefined, undefined, scratch);
      expect(Array.from(got)).toEqual(Array.from(sentenceFeatures(full, s.text, s.spans, s.forms)));
    }
    // the gazetteer hashes written into a reused array read 0 where a name of the earlier sentence was
    const arrays = new SentenceScratch();
    expect(Array.from(gazetteerHashes(full.kb, long.text, long.spans, undefined, arrays))).toEqual(Array.from(gazetteerHashes(full.kb, long.text, long.spans)));
    expect(Array.from(gazetteerHashes(full.kb, text, spans, undefined, arrays))).toEqual(Array.from(gazetteerHashes(full.kb, text, spans)));
  });

  it('cluster features fill only their own slots, so models trained without them read the same features', () => {
    const a = sentenceFeatures(base, text, spans, forms);
    const b = sentenceFeatures(withClusters, text, spans, forms);
    for (let i = 0; i < forms.length; i++) {
      for (let k = 0; k < 35; k++) expect(b[i * K + k]).toBe(a[i * K + k]);
      for (let k = 35; k < ORG_SLOT; k++) expect(b[i * K + k]).not.toBe(0);
    }
  });

  it('words of one cluster share the cluster features, a word outside the table gets others', () => {
    const f = sentenceFeatures(withClusters, text, spans, forms);
    // "Anna" (fine 5) and "Kowalczyk" (fine 6) share the coarse (512, 128) clusters but not the fine one
    expect(f[1 * K + 35]).toBe(f[2 * K + 35]);
    expect(f[1 * K + 36]).toBe(f[2 * K + 36]);
    expect(f[1 * K + 37]).not.toBe(f[2 * K + 37]);
    // "Gdansk" is not in the table
    expect(f[4 * K + 36]).not.toBe(f[1 * K + 36]);
  });

  it('organisation features fill only their own slots and only when switched on', () => {
    const s = sentence(['The', 'Committee', 'to', 'Protect', 'Journalists', '(', 'CPJ', ')', 'said', '.']);
    const off = sentenceFeatures(base, s.text, s.spans, s.forms);
    const on = sentenceFeatures({ ...base, orgFeatures: true }, s.text, s.spans, s.forms);
    for (let i = 0; i < s.forms.length; i++) {
      for (let k = 0; k < ORG_SLOT; k++) expect(on[i * K + k]).toBe(off[i * K + k]);
      for (let k = ORG_SLOT; k < K; k++) expect(off[i * K + k]).toBe(0);
    }
    // the capitalised run "Committee to Protect Journalists" (with its connector) and nothing else
    const run = s.forms.map((_, i) => on[i * K + 43] !== 0);
    expect(run).toEqual([true, true, true, true, true, false, true, false, false, false]);
    expect(on[2 * K + 44]).not.toBe(0); // "to" is a connector inside the run
    expect(on[1 * K + 44]).toBe(0);
    // "CPJ" is an acronym whose letters are the initials of the run before it
    const defined = on[6 * K + 42];
    const other = sentence(['The', 'Committee', 'met', '(', 'CPJ', ')', 'said', '.']);
    const undefinedHere = sentenceFeatures({ ...base, orgFeatures: true }, other.text, other.spans, other.forms)[4 * K + 42];
    expect(defined).not.toBe(0);
    expect(undefinedHere).not.toBe(0);
    expect(defined).not.toBe(undefinedHere);
  });

  it('case-blind list and context features fill only their own slots, and only when switched on', () => {
    const s = sentence(['cheap', 'hotels', 'in', 'kerala', 'near', 'anna', 'kowalczyk', 'visited', 'Zzyzxville', '.']);
    const ctx: FeatureContext = { ...withClusters, lex: defaultLexicon() };
    const off = sentenceFeatures(ctx, s.text, s.spans, s.forms);
    const on = sentenceFeatures({ ...ctx, caseless: true, moreContext: true }, s.text, s.spans, s.forms);
    for (let i = 0; i < s.forms.length; i++) {
      for (let k = 0; k < CASELESS_SLOT; k++) expect(on[i * K + k]).toBe(off[i * K + k]);
      for (let k = CASELESS_SLOT; k < K; k++) expect(off[i * K + k]).toBe(0);
    }
    // "kerala" is a listed region in lower case; "hotels" is on no list
    expect(on[3 * K + CASELESS_SLOT]).not.toBe(0);
    expect(on[1 * K + CASELESS_SLOT]).toBe(0);
    // longer affixes only for a word unknown in lower case ("Zzyzxville"), not for "visited"
    expect(on[8 * K + CASELESS_SLOT + 1]).not.toBe(0);
    expect(on[7 * K + CASELESS_SLOT + 1]).toBe(0);
    // cluster context: "anna" and "kowalczyk" share the 512 cluster, so "near <cluster>" and "<cluster> visited" differ only by the neighbour
    expect(on[5 * K + CASELESS_SLOT + 3]).not.toBe(on[6 * K + CASELESS_SLOT + 3]);
    expect(on[5 * K + CASELESS_SLOT + 5]).not.toBe(0);
  });

  it('marks the longest Phoenix group name, not its prefix, and not lower-case words', () => {
    const kb = defaultKb();
    const groups = kb.phoenix().groups;
    const name = [...groups.keys()].map((k) => groups.get(k)!).find((g) => g.name.split(' ').length === 3 && /^[A-Z]/.test(g.name))!;
    const words = ['Yesterday', ...name.name.split(' '), 'said'];
    const cap = Uint8Array.from(words, (w) => (/^\p{Lu}/u.test(w) ? 1 : 0));
    const h = groupHashes(kb, words.map((w) => w.toLowerCase()), cap);
    expect(h[0]).toBe(0);
    expect(h[1]).not.toBe(0);
    expect(h[2]).toBe(h[3]); // inside the name
    expect(h[1]).not.toBe(h[2]); // begin vs inside
    expect(h[4]).toBe(0);
    const lower = words.map((w) => w.toLowerCase());
    expect([...groupHashes(kb, lower, new Uint8Array(lower.length))].every((x) => x === 0)).toBe(true); // no capitalised word
  });

  it('document features: a bare name reads the same way as its fuller mention elsewhere in the document', () => {
    const ctx: FeatureContext = { ...base, lex: defaultLexicon(), docFeatures: true };
    const doc = [
      ['Yesterday', 'Anna', 'Smith', 'met', 'staff', 'of', 'the', 'Acme', 'Foundation', 'in', 'Gdansk', '.'],
      ['Smith', 'said', 'Acme', 'would', 'march', '.'],
    ];
    const flags = docWordFlags(ctx, doc);
    const s2 = sentence(doc[1]!);
    const f = sentenceFeatures(ctx, s2.text, s2.spans, s2.forms, undefined, undefined, flags);
    const alone = sentenceFeatures(ctx, s2.text, s2.spans, s2.forms, undefined, undefined, docWordFlags(ctx, [doc[1]!]));
    // "Smith" (after a given name) and "Acme" (in an organisation's name) differ from each other and
    // from the same sentence read alone; lower-case words get no document feature
    expect(f[0 * K + 45]).not.toBe(alone[0 * K + 45]);
    expect(f[2 * K + 46]).not.toBe(f[0 * K + 46]);
    expect(f[2 * K + 46]).not.toBe(alone[2 * K + 46]);
    expect(f[1 * K + 45]).toBe(0);
    // off unless the model was trained with them
    const off = sentenceFeatures(base, s2.text, s2.spans, s2.forms, undefined, undefined, flags);
    for (let i = 0; i < s2.forms.length; i++) for (let k = 45; k < K; k++) expect(off[i * K + k]).toBe(0);
  });
});

describe('shape hash', () => {
  it('is fnv of the shape string, for ASCII, accented, non-Latin, digit and symbol words and long ones', () => {
    const words = ['', 'a', 'A', 'the', 'The', 'CPJ', 'NGOs', 'McDonald', 'U.S.', '2020', 'COVID-19', 'Łódź', 'ÉCOLE', 'straße', 'ǅemal', 'İstanbul', 'Москва', '北京', '😀x', 'x😀Y', 'aaaaaaaaaaaaaaaaaaaa', 'AbCdEfGhIjKlMnOp', '---', "O'Neill", 'e-mail', 'ﬁnance'];
    for (const w of words) expect([w, shapeHash(w)]).toEqual([w, fnv(shapeOf(w))]);
    // and over random strings mixing ASCII and other code units
    let seed = 5;
    const rnd = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const pool = 'aZ09.-_ ÄöŁßǅİıΣσς中😀';
    for (let t = 0; t < 500; t++) {
      let w = '';
      for (let i = Math.floor(rnd() * 14); i > 0; i--) w += pool[Math.floor(rnd() * pool.length)];
      expect([w, shapeHash(w)]).toEqual([w, fnv(shapeOf(w))]);
    }
  });
});

describe('word sums (run time)', () => {
  const full: FeatureContext = { kb: defaultKb(), lowerVocab: new Set(['visited', 'said', 'police']), clusters, lex: defaultLexicon(), orgFeatures: true, caseless: true, moreContext: true };
  const bits = 12;
  // weights in 1/16 steps, as saved models hold them (a small deterministic generator)
  let seed = 11;
  const rnd = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const weights = Float32Array.from({ length: (1 << bits) * 7 }, () => Math.round((rnd() - 0.5) * 400) / 16 || 0);
  const m: PerceptronModel = { labels: ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'], bits, weights, trans: new Float32Array(56) };

  it('give the same emissions, bit for bit, as summing every slot per token, and leave the word slots empty', () => {
    const s = sentence(['The', 'Committee', 'to', 'Protect', 'Journalists', 'said', 'police', 'in', 'Kerala', 'arrested', 'Anna', 'Kowalczyk', '.']);
    const plain = sentenceFeatures(full, s.text, s.spans, s.forms);
    const scratch = { buf: new Uint32Array(0), wordSums: createWordSums(weights, 7, bits) };
    const rest = sentenceFeatures(full, s.text, s.spans, s.forms, undefined, undefined, undefined, scratch);
    for (const slot of [0, 1, 2, 3, 4, 5, 6, 23, 35, 36, 37]) expect(rest[slot]).toBe(0);
    // a middle token's place and neighbour slots are summed per word too; the first token keeps its own place slots
    for (const slot of [7, 8, 15, 16, 17, 22, 38, 39, 40]) expect(rest[3 * K + slot]).toBe(0);
    for (const slot of [7, 15, 16, 17, 22, 38, 40]) expect(rest[slot]).not.toBe(0);
    expect(Array.from(emissions(m, rest, K, scratch.wordSums.out))).toEqual(Array.from(emissions(m, plain, K)));
    // a second sentence reads the words' cached sums
    const again = sentenceFeatures(full, s.text, s.spans, s.forms, undefined, undefined, undefined, scratch);
    expect(Array.from(emissions(m, again, K, scratch.wordSums.out))).toEqual(Array.from(emissions(m, plain, K)));
  });

  it('give the same emissions for a headline, a one-word sentence and across the pool starting over', () => {
    const scratch = { buf: new Uint32Array(0), wordSums: createWordSums(weights, 7, bits) };
    const check = (words: string[]) => {
      const s = sentence(words);
      const plain = sentenceFeatures(full, s.text, s.spans, s.forms);
      const rest = sentenceFeatures(full, s.text, s.spans, s.forms, undefined, undefined, undefined, scratch);
      expect(Array.from(emissions(m, rest, K, scratch.wordSums.out))).toEqual(Array.from(emissions(m, plain, K)));
    };
    check(['Police', 'Arrest', 'Protest', 'Leaders', 'In', 'Kerala']);
    check(['Kerala']);
    // fill the pool to its bound (32768 words) so that the next sentence's words start it over
    const many = Array.from({ length: 4000 }, (_, i) => `Word${i}`);
    for (let r = 0; r < 9; r++) check(many.map((w) => `${w}x${r}`));
    expect(scratch.wordSums.gen).toBeGreaterThan(0);
    check(['The', 'Committee', 'to', 'Protect', 'Journalists', 'said', 'police', 'in', 'Kerala', 'arrested', 'Anna', 'Kowalczyk', '.']);
  });

  it('over the int16 table (integer sums in an int32 pool) give the float emissions, bit for bit, across the pool starting over', () => {
    const scaled = scaledWeights(weights)!;
    const scratch = { buf: new Uint32Array(0), wordSums: createWordSums(scaled, 7, bits) };
    expect(scratch.wordSums.pool).toBeInstanceOf(Int32Array);
    const bytes = (a: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    const check = (words: string[]) => {
      const s = sentence(words);
      const plain = sentenceFeatures(full, s.text, s.spans, s.forms);
      const rest = sentenceFeatures(full, s.text, s.spans, s.forms, undefined, undefined, undefined, scratch);
      expect(bytes(scaledEmissions(m, scaled, rest, K, scratch.wordSums.out))).toEqual(bytes(emissions(m, plain, K)));
    };
    check(['The', 'Committee', 'to', 'Protect', 'Journalists', 'said', 'police', 'in', 'Kerala', 'arrested', 'Anna', 'Kowalczyk', '.']);
    check(['Police', 'Arrest', 'Protest', 'Leaders', 'In', 'Kerala']);
    const many = Array.from({ length: 4000 }, (_, i) => `Word${i}`);
    for (let r = 0; r < 9; r++) check(many.map((w) => `${w}y${r}`));
    expect(scratch.wordSums.gen).toBeGreaterThan(0);
    check(['Kerala']);
  });

  it('are used only for weights whose sums are exact in any order', () => {
    expect(exactSums(weights)).toBe(true);
    expect(exactSums(Float32Array.from([0.5, 0.1]))).toBe(false);
    expect(exactSums(Float32Array.from([0.5, -0]))).toBe(false);
  });
});

/** gazetteerHashes as first written: the tag strings built per token, then hashed */
function gazetteerHashesByStrings(kb: ActorKB, text: string, spans: readonly Span[]): Uint32Array {
  const names = nameMatches(kb, text, spans);
  const tags: string[] = new Array<string>(spans.length).fill('');
  for (let i = 0; i < spans.length; i++) {
    const m = names[i];
    if (m && m.values.some((v) => !v.alias)) {
      let kinds = '';
      for (const v of m.values) if (!v.alias && !kinds.includes(v.kind)) kinds += v.kind + ',';
      tags[i] += `B:${kinds};`;
      for (let j = i + 1; j < m.tokenEnd; j++) tags[j] += `I:${kinds};`;
    }
    const t = kb.titles.longestAt(text, spans, i);
    if (t) {
      tags[i] += 'B:title;';
      for (let j = i + 1; j < t.tokenEnd; j++) tags[j] += 'I:title;';
    }
  }
  return Uint32Array.from(tags, (t) => (t ? fnv(t) : 0));
}

describe('gazetteer hashes', () => {
  it('hash the tags on each token as the string of them would hash (overlapping names and titles, longer then shorter sentences)', () => {
    const kb = defaultKb();
    const cases = [
      sentence(['U.S.', 'Secretary', 'of', 'State', 'Antony', 'Blinken', 'met', 'French', 'President', 'Emmanuel', 'Macron', 'in', 'Paris', '.']),
      sentence(['The', 'United', 'Nations', 'Security', 'Council', 'and', 'NATO', 'said', 'Russia', 'and', 'Ukraine', 'talked', '.']),
      sentence(['Prime', 'Minister', 'Boris', 'Johnson', 'of', 'the', 'United', 'Kingdom']),
      // tokens with several tags: "General" I-igo, B-igo ("General Assembly"), B-title; "Assembly" I twice; "Major" I-person, B-title
      sentence(['the', 'United', 'Nations', 'General', 'Assembly', 'heard', 'former', 'prime', 'minister', 'John', 'Major', '.']),
      sentence(['nothing', 'here']),
    ];
    let tagged = 0;
    for (const c of cases) {
      const got = gazetteerHashes(kb, c.text, c.spans);
      expect(Array.from(got)).toEqual(Array.from(gazetteerHashesByStrings(kb, c.text, c.spans)));
      tagged += got.filter((h) => h !== 0).length;
    }
    expect(tagged).toBeGreaterThan(10);
  });
});
