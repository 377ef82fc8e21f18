// A singular Phoenix agent noun introduced by a/an ("a federal judge") is one official of the story's
// country (sector-groups.ts); the definite singular ("the judge") and a generic determiner are not read.
import { describe, expect, it } from 'vitest';
import { analyzeEntities, entityWith } from './run.js';

const STORY = 'The United States Department of Justice filed the case in Washington. The United States Senate met on Monday. ';

describe('singular agent nouns', () => {
  it('"a federal judge" takes the story country with the JUD sector', () => {
    const doc = analyzeEntities(STORY + 'On Friday a federal judge dismissed the lawsuit.');
    const e = entityWith(doc, 'federal judge');
    expect(e?.actor_code).toBe('USAJUD');
    expect(e?.country_source).toBe('story');
  });

  it('"the federal judge" and "every federal judge" are not read as a group', () => {
    const doc = analyzeEntities(STORY + 'On Friday the federal judge dismissed the lawsuit. Every federal judge must decide.');
    expect(entityWith(doc, 'federal judge')).toBeUndefined();
  });
});
