// Every frame in data/events/frames.tsv carries an example sentence; each must fire that frame
// (or its modality recoding) through the real pipeline: tokenizer, tagger, parser, entities.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import { modelPath } from '../../src/core/paths.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { cameoTable, loadFrames } from '../../src/stages/events/lexicon.js';

const hasParser = existsSync(modelPath('parser.bin'));

describe('frame lexicon', () => {
  it('covers all 20 CAMEO roots with valid codes and an example per frame', () => {
    const frames = loadFrames();
    const roots = new Set(frames.map((f) => f.cameo.slice(0, 2)));
    expect([...roots].sort()).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
    for (const f of frames) {
      expect(cameoTable().has(f.cameo), f.id).toBe(true);
      expect(f.example.length, f.id).toBeGreaterThan(5);
    }
    expect(new Set(frames.map((f) => f.id)).size).toBe(frames.length);
  });

  it('maps every CAMEO code from 03 on to a PLOVER type', () => {
    for (const [code, info] of cameoTable()) {
      if (code.length < 3) continue;
      if (code < '02') expect(info.plover, code).toBeNull();
      else expect(info.plover, code).not.toBeNull();
    }
  });
});

describe.skipIf(!hasParser)('frame examples through the real pipeline (skipped until models/parser.bin exists)', () => {
  const frames = loadFrames();
  // an example passes when its frame fires, or when an event with the frame's CAMEO code does (a
  // more specific row of the same lemma may win on the example)
  it.each(frames.map((f) => [f.id, f] as const))('%s fires on its example', (_id, f) => {
    const doc = defaultPipeline().run(createDoc(f.example, { id: f.id }));
    const got = doc.events.map((e) => `${e.cameo}:${e.rule}`);
    const fired = doc.events.some((e) => e.rule.split('+')[0] === `events:${f.id}` || e.cameo === f.cameo);
    expect(fired, `${f.example} → ${got.join(', ') || 'no events'}`).toBe(true);
  });
});
