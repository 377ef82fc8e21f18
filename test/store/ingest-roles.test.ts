// Role observations travel the whole ingest path: the entities stage's roleObservations layer,
// written by the contract writer as `role_observations`, extracted on a worker thread by the real
// pipeline (no fixture extractor), and stored in the role history of the person's actor.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { InputItem } from '../../src/io/read-inputs.js';
import { runIngest } from '../../src/ingest/run.js';
import { actorId } from '../../src/store/keys.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-roles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// invented people: the knowledge base cannot know their roles, only the text states them
const item = (id: string, published: string, text: string): InputItem => ({
  ok: true,
  article: { id, text, title: id, url: `https://news.example/${id}`, published, source: `test:${id}` },
});

describe('newsgraph ingest stores the roles the text states', () => {
  it('keeps a titled person\'s role, country and date from each article', async () => {
    const store = openSqliteStore(join(dir, 'roles.db'));
    const items = [
      item('r1', '2025-02-10', 'Swedish Defence Minister Maja Ekholm met her Finnish counterpart in Helsinki on Monday. Ekholm said the talks went well.\n'),
      item('r2', '2025-06-02', 'Swedish Prime Minister Maja Ekholm visited Oslo on Friday, her office said.\n'),
    ];
    const summary = await runIngest(store, items, { workers: 1, batchSize: 1 });
    expect(summary).toMatchObject({ inserted: 2, errors: 0 });
    const actor = await store.getActor(actorId('PERSON', 'Maja Ekholm'));
    expect(actor).not.toBeNull();
    const roles = actor!.roles.map((r) => ({ role: r.role, country: r.country, actor_code: r.actor_code, first: r.first, origin: r.origin }));
    expect(roles).toEqual([
      { role: 'Defence Minister', country: 'SWE', actor_code: 'SWEGOV', first: '2025-02-10', origin: 'extras' },
      { role: 'Prime Minister', country: 'SWE', actor_code: 'SWEGOV', first: '2025-06-02', origin: 'extras' },
    ]);
    await store.close();
  }, 120_000);
});
