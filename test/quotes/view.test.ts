// The view's per-token columns are the lexicon's answers, looked up once per document: each rule
// that tests a column instead of the lexicon must see what the lexicon would have said.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { defaultResources } from '../../src/stages/resources.js';
import { entitiesStage } from '../../src/stages/entities/index.js';
import { segmentStage } from '../../src/stages/segment/index.js';
import { findQuoteMarks } from '../../src/stages/quotes/quote-marks.js';
import { cueAt } from '../../src/stages/quotes/cues.js';
import { leftNP } from '../../src/stages/quotes/source-np.js';
import { buildView, IN_CUES, IN_NOUN_CUES, IN_STANCE, IN_VERB_CUES, inClass, PB_AUX, PB_DET, PB_NOUN, PB_PRON, PB_PROPN, PB_VERB, POS_ADP, POS_ADV, POS_AUX, POS_DET, POS_NOUN, POS_PROPN, POS_TAGS, POS_VERB, posIn } from '../../src/stages/quotes/view.js';
import { syntaxStage } from '../../src/stages/syntax/index.js';
import { TOKEN_CLASSES, W_ADV, W_AUX, W_DET, W_NEG, W_PREP, W_PRON, W_STOP, W_TIME } from '../../src/stages/quotes/words.js';

const TEXT =
  'According to the mayor, the bridge is safe. Her criticism of the plan was sharp, and the union is critical of it. ' +
  '“We will see,” said the governor, who spoke about the report. Officials in Ohio warned that talks had failed.\n' +
  'Critics called the levy “a burden”. She had repeatedly said on Monday that it was not over.';

function view() {
  const doc = createPipeline([segmentStage, entitiesStage]).run(createDoc(TEXT));
  return buildView(doc, findQuoteMarks(doc.text, doc.paragraphs), defaultResources().lexicons.quotes);
}

describe('quotes view', () => {
  it('marks each token with the lexicon tables its form is in', () => {
    const v = view();
    const lex = v.lex;
    const seen = { cue: 0, noun: 0, stance: 0 };
    v.lower.forEach((l, i) => {
      const e = lex.cues.get(l);
      const verb = l === 'according' || (e !== undefined && e.cls !== 'prep' && e.cls !== 'noun');
      expect([l, v.verbCue[i] === 1]).toEqual([l, verb]);
      expect([l, (v.wordIn[i]! & IN_VERB_CUES) !== 0]).toEqual([l, verb]);
      expect([l, (v.wordIn[i]! & IN_CUES) !== 0]).toEqual([l, lex.cues.has(l)]);
      expect([l, (v.wordIn[i]! & IN_NOUN_CUES) !== 0]).toEqual([l, lex.nouns.has(l)]);
      expect([l, (v.wordIn[i]! & IN_STANCE) !== 0]).toEqual([l, lex.stance.has(l)]);
      if (lex.cues.has(l)) seen.cue++;
      if (lex.nouns.has(l)) seen.noun++;
      if (lex.stance.has(l)) seen.stance++;
    });
    // (the text holds words of every table, so the comparisons above test both answers)
    expect(seen.cue).toBeGreaterThan(0);
    expect(seen.noun).toBeGreaterThan(0);
    expect(seen.stance).toBeGreaterThan(0);
  });

  it('gives each token the word classes the lexicon puts its form in, one bit each', () => {
    const v = view();
    const bits = TOKEN_CLASSES.map(([, b]) => b);
    // single bits, none shared with another class or with the IN_* tables
    for (const b of bits) expect(b > 0 && (b & (b - 1)) === 0).toBe(true);
    expect(bits.reduce((a, b) => a | b, 0) & (IN_CUES | IN_VERB_CUES | IN_NOUN_CUES | IN_STANCE)).toBe(0);
    expect(new Set(bits).size).toBe(bits.length);
    const seen = new Map<string, number>();
    v.lower.forEach((l, i) => {
      for (const [cls, bit] of TOKEN_CLASSES) {
        expect([l, cls, inClass(v, i, bit)]).toEqual([l, cls, v.lex.is(cls, l)]);
        if (v.lex.is(cls, l)) seen.set(cls, (seen.get(cls) ?? 0) + 1);
      }
      // or-ed bits: in any of the classes
      const any = ['aux', 'neg', 'adv'].some((c) => v.lex.is(c, l));
      expect([l, inClass(v, i, W_AUX | W_NEG | W_ADV)]).toEqual([l, any]);
    });
    // (the text holds words of the frequent classes, so both answers are tested)
    for (const cls of ['aux', 'adv', 'pron', 'det', 'prep', 'time', 'stop']) expect([cls, seen.get(cls) ?? 0]).not.toEqual([cls, 0]);
    // every class of the table has words in the lexicon
    expect(TOKEN_CLASSES.filter(([cls]) => ![...v.lex.wordBits].some(([w]) => v.lex.is(cls, w)))).toEqual([]);
    // out of the document: in no class, as is() of an absent word
    for (const bit of [W_PRON, W_DET, W_PREP, W_STOP, W_TIME]) {
      expect(inClass(v, -1, bit)).toBe(false);
      expect(inClass(v, v.tokens.length, bit)).toBe(false);
    }
  });

  it('gives each token the code of its part of speech (0 when untagged), and posIn tests a set of them as the tags did', () => {
    const doc = createPipeline([segmentStage, syntaxStage, entitiesStage]).run(createDoc(TEXT));
    const tagged = buildView(doc, findQuoteMarks(doc.text, doc.paragraphs), defaultResources().lexicons.quotes);
    const seen = new Set<number>();
    tagged.tokens.forEach((t, i) => {
      // the code stands for the token's tag, and only for it
      expect([t.form, t.pos, POS_TAGS[tagged.posCode[i]!]]).toEqual([t.form, t.pos, t.pos]);
      seen.add(tagged.posCode[i]!);
      expect(posIn(tagged, i, PB_VERB | PB_AUX)).toBe(t.pos === 'VERB' || t.pos === 'AUX');
      expect(posIn(tagged, i, PB_NOUN | PB_PROPN | PB_PRON)).toBe(['NOUN', 'PROPN', 'PRON'].includes(t.pos));
    });
    // (the text holds the frequent tags, and the scans' own codes keep their values)
    for (const c of [POS_VERB, POS_AUX, POS_NOUN, POS_ADV, POS_DET, POS_ADP, POS_PROPN]) expect(seen.has(c)).toBe(true);
    expect([POS_VERB, POS_AUX, POS_NOUN, POS_ADV]).toEqual([1, 2, 3, 4]);
    // untagged: code 0, in no set; out of the document: in no set, as a missing token's tag was
    const untagged = view();
    expect([...untagged.posCode].every((c) => c === 0)).toBe(true);
    expect(posIn(untagged, 0, ~0 & ~1)).toBe(false);
    for (const i of [-1, tagged.tokens.length]) expect(posIn(tagged, i, PB_VERB | PB_NOUN | PB_DET)).toBe(false);
  });

  it('gives each token its quote-mark span, paragraph and next verb cue', () => {
    const v = view();
    const n = v.tokens.length;
    for (let i = 0; i < n; i++) {
      const t = v.tokens[i]!;
      const m = v.marks.findIndex((q) => q.start <= t.start && t.end <= q.end);
      expect(v.inQuote[i]).toBe(m);
      const p = v.doc.paragraphs.findIndex((q) => t.start < q.end);
      expect(v.para[i]).toBe(p < 0 ? v.doc.paragraphs.length - 1 : p);
      let next = i;
      while (next < n && v.verbCue[next] !== 1) next++;
      expect(v.nextVerbCue[i]).toBe(next);
    }
    expect(v.paraTok).toEqual(v.doc.paragraphs.map((_, k) => [v.para.indexOf(k), v.para.lastIndexOf(k) + 1]));
  });

  it('answers whether a word cues the same for every floor far enough back, whichever is asked first', () => {
    const floors = (i: number) => [0, i - 6, i - 5, i - 4, i - 1, i].filter((f) => f >= 0);
    const asked = (reverse: boolean) => {
      const v = view();
      const idx = Array.from({ length: v.tokens.length }, (_, i) => i);
      const out = new Map<string, unknown>();
      for (const i of reverse ? idx.reverse() : idx) for (const f of reverse ? floors(i).reverse() : floors(i)) out.set(`${i}/${f}`, cueAt(v, i, f));
      return [...out].sort(([a], [b]) => a.localeCompare(b));
    };
    const forward = asked(false);
    expect(asked(true)).toEqual(forward);
    expect(forward.filter(([, e]) => e).length).toBeGreaterThan(0);
  });

  it('answers the source phrase before a cue the same however often and in whatever order it is asked', () => {
    const asked = (order: number[]) => {
      const v = view();
      const out = new Map<number, unknown>();
      for (const i of order) out.set(i, leftNP(v, i, v.doc.sentences[v.tokens[i]!.sent]!.tokenStart));
      return order.map((i) => out.get(i));
    };
    const n = view().tokens.length;
    const forward = Array.from({ length: n }, (_, i) => i);
    const once = asked(forward);
    expect(asked([...forward, ...forward]).slice(n)).toEqual(once);
    expect(asked([...forward].reverse()).reverse()).toEqual(once);
    expect(once.filter(Boolean).length).toBeGreaterThan(0);
  });

  it('marks as words the tokens with a letter or digit in any script, and not the marks of the General Punctuation block', () => {
    const text = '“Élan,” said Σοφία — ‘2019’… • naïve ‰ ⁂ x—y ½ ٣ – ‐ “ ” ¿Qué?';
    const doc = createPipeline([segmentStage, entitiesStage]).run(createDoc(text));
    const v = buildView(doc, findQuoteMarks(doc.text, doc.paragraphs), defaultResources().lexicons.quotes);
    const wordy = /[\p{L}\p{N}]/u;
    doc.tokens.forEach((t, i) => expect([t.form, v.wordy[i]]).toEqual([t.form, wordy.test(t.form) ? 1 : 0]));
    expect(v.wordy.some((w) => w === 0)).toBe(true);
  });
});
