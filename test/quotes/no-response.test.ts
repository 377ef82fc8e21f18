// Unanswered inquiries (src/stages/quotes/no-response.ts): "X did not respond to a request for
// comment" is X's attribution, cue the negated verb group with its "to", content the inquiry.
import { describe, expect, it } from 'vitest';
import { core, quotesOf } from './helpers.js';

const rule = 'quotes:no-response';

describe('no-response: a negated reply to a named inquiry', () => {
  it('did not (immediately) respond to: the inquiry is the content', () => {
    const q = quotesOf('A spokeswoman for the harbour board did not immediately respond to a request for comment.').find((x) => x.rule === rule);
    expect(q).toMatchObject({ cue: 'did not immediately respond to', source: 'A spokeswoman for the harbour board' });
    expect(q!.content.map(core)).toEqual(['a request for comment']);
  });

  it('did not return a message: the verb group alone is the cue', () => {
    const q = quotesOf('The mayor did not return a message about the ferry contract.').find((x) => x.rule === rule);
    expect(q).toMatchObject({ cue: 'did not return', source: 'The mayor' });
    expect(q!.content.map(core)).toEqual(['a message about the ferry contract']);
  });

  it('no negation, no inquiry noun, or a relative clause: nothing', () => {
    const texts = [
      'The mayor responded to a request for comment within an hour.',
      'The patient did not respond to the treatment.',
      'The ferry did not return to the harbour until Friday.',
      'The mayor, who did not respond to a request for comment, has denied the report.',
    ];
    for (const t of texts) expect(quotesOf(t).filter((x) => x.rule === rule), t).toEqual([]);
  });
});
