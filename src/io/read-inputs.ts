// Every input newsgraph accepts, as one stream of articles or per-article errors:
// .txt (paragraphs on separate lines), .html/.htm, .json (one object), .jsonl (one object a line),
// .csv (a header with a `text` column), RSS/Atom feeds (.xml/.rss/.atom), directories (recursive,
// in name order) and '-' for JSONL on standard input. A bad input yields an error item naming it;
// it never stops the stream, so a batch goes on past one bad article.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { NewsgraphError, isNewsgraphError } from '../core/errors.js';
import { decodeUtf8 } from './decode.js';
import { normalizeInputDate } from './published.js';
import { htmlToArticle } from './read-html.js';
import { looksLikeFeed, parseFeed } from './read-feed.js';
import { parseCsv } from './read-csv.js';

export interface InputArticle {
  id?: string;
  text: string;
  title: string | null;
  url: string | null;
  published: string | null;
  /** where it came from, for messages: a path, "path:line", "stdin:line" */
  source: string;
  byline?: string | null;
}

export type InputItem = { ok: true; article: InputArticle } | { ok: false; source: string; error: NewsgraphError };

export interface ReadOptions {
  /** publication date (validated ISO) for articles that carry none */
  published?: string;
  /** standard input's content, for '-' */
  stdin?: string;
}

export const INPUT_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm', '.json', '.jsonl', '.ndjson', '.csv', '.xml', '.rss', '.atom']);

function fail(source: string, e: unknown): InputItem {
  const error = isNewsgraphError(e) ? e : new NewsgraphError('E005', `${source}: ${(e as Error).message}`, source);
  return { ok: false, source, error };
}

function article(fields: Omit<InputArticle, 'published'> & { published?: unknown }, opts: ReadOptions): InputArticle {
  const { source } = fields;
  if (typeof fields.text !== 'string') {
    throw new NewsgraphError('E005', `${source}: expected a string "text" field, found ${fields.text === undefined ? 'none' : typeof fields.text}`, source);
  }
  if (!fields.text.trim()) throw new NewsgraphError('E003', `${source}: the article text is empty`, source);
  const published = normalizeInputDate(fields.published, source) ?? opts.published ?? null;
  return { ...fields, published };
}

function fromObject(o: unknown, source: string, opts: ReadOptions): InputArticle {
  if (!o || typeof o !== 'object' || Array.isArray(o)) {
    throw new NewsgraphError('E005', `${source}: expected a JSON object with a "text" field, found ${Array.isArray(o) ? 'an array' : typeof o}`, source);
  }
  const r = o as Record<string, unknown>;
  const str = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : r[k] == null ? null : String(r[k]));
  return article(
    {
      ...(r.id != null ? { id: String(r.id) } : {}),
      text: r.text as string,
      title: str('title'),
      url: str('url'),
      published: r.published ?? r.date ?? null,
      byline: str('byline'),
      source,
    },
    opts,
  );
}

function* fromJsonl(content: string, source: string, opts: ReadOptions): Generator<InputItem> {
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const where = `${source}:${i + 1}`;
    try {
      let o: unknown;
      try {
        o = JSON.parse(line);
      } catch (e) {
        throw new NewsgraphError('E005', `${where}: not valid JSON (${(e as Error).message})`, where);
      }
      yield { ok: true, article: fromObject(o, where, opts) };
    } catch (e) {
      yield fail(where, e);
    }
  }
}

function* fromCsv(content: string, source: string, opts: ReadOptions): Generator<InputItem> {
  const rows = parseCsv(content);
  const header = rows[0]?.map((h) => h.trim().toLowerCase()) ?? [];
  if (!header.includes('text')) {
    yield fail(source, new NewsgraphError('E005', `${source}: a CSV input needs a header row with a "text" column, found: ${header.join(', ') || 'nothing'}`, source));
    return;
  }
  for (let i = 1; i < rows.length; i++) {
    const where = `${source}:row ${i}`;
    const o: Record<string, string> = {};
    header.forEach((h, j) => (o[h] = rows[i]![j] ?? ''));
    try {
      yield { ok: true, article: fromObject(o, where, opts) };
    } catch (e) {
      yield fail(where, e);
    }
  }
}

function* fromFile(path: string, opts: ReadOptions): Generator<InputItem> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    yield fail(path, new NewsgraphError('E001', `${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message}`, path));
    return;
  }
  let content: string;
  try {
    content = decodeUtf8(bytes, path);
  } catch (e) {
    yield fail(path, e);
    return;
  }
  const ext = extname(path).toLowerCase();
  try {
    if (ext === '.jsonl' || ext === '.ndjson') {
      yield* fromJsonl(content, path, opts);
    } else if (ext === '.json') {
      let o: unknown;
      try {
        o = JSON.parse(content);
      } catch (e) {
        throw new NewsgraphError('E005', `${path}: not valid JSON (${(e as Error).message})`, path);
      }
      yield { ok: true, article: fromObject(o, path, opts) };
    } else if (ext === '.csv') {
      yield* fromCsv(content, path, opts);
    } else if (ext === '.xml' || ext === '.rss' || ext === '.atom' || ((ext === '.html' || ext === '.htm') && looksLikeFeed(content))) {
      if (!looksLikeFeed(content)) throw new NewsgraphError('E006', `${path}: an .xml input must be an RSS or Atom feed`, path);
      const items = parseFeed(content);
      for (let i = 0; i < items.length; i++) {
        const it = items[i]!;
        const where = `${path}#${i + 1}`;
        try {
          yield { ok: true, article: article({ ...(it.id ? { id: it.id } : {}), text: it.text, title: it.title, url: it.url, published: it.published, source: where }, opts) };
        } catch (e) {
          yield fail(where, e);
        }
      }
    } else if (ext === '.html' || ext === '.htm') {
      const a = htmlToArticle(content);
      yield { ok: true, article: article({ text: a.text, title: a.title, url: a.url, byline: a.byline, published: a.published, source: path }, opts) };
    } else {
      // .txt and anything else given by name: plain text, unchanged (offsets refer to it as is)
      yield { ok: true, article: article({ text: content, title: null, url: null, source: path }, opts) };
    }
  } catch (e) {
    yield fail(path, e);
  }
}

function* walk(dir: string): Generator<string> {
  const names = readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
  for (const n of names) {
    const p = join(dir, n);
    const st = statSync(p);
    if (st.isDirectory()) yield* walk(p);
    else if (INPUT_EXTENSIONS.has(extname(n).toLowerCase())) yield p;
  }
}

export function* readInputs(paths: readonly string[], opts: ReadOptions = {}): Generator<InputItem> {
  for (const p of paths) {
    if (p === '-') {
      yield* fromJsonl(opts.stdin ?? '', 'stdin', opts);
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // a missing path is reported by fromFile with its own message
    }
    if (isDir) for (const f of walk(p)) yield* fromFile(f, opts);
    else yield* fromFile(p, opts);
  }
}
