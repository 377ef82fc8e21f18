// Golden files for the annotation layers (entities, time, quotes, events) of the contract output on
// the bundled samples and on the seed article. They pin the output exactly, offsets included, so a
// refactor that must keep the output byte-identical can show that it did, and a shifted span turns
// the golden test red. The samples are fiction written for this project (CC0), so their golden
// files keep each span's covered text for readable diffs; the seed article is © its publisher and
// lives only in ../shared, so its golden file keeps spans and labels but no covered text (the test
// checks that text by slicing the input read from ../shared).
// Update after an intended change with `npm run golden:update` and review the diff.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, sharedPath } from '../../src/core/paths.js';
import { analyze } from '../../src/index.js';
import { isSpan } from './contract-spans.js';
import { sharedPresent } from './shared.js';

export const contractGoldenDir = join(repoRoot, 'test', 'golden', 'contract');
const samplesDir = join(repoRoot, 'samples');
const seedPath = sharedPath('examples', 'seed', 'article.txt');

export interface GoldenCase {
  readonly name: string;
  /** false when the input is not available here (the seed without ../shared) */
  readonly present: boolean;
  /** the input text exactly as given to the pipeline */
  readonly input: string;
  readonly meta: { id: string; title: string | null; url: string | null; published: string | null };
  /** whether the golden file may keep each span's covered text (not for copyrighted inputs) */
  readonly keepText: boolean;
  readonly goldenFile: string;
}

interface SampleJson {
  id: string;
  text: string;
  title?: string | null;
  url?: string | null;
  published?: string | null;
}

/** The bundled samples (always present) and the seed article (present when ../shared is). */
export function goldenCases(): GoldenCase[] {
  const samples = readdirSync(samplesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f): GoldenCase => {
      const j = JSON.parse(readFileSync(join(samplesDir, f), 'utf8')) as SampleJson;
      return {
        name: j.id,
        present: true,
        input: j.text,
        meta: { id: j.id, title: j.title ?? null, url: j.url ?? null, published: j.published ?? null },
        keepText: true,
        goldenFile: join(contractGoldenDir, `${j.id}.json`),
      };
    });
  const seedPresent = sharedPresent(seedPath);
  const seed: GoldenCase = {
    name: 'seed',
    present: seedPresent,
    input: seedPresent ? readFileSync(seedPath, 'utf8') : '',
    meta: { id: 'seed', title: null, url: null, published: '2025-03-07' },
    keepText: false,
    goldenFile: join(contractGoldenDir, 'seed.json'),
  };
  return [...samples, seed];
}

/** The pipeline's contract output for a case, through the public entry point (analyze). */
export function runGoldenCase(c: GoldenCase): ReturnType<typeof analyze> {
  return analyze(c.input, c.meta);
}

/** Drops the covered `text` of every span (for inputs whose text must not be copied). */
function withoutSpanText(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutSpanText);
  if (typeof v !== 'object' || v === null) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === 'text' && isSpan(v)) continue;
    out[k] = withoutSpanText(x);
  }
  return out;
}

export interface GoldenRecord {
  id: unknown;
  published: unknown;
  /** a hash of paragraphs, sentences and tokens (tags, heads, lemmas): one line that moves when syntax does */
  syntax_sha256: string;
  entities: unknown;
  timexes: unknown;
  quotes: unknown;
  events: unknown;
}

/** What a golden file records of a contract document. */
export function goldenRecord(doc: Record<string, unknown>, keepText: boolean): GoldenRecord {
  const syntax = JSON.stringify({ paragraphs: doc.paragraphs, sentences: doc.sentences, tokens: doc.tokens });
  const rec: GoldenRecord = {
    id: doc.id,
    published: doc.published,
    syntax_sha256: createHash('sha256').update(syntax).digest('hex'),
    entities: doc.entities,
    timexes: doc.timexes,
    quotes: doc.quotes,
    events: doc.events,
  };
  return (keepText ? JSON.parse(JSON.stringify(rec)) : withoutSpanText(rec)) as GoldenRecord;
}

/**
 * The golden file's text: one line per field of a record and per element of a list inside a record
 * (a mention, a content span), so a git diff names the record and the span that moved.
 */
export function formatGolden(rec: GoldenRecord): string {
  const fmt = (v: unknown, depth: number, indent: string): string => {
    const expand = typeof v === 'object' && v !== null && (depth <= 2 || (depth === 3 && Array.isArray(v)));
    if (!expand) return JSON.stringify(v);
    const inner = indent + '  ';
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      return `[\n${v.map((x) => inner + fmt(x, depth + 1, inner)).join(',\n')}\n${indent}]`;
    }
    const entries = Object.entries(v as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${fmt(x, depth + 1, inner)}`).join(',\n')}\n${indent}}`;
  };
  return fmt(rec, 0, '') + '\n';
}

/** Leaves of a record by readable path; a span (with its kind, rule, title…) is one leaf. */
function flatten(v: unknown, path: string, out: Map<string, string>): void {
  if (typeof v !== 'object' || v === null || isSpan(v) || (Array.isArray(v) && v.length === 0)) {
    out.set(path, JSON.stringify(v));
    return;
  }
  if (Array.isArray(v)) {
    v.forEach((x, i) => {
      const id = typeof x === 'object' && x !== null ? (x as { id?: unknown }).id : undefined;
      flatten(x, `${path}[${typeof id === 'string' ? id : i}]`, out);
    });
    return;
  }
  for (const [k, x] of Object.entries(v)) flatten(x, path ? `${path}.${k}` : k, out);
}

/** The differences between a golden record and the current one, one readable line each; [] when equal. */
export function goldenDiff(expected: unknown, actual: unknown): string[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  flatten(expected, '', a);
  flatten(actual, '', b);
  const out: string[] = [];
  for (const [k, x] of a) {
    const y = b.get(k);
    if (y === undefined) out.push(`- ${k}: ${x}   (gone from the output)`);
    else if (y !== x) out.push(`~ ${k}: ${x}  →  ${y}`);
  }
  for (const [k, y] of b) if (!a.has(k)) out.push(`+ ${k}: ${y}   (new in the output)`);
  return out;
}

/** The golden record stored for a case, or null when its file does not exist yet. */
export function readGolden(c: GoldenCase): GoldenRecord | null {
  return existsSync(c.goldenFile) ? (JSON.parse(readFileSync(c.goldenFile, 'utf8')) as GoldenRecord) : null;
}
