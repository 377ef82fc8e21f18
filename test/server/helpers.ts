// Shared test setup: a fresh SQLite store filled with the hand-made fixture documents.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleDocs } from '../../src/store/fixtures.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/store.js';

export async function fixtureStore(): Promise<{ store: Store; dir: string; path: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-api-'));
  const path = join(dir, 'test.db');
  const store = openSqliteStore(path);
  await store.writeBatch(sampleDocs().map((doc) => ({ kind: 'doc', doc })));
  return { store, dir, path };
}
