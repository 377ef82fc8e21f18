// The upstream docs `npx tsx eval/quotes.ts --split S --cache` keeps (tokens, parse, entities before the quotes
// stage), so the quote analysis tools re-read them instead of re-running the pipeline. One reader for all of them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize } from 'node:v8';
import { evalTmp } from './tmp-path.js';
import type { Doc } from '../src/core/doc.js';

/** the newest cached upstream docs of a split, by document id */
export function cachedDocs(split: string): Map<string, Doc> {
  const dir = dirname(evalTmp('x'));
  const files = readdirSync(dir)
    .filter((f) => f.startsWith(`newsgraph-quotes-cache-${split}-0-`))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (!files.length) throw new Error(`no doc cache for ${split}: run npx tsx eval/quotes.ts --split ${split} --cache first`);
  const docs = deserialize(readFileSync(files[0]!)) as Doc[];
  return new Map(docs.map((d) => [d.id, d]));
}
