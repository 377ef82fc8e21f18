// A reaction to an act named by an act noun is aimed at the act's author even when the story tells
// the act after the reaction (act-owner.ts), and an evaluation's reported clause names the act it
// is about ("ruled that the prorogation was unlawful").
import { describe, expect, it } from 'vitest';
import { eventBriefs as brief, hasParser } from '../helpers/event-briefs.js';
import type { NewsEvent } from '../../src/core/doc.js';
import { targetFromEarlierEvent } from '../../src/stages/events/act-owner.js';

describe.skipIf(!hasParser)('events: the author of an act told after the reaction to it', () => {
  it('aims a ruling on the act at whoever did it, told later', () => {
    expect(brief('The British court found the prorogation to be unlawful. The British queen suspended the British parliament last month.')).toContain('GBRJUD 116 GBRGOV');
  });

  it("reads the act from an evaluation's reported clause", () => {
    expect(brief('The British court ruled that the prorogation was unlawful. The British queen suspended the British parliament last month.')).toContain('GBRJUD 116 GBRGOV');
  });

  it("aims a call to investigate a shooting at the police's repression (a shooting may be 17)", () => {
    expect(brief('Hong Kong police used tear gas against protesters on Sunday. Amnesty International has called for an investigation into the shooting.')).toContain('NGOHRIAMN 020 HKGCOP');
  });

  it('leaves the target empty when no event of that kind has an author', () => {
    expect(brief('The British court ruled that the prorogation was unlawful.')).toEqual(['GBRJUD 116 -']);
  });
});

describe('events: the author act-owner passes on is a coded one', () => {
  const ev = (root: string, start: number, src: { actor_code: string | null; entity: string | null }): NewsEvent => ({
    id: '', cameo: `${root}0`, root, plover: null, quad: 0, goldstein: 0, location: null, negated: false, modality: 'asserted', rule: 'test',
    source: { ...src, mention: null }, target: { actor_code: null, entity: null, mention: null }, evidence: { start, end: start + 1 },
  });
  it('skips an earlier act whose doer has no code ("he fired a live shot") for a coded one before it', () => {
    const police = ev('17', 0, { actor_code: 'HKGCOP', entity: null });
    const officer = ev('19', 10, { actor_code: null, entity: 'e4' });
    const appeal = ev('02', 20, { actor_code: 'NGOHRIAMN', entity: 'e7' });
    const out = targetFromEarlierEvent([police, officer, appeal], new Map([[appeal, 'shooting']]), new Map([['shooting', ['18', '19', '17']]]));
    expect(out[2]!.target.actor_code).toBe('HKGCOP');
  });
});
