// The committed rule catalogue (data/rule-catalogue.json) is what scripts/rule-catalogue.ts builds
// from the stage code and the event frames today: a rule added or renamed without regenerating it
// fails here (regenerate: npx tsx scripts/rule-catalogue.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../../src/core/paths.js';
import { buildCatalogue } from '../../scripts/rule-catalogue.js';
import { loadTsv } from '../../src/core/data-loader.js';

describe('rule catalogue', () => {
  it('is current with the code and data', () => {
    const committed = JSON.parse(readFileSync(dataPath('rule-catalogue.json'), 'utf8')) as { rules: unknown[] };
    expect(committed.rules).toEqual(JSON.parse(JSON.stringify(buildCatalogue())));
  });

  it('describes every event frame with its cue, slots and CAMEO name, and every entry in words', () => {
    const rules = buildCatalogue();
    const frames = loadTsv('events/frames.tsv', ['id']).rows.map((r) => `events:${r.id}`);
    const byId = new Map(rules.map((r) => [r.id, r]));
    for (const f of frames) expect(byId.get(f)?.evidence.cue, f).toBeTruthy();
    expect(rules.every((r) => r.description.length > 3 && r.description !== r.id)).toBe(true);
  });
});
