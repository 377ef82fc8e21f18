// AP style: a quotation that runs over several paragraphs leaves the closing mark off every
// paragraph but the last, and opens each continuing paragraph with a mark.
import { describe, expect, it } from 'vitest';
import { core, read } from './helpers.js';

describe('multi-paragraph quotes', () => {
  it('an unclosed paragraph continues into the next one that opens with a quote mark', () => {
    const text = [
      'Mayor Jane Ortega spoke to reporters after the vote.',
      '“We knew the numbers were against us,” Ortega said. “But we made the case anyway.',
      '“And we will make it again next year, and the year after that.',
      '“The city deserves nothing less.”',
      'The council adjourned at noon.',
    ].join('\n\n');
    const doc = read(text);
    expect(doc.quotes).toHaveLength(1);
    const q = doc.quotes[0]!;
    expect(q.kind).toBe('direct');
    expect(q.content.map((c) => core(doc.text.slice(c.start, c.end)))).toEqual([
      'We knew the numbers were against us',
      'But we made the case anyway',
      'And we will make it again next year, and the year after that',
      'The city deserves nothing less',
    ]);
    expect(doc.text.slice(q.speaker.mention!.start, q.speaker.mention!.end)).toBe('Ortega');
  });

  it('a colon cue closing the paragraph above the quotation finds its subject in its own sentence', () => {
    const text = [
      'Senator Ted Cruz spoke in Des Moines on Monday. Cruz continued:',
      '“We will win this election and we will repeal every word of it.”',
    ].join('\n\n');
    const doc = read(text);
    expect(doc.quotes).toHaveLength(1);
    const q = doc.quotes[0]!;
    expect(doc.text.slice(q.cue!.start, q.cue!.end)).toBe('continued');
    expect(doc.text.slice(q.speaker.mention!.start, q.speaker.mention!.end)).toBe('Cruz');
    expect(q.speaker.name).toBe('Ted Cruz');
  });

  it('a continuing paragraph with an attribution of its own is that attribution, not the one before', () => {
    const text = [
      '“One I would describe as a casual hate,” Sexton said. “Trump events are outlets for people to engage in hatred.',
      '“There is another side that is kind of nihilistic,” Sexton said. “I do not know if it was cathartic.”',
    ].join('\n\n');
    const doc = read(text);
    const segs = doc.quotes.map((q) => q.content.map((c) => core(doc.text.slice(c.start, c.end))));
    expect(segs).toEqual([
      ['One I would describe as a casual hate', 'Trump events are outlets for people to engage in hatred'],
      ['There is another side that is kind of nihilistic', 'I do not know if it was cathartic'],
    ]);
  });
});
