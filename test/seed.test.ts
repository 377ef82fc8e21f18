// The seed article end to end (issue 2's acceptance): every non-optional direct and partial quote
// with its speaker and cue, every non-optional date with its value, the six people with their
// country. Nothing here is specific to the seed: the same rules are exercised on the bundled
// samples and on the invented texts in the stage tests.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../src/core/paths.js';
import { analyze } from '../src/index.js';
import { scoreSeed, type SeedGold } from '../eval/seed-score.js';
import { assertSpans } from './helpers/assert-spans.js';
import { missingShared, sharedPresent } from './helpers/shared.js';

const articlePath = sharedPath('examples', 'seed', 'article.txt');
const present = sharedPresent(articlePath);

describe.skipIf(!present)(present ? 'seed article' : `seed article (${missingShared(articlePath)})`, () => {
  const gold = present ? (JSON.parse(readFileSync(sharedPath('examples', 'seed', 'gold.json'), 'utf8')) as SeedGold & { article: { published: string } }) : null;
  const input = present ? readFileSync(articlePath, 'utf8') : '';
  const doc = present ? analyze(input, { id: 'seed', published: '2025-03-07' }) : null;
  const r = doc && gold ? scoreSeed(doc, gold) : null;

  // Against the input read from ../shared, not the output's own text (which the writer slices from
  // the same offsets, so comparing the two could never fail).
  it('keeps every span of every layer consistent with the input text', () => {
    assertSpans(doc, input);
  });

  it('finds every direct and partial quote with its speaker and cue', () => {
    const direct = r!.quotes.detail.filter((d) => d.kind === 'direct' || d.kind === 'partial');
    expect(direct.filter((d) => !(d.found && d.speaker && d.cue))).toEqual([]);
  });

  it('resolves every date expression against the publication date', () => {
    expect(r!.dates.detail.filter((d) => !d.right)).toEqual([]);
  });

  it('finds the six people with their country', () => {
    expect(r!.people.detail.filter((d) => !d.right)).toEqual([]);
  });

  it('names speakers canonically ("Hegseth added" → Pete Hegseth)', () => {
    const added = doc!.quotes.find((q) => q.cue?.text === 'added');
    expect(added?.speaker?.name).toBe('Pete Hegseth');
  });
});
