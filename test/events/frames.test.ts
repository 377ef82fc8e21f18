// Every frame in data/events/frames.tsv carries an example sentence; each must fire that frame
// (or its modality recoding) through the real pipeline: tokenizer, tagger, parser, entities.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import { modelPath } from '../../src/core/paths.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { cameoTable, loadFrames, NO_EVENT_CODE } from '../../src/stages/events/lexicon.js';

const hasParser = existsSync(modelPath('parser.bin'));

describe('frame lexicon', () => {
  it('covers all 20 CAMEO roots with valid codes and an example per frame', () => {
    const frames = loadFrames();
    const codes = cameoTable();
    const roots = new Set(frames.filter((f) => f.cameo !== NO_EVENT_CODE).map((f) => f.cameo.slice(0, 2)));
    expect([...roots].sort()).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
    for (const f of frames) {
      expect(codes.has(f.cameo) || f.cameo === NO_EVENT_CODE, f.id).toBe(true);
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
  // An example passes when its frame fires, or an event with the frame's CAMEO code does (a more
  // specific row of the same lemma may win on the example). The trained tagger/parser still
  // mis-parses some short headline-like sentences ("Police shot Kenyan protesters." → all nouns),
  // so this asserts a floor and lists every miss in the failure message; the misses are the
  // known gaps to look at when the parser or a frame changes.
  it('at least 98% of the frame examples fire their frame or code', () => {
    const misses: string[] = [];
    for (const f of frames) {
      const doc = defaultPipeline().run(createDoc(f.example, { id: f.id }));
      // a no-event row ("---") passes when its example codes no event at all
      const fired = f.cameo === NO_EVENT_CODE ? doc.events.length === 0 : doc.events.some((e) => e.rule.split('+')[0] === `events:${f.id}` || e.cameo === f.cameo);
      if (!fired) misses.push(`${f.id}: ${f.example} → ${doc.events.map((e) => `${e.cameo}:${e.rule}`).join(', ') || 'no events'}`);
    }
    expect(misses.length / frames.length, misses.join('\n')).toBeLessThanOrEqual(0.02);
  }, 120_000);

  it('fires the seed-like frames the issue names, through the real parser', () => {
    const cases: Array<[string, string]> = [
      ['Germany praised France.', '05'],
      ['The minister visited the United States.', '04'],
      ['The United States halted military aid to Ukraine.', '16'],
      ['Russia accused Ukraine of prolonging the war.', '11'],
      ['European leaders backed Ukraine.', '05'],
    ];
    for (const [text, root] of cases) {
      const doc = defaultPipeline().run(createDoc(text, { id: 'x' }));
      expect(doc.events.map((e) => e.root), text).toContain(root);
    }
  });
});
