// The Wikinews dev set's event scorer and gold builder (eval/wikinews-dev): what counts as a found
// event, an unannotated prediction, and a snippet that must fail loudly.
import { describe, expect, it } from 'vitest';
import { scoreDevEvents, actorMatches, countryPart, type PredEvent } from '../../eval/wikinews-dev/events-score.js';
import { resolve, occurrences } from '../../eval/wikinews-dev/events-build.js';
import { goldSentenceAt, type GoldEvent } from '../../eval/wikinews-dev/events-gold.js';

const TEXT = 'Germany banned Mahan Air on Monday. Iran protested. U.S. officials said nothing.';
const span = (s: string, from = 0) => {
  const start = TEXT.indexOf(s, from);
  return { start, end: start + s.length, text: s };
};

function gold(over: Partial<GoldEvent> = {}): GoldEvent {
  return {
    id: 'd-g1', doc: 'd', sentence: goldSentenceAt(TEXT, 0), trigger: span('banned'),
    source: { mention: span('Germany'), code: 'DEU' }, target: { mention: span('Mahan Air'), code: 'IRNBUS' },
    cameo: '172', root: '17', modality: 'asserted', date: '2019-01-21', date_how: 'text', optional: false, ...over,
  };
}

function pred(over: Partial<PredEvent> = {}): PredEvent {
  return {
    cameo: '172', root: '17', source: { actor_code: 'DEUGOV', mention: span('Germany') }, target: { actor_code: 'IRN', mention: span('Mahan Air') },
    date: '2019-01-21', negated: false, modality: 'asserted', evidence: span('banned'), rule: 'events:test', ...over,
  };
}

describe('wikinews dev event scoring', () => {
  it('finds a gold event by sentence, root and the country part of both actors', () => {
    const r = scoreDevEvents([gold()], [{ id: 'd', events: [pred({ cameo: '1721' })] }]);
    expect(r.score.found).toBe(1);
    expect(r.score.dyad_root_recall).toBe(1);
    expect(r.score.full_code_accuracy).toBe(0);
    expect(r.score.date_accuracy).toBe(1);
    expect(r.score.unannotated).toBe(0);
  });

  it('misses on a wrong root, a wrong country, or a prediction in another sentence', () => {
    for (const p of [pred({ root: '16', cameo: '163' }), pred({ source: { actor_code: 'FRAGOV', mention: span('Germany') } }), pred({ evidence: span('protested') })]) {
      const r = scoreDevEvents([gold()], [{ id: 'd', events: [p] }]);
      expect(r.score.found).toBe(0);
      expect(r.score.unannotated_per_annotated).toBe(1);
    }
  });

  it('matches a country-less gold actor by overlapping mention and a null gold target only by an empty one', () => {
    expect(actorMatches({ mention: span('Iran'), code: '---' }, { actor_code: null, mention: { start: span('Iran').start, end: span('Iran').end + 2, text: 'Iran p' } })).toBe(true);
    expect(actorMatches({ mention: span('Iran'), code: '---' }, { actor_code: 'IRN', mention: span('Germany') })).toBe(false);
    expect(actorMatches(null, { actor_code: null, mention: null })).toBe(true);
    expect(actorMatches(null, { actor_code: 'IRN', mention: span('Iran') })).toBe(false);
  });

  it('compares organisations on six letters, countries on three', () => {
    expect(countryPart('IGOUNOHLHWHO')).toBe('IGOUNO');
    expect(countryPart('USAGOV')).toBe('USA');
    expect(actorMatches({ mention: null, code: 'IGOEUREEC' }, { actor_code: 'IGOUNO', mention: null })).toBe(false);
  });

  it('pairs one prediction with one gold event; a duplicate prediction is unannotated, an optional match is not', () => {
    const opt = gold({ id: 'd-g2', optional: true, sentence: goldSentenceAt(TEXT, span('Iran').start), trigger: span('protested'), source: { mention: span('Iran'), code: 'IRN' }, target: null, cameo: '141', root: '14' });
    const p2 = pred({ cameo: '141', root: '14', source: { actor_code: 'IRN', mention: span('Iran') }, target: { actor_code: null, mention: null }, evidence: span('protested') });
    const r = scoreDevEvents([gold(), opt], [{ id: 'd', events: [pred(), pred(), p2] }]);
    expect(r.score.found).toBe(1);
    expect(r.score.optional_found).toBe(1);
    expect(r.score.unannotated).toBe(1);
  });

  it('reads a negated prediction as modality "negated" and dates at the gold precision', () => {
    const r = scoreDevEvents([gold({ modality: 'negated', date: '2019-01' })], [{ id: 'd', events: [pred({ negated: true, date: '2019-01-21' })] }]);
    expect(r.score.modality_accuracy).toBe(1);
    expect(r.score.date_accuracy).toBe(1);
    const r2 = scoreDevEvents([gold({ date: '2019-01-21' })], [{ id: 'd', events: [pred({ date: '2019-01' })] }]);
    expect(r2.score.date_accuracy).toBe(0);
  });
});

describe('wikinews dev gold builder', () => {
  it('does not split a sentence after an initialism and keeps whole words', () => {
    expect(goldSentenceAt(TEXT, TEXT.indexOf('officials')).text).toBe('U.S. officials said nothing.');
    expect(occurrences('The man said he', 'he', 0, 15)).toEqual([13]);
  });

  it('resolves a [[marked]] span inside a unique context and fails loudly on missing or ambiguous snippets', () => {
    const all: Array<[number, number]> = [[0, TEXT.length]];
    expect(resolve(TEXT, 'Iran [[protested]]', all, 1, 'trigger')).toEqual(span('protested'));
    expect(() => resolve(TEXT, 'Syria', all, 2, 'source')).toThrow(/E030.*not found/);
    expect(() => resolve('said it and said', 'said', all, 3, 'trigger')).toThrow(/ambiguous/);
  });
});
