// Passive attitude verbs with an agent (src/stages/quotes/passive-attitude.ts): "X was criticized by
// Y" is Y's stance on X — the agent the source, the passive verb group the cue ("by" out), the
// subject the content, and the verb's "for / of / as" complement a second content piece. An agent
// that is a measure, and passives without a by-agent, are no attribution.
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';
import { seen } from './helpers.js';

const rule = 'quotes:indirect-passive-by-attitude';
const pipeline = defaultPipeline();
const run = (text: string) => {
  const doc = pipeline.run(createDoc(text, { id: 't' }));
  return (doc.quotes ?? []).filter((q) => q.rule === rule).map((q) => seen(doc, q));
};

describe('passive attitude verbs: the by-agent holds the stance', () => {
  it('agent the source, verb group the cue, subject the content', () => {
    expect(run('The harbour plan was rejected by most of the town council.')).toMatchObject([
      { cue: 'was rejected', source: 'most of the town council', content: ['The harbour plan'] },
    ]);
  });

  it('the verb’s "for" complement is a second piece; a relative clause after the agent’s comma is no part of the source', () => {
    expect(run('The mayor was criticized by local shop owners for closing the old market.')).toMatchObject([
      { cue: 'was criticized', source: 'local shop owners', content: ['The mayor', 'for closing the old market'] },
    ]);
    expect(run('The ferry project has been praised by Anna Berg, who runs the yacht club.')).toMatchObject([
      { source: 'Anna Berg', content: ['The ferry project'] },
    ]);
  });

  it('a measure as agent, a passive without an agent: nothing', () => {
    for (const t of ['The race was decided by 10 points in 2004.', 'The harbour plan was rejected last week.']) expect(run(t), t).toEqual([]);
  });
});
