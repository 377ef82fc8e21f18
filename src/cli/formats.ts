// Output formats of `extract`: the contract JSON (one object a line) and, when the events stage's
// exporters are present, GDELT-style TSV and PLOVER JSON records.
import type { ContractDoc } from '../io/write-json.js';
import { toGdeltRows } from '../io/export-gdelt.js';
import { toPloverRecords } from '../io/export-plover.js';

export type OutputFormat = 'json' | 'gdelt' | 'plover';

export interface FormatOptions {
  pretty: boolean;
  /** true for the first article of a run (for a TSV header) */
  first: boolean;
}

export const formatters: Record<OutputFormat, (doc: ContractDoc, o: FormatOptions) => string> = {
  json: (doc, o) => JSON.stringify(doc, null, o.pretty ? 2 : undefined) + '\n',
  // GDELT's own event files have no header row; neither does ours
  gdelt: (doc) => toGdeltRows(doc).map((r) => r.join('\t') + '\n').join(''),
  plover: (doc) => toPloverRecords(doc).map((r) => JSON.stringify(r) + '\n').join(''),
};
