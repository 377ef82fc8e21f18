// Loads a CommonJS file (extract's, dist/bundle/extract-cli.cjs) with a V8 code cache beside it, so
// that a cold `extract` does not parse and compile its ~0.8 MB of JavaScript again at every start.
// The cache is made AFTER a run (script.createCachedData() then holds the bytecode of every function
// the run compiled, not only the top level): a cold extract of the seed article spent ~60-80 ms of
// its ~0.9 CPU-s compiling (2026-12-06, 8 alternating runs: median CPU 0.80 s with the cache, 0.88
// without). V8 rejects a cache made by another V8 or under other V8 flags (the shebang's semi-space
// flags count), so there is one cache file per flag set, named by a hash of the flags and the node
// version; V8 checks only the source's LENGTH, so each cache also records the size and modification
// time of the file it was made from and is ignored once the file changed (a rebuild). Rejected,
// missing or stale: the file compiles as without a cache, and the run writes a new one (aside, then
// renamed: a process reading it meanwhile sees the old or the new). Nothing is written when the run
// changed V8 flags itself (a batch applies the heap policy, src/pipeline/heap-policy.ts): V8 would
// stamp that cache with flags the next process does not have. An unwritable directory (a read-only
// install) only means no cache. `npm run build` makes the cache of `bin/newsgraph.js` run through
// its shebang (scripts/bundle-cli.ts), which plain `node bin/newsgraph.js extract` also uses: it starts
// node again with the shebang's flags (bin/relaunch.js).
'use strict';
const { isAscii } = require('node:buffer');
const { readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const { Script } = require('node:vm');

/** FNV-1a (32 bits) of a string, as 8 hex digits: names a cache file, no security meaning. */
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** The cache file of `file` for this process's node and V8 flags (command line and NODE_OPTIONS). */
function codeCachePath(file) {
  const flags = [process.version, process.arch, ...process.execArgv, process.env.NODE_OPTIONS ?? ''].join('\n');
  return `${file}.${fnv1a(flags)}.cache`;
}

/** size and modification time of the file a cache was made from: the cache is valid for this file only */
const stampOf = (file) => {
  const st = statSync(file);
  return `${st.size}:${st.mtimeMs}`;
};

/** The cached data recorded for `stamp` in `cachePath`, or null (none, unreadable, or made from another file). */
function readCache(cachePath, stamp) {
  try {
    const buf = readFileSync(cachePath);
    const n = buf.readUInt32LE(0);
    return buf.toString('utf8', 4, 4 + n) === stamp ? buf.subarray(4 + n) : null;
  } catch {
    return null;
  }
}

/**
 * The file's text. The build writes extract-cli.cjs in ASCII (scripts/bundle-cli.ts asciiSource):
 * decoded as latin1 it is the same string, made ~3 ms faster than by the UTF-8 decoder (session 22);
 * a file with other bytes is decoded as UTF-8.
 */
function readSource(file) {
  const bytes = readFileSync(file);
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/**
 * Runs the CommonJS `file` (as require would) with its code cache; returns its exports and `save`,
 * to be called after the work is done: it writes a new cache when none was used.
 */
function requireWithCodeCache(file) {
  const source = readSource(file);
  const stamp = stampOf(file);
  const cachePath = codeCachePath(file);
  const cachedData = readCache(cachePath, stamp);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const used = cachedData !== null && script.cachedDataRejected === false;
  return {
    exports: module.exports,
    usedCache: used,
    /** writes the cache made from this run unless one was used or the run changed V8 flags; never throws */
    save(flagsChanged = false) {
      if (used || flagsChanged) return false;
      try {
        const data = script.createCachedData();
        const head = Buffer.from(stamp, 'utf8');
        const len = Buffer.alloc(4);
        len.writeUInt32LE(head.length, 0);
        const tmp = `${cachePath}.${process.pid}.tmp`;
        writeFileSync(tmp, Buffer.concat([len, head, data]));
        renameSync(tmp, cachePath);
        return true;
      } catch {
        return false;
      }
    },
  };
}

module.exports = { codeCachePath, requireWithCodeCache };
