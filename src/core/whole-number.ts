// Whole numbers a user types (command options, environment settings), one reader: decimal digits
// only, at least `min`, else E042 naming where the value came from and what was found. Number()
// would take "0x10", "1e2", "10.0" and " 5 ".
import { NewsgraphError } from './errors.js';

/** `v` as a whole number ≥ `min`; `label` names the option or variable in the error. */
export function wholeNumber(v: string, label: string, min: number): number {
  if (!/^\d{1,15}$/.test(v) || Number(v) < min) throw new NewsgraphError('E042', `${label} expects a whole number >= ${min}, found "${v}"`);
  return Number(v);
}
