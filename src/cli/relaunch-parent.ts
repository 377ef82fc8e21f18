// The child side of bin/relaunch.js: a `node bin/newsgraph.js extract` run is a child of a waiting
// parent joined by an IPC channel, with the parent's pid in NEWSGRAPH_RELAUNCHED. Two things here:
// - orphaned(): the parent died without passing a signal on (SIGKILL, a crash). Asked before each
//   article: an in-thread batch is synchronous, so neither a timer nor the channel's 'disconnect'
//   would run before the batch ends. One getppid call (process.ppid is read live), the same on Linux
//   and macOS; an orphan is re-parented (to init or a subreaper), so its parent's pid changes.
// - announceArticle(): before each article extracted in this thread the child names it to the parent
//   (one small message; nothing else crosses the channel), so that when this process dies in a way no
//   code here can catch — V8 aborting on an exhausted heap, a crash, the kernel's OOM killer — the
//   parent can say which article was in flight (E053).
// Elsewhere (the shebang path, tests, a process with any other IPC channel) both do nothing.

let parentPid: number | undefined;

/** the parent's pid when this process is a relaunched extract child with its IPC channel, else 0 (read once) */
function relaunchParent(): number {
  if (parentPid === undefined) {
    const mark = process.env.NEWSGRAPH_RELAUNCHED;
    parentPid = mark !== undefined && /^\d+$/.test(mark) && typeof process.send === 'function' ? Number(mark) : 0;
  }
  return parentPid;
}

/** The exit code of a child whose parent died (bin/relaunch.js ORPHAN_EXIT: 128 + SIGHUP). */
export const ORPHAN_EXIT = 129;

/** True when this is a relaunched child whose parent has died. */
export function orphaned(): boolean {
  const parent = relaunchParent();
  return parent !== 0 && process.ppid !== parent;
}

/** Tells the relaunch parent (if any) that `source` is being extracted in this thread now. */
export function announceArticle(source: string): void {
  // the write is tried at once (libuv), so the parent has it even if this thread dies right after
  if (relaunchParent() !== 0 && process.connected) process.send!({ newsgraph: 'article', source });
}
