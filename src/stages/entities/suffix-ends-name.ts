// A corporate suffix ends a company's name: "Traci Warner Enron Broadband Services, Inc. Phone (713) …" (an
// e-mail signature) and "a copy of the J.M. Huber Corporation Guaranty" are the company and a word after it,
// which the NER model ran into the name. An organisation whose name holds a corporate suffix (org-tails.ts's
// comma suffixes, and Corporation / Incorporated / Limited) followed only by capitalised words that are no
// suffix is cut after the suffix; the words after it are left as no name. A suffix before a connector ("the
// Corporation for Public Broadcasting") is inside the name and stays.
// Measured over every dev slice (session 17, eval/ner-session-17.md): the two UNER EWT names above cut to the
// gold's span, no other prediction changed.
import type { Doc } from '../../core/doc.js';
import type { WorkMention } from './mention.js';
import { COMMA_SUFFIXES } from './org-tails.js';

const NAME_ENDS: ReadonlySet<string> = new Set([...COMMA_SUFFIXES, 'Corporation', 'Incorporated', 'Limited']);
const isCap = (s: string) => /^\p{Lu}/u.test(s);

export function suffixEndsName(doc: Doc, names: WorkMention[]): WorkMention[] {
  const t = doc.tokens;
  for (const m of names) {
    if (m.type !== 'ORG' || m.kind !== 'name' || m.tokTo - m.tokFrom < 3) continue;
    // from the end: capitalised words that are no suffix, then a suffix that is not the name's last word
    let k = -1;
    for (let i = m.tokTo - 1; i > m.tokFrom; i--) {
      const f = t[i]!.form;
      if (NAME_ENDS.has(f)) {
        if (i < m.tokTo - 1) k = i;
        break;
      }
      if (!isCap(f)) break;
    }
    if (k < 0) continue;
    m.tokTo = k + 1;
    m.end = t[k]!.end;
    m.rule += '+suffix-ends-name';
  }
  return names;
}
