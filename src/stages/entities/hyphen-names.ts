// Hyphenated names: the tokenizer splits "Wright-Patterson" and "Udvar-Hazy" at the hyphen, and the
// model may then tag the halves apart ("Steven F. Udvar" + "Hazy Center"). Names that touch across
// a bare hyphen are one name (the right-hand part names the type: its head comes last); a name
// followed by "-Capitalised" with no space absorbs it. A person's name continues over the Arabic
// article written with a hyphen ("Ahmed al-Assadi", "Muqtada al-Sadr"): the tokenizer makes "al",
// "-", "Sadr" of it and the model often stops before the lower-case article.
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
    else if (m.type === 'PERSON' && arabicArticleTail(doc, m.tokTo)) {
      const right = byStart.get(m.tokTo + 2);
      if (right && right.tokTo > m.tokTo + 3) continue;
      if (right) gone.add(right);
      m.tokTo += 3;
      m.end = tokens[m.tokTo - 1]!.end;
      m.rule += '+arabic-article';
    }
  }
  return gone.size ? names.filter((m) => !gone.has(m)) : names;
}

/** the article of an Arabic name, as nameVariant in src/kb/index.ts reads it ("al-Thani") */
const ARABIC_ARTICLE = /^(al|el)$/;

/** "al" "-" "Sadr" at token i: the article, a bare hyphen and a capitalised word, in one sentence */
function arabicArticleTail(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const [a, h, w] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!a || !h || !w || !ARABIC_ARTICLE.test(a.form) || h.form !== '-' || !/^\p{Lu}\p{Ll}/u.test(w.form)) return false;
  return h.start === a.end && w.start === h.end && a.sent === w.sent && a.start > tokens[i - 1]!.end;
}
