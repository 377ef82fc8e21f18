import { describe, expect, it } from 'vitest';
import type { Quote } from '../../core/doc.js';
import { ContentIndex } from './content-index.js';

const q = (id: string, ...content: [number, number][]): Quote => ({
  id,
  kind: 'direct',
  content: content.map(([start, end]) => ({ start, end })),
  cue: null,
  speaker: { entity: null, name: null, mention: null },
  addressee: null,
  rule: 'test',
});

describe('ContentIndex', () => {
  const outer = q('outer', [10, 100]);
  const inner = q('inner', [20, 40]);
  const later = q('later', [120, 150]);
  const idx = new ContentIndex([later, inner, outer]);
  it('finds the smallest quote holding a span', () => {
    expect(idx.holding({ start: 25, end: 30 })?.quote.id).toBe('inner');
    expect(idx.holding({ start: 45, end: 50 })?.quote.id).toBe('outer');
    expect(idx.holding({ start: 35, end: 50 })?.quote.id).toBe('outer');
    expect(idx.holding({ start: 105, end: 110 })).toBeNull();
    expect(idx.holding({ start: 20, end: 40 }, inner)?.quote.id).toBe('outer');
  });
  it('finds the nearest quoted content on each side of a focus', () => {
    expect(idx.cutsAround({ start: 105, end: 110 }, { start: 0, end: 200 })).toEqual([
      expect.objectContaining({ start: 10, end: 100 }),
      expect.objectContaining({ start: 120, end: 150 }),
    ]);
    expect(idx.cutsAround({ start: 105, end: 110 }, { start: 101, end: 115 })).toEqual([]);
  });
});
