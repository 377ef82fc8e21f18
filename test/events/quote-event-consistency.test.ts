// Issue 14: a quote and an event built on the same cue name the same speaker/source — one
// resolution, two layers. "Erdogan, reacting to Macron's remarks, criticized …" gave the quote the
// speaker Erdogan and the event the source Macron (the nearest actor before the verb); the events
// stage now takes the quote's resolved speaker for an event whose trigger is that quote's cue.
// Sentences are invented; eval/quote-event-consistency.ts measures the same on the corpora.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc, type Doc } from '../../src/core/doc.js';
import { modelPath } from '../../src/core/paths.js';
import { defaultPipeline } from '../../src/pipeline/default.js';

const hasParser = existsSync(modelPath('parser.bin'));

/** [quote speaker entity, event source entity] of every event whose trigger lies on a quote's cue */
function cuePairs(doc: Doc): Array<[string | null, string | null, string]> {
  const out: Array<[string | null, string | null, string]> = [];
  for (const q of doc.quotes) {
    if (!q.cue) continue;
    for (const e of doc.events) {
      if (e.evidence.start < q.cue.start || e.evidence.start >= q.cue.end) continue;
      out.push([q.speaker.entity, e.source.entity, `${doc.text.slice(q.cue.start, q.cue.end)} ${e.cameo} ${e.rule}`]);
    }
  }
  return out;
}

const run = (text: string) => defaultPipeline().run(createDoc(text, { id: 'consist', published: '2024-03-01' }));

// sentences whose cue verb is also an event trigger: both layers must fire and agree
const PAIRED = [
  // the nearest actor before the verb is the one the participle clause mentions, not the speaker
  'Erdogan, reacting to Macron\'s remarks on Sunday, criticized the French government as racist.',
  'Modi, replying to Khan\'s offer of talks, accused Pakistan of sheltering militants.',
  // a comma-set participle cue takes the reporting clause's subject on both layers
  'Senator Elizabeth Warren mocked Governor Charlie Baker for skipping the vote, claiming that Baker feared the unions.',
  'Trudeau ridiculed Trump for the tariffs, claiming that Washington had insulted Canada.',
  'Russian President Vladimir Putin accused Ukraine of sabotaging the talks, saying Kyiv had broken the ceasefire.',
  'Venezuelan President Nicolas Maduro accused the United States of plotting a coup, telling supporters in Caracas that Washington wanted Venezuela\'s oil.',
  "Iran's foreign ministry condemned the strikes on Syria, calling them a violation of international law.",
  'Senator Lindsey Graham, the chairman of the Senate Judiciary Committee, urged the Justice Department to investigate the leak.',
  // pronoun speakers: one coreference answer for both layers
  'German Chancellor Olaf Scholz met French President Emmanuel Macron on Monday. He later accused Russia of spreading lies, saying the Kremlin wanted to divide Europe.',
  "Angela Merkel arrived in Paris on Monday. Reacting to Putin's speech, she accused Russia of blackmail.",
];

describe.skipIf(!hasParser)('quote and event on the same cue (issue 14)', () => {
  for (const text of PAIRED) {
    it(`one speaker: ${text.slice(0, 60)}`, () => {
      const pairs = cuePairs(run(text));
      expect(pairs.length, 'an event on the quote cue').toBeGreaterThan(0);
      for (const [speaker, source, what] of pairs) {
        expect(speaker, what).not.toBeNull();
        expect(source, what).toBe(speaker);
      }
    }, 120_000);
  }

  it('an inverted speaker is never replaced by the quoted words\' subject', () => {
    // "Russia has no right to interfere, warned the Ukrainian president, …": Russia is what was said, not who warned
    const text = 'Russia has no right to interfere, warned the Ukrainian president, Volodymyr Zelensky.';
    const doc = run(text);
    expect(doc.quotes.some((q) => q.cue && text.slice(q.cue.start, q.cue.end) === 'warned')).toBe(true);
    for (const [speaker, source, what] of cuePairs(doc)) expect(source, what).toBe(speaker);
  }, 120_000);
});
