// Which forms of a cue word read as a verb (issue 14): an -ing form after a determiner and an
// adjective is a noun ("a strong showing"), "the so called X" is no cue, and "it's worth noting"
// still cues. Invented sentences, through the default pipeline (the tagger decides the adjectives).
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';

const pipeline = defaultPipeline();

function cues(text: string): string[] {
  const doc = pipeline.run(createDoc(text, { id: 't' }));
  return doc.quotes.map((q) => (q.cue ? text.slice(q.cue.start, q.cue.end) : ''));
}

describe('cue forms read as nouns', () => {
  it('an -ing form after a determiner and adjectives', () => {
    expect(cues('After a strong showing in South Carolina, the campaign may struggle in Nevada.')).toEqual([]);
    expect(cues('His poor showing in the caucuses ended the campaign.')).toEqual([]);
  });

  it('"the so called …"', () => {
    expect(cues('The so called special relationship has been the cornerstone of British diplomacy.')).toEqual([]);
  });

  it('but a participle after a noun phrase and a comma still cues', () => {
    expect(cues('He made a surprising announcement, saying the bridge would close.')).toContain('saying');
    expect(cues('It’s worth noting that the bridge was closed twice.')).toContain('noting');
  });
});

describe('a quotation-only speech verb with a "that" clause', () => {
  it('"joked that …" reports speech; bare "joked" before a name does not', () => {
    expect(cues('He joked that his comments should be taken with a grain of salt.')).toContain('joked');
    expect(cues('He joked about the weather all evening.')).not.toContain('joked');
  });
});

describe('a fronted "Asked about …,"', () => {
  it('keeps "about" in the cue; the topic is the content', () => {
    const doc = pipeline.run(createDoc('Asked about the new tax plan, the senator said she had not read it.', { id: 't' }));
    const q = doc.quotes.find((x) => x.rule === 'quotes:asked-fronted');
    const t = (s: { start: number; end: number } | null) => (s ? doc.text.slice(s.start, s.end) : null);
    expect(q && t(q.cue)).toBe('Asked about');
    expect(q && q.content.map(t)).toEqual(['the new tax plan']);
  });
});

describe('adverbs of the verb group (PolNeAR: "Keep the verb group together")', () => {
  it('an adverb the tagger reads before the cue verb joins the group', () => {
    expect(cues('Republicans have long maintained that the tax is unfair.')).toEqual(['have long maintained']);
    expect(cues('The mayor always hoped that the bridge would reopen.')).toEqual(['always hoped']);
  });

  it('but a clause adverb ("here", "when") stays out', () => {
    expect(cues('When officials said the bridge was safe, few believed them.')[0]).toBe('said');
  });

  it('an adverb that closes the clause after the cue joins it; one opening a phrase does not', () => {
    expect(cues('“The bridge is safe,” the mayor said sarcastically.')).toEqual(['said sarcastically']);
    expect(cues('The senator has said repeatedly that the tax is unfair.')).toEqual(['has said repeatedly']);
    expect(cues('The senator said earlier this year that the tax is unfair.')).toEqual(['said']);
  });
});

describe('the preposition a stance verb selects (PolNeAR train: "decided against" 6 in / 0 out)', () => {
  it('"decided against", "talked up"', () => {
    expect(cues('The board decided against the merger.')).toEqual(['decided against']);
    expect(cues('Clinton talked up her plan to fix the roads.')).toEqual(['talked up']);
  });
});
