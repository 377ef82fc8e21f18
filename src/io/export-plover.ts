// PLACEHOLDER (the events stage's engineer replaces it): PLOVER JSON records from a contract doc.
import type { ContractDoc } from './write-json.js';

export function toPloverRecords(doc: ContractDoc): Record<string, unknown>[] {
  return doc.events.map((e) => ({ id: `${doc.id}-${e.id}`, event_type: e.plover, date: e.date }));
}
