// `node bin/newsgraph.js extract …` (plain node, as Windows' npm shim, a test or a script runs the bin)
// starts without the V8 flags of the bin's shebang line. For `extract` they are worth more than a
// second node process costs: the 595-article batch of issue 19's side-by-side took 24.4 CPU-s without
// them against 17.4 with them (session 17), a cold extract of one article ~0.77 against ~0.59 CPU-s
// (2026-12-06), and starting node again costs ~0.05 CPU-s. So extract started that way runs itself
// again as a child with the shebang's flags and mirrors its exit. Setting the flags inside this
// process instead is not an option: V8 flags set at run time crashed node (runtime-flags.test.ts).
// No relaunch when node already has any of the shebang's flags (the shebang ran, or the caller chose
// its own: a caller's flag wins), nor with NEWSGRAPH_NO_RELAUNCH=1 (to measure the flagless run).
// The child inherits the standard streams, the environment and node's own options (a --require
// stays), after the shebang's flags so that the caller's come last and win. Signals sent to this
// process are passed on to the child; if the child cannot be started, extract runs here as before.
// The child ends when this process dies without passing a signal on (SIGKILL, a crash); without that
// an orphaned child went on extracting and writing. Two checks, both plain node on Linux and macOS:
// before each article the child compares its parent's pid with this process's, which it gets in the
// environment (src/cli/relaunch-parent.ts; one getppid call — an in-thread batch is synchronous, so
// neither a timer nor an event would run until the batch ends), and while node waits (for a reader
// of its output, say) the IPC channel joining the two closes, which the child sees as 'disconnect'.
// The channel also carries one message the other way: the child names each article it starts in its
// own thread, so that when it dies by a signal this process did not pass on — V8 aborting on an
// exhausted heap (SIGABRT), a crash, the kernel's OOM killer — this process prints which article it
// was (E053, src/core/errors.ts) and how to go on (`--resume`), and exits with the shell's code for
// that signal (128 + its number: 134 for SIGABRT) rather than raising it on itself, which for SIGABRT
// left a second core file (this process's) where core dumps are on. A signal this process passed on
// is raised here again, so the caller sees the death it asked for.
'use strict';
const { openSync, readSync, closeSync } = require('node:fs');

/**
 * The node flags a bin starts node with: those of its shebang line (`#!/usr/bin/env -S node --flag …`)
 * or of the sh line after a `#!/bin/sh` one (`':' //; exec node --flag … "$0" "$@"`, bin/newsgraph.js:
 * no length limit); [] when it names none, null when the file starts with neither. The one reader of
 * them: bench/built-bin.ts and scripts/bundle-cli.ts require this file from the repository root.
 */
function shebangFlags(file) {
  const buf = Buffer.alloc(1024);
  const fd = openSync(file, 'r');
  let n;
  try {
    n = readSync(fd, buf, 0, buf.length, 0);
  } finally {
    closeSync(fd);
  }
  const [line, next = ''] = buf.toString('utf8', 0, n).split('\n', 2);
  const m = /^#!\S*env -S node((?: --\S+)*)\s*$/.exec(line) ?? (line === '#!/bin/sh' ? /^':' \/\/; exec node((?: --\S+)*) "\$0" "\$@"\s*$/.exec(next) : null);
  return m ? m[1].trim().split(/\s+/).filter(Boolean) : null;
}

/** A flag's name without its value and with `_` read as `-` (node accepts both spellings). */
const flagName = (a) => a.split('=', 1)[0].replace(/_/g, '-');

/**
 * The node arguments of the child that runs `argv` (process.argv) with the shebang's `flags`, or
 * null when this process should run it itself: not `extract`, no flags, node already has one of
 * them, or the environment asks for no relaunch.
 */
function relaunchArgs(bin, argv, execArgv, flags, env) {
  if (argv[2] !== 'extract' || !flags || flags.length === 0 || env.NEWSGRAPH_NO_RELAUNCH === '1') return null;
  const names = new Set(flags.map(flagName));
  if (execArgv.some((a) => names.has(flagName(a)))) return null;
  return [...flags, ...execArgv, bin, ...argv.slice(2)];
}

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];

/** set in the child's environment to the parent's pid: it was started by relaunchWithShebangFlags over an IPC channel */
const CHILD_MARK = 'NEWSGRAPH_RELAUNCHED';
/** the child's exit code when its parent died (128 + SIGHUP, as a shell reports a hung-up job) */
const ORPHAN_EXIT = 129;

/**
 * In a relaunched child: end this process when the parent's IPC channel closes (the parent died).
 * The channel is unref'd so that it never keeps the child alive by itself. The mark stays in the
 * environment (src/cli/relaunch-parent.ts reads it); a process without the channel ignores it.
 */
function endWithParent(proc = process) {
  if (!/^\d+$/.test(proc.env[CHILD_MARK] ?? '') || !proc.channel) return false;
  proc.on('disconnect', () => proc.exit(ORPHAN_EXIT));
  proc.channel.unref();
  return true;
}

/** The exit code a shell reports for a process ended by `signal`: 128 + its number (1 if unknown). */
function signalExitCode(signal) {
  const n = require('node:os').constants.signals[signal];
  return typeof n === 'number' ? 128 + n : 1;
}

/** What this process prints when the child died by `signal` while extracting `source` (E053). */
function deathMessage(source, signal) {
  const why = signal === 'SIGABRT' ? 'out of memory, or a crash: see the message above' : signal === 'SIGKILL' ? 'killed: the system may have run out of memory' : 'a crash';
  return (
    `newsgraph extract: ${source}: E053 extraction process died: it ended by ${signal} (${why}) while extracting this article; ` +
    'the documents written before it are complete — run the same command again with --resume <that output> (appending to it) to go on after them\n'
  );
}

/**
 * Runs extract again in a child node with the shebang's flags when relaunchArgs says so. Resolves to
 * true once the child has ended (its exit code set on this process; for a signal this process passed
 * on, that signal raised here), to false when this process should run extract itself (no relaunch,
 * or the child could not start).
 */
function relaunchWithShebangFlags(bin) {
  const args = relaunchArgs(bin, process.argv, process.execArgv, shebangFlags(bin), process.env);
  if (!args) return Promise.resolve(false);
  const { spawn } = require('node:child_process');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env: { ...process.env, [CHILD_MARK]: String(process.pid) } });
    const forward = {};
    /** the signal this process passed on, if any: the child ending by it is no failure of its own */
    let passedOn = null;
    for (const s of FORWARDED) process.on(s, (forward[s] = () => child.kill((passedOn = s))));
    /** the article the child is extracting in its thread (its last message) */
    let inFlight = null;
    child.on('message', (m) => {
      if (m && m.newsgraph === 'article' && typeof m.source === 'string') inFlight = m.source;
    });
    const unforward = () => {
      for (const s of FORWARDED) process.off(s, forward[s]);
    };
    child.on('error', () => {
      // a child that started reports its end through 'exit'; one that never started (no pid) ran
      // nothing, so extract runs in this process
      if (child.pid !== undefined) return;
      unforward();
      resolve(false);
    });
    child.on('exit', (code, signal) => {
      unforward();
      if (signal && signal !== passedOn && inFlight !== null) process.stderr.write(deathMessage(inFlight, signal));
      if (signal && signal === passedOn) process.kill(process.pid, signal);
      else process.exitCode = signal ? signalExitCode(signal) : code ?? 1;
      resolve(true);
    });
  });
}

module.exports = { deathMessage, endWithParent, ORPHAN_EXIT, relaunchArgs, relaunchWithShebangFlags, shebangFlags, signalExitCode };
