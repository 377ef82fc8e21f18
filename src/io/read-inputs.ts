// Every input newsgraph accepts, as one stream of articles or per-article errors:
// .txt (paragraphs on separate lines), .html/.htm, .json (one object), .jsonl (one object a line),
// .csv (a header with a `text` column), RSS/Atom feeds (.xml/.rss/.atom), directories (recursive,
// in name order) and '-' for JSONL on standard input. A bad input yields an error item naming it;
// it never stops the stream, so a batch goes on past one bad article. JSONL (and stdin) is streamed
// line by line; other files are size-checked before they are read (limits.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { NewsgraphError, isNewsgraphError } from '../core/errors.js';
import { decodeText, decodeUtf8, sniffUtf16 } from './decode.js';
import { bytesCertainlyOver, mb, resolveLimits, type InputLimits } from './limits.js';
import { readFileLines, readLines, type Line } from './read-lines.js';
import { splitLongText } from './split-long.js';
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
  /** standard input's content, for '-' (default: standard input is streamed) */
  stdin?: string;
  limits?: Partial<InputLimits>;
  /** a text over limits.maxTextChars becomes several articles of whole paragraphs instead of E009 */
  splitLong?: boolean;
}

/** Zero-width and invisible format characters: a text of only these (and spaces) is empty. */
const INVISIBLE = /^[\s\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u034f\u180e]*$/;

/** True for a text with nothing to read: empty, spaces, or only zero-width characters (E003). */
export function isBlankText(text: string): boolean {
  return INVISIBLE.test(text);
}

export const INPUT_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm', '.json', '.jsonl', '.ndjson', '.csv', '.xml', '.rss', '.atom']);

function fail(source: string, e: unknown): InputItem {
  const error = isNewsgraphError(e) ? e : new NewsgraphError('E005', `${source}: ${(e as Error).message}`, source);
  return { ok: false, source, error };
}

/** One input article, checked: its text non-empty and within the size limit (or split, --split-long). */
function article(fields: Omit<InputArticle, 'published'> & { published?: unknown }, opts: ReadOptions): InputArticle[] {
  const { source } = fields;
  if (typeof fields.text !== 'string') {
    throw new NewsgraphError('E005', `${source}: expected a string "text" field, found ${fields.text === undefined ? 'none' : typeof fields.text}`, source);
  }
  if (isBlankText(fields.text)) throw new NewsgraphError('E003', `${source}: the article text is empty (or only invisible characters)`, source);
  const published = normalizeInputDate(fields.published, source) ?? opts.published ?? null;
  const max = resolveLimits(opts.limits).maxTextChars;
  if (fields.text.length <= max) return [{ ...fields, published }];
  if (!opts.splitLong) {
    throw new NewsgraphError('E009', `${source}: the article text has ${fields.text.length} characters, over the limit of ${max} (use --split-long to process it in parts)`, source);
  }
  const parts = splitLongText(fields.text, max);
  return parts.map((text, i) => ({
    ...fields,
    ...(fields.id !== undefined ? { id: `${fields.id}-part${i + 1}` } : {}),
    text,
    source: `${source}#part${i + 1}`,
    published,
  }));
}

const ok = (articles: InputArticle[]): InputItem[] => articles.map((a) => ({ ok: true, article: a }));

function fromObject(o: unknown, source: string, opts: ReadOptions): InputArticle[] {
  if (!o || typeof o !== 'object' || Array.isArray(o)) {
    throw new NewsgraphError('E005', `${source}: expected a JSON object with a "text" field, found ${Array.isArray(o) ? 'an array' : typeof o}`, source);
  }
  const r = o as Record<string, unknown>;
  if (r.id != null && typeof r.id !== 'string') {
    throw new NewsgraphError('E005', `${source}: "id" must be a string, found ${Array.isArray(r.id) ? 'an array' : typeof r.id}`, source);
  }
  const str = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : r[k] == null ? null : String(r[k]));
  return article(
    {
      ...(r.id != null ? { id: r.id as string } : {}),
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

function jsonlItem(line: string, where: string, opts: ReadOptions): InputItem[] {
  try {
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch (e) {
      throw new NewsgraphError('E005', `${where}: not valid JSON (${(e as Error).message})`, where);
    }
    return ok(fromObject(o, where, opts));
  } catch (e) {
    return [fail(where, e)];
  }
}

function* fromJsonl(content: string, source: string, opts: ReadOptions): Generator<InputItem> {
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line) yield* jsonlItem(line, `${source}:${i + 1}`, opts);
  }
}

/** JSONL streamed from lines of bytes: each line decoded (strict UTF-8) and parsed on its own. */
function* fromJsonlLines(lines: Iterable<Line>, source: string, opts: ReadOptions, maxLineBytes: number): Generator<InputItem> {
  for (const l of lines) {
    const where = `${source}:${l.n}`;
    if (!l.bytes) {
      yield fail(where, new NewsgraphError('E009', `${where}: a line of ${mb(l.length)} exceeds the limit of ${mb(maxLineBytes)}`, where));
      continue;
    }
    let line: string;
    try {
      line = decodeUtf8(l.bytes, where).trim();
    } catch (e) {
      yield fail(where, e);
      continue;
    }
    if (line) yield* jsonlItem(line, where, opts);
  }
}

function* fromCsv(content: string, source: string, opts: ReadOptions): Generator<InputItem> {
  const rows = parseCsv(content);
  const header = rows[0]?.map((h) => h.trim().toLowerCase()) ?? [];
  if (!header.includes('text')) {
    yield fail(source, new NewsgraphError('E008', `${source}: a CSV input needs a header row with a "text" column, found: ${header.join(', ') || 'nothing'}`, source));
    return;
  }
  for (let i = 1; i < rows.length; i++) {
    const where = `${source}:row ${i}`;
    const o: Record<string, string> = {};
    header.forEach((h, j) => (o[h] = rows[i]![j] ?? ''));
    try {
      yield* ok(fromObject(o, where, opts));
    } catch (e) {
      yield fail(where, e);
    }
  }
}

const STREAMED = new Set(['.jsonl', '.ndjson']);
const SINGLE = new Set(['.json', '.html', '.htm']);

function* fromFile(path: string, opts: ReadOptions): Generator<InputItem> {
  const limits = resolveLimits(opts.limits);
  const ext = extname(path).toLowerCase();
  const lineLimit = bytesCertainlyOver(limits.maxTextChars) + 1_000_000;
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    yield fail(path, new NewsgraphError('E001', `${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message}`, path));
    return;
  }
  if (STREAMED.has(ext)) {
    let utf16 = false;
    const lines = readFileLines(path, lineLimit, (chunk) => {
      utf16 = sniffUtf16(chunk) !== null;
    });
    try {
      const first = lines.next();
      if (!utf16) {
        // streamed: only one line is held at a time
        if (!first.done) yield* fromJsonlLines([first.value], path, opts, lineLimit);
        yield* fromJsonlLines({ [Symbol.iterator]: () => lines }, path, opts, lineLimit);
        return;
      }
    } catch (e) {
      yield fail(path, new NewsgraphError('E001', `${path}: ${(e as Error).message}`, path));
      return;
    } finally {
      lines.return(undefined);
    }
    // a UTF-16 JSONL is decoded whole (rare; bounded by the file limit below)
  }
  // read whole: refuse what is certainly too large before reading a byte of it
  const limit = ext === '.html' || ext === '.htm' ? limits.maxHtmlBytes : SINGLE.has(ext) || !INPUT_EXTENSIONS.has(ext) || ext === '.txt' || ext === '.text' ? (opts.splitLong ? limits.maxFileBytes : bytesCertainlyOver(limits.maxTextChars)) : limits.maxFileBytes;
  if (size > limit) {
    yield fail(path, new NewsgraphError('E009', `${path}: ${mb(size)} exceeds the limit of ${mb(limit)} for this kind of input`, path));
    return;
  }
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
    content = decodeText(bytes, path);
  } catch (e) {
    yield fail(path, e);
    return;
  }
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
      yield* ok(fromObject(o, path, opts));
    } else if (ext === '.csv') {
      yield* fromCsv(content, path, opts);
    } else if (ext === '.xml' || ext === '.rss' || ext === '.atom' || ((ext === '.html' || ext === '.htm') && looksLikeFeed(content))) {
      if (!looksLikeFeed(content)) throw new NewsgraphError('E006', `${path}: an .xml input must be an RSS or Atom feed`, path);
      const items = parseFeed(content);
      for (let i = 0; i < items.length; i++) {
        const it = items[i]!;
        const where = `${path}#${i + 1}`;
        try {
          yield* ok(article({ ...(it.id ? { id: it.id } : {}), text: it.text, title: it.title, url: it.url, published: it.published, source: where }, opts));
        } catch (e) {
          yield fail(where, e);
        }
      }
    } else if (ext === '.html' || ext === '.htm') {
      const a = htmlToArticle(content, path, limits);
      yield* ok(article({ text: a.text, title: a.title, url: a.url, byline: a.byline, published: a.published, source: path }, opts));
    } else {
      // .txt and anything else given by name: plain text, unchanged (offsets refer to it as is)
      yield* ok(article({ text: content, title: null, url: null, source: path }, opts));
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
      if (opts.stdin !== undefined) yield* fromJsonl(opts.stdin, 'stdin', opts);
      else {
        const lineLimit = bytesCertainlyOver(resolveLimits(opts.limits).maxTextChars) + 1_000_000;
        yield* fromJsonlLines(readLines(0, lineLimit), 'stdin', opts, lineLimit);
      }
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
