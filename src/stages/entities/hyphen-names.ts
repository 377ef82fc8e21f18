// Hyphenated names: the tokenizer splits "Wright-Patterson" and "Udvar-Hazy" at the hyphen, and the
// model may then tag the halves apart ("Steven F. Udvar" + "Hazy Center"). Names that touch across
// a bare hyphen are one name (the right-hand part names the type: its head comes last); a name
// followed by "-Capitalised" with no space absorbs it.
import type { Doc } from '../../core/doc.js';
import type { WorkMention } from './mention.js';

export function joinHyphenNames(doc: Doc, names: WorkMention[]): WorkMention[] {
  const { tokens } = doc;
  const byStart = new Map<number, WorkMention>();
  for (const m of names) byStart.set(m.tokFrom, m);
  const gone = new Set<WorkMention>();
  for (const m of names) {
    if (gone.has(m) || m.gaz) continue;
    let joined = false;
    for (let guard = 0; guard < 4; guard++) {
      const h = tokens[m.tokTo];
      const after = tokens[m.tokTo + 1];
      if (!h || !after || h.form !== '-' || h.start !== tokens[m.tokTo - 1]!.end || after.start !== h.end || h.sent !== after.sent) break;
      if (!/^\p{Lu}/u.test(after.form)) break;
      const right = byStart.get(m.tokTo + 1);
      if (right && !gone.has(right)) {
        m.tokTo = right.tokTo;
        m.end = right.end;
        m.type = right.type;
        m.gaz = undefined;
        gone.add(right);
      } else {
        m.tokTo += 2;
        m.end = after.end;
      }
      joined = true;
    }
    if (joined) m.rule += '+hyphen-join';
  }
  return gone.size ? names.filter((m) => !gone.has(m)) : names;
}
