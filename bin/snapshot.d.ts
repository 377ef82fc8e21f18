// Types of bin/snapshot.js (plain JavaScript: the bin runs before anything is compiled).
export declare const SNAPSHOT_DIR: readonly string[];
export declare const SNAPSHOT_BLOB: string;
export declare const SNAPSHOT_MANIFEST: string;
export declare const SNAPSHOT_BLOCKING_ENV: readonly string[];
export type InputStamp = [path: string, size: number, mtimeMs: number];
export interface NodeIdentity {
  version: string;
  arch: string;
  platform: string;
  execPath: string;
  size: number;
  mtimeMs: number;
}
export interface SnapshotManifest {
  root: string;
  node: NodeIdentity;
  flags: string[];
  builtFrom: number;
  blob: { size: number; mtimeMs: number };
  inputs: InputStamp[];
}
export declare function newestSource(dir: string): number;
export declare function shebangFlags(root: string): string[];
export declare function inputStamps(root: string): InputStamp[];
export declare function nodeIdentity(): NodeIdentity;
export declare function usableSnapshot(
  root: string,
  run: { argv: readonly string[]; env: Readonly<Record<string, string | undefined>>; execArgv: readonly string[]; newestSource: number },
): { blob: string; flags: string[] } | null;
