// PLACEHOLDER (the events stage's engineer replaces it): GDELT 2.0-style rows from a contract doc.
import type { ContractDoc } from './write-json.js';

export function toGdeltRows(doc: ContractDoc): string[][] {
  return doc.events.map((e) => [`${doc.id}-${e.id}`, (e.date ?? '').replace(/-/g, ''), e.cameo, e.root, String(e.quad), String(e.goldstein), doc.url ?? '']);
}
