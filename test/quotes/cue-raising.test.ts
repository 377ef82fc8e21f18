// "seem"/"appear" as PolNeAR cues (issue 14): an impression with no source, whose content is the
// subject and the predicate after the verb. Invented sentences, through the default pipeline (the
// rule needs the tagger).
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';

const pipeline = defaultPipeline();

function quotes(text: string) {
  const doc = pipeline.run(createDoc(text, { id: 't' }));
  const t = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return doc.quotes.map((q) => ({ cue: t(q.cue), source: t(q.speaker.mention), content: q.content.map(t), rule: q.rule }));
}

describe('raising verbs as cues', () => {
  it('an infinitive predicate: the subject and the infinitive are the content, no source', () => {
    const q = quotes('The statistics appear to be fabricated.').find((x) => x.cue === 'appear');
    expect(q).toMatchObject({ source: null, content: ['The statistics', 'to be fabricated'], rule: 'quotes:raising-verb' });
  });

  it('an adjective predicate, with its adverb; the verb group keeps its negation', () => {
    expect(quotes('The voters seemed equally unperturbed.')).toContainEqual(expect.objectContaining({ cue: 'seemed', content: ['The voters', 'equally unperturbed'] }));
    expect(quotes('The plan did not seem to work.')).toContainEqual(expect.objectContaining({ cue: 'did not seem', content: ['The plan', 'to work'] }));
  });

  it('a participle or a noun phrase predicate; an adjective after an empty "it"', () => {
    expect(quotes('The field appeared poised to narrow further.')).toContainEqual(expect.objectContaining({ cue: 'appeared', content: ['The field', 'poised to narrow further'] }));
    expect(quotes('For the mayor, the returns seemed a reminder that rallies are not enough.')).toContainEqual(
      expect.objectContaining({ cue: 'seemed', content: ['the returns', 'a reminder that rallies are not enough'] }),
    );
    expect(quotes('It seems unfair to blame the towns.')).toContainEqual(expect.objectContaining({ cue: 'seems', content: ['unfair to blame the towns'] }));
  });

  it('but an article that opens a time adjunct is no predicate', () => {
    expect(quotes('She appeared a day later in court.').filter((x) => x.cue === 'appeared')).toEqual([]);
  });

  it('the impression ends at its clause, not at an adjunct after a comma', () => {
    const q = quotes('The economy appears to be slowing, despite strong hiring in the spring.').find((x) => x.cue === 'appears');
    expect(q?.content).toEqual(['The economy', 'to be slowing']);
  });

  it('a subject with a phrase set off by commas keeps the phrase', () => {
    const q = quotes('Hizbollah, which has lost many fighters in Syria, seems unlikely to attack again.').find((x) => x.cue === 'seems');
    expect(q?.content).toEqual(['Hizbollah, which has lost many fighters in Syria', 'unlikely to attack again']);
    // the set-off phrase never reaches back past a semicolon
    expect(quotes('The vote failed; the plan, again, seemed to stall.').find((x) => x.cue === 'seemed')?.content).toEqual(['the plan, again', 'to stall']);
  });

  it('an appearance is no cue', () => {
    expect(quotes('The governor appeared on television on Sunday.')).toEqual([]);
    expect(quotes('A new problem appeared last week.')).toEqual([]);
  });

  it('a cue verb in the infinitive opens the impression too (no rule reads its own attribution)', () => {
    expect(quotes('The mayor appeared to suggest that the bridge would close.')).toEqual([
      { cue: 'appeared', source: null, content: ['The mayor', 'to suggest that the bridge would close'], rule: 'quotes:raising-verb' },
    ]);
  });
});
