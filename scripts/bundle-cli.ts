// `npm run build`: the compiled CLI (dist/, from tsc) bundled into a few files in dist/bundle/, which
// bin/newsgraph.js runs when it is current. Resolving, reading and compiling the ~230 modules of an
// `extract` one by one cost ~0.1 CPU-s of a 1 s cold start (2026-12-06); bundled, Node reads a handful.
// The bundle is built from dist/ (tsc's output), not from src/, so it runs exactly the code tsc emitted.
// Entry points keep their file names: the worker pool starts ./worker.js next to its own module, and
// the worker imports ./extract-contract.js and ./extract.js next to itself (src/ingest/{pool,worker}.ts).
// Shared code goes into chunks loaded on demand (extract does not load the server or the stores);
// packages stay in node_modules. `extract` also gets a CommonJS file of its own (extract-cli.cjs,
// src/cli/extract-main.ts), which the bin runs for it: one compile instead of linking the chunks.
// esbuild comes with tsx; without it the build still works and bin/ runs dist/cli/main.js.
// Last, the V8 code cache of extract-cli.cjs (bin/code-cache.js): one warm-up extract of a sample
// article with the bin's shebang flags (plain `node bin/newsgraph.js extract` runs with them too).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../src/core/paths.js';

export const BUNDLE_DIR = join(repoRoot, 'dist', 'bundle');
/** the CommonJS file of `extract` in BUNDLE_DIR, and what it is built from */
export const EXTRACT_CLI = 'extract-cli.cjs';
const EXTRACT_CLI_ENTRY = 'dist/cli/extract-main.js';

const DEPENDENCIES = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies;

/**
 * commander's `require('node:child_process')` (used only to spawn an executable subcommand) as an
 * object whose members load the real module when first read.
 */
const lazyChildProcessForCommander: import('esbuild').Plugin = {
  name: 'lazy-child-process-for-commander',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (a) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(a.importer) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: [
        'const real = () => require("node:child_process");',
        'module.exports = new Proxy({}, { get: (_, k) => real()[k], has: (_, k) => k in real() });',
      ].join('\n'),
      loader: 'js',
    }));
  },
};

const ENTRIES: Record<string, string> = {
  main: 'dist/cli/main.js',
  worker: 'dist/ingest/worker.js',
  'extract-contract': 'dist/ingest/extract-contract.js',
  extract: 'dist/ingest/extract.js',
};

/**
 * esbuild (0.28, any node target) rewrites every regular expression literal with a Unicode property
 * escape (/^\p{Lu}/u, 60 of them in extract-cli.cjs) as `new RegExp("^\\p{Lu}", "u")`, which node 20 runs
 * through the RegExp constructor — flags parsed, the compilation cache searched by source — at every
 * evaluation, where the literal is a cheap clone: ~150 ns more per call in a micro-benchmark, and many
 * run once per token (wordInfo's acronym test, headlineSentences, the entity refiners' capital tests).
 * Node 20 has the escapes natively (since node 10); the semantics of the two forms are the same (each
 * evaluation of a literal is a new object too).
 */
const KEEP_REGEXP_LITERALS = { 'regexp-unicode-property-escapes': true };

/** Bundles the compiled CLI into dist/bundle/; returns its size in bytes, or null when it cannot (no dist/, no esbuild). */
export async function bundleCli(): Promise<number | null> {
  if (!existsSync(join(repoRoot, ENTRIES.main!))) return null;
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: repoRoot,
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, path]) => [name, join(repoRoot, path)])),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    supported: KEEP_REGEXP_LITERALS,
    packages: 'external',
    outdir: BUNDLE_DIR,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    metafile: true,
    logLevel: 'warning',
  });
  const cli = await esbuild.build({
    absWorkingDir: repoRoot,
    entryPoints: [join(repoRoot, EXTRACT_CLI_ENTRY)],
    outfile: join(BUNDLE_DIR, EXTRACT_CLI),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    supported: KEEP_REGEXP_LITERALS,
    // commander goes into the file (one compile with the rest, under the code cache, instead of
    // resolving and compiling its six files at each start), its child_process as a lazy stand-in
    // (extract never spawns a subcommand: node's child_process also loads net and dgram, ~5 ms CPU
    // of a cold extract); every other package stays in node_modules
    external: Object.keys(DEPENDENCIES).filter((d) => d !== 'commander'),
    plugins: [lazyChildProcessForCommander],
    // import.meta does not exist in CommonJS: module URLs are the ES bundle's main.js beside it
    // (src/core/paths.ts finds the repository from there, src/ingest/pool.ts its ./worker.js)
    define: { 'import.meta.url': '__newsgraphModuleUrl' },
    banner: { js: 'var __newsgraphModuleUrl = require("node:url").pathToFileURL(require("node:path").join(__dirname, "main.js")).href;' },
    metafile: true,
    logLevel: 'error',
  });
  // ASCII only (esbuild leaves non-ASCII in comments and regular expression literals: “ ’ — …), so
  // that node reads it as a one-byte string: bin/code-cache.js then decodes it as latin1, ~3 ms of
  // a cold extract less than decoding 1.2 MB of UTF-8 into a two-byte string (session 22)
  const cliFile = join(BUNDLE_DIR, EXTRACT_CLI);
  writeFileSync(cliFile, asciiSource(readFileSync(cliFile, 'utf8')));
  return [result, cli].flatMap((r) => Object.values(r.metafile.outputs)).reduce((n, o) => n + o.bytes, 0);
}

/**
 * JavaScript source with every non-ASCII character written as a \u escape (a character outside the
 * BMP as its two surrogates' escapes). The same program wherever such a character stands in
 * esbuild's output: a string or regular expression literal (where \uXXXX denotes the character, and
 * a surrogate pair one code point under the u flag), an identifier, a comment; not in a template's
 * raw text (String.raw), which the bundle does not use with such characters (checked by a test).
 */
export function asciiSource(js: string): string {
  return js.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

const BIN = join(repoRoot, 'bin', 'newsgraph.js');
/** the article of the warm-up runs: fiction written for the demo and tests (samples/README.md, CC0) */
const WARM_UP_ARTICLE = join(repoRoot, 'samples', 'sample-01-border-talks.json');

/** The node flags of the bin's shebang line, as bin/relaunch.js (their one reader) reads them; [] for none. */
export function shebangFlags(bin = BIN): string[] {
  const relaunch = createRequire(import.meta.url)(join(repoRoot, 'bin', 'relaunch.js')) as { shebangFlags(file: string): string[] | null };
  return relaunch.shebangFlags(bin) ?? [];
}

/**
 * Writes the code cache of extract-cli.cjs for the flags the bin runs extract with (its shebang's;
 * `node bin/newsgraph.js extract` starts node again with them, bin/relaunch.js, so one cache serves
 * both ways) by extracting one article; returns how many runs succeeded. A failed run leaves no
 * cache: the bin then compiles as without one and writes it itself.
 */
export function warmExtractCodeCaches(): number {
  if (!existsSync(join(BUNDLE_DIR, EXTRACT_CLI)) || !existsSync(WARM_UP_ARTICLE)) return 0;
  const r = spawnSync(process.execPath, [...shebangFlags(), BIN, 'extract', WARM_UP_ARTICLE], { stdio: 'ignore', timeout: 120_000 });
  return r.status === 0 ? 1 : 0;
}

/** the list of sources bin/newsgraph.js checks for edits after the build instead of walking src/ */
export const SOURCE_LIST = join(BUNDLE_DIR, 'sources.json');

/**
 * Writes SOURCE_LIST: every directory under src/ and every non-test .ts file (paths relative to
 * src/, as bin/newsgraph.js's newestSource walks them), and when the listing began.
 */
export function writeSourceList(src = join(repoRoot, 'src')): number {
  const listedAt = Date.now();
  const dirs: string[] = [];
  const files: string[] = [];
  const walk = (rel: string) => {
    dirs.push(rel);
    for (const e of readdirSync(join(src, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) files.push(p);
    }
  };
  walk('');
  writeFileSync(SOURCE_LIST, JSON.stringify({ listedAt, dirs, files }));
  return files.length;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const bytes = await bundleCli();
  console.log(bytes === null ? 'dist/bundle: skipped (no dist/cli or no esbuild)' : `dist/bundle: ${(bytes / 1e6).toFixed(1)} MB`);
  if (bytes !== null) console.log(`dist/bundle: extract code cache written by ${warmExtractCodeCaches()} of 1 warm-up run`);
  if (bytes !== null) console.log(`dist/bundle: sources.json lists ${writeSourceList()} source files`);
}
