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
'use strict';
const { openSync, readSync, closeSync } = require('node:fs');

/** The node flags of a bin's shebang line (`#!/usr/bin/env -S node --flag …`); [] when it names none. */
function shebangFlags(file) {
  const buf = Buffer.alloc(256);
  const fd = openSync(file, 'r');
  let n;
  try {
    n = readSync(fd, buf, 0, buf.length, 0);
  } finally {
    closeSync(fd);
  }
  const line = buf.toString('utf8', 0, n).split('\n', 1)[0];
  const m = /^#!\S*env -S node((?: --\S+)*)\s*$/.exec(line);
  return m ? m[1].trim().split(/\s+/).filter(Boolean) : [];
}

/** A flag's name without its value and with `_` read as `-` (node accepts both spellings). */
const flagName = (a) => a.split('=', 1)[0].replace(/_/g, '-');

/**
 * The node arguments of the child that runs `argv` (process.argv) with the shebang's `flags`, or
 * null when this process should run it itself: not `extract`, no flags, node already has one of
 * them, or the environment asks for no relaunch.
 */
function relaunchArgs(bin, argv, execArgv, flags, env) {
  if (argv[2] !== 'extract' || flags.length === 0 || env.NEWSGRAPH_NO_RELAUNCH === '1') return null;
  const names = new Set(flags.map(flagName));
  if (execArgv.some((a) => names.has(flagName(a)))) return null;
  return [...flags, ...execArgv, bin, ...argv.slice(2)];
}

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];

/**
 * Runs extract again in a child node with the shebang's flags when relaunchArgs says so. Resolves to
 * true once the child has ended (its exit code set on this process, or its signal raised here), to
 * false when this process should run extract itself (no relaunch, or the child could not start).
 */
function relaunchWithShebangFlags(bin) {
  const args = relaunchArgs(bin, process.argv, process.execArgv, shebangFlags(bin), process.env);
  if (!args) return Promise.resolve(false);
  const { spawn } = require('node:child_process');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    const forward = {};
    for (const s of FORWARDED) process.on(s, (forward[s] = () => child.kill(s)));
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
      if (signal) process.kill(process.pid, signal);
      else process.exitCode = code ?? 1;
      resolve(true);
    });
  });
}

module.exports = { relaunchArgs, relaunchWithShebangFlags, shebangFlags };
