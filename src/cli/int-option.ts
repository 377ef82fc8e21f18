// Whole-number options of every command (--workers, --timeout-ms, --batch-size…), one reader: only
// decimal digits, at least `min`, else E042 naming the option and what was found. Number() would
// take "0x10", "1e2", "10.0" and " 5 " — ingest and worker read their options that way until they
// shared extract's reader.
import { NewsgraphError } from '../core/errors.js';

/** The option's value, or `dflt` when it was not given. */
export function intOption(v: string | undefined, name: string, min: number, dflt: number): number;
/** The option's value, or undefined when it was not given. */
export function intOption(v: string | undefined, name: string, min: number): number | undefined;
export function intOption(v: string | undefined, name: string, min: number, dflt?: number): number | undefined {
  if (v === undefined) return dflt;
  if (!/^\d{1,15}$/.test(v) || Number(v) < min) throw new NewsgraphError('E042', `--${name} expects a whole number >= ${min}, found "${v}"`);
  return Number(v);
}
