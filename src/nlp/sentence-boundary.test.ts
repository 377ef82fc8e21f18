import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../core/paths.js';
import { NewsgraphError } from '../core/errors.js';
import { mulberry32 } from './random.js';
import { GAP_FEATURES, gapContext, gapFeatures, getSentenceModel, scoredGap, SentenceBoundaryModel, type GapContext } from './sentence-boundary.js';
import { gapExamples, trainBoundaryModel } from './sentence-boundary-train.js';
import { segmentText } from './segment-text.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';
import { tokenizeLexicon } from './tokenize-lexicon.js';

const lex = tokenizeLexicon();
const sents = (text: string, model: SentenceBoundaryModel | null = getSentenceModel()) =>
  segmentText(text, lex, model).sentences.map((s) => text.slice(s.start, s.end));

describe('the learned sentence-boundary classifier (shipped model)', () => {
  it('keeps every end the rules find and adds none inside brackets', () => {
    const r = mulberry32(20251204);
    const words = ['Thanks', 'Regards,', 'Debra', 'Smith', '03/27/2001', '01:58', 'PM', 'see', 'http://a.com/b', 'x@y.org', 'He', 'left', '.', ':', '!', '=====', '-', 'the', 'Plan', 'lol'];
    for (let round = 0; round < 200; round++) {
      const n = 3 + Math.floor(r() * 30);
      const parts: string[] = [];
      for (let i = 0; i < n; i++) parts.push(words[Math.floor(r() * words.length)]!);
      const text = parts.join(' ');
      const raw = tokenize(text, 0, text.length, lex);
      const rules = splitSentences(text, raw, 0, raw.length, lex);
      const refined = getSentenceModel().refine(text, raw, 0, raw.length, rules);
      for (const e of rules) expect(refined, text).toContain(e);
      expect(refined[refined.length - 1]).toBe(raw.length);
      const inner = `(${text} x)`;
      const rawInner = tokenize(inner, 0, inner.length, lex);
      if (rawInner.length <= 60) {
        const ends = getSentenceModel().refine(inner, rawInner, 0, rawInner.length, []);
        expect(ends, inner).toEqual([rawInner.length]);
      }
    }
  });

  it('ends the lines of an e-mail signature and header that carry no final punctuation', () => {
    const text = 'Best regards, Debra Perlingiere 03/27/2001 01:58 PM Please find attached the revised draft.';
    expect(sents(text, null)).toHaveLength(2); // the rules only see the time stamp
    const out = sents(text);
    expect(out.length).toBeGreaterThan(2);
    expect(out[out.length - 1]).toBe('Please find attached the revised draft.');
    expect(out.some((s) => s.endsWith('Perlingiere'))).toBe(true);
  });

  it('adds no end after an abbreviation, a bracketed insertion or a possessive apostrophe', () => {
    for (const text of [
      'He was banned by the [Iranian] Chess Federation at the same tournament.',
      'The fair was held in Tyler, Texas (April 2019) Image: Paul Budd.',
      'That would go on to support Richard Dawkins\' The Selfish Gene.',
      'The prime minister died today at 10:00 a.m. Tongan time at the age of 70.',
    ]) {
      expect(sents(text), text).toEqual(sents(text, null));
    }
  });

  it('leaves edited news text as the rules split it (the bundled sample articles)', () => {
    const dir = join(repoRoot, 'samples');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const { text } = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { text: string };
      expect(sents(text), f).toEqual(sents(text, null));
    }
  });

  it('scores a gap alike whether the context hashed every token or only those of scored gaps (refine)', () => {
    const model = getSentenceModel();
    const r = mulberry32(20261207);
    const words = ['Thanks', 'Regards,', 'Debra', 'the', 'Plan', 'lol', '03/27/2001', '01:58', 'PM', 'x@y.org', '(', ')', 'He', 'left', '.', ':', 'said', '"', 'U.S.', 'and'];
    const feats = new Int32Array(GAP_FEATURES);
    let scored = 0;
    // one reused context, as refine keeps it: stale hashes of an earlier paragraph must not be read
    let reused: GapContext | undefined;
    for (let round = 0; round < 300; round++) {
      const n = 2 + Math.floor(r() * 40);
      const text = Array.from({ length: n }, () => words[Math.floor(r() * words.length)]!).join(' ');
      const raw = tokenize(text, 0, text.length, lex);
      const rules = splitSentences(text, raw, 0, raw.length, lex);
      const full = gapContext(text, raw, 0, raw.length, rules);
      reused = gapContext(text, raw, 0, raw.length, rules, reused, true);
      for (let i = 0; i < full.n - 1; i++) {
        expect(scoredGap(reused, i)).toBe(scoredGap(full, i));
        if (!scoredGap(full, i)) continue;
        scored++;
        const want = Array.from(feats.subarray(0, gapFeatures(full, i, feats, model.weights.length - 1)));
        expect(Array.from(feats.subarray(0, gapFeatures(reused, i, feats, model.weights.length - 1))), text).toEqual(want);
      }
    }
    expect(scored).toBeGreaterThan(300);
  });

  it('rejects a weight table whose size is not a power of two (E021)', () => {
    expect(() => new SentenceBoundaryModel(new Float32Array(1000))).toThrow(NewsgraphError);
  });
});

describe('training the classifier', () => {
  it('labels a gap where a gold sentence ends, and learns an unpunctuated end from examples', () => {
    // gold: "ok thanks" ends a sentence with no punctuation; the rules cannot see it
    const ends = new Set<number>();
    let text = '';
    for (let i = 0; i < 40; i++) {
      const a = `ok thanks`;
      const b = `We met at ${i} and talked.`;
      const line = `${a} ${b}`;
      ends.add(text.length + a.length);
      ends.add(text.length + line.length);
      text += line + '\n';
    }
    const paras = gapExamples(text, ends);
    expect(paras).toHaveLength(40);
    expect(Array.from(paras[0]!.labels.slice(0, 3))).toEqual([0, 1, 0]); // ok | thanks⟦end⟧ | We
    const { model } = trainBoundaryModel(paras, { epochs: 3, seed: 1 });
    const probe = 'ok thanks We left at 9 and slept.';
    expect(sents(probe, model)).toEqual(['ok thanks', 'We left at 9 and slept.']);
    expect(sents(probe, null)).toHaveLength(1);
  });
});
