// Web text often writes names in lower case ("barack obama", "walmart", "tampa bay": UNER EWT's worst
// misses), while nearly every training name is capitalised, so the model leans on the capital letter.
// Case augmentation (exploration, NER_CASE_AUG in scripts/train-ner.ts): copies of a seeded share of
// the training documents with every named span's words lower-cased, so the model also learns names
// from their context. Whole documents are copied, so the document features see the lower-case
// spelling everywhere, as in a document written that way.
import type { CorpusDoc, CorpusSentence } from '../corpus.js';

/** The sentence with its names' words lower-cased (offsets kept: `null` when lower-casing changes a word's length). */
export function lowerCaseNames(s: CorpusSentence): CorpusSentence | null {
  if (!s.named.length) return s;
  const inName = new Uint8Array(s.words.length);
  for (const n of s.named) inName.fill(1, n.from, n.to);
  let text = s.text;
  const words = s.words.map((w, i) => {
    if (!inName[i]) return w;
    const lower = w.form.toLowerCase();
    if (lower.length !== w.form.length) return null;
    if (w.start >= 0) text = text.slice(0, w.start) + lower + text.slice(w.end);
    return { ...w, form: lower };
  });
  if (words.some((w) => w === null)) return null;
  return { ...s, text, words: words as CorpusSentence['words'] };
}

/** Lower-cased copies (see lowerCaseNames) of a `share` of the documents that hold a name, picked by `rand`. */
export function lowerCasedNameCopies(docs: readonly CorpusDoc[], share: number, rand: () => number): Array<{ copy: CorpusDoc; of: CorpusDoc }> {
  const out: Array<{ copy: CorpusDoc; of: CorpusDoc }> = [];
  for (const d of docs) {
    if (rand() >= share || !d.sentences.some((s) => s.named.length)) continue;
    const sentences = d.sentences.map(lowerCaseNames).filter((s): s is CorpusSentence => s !== null);
    out.push({ copy: { id: `${d.id}#lower`, sentences }, of: d });
  }
  return out;
}
