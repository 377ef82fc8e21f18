// Whole-number options of every command (--workers, --timeout-ms, --batch-size…), read by the one
// whole-number reader (src/core/whole-number.ts) — ingest and worker took "0x10", "1e2", "10.0"
// through Number() until they shared extract's reader.
import { wholeNumber } from '../core/whole-number.js';

/** The option's value, or `dflt` when it was not given. */
export function intOption(v: string | undefined, name: string, min: number, dflt: number): number;
/** The option's value, or undefined when it was not given. */
export function intOption(v: string | undefined, name: string, min: number): number | undefined;
export function intOption(v: string | undefined, name: string, min: number, dflt?: number): number | undefined {
  return v === undefined ? dflt : wholeNumber(v, `--${name}`, min);
}
