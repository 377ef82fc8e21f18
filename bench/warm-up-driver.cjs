// The process bench/warm-up.ts times: `newsgraph extract` of one input file `passes` times in ONE node
// process (started with the bin's shebang flags by warm-up.ts), as bin/newsgraph.js runs extract (the
// bundled CommonJS file with its V8 code cache). Writes to `out` (JSON) per pass: CPU seconds of the
// whole process, of the main thread and of the other threads (V8's compiler and GC helpers: concurrent
// TurboFan compiles land there), and the garbage collections that pass made (count and pause ms by
// kind). With MARK=1 it prints `@@PASS p` on standard output before each pass, where V8's --trace-*
// lines also go (bench/warm-up-trace.ts splits them by pass). Plain CommonJS: it runs in plain node
// with exactly the flags it is given, no tsx loader in the process.
// usage: node [flags] bench/warm-up-driver.cjs <root> <input> <passes> <out.json>
'use strict';
const { join } = require('node:path');
const { readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { PerformanceObserver, constants, performance } = require('node:perf_hooks');

const [root, input, passesArg, out] = process.argv.slice(2);
const passes = Number(passesArg);

/** CPU seconds so far of the main thread and of all other live threads (/proc: clock ticks of 1/100 s) */
function threadCpu() {
  let main = 0;
  let other = 0;
  for (const t of readdirSync('/proc/self/task')) {
    try {
      const s = readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
      const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
      const sec = (Number(f[11]) + Number(f[12])) / 100;
      if (t === String(process.pid)) main += sec;
      else other += sec;
    } catch {
      // a thread that ended meanwhile
    }
  }
  return { main, other };
}

const KIND = { [constants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge', [constants.NODE_PERFORMANCE_GC_MAJOR]: 'markCompact', [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental', [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak' };
/** every collection: [start (performance.now ms), kind, pause ms]; bucketed by pass at the end (entries arrive late) */
const collections = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) collections.push([e.startTime, KIND[e.detail?.kind] ?? 'other', e.duration]);
}).observe({ entryTypes: ['gc'] });

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

// V8 writes its trace through C's buffered stdout, extract its output straight to descriptor 1 (src/io/
// fd-writer.ts): mixed, a buffer flushed mid-line would cut trace lines. While tracing, extract's output
// is counted as written and dropped (the pass markers go through the same buffer-free path, so a marker
// may land up to one C buffer, ~4 KB of trace lines, early).
const fs = require('node:fs');
const writeSync = fs.writeSync;
if (process.env.MARK === '1') {
  fs.writeSync = (fd, data, ...rest) => (fd === 1 ? (typeof data === 'string' ? Buffer.byteLength(data) : rest[1] ?? data.length - (rest[0] ?? 0)) : writeSync(fd, data, ...rest));
}

(async () => {
  const start = cpu();
  const { requireWithCodeCache } = require(join(root, 'bin', 'code-cache.js'));
  const cli = requireWithCodeCache(join(root, 'dist', 'bundle', 'extract-cli.cjs'));
  const result = { loadCpu: cpu() - start, usedCodeCache: cli.usedCache, execArgv: process.execArgv, passes: [] };
  let before = cpu();
  let threads = threadCpu();
  for (let p = 0; p < passes; p++) {
    if (process.env.MARK === '1') writeSync(1, `\n@@PASS ${p}\n`); // before the pass's trace lines
    const from = performance.now();
    await cli.exports.runExtractCli([process.argv[0], 'newsgraph', 'extract', input]);
    // the observer reports after the pass's last collection: let it run
    await new Promise((r) => setImmediate(r));
    const now = cpu();
    const t = threadCpu();
    result.passes.push({ cpu: now - before, mainThread: t.main - threads.main, otherThreads: t.other - threads.other, from, to: performance.now() });
    before = now;
    threads = t;
  }
  await new Promise((r) => setTimeout(r, 50)); // the observer's last entries
  for (const ps of result.passes) {
    ps.gc = {};
    for (const [at, kind, ms] of collections) {
      if (at < ps.from || at >= ps.to) continue;
      ps.gc[kind] ??= { count: 0, ms: 0 };
      ps.gc[kind].count++;
      ps.gc[kind].ms += ms;
    }
  }
  result.exitCode = process.exitCode ?? 0;
  writeFileSync(out, JSON.stringify(result) + '\n');
})();
