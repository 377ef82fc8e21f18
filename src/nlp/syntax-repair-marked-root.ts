// "As they tried to storm parliament, police in response fired tear gas at them.": a clause opened
// by a subordinator (as, when, after, because …) is an adverbial clause, never the sentence's main
// clause, yet a parser may make its verb the root and the main clause after the comma its ccomp
// (the feature-set-3 model: "fired" ccomp of "tried"; eval/events-parse-diff-15.md, Wikinews
// 077-g9). The clause after the comma, with a subject of its own, becomes the root and the
// subordinate clause its advcl, as UD has it.
import { rootIndex } from './syntax-repair.js';
import { hangFrom, MARKED_ROOT, moveTo, type RepairMarks } from './syntax-repair-rules.js';

/** subordinators that open an adverbial clause and never the main clause */
const SUBORDINATORS = new Set(['as', 'when', 'while', 'after', 'before', 'because', 'since', 'if', 'although', 'though', 'once', 'until', 'unless', 'whereas', 'whenever']);
/** relations a main clause after the comma may have been given under the subordinate verb */
const MAIN_AS = new Set(['ccomp', 'parataxis', 'conj']);

/**
 * The root verb with a subordinator as its mark at the sentence start and, after a comma, a clause
 * with its own subject hung under it (ccomp, parataxis or conj, no coordinator): that clause becomes
 * the root, the old root its advcl; the comma goes with the advcl, the closing punctuation with the
 * new root. Edits `heads` (1-based, 0 = root) and `deprels` in place; linear, allocation-free.
 */
export function repairMarkedRoot(heads: number[], deprels: string[], forms: readonly string[], marks?: RepairMarks): void {
  const n = heads.length;
  const r = rootIndex(heads);
  if (r < 1 || heads[0] !== r + 1 || deprels[0] !== 'mark' || !SUBORDINATORS.has(forms[0]!.toLowerCase())) return;
  // the first comma after the root verb ends the subordinate clause
  let m = -1;
  for (let k = r + 1; k < n; k++) if (forms[k] === ',') { m = k; break; }
  if (m < 0) return;
  let c = -1;
  for (let k = m + 1; k < n; k++) if (heads[k] === r + 1 && MAIN_AS.has(deprels[k]!)) { c = k; break; }
  if (c < 0) return;
  let subject = false;
  for (let k = m + 1; k < n; k++) {
    if (heads[k] !== c + 1) continue;
    if (deprels[k]!.startsWith('nsubj')) subject = true;
    if (deprels[k] === 'cc') return; // "…, and police fired": a coordinated clause, left as parsed
  }
  if (!subject) return;
  moveTo(heads, deprels, c, 0, 'root', marks, MARKED_ROOT);
  moveTo(heads, deprels, r, c + 1, 'advcl', marks, MARKED_ROOT);
  // the old root's dependents after the comma belong to the main clause; the comma stays with the advcl
  for (let k = m + 1; k < n; k++) if (k !== c && heads[k] === r + 1) hangFrom(heads, k, c + 1, marks, MARKED_ROOT);
  moveTo(heads, deprels, m, r + 1, 'punct', marks, MARKED_ROOT);
}
