// Session 21's measurement of a V8 user-land startup snapshot for `extract` (issue 19), kept so it
// can be run again (on a newer node, say) — not part of the build: the snapshot did not pay (see
// eval/cold-start-21.md). It bundles extract with a preload hook (dist/bundle/snapshot-probe.cjs),
// builds blobs with `node <shebang flags> --snapshot-blob X --build-snapshot` holding the evaluated
// bundle and, per variant, the tables and models already loaded; checks that each blob's extract
// prints the bin's output byte for byte; then times whole processes alternating (the bin through
// its shebang; `node <flags> --snapshot-blob X bin/newsgraph.js extract`; node's bare start; each
// blob's deserialisation alone, `--version`), medians of wall and CPU (user + system) and peak RSS.
//   npx tsx scripts/snapshot-probe.ts [--runs 9] [--dir /tmp/ng-snapshot]
// Build first (`npm run build`); under the timing lock. What a Node 20 snapshot cannot hold, as
// found: WebAssembly (not defined while building: the parser's and the NER MLP's loaders throw, so
// those load at run time); packages loaded from node_modules (the deserialised process stops in
// node's setupUserModules assertion: commander has to be inside the bundle); anything read from the
// environment or the file system at load time is frozen at build time (data/actors/user.tsv,
// NEWSGRAPH_ACTORS, NEWSGRAPH_NER_MODEL, NEWSGRAPH_SHARED, edits of data/ after the build); and the
// V8 flags must be the run's (another flag set: exit code 14, "Failed to load the startup snapshot").
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot, sharedPath } from '../src/core/paths.js';
import { BUNDLE_DIR, shebangFlags } from './bundle-cli.js';

/** what each blob holds besides the evaluated bundle (names of PRELOADS) */
export const VARIANTS: Readonly<Record<string, readonly string[]>> = {
  bare: [],
  tables: ['kb', 'quotesLexicon', 'eventsLexicon', 'nerLexicon', 'lemmatizer'],
  all: ['kb', 'quotesLexicon', 'eventsLexicon', 'nerLexicon', 'lemmatizer', 'nerModel', 'sentenceModel', 'wordClusters', 'tagger', 'parser'],
};

/** an absolute path (esbuild resolves paths, not file URLs) */
const dist = (p: string) => JSON.stringify(join(repoRoot, 'dist', p));

/** the probe bundle's entry: extract's CLI and one loader per name of VARIANTS */
const ENTRY = `export { runExtractCli } from ${dist('cli/extract-main.js')};
import { defaultResources } from ${dist('stages/resources.js')};
import { getLemmatizer } from ${dist('nlp/lemmatizer.js')};
import { getSentenceModel } from ${dist('nlp/sentence-boundary.js')};
import { getTagger } from ${dist('nlp/tagger.js')};
import { getParser } from ${dist('nlp/parser.js')};
import { defaultWordClusters } from ${dist('nlp/word-clusters.js')};
import { defaultLexicon } from ${dist('stages/entities/ner-lexicon.js')};
const PRELOADS = {
  kb: () => defaultResources().kb,
  quotesLexicon: () => defaultResources().lexicons.quotes,
  eventsLexicon: () => defaultResources().lexicons.events,
  nerModel: () => defaultResources().models.ner,
  nerLexicon: defaultLexicon,
  lemmatizer: getLemmatizer,
  sentenceModel: getSentenceModel,
  wordClusters: defaultWordClusters,
  tagger: getTagger,
  parser: getParser,
};
/** loads each named part; "name ok" or "name FAILED: message" (a loader that throws leaves its part to load at run time) */
export function preload(names) {
  return names.map((n) => {
    try { PRELOADS[n](); return n + ' ok'; } catch (e) { return n + ' FAILED: ' + e.message; }
  });
}
`;

/** the --build-snapshot entry: evaluates the probe bundle, preloads, sets extract as the main function */
const BUILDER = `'use strict';
const { readFileSync } = require('node:fs');
const { dirname } = require('node:path');
const { runInThisContext } = require('node:vm');
const v8 = require('node:v8');
const file = process.env.NG_PROBE_BUNDLE;
const fn = runInThisContext('(function (exports, require, module, __filename, __dirname) {' + readFileSync(file, 'utf8') + '\\n})', { filename: file });
const mod = { exports: {} };
fn(mod.exports, require, mod, file, dirname(file));
const names = (process.env.NG_PRELOAD || '').split(',').filter(Boolean);
process.stdout.write('preload: ' + (names.length ? mod.exports.preload(names).join('; ') : 'none') + '\\n');
v8.startupSnapshot.setDeserializeMainFunction(() => {
  mod.exports.runExtractCli(process.argv).catch((e) => { process.exitCode = 1; throw e; });
});
`;

interface Timed {
  wall: number;
  cpu: number;
  rssMb: number;
  stdout: string;
  status: number | null;
}

/** one whole process under /usr/bin/time */
function timed(cmd: readonly string[], env: NodeJS.ProcessEnv = process.env, statsFile = join(tmpdir(), `ng-snapshot-probe-${process.pid}.time`)): Timed {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-o', statsFile, '-f', '%U %S %M', ...cmd], { encoding: 'utf8', env, maxBuffer: 1 << 28 });
  const wall = (performance.now() - t0) / 1000;
  const [user, sys, rss] = readFileSync(statsFile, 'utf8').trim().split('\n').pop()!.split(/\s+/).map(Number);
  return { wall, cpu: user! + sys!, rssMb: rss! / 1024, stdout: r.stdout, status: r.status };
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argOf = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const runs = Number(argOf('runs') ?? 9);
  const dir = argOf('dir') ?? '/tmp/ng-snapshot-probe';
  mkdirSync(dir, { recursive: true });
  const esbuild = await import('esbuild');
  const DEPENDENCIES = Object.keys((JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
  const entry = join(dir, 'entry.mjs');
  writeFileSync(entry, ENTRY);
  const bundle = join(BUNDLE_DIR, 'snapshot-probe.cjs');
  await esbuild.build({
    entryPoints: [entry],
    outfile: bundle,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // as scripts/bundle-cli.ts bundles extract-cli.cjs: commander inside (a snapshot cannot hold a module from node_modules)
    external: DEPENDENCIES.filter((d) => d !== 'commander'),
    define: { 'import.meta.url': '__newsgraphModuleUrl' },
    banner: { js: 'var __newsgraphModuleUrl = require("node:url").pathToFileURL(require("node:path").join(__dirname, "main.js")).href;' },
    logLevel: 'error',
  });
  const builder = join(dir, 'builder.cjs');
  writeFileSync(builder, BUILDER);
  const flags = shebangFlags();
  const bin = join(repoRoot, 'bin', 'newsgraph.js');
  const seed = sharedPath('examples', 'seed', 'article.txt');
  const inputs = [seed, join(repoRoot, 'samples', 'sample-01-border-talks.json'), join(repoRoot, 'samples', 'sample-03-trade-deal.json')].filter((f) => existsSync(f));

  const blobs: Record<string, string> = {};
  for (const [name, parts] of Object.entries(VARIANTS)) {
    const blob = join(dir, `${name}.blob`);
    const b = timed([process.execPath, ...flags, '--snapshot-blob', blob, '--build-snapshot', builder], { ...process.env, NG_PROBE_BUNDLE: bundle, NG_PRELOAD: parts.join(',') });
    if (b.status !== 0 || !existsSync(blob)) throw new Error(`snapshot-probe: building ${name} failed`);
    console.log(`${name}: ${(statSync(blob).size / 1e6).toFixed(1)} MB blob, built in ${b.wall.toFixed(2)} s wall (${b.cpu.toFixed(2)} CPU-s, peak RSS ${b.rssMb.toFixed(0)} MB); ${b.stdout.trim()}`);
    blobs[name] = blob;
  }
  for (const input of inputs) {
    const want = timed([bin, 'extract', input]).stdout;
    for (const [name, blob] of Object.entries(blobs)) {
      const got = timed([process.execPath, ...flags, '--snapshot-blob', blob, bin, 'extract', input]).stdout;
      console.log(`${got === want ? 'identical' : 'DIFFERENT'}  ${name}  ${input}`);
    }
  }
  const arms: [string, string[]][] = [
    ['bin (shebang)', [bin, 'extract', seed]],
    ...Object.entries(blobs).map(([name, blob]): [string, string[]] => [`snapshot ${name}`, [process.execPath, ...flags, '--snapshot-blob', blob, bin, 'extract', seed]]),
    ['node -e 0 (shebang flags)', [process.execPath, ...flags, '-e', '0']],
    ...Object.entries(blobs).map(([name, blob]): [string, string[]] => [`snapshot ${name}, --version only`, [process.execPath, ...flags, '--snapshot-blob', blob, bin, '--version']]),
  ];
  const results = new Map<string, Timed[]>();
  for (let i = 0; i < runs; i++) {
    for (const [name, cmd] of arms) results.set(name, [...(results.get(name) ?? []), timed(cmd)]);
  }
  console.log(`\n${runs} alternating runs of the seed; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  for (const [name, rs] of results) {
    console.log(`${name.padEnd(34)} wall median ${median(rs.map((r) => r.wall)).toFixed(3)} s, CPU median ${median(rs.map((r) => r.cpu)).toFixed(3)} s, peak RSS ${Math.max(...rs.map((r) => r.rssMb)).toFixed(0)} MB`);
  }
}
