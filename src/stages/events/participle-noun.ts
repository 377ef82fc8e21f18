// "Police arrested the accused in …", "the accused remain in custody", "Police alleged the accused
// performed two attacks": a past participle after "the" that the actor tables list as a person noun
// (data/actors/sector-nouns.tsv, group-nouns.tsv: "accused" CRM, "displaced" REF) names the person;
// the tagger reads it as the verb and the parser then hangs it as a modifier, an auxiliary or a
// preposition of the next word. Until the tagger learns the noun there, the event rules read the two
// words as the noun phrase they are — on their own view of the tree only, as tree.ts's other repairs
// do: the subject of the verb right after it, else the object of the verb right before "the".
import type { Token } from '../../core/doc.js';
import { loadTsv } from '../../core/data-loader.js';

/** the sector tables' nouns that are past participles (read once: immutable data) */
const PARTICIPLE_NOUNS: ReadonlySet<string> = new Set(
  ['actors/sector-nouns.tsv', 'actors/group-nouns.tsv'].flatMap((f) => loadTsv(f, ['noun']).rows.map((r) => r.noun!.toLowerCase()).filter((w) => /[a-z]ed$/.test(w))),
);

/** what may follow the noun: the next clause word, never the start of an object ("the accused man") */
const AFTER = new Set(['VERB', 'AUX', 'ADP', 'PUNCT', 'ADV', 'SCONJ', 'CCONJ']);

/** Rewires "the <participle noun>" in heads/deps; returns the tokens to read as nouns (index → token). */
export function repairParticipleNouns(tokens: readonly Token[], heads: Int32Array, deps: string[], out: Map<number, Token>): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const w = tokens[i]!;
    if ((w.pos !== 'VERB' && w.pos !== 'ADJ') || w.form.length < 6 || !PARTICIPLE_NOUNS.has(w.form.toLowerCase())) continue;
    const det = i - 1;
    const next = tokens[i + 1]!;
    if (tokens[det]!.form.toLowerCase() !== 'the' || !AFTER.has(next.pos) || next.sent !== w.sent) continue;
    const h = heads[det]!;
    let head = -1;
    let dep = '';
    if (h > i && (tokens[h]!.pos === 'VERB' || tokens[h]!.pos === 'AUX') && next.pos !== 'ADP' && next.pos !== 'PUNCT') {
      // "the accused remain", "the accused performed": the subject of the verb after it
      head = h;
      dep = 'nsubj';
    } else if (det >= 1 && tokens[det - 1]!.pos === 'VERB' && tokens[det - 1]!.sent === w.sent) {
      // "arrested the accused in …": the object of the verb before it
      head = det - 1;
      dep = 'obj';
    }
    if (head < 0) continue;
    // what hung on the participle now hangs where it stood
    for (let j = 0; j < tokens.length; j++) if (heads[j] === i) heads[j] = heads[i]!;
    // the phrase the parser made the object ("arrested the accused in the neighbourhood" → the
    // neighbourhood) is the place phrase it is: its case marker hangs on it
    if (dep === 'obj') for (let j = i + 1; j < tokens.length && tokens[j]!.sent === w.sent; j++) if (heads[j] === head && deps[j] === 'obj') deps[j] = 'obl';
    heads[i] = head;
    deps[i] = dep;
    heads[det] = i;
    deps[det] = 'det';
    out.set(i, { ...w, pos: 'NOUN', xpos: 'NN', lemma: w.form.toLowerCase() });
  }
}
