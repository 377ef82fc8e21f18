// The span checker itself: each rule rejects a hand-built contract document that breaks it (so the
// span tests that use it can fail), and the real pipeline passes it on invented texts with the
// characters offsets go wrong on (astral emoji and letters, combining accents, CRLF line ends).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { assertSpans, spanViolations } from '../helpers/assert-spans.js';
import { collectSpans } from '../helpers/contract-spans.js';

// "Ann 😀 said no." — the emoji is two UTF-16 code units (4-6).
const TEXT = 'Ann 😀 said no.';
const tokens = [
  { start: 0, end: 3 },
  { start: 4, end: 6 },
  { start: 7, end: 11 },
  { start: 12, end: 14 },
  { start: 14, end: 15 },
];
const base = () => ({
  text: TEXT,
  paragraphs: [{ start: 0, end: 15 }],
  sentences: [{ start: 0, end: 15 }],
  tokens,
  entities: [{ id: 'e1', mentions: [{ start: 0, end: 3, text: 'Ann', kind: 'name' }] }],
  quotes: [{ id: 'q1', content: [{ start: 12, end: 14, text: 'no' }], cue: { start: 7, end: 11, text: 'said' }, speaker: { mention: { start: 0, end: 3, text: 'Ann' } } }],
});
type Doc = ReturnType<typeof base>;
const violations = (edit: (d: Doc) => void) => {
  const d = base();
  edit(d);
  return spanViolations(d, TEXT);
};

describe('assertSpans', () => {
  it('accepts a consistent document and finds every span in it, at any depth', () => {
    expect(spanViolations(base(), TEXT)).toEqual([]);
    expect(collectSpans(base()).map((s) => s.path)).toEqual([
      'paragraphs[0]', 'sentences[0]', 'tokens[0]', 'tokens[1]', 'tokens[2]', 'tokens[3]', 'tokens[4]',
      'entities[e1].mentions[0]', 'quotes[q1].content[0]', 'quotes[q1].cue', 'quotes[q1].speaker.mention',
    ]);
  });

  it('rejects bounds outside the input, reversed spans and non-integers', () => {
    expect(violations((d) => (d.quotes[0]!.cue = { start: 7, end: 99, text: 'said no.' }))).toEqual(['quotes[q1].cue 7-99: bounds not 0 ≤ start ≤ end ≤ 15']);
    expect(violations((d) => (d.quotes[0]!.cue = { start: 11, end: 7, text: '' }))).toHaveLength(1);
    expect(violations((d) => (d.quotes[0]!.cue = { start: -1, end: 3, text: '' }))).toHaveLength(1);
    expect(violations((d) => (d.quotes[0]!.cue = { start: 7.5, end: 11, text: '' }))).toHaveLength(1);
  });

  it('rejects covered text that is not the input at those offsets, and an output text that is not the input', () => {
    expect(violations((d) => (d.quotes[0]!.cue.text = 'told'))).toEqual(['quotes[q1].cue 7-11: text "told" but the input there is "said"']);
    expect(violations((d) => (d.text = 'Bob 😀 said no.'))[0]).toMatch(/^text: differs from the input text at offset 0/);
  });

  it('rejects white space at an edge, empty spans and edges off the tokens', () => {
    // a cue shifted by one: " sai" — self-consistent text, still wrong
    const shifted = violations((d) => (d.quotes[0]!.cue = { start: 6, end: 10, text: TEXT.slice(6, 10) }));
    expect(shifted).toEqual([
      'quotes[q1].cue 6-10 " sai": white space at an edge',
      'quotes[q1].cue 6-10 " sai": start is not a token start',
      'quotes[q1].cue 6-10 " sai": end is not a token end',
    ]);
    expect(violations((d) => (d.quotes[0]!.cue = { start: 7, end: 7, text: '' }))).toEqual(['quotes[q1].cue 7-7: empty']);
  });

  it('rejects an edge between the halves of a surrogate pair', () => {
    const v = violations((d) => (d.entities[0]!.mentions[0] = { start: 5, end: 11, text: TEXT.slice(5, 11), kind: 'name' }));
    expect(v).toContain('entities[e1].mentions[0] 5-11: an edge splits a surrogate pair');
  });

  it('rejects phrases across a sentence edge or ending in punctuation, but lets quote content do both', () => {
    const two = 'Ann spoke. Bob left.';
    const doc = {
      text: two,
      sentences: [{ start: 0, end: 10 }, { start: 11, end: 20 }],
      tokens: [{ start: 0, end: 3 }, { start: 4, end: 9 }, { start: 9, end: 10 }, { start: 11, end: 14 }, { start: 15, end: 19 }, { start: 19, end: 20 }],
      timexes: [{ start: 4, end: 14, text: 'spoke. Bob' }, { start: 15, end: 20, text: 'left.' }],
      quotes: [{ id: 'q1', content: [{ start: 4, end: 20, text: 'spoke. Bob left.' }] }],
    };
    expect(spanViolations(doc, two)).toEqual([
      'timexes[0] 4-14 "spoke. Bob": runs across a sentence edge',
      'timexes[1] 15-20 "left.": begins or ends with a punctuation token',
    ]);
  });

  it('checks the segmentation: tokens cover the text in order, sentences cover the tokens', () => {
    expect(violations((d) => (d.tokens = tokens.map((t) => ({ start: t.start + 1, end: t.end + 1 }))))).toContain('tokens: character 0 "A" is in no token');
    expect(violations((d) => (d.tokens = [tokens[1]!, tokens[0]!, ...tokens.slice(2)]))[0]).toMatch(/^tokens\[1\] 0-3: overlaps or precedes/);
    expect(violations((d) => (d.sentences = [{ start: 0, end: 14 }]))).toContain('tokens[4] 14-15: not inside one of the sentences');
  });

  it('checks spans of a layer it does not know (one added later) for bounds, text and edges', () => {
    const v = spanViolations({ ...base(), role_observations: [{ mention: { start: 3, end: 6, text: TEXT.slice(3, 6) } }] }, TEXT);
    expect(v).toEqual(['role_observations[0].mention 3-6 " 😀": white space at an edge']);
  });

  it('throws with the list of violations', () => {
    expect(() => assertSpans(base(), TEXT)).not.toThrow();
    expect(() => assertSpans({ ...base(), text: 'x' }, TEXT)).toThrow(/1 span violation\(s\) against the input text:\n  text: differs/);
  });
});

describe('the pipeline keeps its spans whole on awkward characters (invented texts)', () => {
  const texts = {
    'astral emoji and flags': 'President Emmanuel Macron 🇫🇷 said on Monday: "We will not retreat 💪." Germany 🇩🇪 criticised France.',
    'mathematical letters and CRLF': '𝐁𝐑𝐄𝐀𝐊𝐈𝐍𝐆: Russian forces shelled Kharkiv on Tuesday, the mayor said.\r\n"We are 😢 but strong," Mayor Ihor Terekhov told reporters.\r\n',
    'accents, precomposed and combining': 'The café owner, Zoë Müller, said “prices rose 5%” in March 2024. 😀😀 Officials in Kyiv denied it, Jose\u0301 Ramos said.',
  };
  for (const [name, text] of Object.entries(texts)) {
    it(name, () => {
      const doc = analyze(text, { id: name, published: '2025-03-07' });
      expect(doc.quotes.length + doc.entities.length).toBeGreaterThan(0);
      assertSpans(doc, text);
    });
  }
});
