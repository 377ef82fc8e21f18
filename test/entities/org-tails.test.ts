// org-tails.ts: organisation names that run past what the model tagged.
import { describe, expect, it } from 'vitest';
import { analyzeEntities, mentionTexts } from './run.js';

const typed = (doc: ReturnType<typeof analyzeEntities>) => doc.entities.flatMap((e) => mentionTexts(doc, e).filter((_, i) => e.mentions[i]!.kind === 'name').map((t) => `${e.type}:${t}`));

describe('entities: organisation tails', () => {
  it('a corporate suffix after a comma belongs to the company name, and the place after it stays a place', () => {
    const doc = analyzeEntities('His employer changed from the foundation to Google, Inc. of Mountain View, California. The papers went to the counterparty, CCNG, Inc., last week.\n');
    const names = typed(doc);
    expect(names).toContain('ORG:Google, Inc.');
    expect(names.some((n) => n.startsWith('ORG:CCNG, Inc'))).toBe(true);
    expect(names.some((n) => n.endsWith(':Mountain View'))).toBe(true);
    expect(names.some((n) => n.includes('Inc. of'))).toBe(false);
  });

  it('"on" before a weekday or a month starts a date, not a tail; a listed place ending in a head word stays a place', () => {
    const doc = analyzeEntities('The army entered the West Bank on Monday. The Security Council on March 3 voted to extend the mission. The Senate Committee on Foreign Relations met.\n');
    const names = typed(doc);
    expect(names.filter((n) => /Monday|March/.test(n))).toEqual([]);
    expect(names.some((n) => /^(LOC|GPE):West Bank$/.test(n))).toBe(true);
    expect(names).toContain('ORG:Senate Committee on Foreign Relations');
  });

  it('a comma before an ordinary word joins nothing', () => {
    const doc = analyzeEntities('We met Google, Microsoft and Apple in Paris.\n');
    expect(typed(doc).filter((n) => n.includes(','))).toEqual([]);
  });
});
