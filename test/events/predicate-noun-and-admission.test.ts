// A predicate noun is said of its clause's subject ("X was an opponent of Y": X is the critic), and
// acknowledging or admitting a clause is CAMEO 015 with no target.
import { describe, expect, it } from 'vitest';
import { eventBriefs as brief, hasParser } from '../helpers/event-briefs.js';

describe.skipIf(!hasParser)('predicate nouns and admissions', () => {
  it('takes the subject of a copular clause as the source of its predicate noun', () => {
    expect(brief('The French president was an outspoken critic of the American government.')).toEqual(['FRAGOV 111 USAGOV']);
  });

  it('codes 015 for acknowledging a clause, and nothing for acknowledging a person', () => {
    expect(brief('The Iranian military acknowledged that its missile had hit the Ukrainian airliner.')).toContain('IRNMIL 015 -');
    expect(brief('The Iranian military acknowledged the crowd.').filter((e) => e.includes(' 015 '))).toEqual([]);
  });
});
