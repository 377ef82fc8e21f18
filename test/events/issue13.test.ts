// Issue 13 behaviours through the real pipeline, on our own sentences: the source of a participle
// on a document noun comes from the governing clause; one event per happening ("met … at a
// meeting"); places are locations, never targets, and a protest with no named target is addressed
// to the state it happens in (target_source "context"); "according to X" is never a party; the
// CAMEO verb dictionary gives breadth past the hand frames.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import { modelPath } from '../../src/core/paths.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { toContract } from '../../src/io/write-json.js';

const hasParser = existsSync(modelPath('parser.bin'));
const run = (text: string) => defaultPipeline().run(createDoc(text, { id: 't', published: '2024-03-01' }));
const brief = (text: string) => run(text).events.map((e) => `${e.source.actor_code ?? '-'} ${e.cameo} ${e.target.actor_code ?? '-'}`);

describe.skipIf(!hasParser)('events across clauses, places and attributions (issue 13)', () => {
  it('takes the source of a participle on a document noun from the governing clause', () => {
    expect(brief('Iran posted a message on Twitter blaming Israel for the attack.')).toContain('IRN 112 ISR');
    const ban = run('On Friday, Youssef Chahed, the Prime Minister of Tunisia, signed a government decree banning anyone wearing a niqab.').events;
    expect(ban.map((e) => `${e.source.actor_code} ${e.root}`)).toEqual(['TUNGOV 17']);
  });

  it('codes one event for "met … at a meeting", with both words as evidence', () => {
    const doc = run('The Chinese president met the French president at a meeting in Beijing.');
    expect(doc.events.map((e) => `${e.source.actor_code} ${e.cameo} ${e.target.actor_code}`)).toEqual(['CHNGOV 040 FRAGOV']);
    expect(doc.events[0]!.moreEvidence?.length).toBe(1);
  });

  it('addresses a protest with no named target to the state it happens in, as a context target with no mention', () => {
    const doc = run('Thousands of Serbians protested in Belgrade on Friday.');
    expect(doc.events.map((e) => `${e.source.actor_code} ${e.root} ${e.target.actor_code}`)).toEqual(['SRB 14 SRBGOV']);
    const c = toContract(doc) as { events: Array<{ target_source?: string; target: { mention: unknown } }> };
    expect(c.events[0]!.target_source).toBe('context');
    expect(c.events[0]!.target.mention).toBeNull();
  });

  it("addresses protesters' demands with no named addressee to their own government", () => {
    expect(brief('Serbian protesters marched in Belgrade on Sunday. Their demands include new elections.')).toContain('SRBCVL 100 SRBGOV');
  });

  it('never takes the source of an "according to" attribution as a target', () => {
    for (const text of ['Britain condemned the attack, according to diplomats.', 'Japan sent aid, according to officials in Tokyo.']) {
      expect(run(text).events.every((e) => e.target.actor_code === null || !['GOV', 'JPNGOV'].includes(e.target.actor_code)), text).toBe(true);
    }
  });

  it('codes verbs only the CAMEO dictionary covers (breadth past the hand frames)', () => {
    // "levy" has no hand frame: the dictionary's "levy … sanctions" (163)
    expect(brief('The United States government levied sanctions against Iran.')).toContain('USAGOV 163 IRN');
  });
});
