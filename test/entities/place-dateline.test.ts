// place-names.ts reads a model PERSON at the article's start as a place only where the syntax chain's one
// definition of a dateline (src/nlp/dateline-split.ts) finds the city — Reuters' "CONWAY, Ark., Feb 26 -"
// and "ELWOOD, KAN., Feb 26 -" among them — and not where an all-caps name merely precedes a comma.
import { describe, expect, it } from 'vitest';
import { defaultKb } from '../../src/kb/index.js';
import { placeNotPerson } from '../../src/stages/entities/place-names.js';
import { modelMentions, parsedDoc } from './run.js';

const firstType = (text: string, name: string) => {
  const doc = parsedDoc(text);
  const out = placeNotPerson(doc, defaultKb(), modelMentions(doc, [[name, 'PERSON']]));
  return out.find((m) => m.tokFrom === 0);
};

describe('entities: a dateline city the model read as a person', () => {
  it('is a place when a dateline opens the article, with a state and a date after the city', () => {
    for (const [text, name] of [
      ['CONWAY, Ark., Feb 26 - CCX Network Inc said it would sell shares.', 'CONWAY'],
      ['ELWOOD, KAN., Feb 26 - Shr loss six cts vs profit four cts.', 'ELWOOD'],
      ['HECTOR, Minn. (Reuters) - The company said profits rose.', 'HECTOR'],
    ]) {
      const m = firstType(text!, name!);
      expect(m?.type, text).toBe('GPE');
      expect(m?.rule, text).toContain('place-dateline');
    }
  });

  it('stays a person where no dateline opens the article', () => {
    for (const [text, name] of [
      ['HECTOR, the chairman, said profits rose.', 'HECTOR'],
      ['CONWAY said on Monday that profits rose.', 'CONWAY'],
    ]) {
      expect(firstType(text!, name!)?.type, text).toBe('PERSON');
    }
  });
});
