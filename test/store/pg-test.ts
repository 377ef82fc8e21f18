// What the PostgreSQL test files share: the cluster URL from the globalSetup (pg-global-setup.ts),
// a skip reason when there is none, and a fresh empty database per store (CREATE DATABASE is cheap
// on a test cluster, and a database per test keeps the conformance suite's "fresh store" promise).
import { inject } from 'vitest';
import pg from 'pg';

export const pgUrl: string | null = inject('pgUrl');
export const pgSkipReason: string = inject('pgSkipReason');
/** the suffix PostgreSQL suites put in their title so a skip says why */
export const pgTitle = (name: string) => (pgUrl ? name : `${name} — SKIPPED: ${pgSkipReason}`);
if (!pgUrl) console.warn(`PostgreSQL tests skipped: ${pgSkipReason}`);

let n = 0;
/** Creates an empty database on the test cluster and returns its URL. */
export async function freshDatabase(prefix = 'ng'): Promise<string> {
  if (!pgUrl) throw new Error(`no PostgreSQL: ${pgSkipReason}`);
  const name = `${prefix}_${process.pid}_${n++}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const u = new URL(pgUrl);
  u.pathname = `/${name}`;
  return u.toString();
}
