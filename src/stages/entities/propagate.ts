// Document-level consistency: a name the text uses once is the same name elsewhere. Occurrences of
// an already-found name (exact token sequence) that the model missed are added, a person's surname
// alone is added as a person mention, and a string found with different types takes the majority
// type. One pass over the tokens with a map keyed by first word: linear in the document.
import type { Doc } from '../../core/doc.js';
import { newMention, type WorkMention } from './mention.js';
import { NAME_TYPES } from '../../lexicon/entity-types.js';
import { mapObjects } from '../../core/object-arrays.js';
import type { WordSet } from '../../nlp/utf8-word-index.js';

/** a name (or a person's surname) to look for elsewhere in the document */
interface Pattern {
  forms: string[];
  type: WorkMention['type'];
  surname: boolean;
  gaz: WorkMention['gaz'];
}

/**
 * Adds the words `f` of mention m (or its surname) to the patterns under their first word, longest
 * first; each word sequence once, capitalised, and not a single letter. (A function of its own, not
 * a closure made per name: propagateNames was compiled again whenever this met a new kind of array.)
 */
function addPattern(byFirst: Map<string, Pattern[]>, seen: Set<string>, m: WorkMention, f: string[], surname: boolean): void {
  const key = f.join(' ');
  if (seen.has(key) || !/^\p{Lu}/u.test(f[0]!) || (f.length === 1 && f[0]!.length < 2)) return;
  seen.add(key);
  const l = byFirst.get(f[0]!) ?? [];
  l.push({ forms: f, type: m.type, surname, gaz: m.gaz });
  l.sort((a, b) => b.forms.length - a.forms.length);
  byFirst.set(f[0]!, l);
}

export function propagateNames(doc: Doc, names: WorkMention[], lowerVocab: WordSet): WorkMention[] {
  const { tokens, text } = doc;
  const covered = new Uint8Array(tokens.length);
  for (const m of names) for (let i = m.tokFrom; i < m.tokTo; i++) covered[i] = 1;
  // majority type per string
  const votes = new Map<string, Map<string, number>>();
  for (const m of names) {
    if (!NAME_TYPES.has(m.type) || m.gaz) continue;
    const k = text.slice(m.start, m.end);
    const v = votes.get(k) ?? new Map<string, number>();
    v.set(m.type, (v.get(m.type) ?? 0) + 1);
    votes.set(k, v);
  }
  for (const m of names) {
    const v = votes.get(text.slice(m.start, m.end));
    if (!v || m.gaz || v.size < 2) continue;
    const best = [...v.entries()].sort((a, b) => b[1] - a[1])[0]!;
    if (best[1] > (v.get(m.type) ?? 0)) {
      m.type = best[0] as WorkMention['type'];
      m.rule += '+majority-type';
    }
  }
  // patterns to look for: whole names, and surnames of multi-word person names
  const byFirst = new Map<string, Pattern[]>();
  const seen = new Set<string>();
  for (const m of names) {
    if (!NAME_TYPES.has(m.type)) continue;
    const forms = mapObjects(tokens.slice(m.tokFrom, m.tokTo), (t) => t.form);
    addPattern(byFirst, seen, m, forms, false);
    if (m.type === 'PERSON' && forms.length > 1 && !m.gaz) addPattern(byFirst, seen, m, [forms[forms.length - 1]!], true);
  }
  const added: WorkMention[] = [];
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si]!;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (covered[i]) continue;
      const pats = byFirst.get(tokens[i]!.form);
      if (!pats) continue;
      for (const p of pats) {
        const n = p.forms.length;
        if (i + n > s.tokenEnd) continue;
        let ok = true;
        for (let k = 0; k < n && ok; k++) ok = tokens[i + k]!.form === p.forms[k] && !covered[i + k];
        if (!ok) continue;
        // a common word at the sentence start ("Will", "Rose") is not evidence enough
        if (n === 1 && i === s.tokenStart && lowerVocab.has(p.forms[0]!.toLowerCase())) continue;
        added.push(newMention({ start: tokens[i]!.start, end: tokens[i + n - 1]!.end, tokFrom: i, tokTo: i + n, sent: si, kind: p.surname ? 'surname' : 'name', type: p.type, rule: p.surname ? 'entities:propagate-surname' : 'entities:propagate', origin: 'propagated', gaz: p.gaz }));
        for (let k = 0; k < n; k++) covered[i + k] = 1;
        i += n - 1;
        break;
      }
    }
  }
  return [...names, ...added].sort((a, b) => a.tokFrom - b.tokFrom);
}
