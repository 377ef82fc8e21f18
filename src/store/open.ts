// Opens the store a --db value names: a postgres:// or postgresql:// URL selects PostgreSQL, anything
// else is a SQLite file path. The one place that decides, so every command selects alike.
import { resolve } from 'node:path';
import { openPostgresStore, redact, type PostgresOptions } from './postgres/index.js';
import { openSqliteStore } from './sqlite/index.js';
import type { Store } from './store.js';

export const isPostgresUrl = (db: string): boolean => /^postgres(ql)?:\/\//i.test(db.trim());

export interface OpenOptions extends PostgresOptions {
  /** SQLite only: open read-only */
  readonly readonly?: boolean;
}

export async function openStore(db: string, opts: OpenOptions = {}): Promise<Store> {
  if (isPostgresUrl(db)) return openPostgresStore(db.trim(), opts);
  return openSqliteStore(resolve(db), { readonly: opts.readonly ?? false });
}

/** What to print for a --db value: the resolved path, or the URL without its password. */
export function describeDb(db: string): string {
  return isPostgresUrl(db) ? redact(db.trim()) : resolve(db);
}
