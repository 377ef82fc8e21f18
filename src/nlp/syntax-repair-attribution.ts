// "Russia closed its borders because of the fighting, an editor at the agency said.": UD hangs the
// attribution after the reported clause as parataxis of that clause's root ("said" under "closed",
// the treebanks' convention and what the events and quotes rules read). A parser may instead make the
// attribution's verb the root with the reported clause as its fronted ccomp (the feature-set-3 model
// does, eval/events-parse-diff-15.md: SANCTION-0010, CONCEDE-0008), and the adjuncts before the
// comma ("because of the fighting", "In an unprecedented move,") then hang from "said". A ccomp
// before its verb's comma and subject, with nothing reported after the verb, is that attribution:
// the tree is turned back so the clause is the root again. A direct quotation is the exception: UD
// English makes the speech verb the root and the quotation its ccomp ('"…," Habib said.' — EWT dev
// has ten, each made worse by turning it), so a quote mark at the comma leaves the tree alone.
import { rootIndex, SUBJECT_END_XPOS } from './syntax-repair.js';
import { ATTRIBUTION_PARATAXIS, hangFrom, moveTo, type RepairMarks } from './syntax-repair-rules.js';

/** finite verb tags of an attribution ("said", "says", "say") */
const FINITE = new Set(['VBD', 'VBZ', 'VBP']);
/** quotation marks as the tokenizer leaves them */
const QUOTE_MARKS = new Set(['"', '“', '”', "''", '``', "'", '‘', '’']);
/** what an attribution's verb may carry after itself: its (inverted) subject, an addressee, a time */
const AFTER_VERB = /^(nsubj|obj|iobj|obl|advmod|punct|nmod)/;

/**
 * The root verb after a comma, with its subject after that comma (or the one phrase there, hung
 * elsewhere, made its subject) and a ccomp before it: the ccomp
 * becomes the root and the verb its parataxis; the verb's other dependents before the comma go with
 * the clause, the comma stays with the verb, the closing punctuation goes to the new root. Edits
 * `heads` (1-based, 0 = root) and `deprels` in place; linear, allocation-free.
 */
export function repairAttributionAsGovernor(heads: number[], deprels: string[], xpos: readonly string[], forms: readonly string[], marks?: RepairMarks): void {
  const n = heads.length;
  const v = rootIndex(heads);
  if (v < 2 || !FINITE.has(xpos[v]!)) return;
  // the comma that opens the attribution: the last one before the verb
  let m = -1;
  for (let k = v - 1; k >= 0; k--) if (forms[k] === ',') { m = k; break; }
  if (m < 1 || QUOTE_MARKS.has(forms[m - 1]!) || QUOTE_MARKS.has(forms[m + 1]!)) return;
  let c = -1;
  let subject = false;
  for (let k = 0; k < n; k++) {
    if (heads[k] !== v + 1) continue;
    const d = deprels[k]!;
    if (k < m) {
      if (d === 'ccomp') c = k;
    } else if (k > m && k < v) {
      // between the comma and the verb only the subject ("an editor … said")
      if (d.startsWith('nsubj')) subject = true;
      else if (d !== 'punct') return;
    } else if (k > v) {
      if (d.startsWith('nsubj')) subject = true;
      else if (!AFTER_VERB.test(d) || d === 'nsubj:pass') return;
    }
  }
  if (c < 0) return;
  if (!subject) {
    // "…, an editor at the agency said." with "editor" hung as an apposition of a word before the
    // comma: the one phrase between the comma and the verb is the verb's subject
    let h = -1;
    for (let k = m + 1; k < v; k++) {
      const hk = heads[k]! - 1;
      if (hk > m && hk <= v) continue;
      if (h >= 0) return;
      h = k;
    }
    if (h < 0 || !SUBJECT_END_XPOS.has(xpos[h]!)) return;
    moveTo(heads, deprels, h, v + 1, 'nsubj', marks, ATTRIBUTION_PARATAXIS);
  }
  // a that- or if-clause fronted by its verb is no attribution turned round
  for (let k = 0; k < c; k++) if (heads[k] === c + 1 && deprels[k] === 'mark') return;
  moveTo(heads, deprels, c, 0, 'root', marks, ATTRIBUTION_PARATAXIS);
  moveTo(heads, deprels, v, c + 1, 'parataxis', marks, ATTRIBUTION_PARATAXIS);
  for (let k = 0; k < m; k++) if (heads[k] === v + 1) hangFrom(heads, k, c + 1, marks, ATTRIBUTION_PARATAXIS);
  moveTo(heads, deprels, m, v + 1, 'punct', marks, ATTRIBUTION_PARATAXIS);
  const last = n - 1;
  if (last > v && heads[last] === v + 1 && deprels[last] === 'punct') hangFrom(heads, last, c + 1, marks, ATTRIBUTION_PARATAXIS);
}
