// Closed-class word lists (data/quote-words.tsv) and the speech-cue lexicon (data/speech-verbs.tsv),
// loaded once. Classes are what the surface rules need to find the edges of a source noun phrase,
// a cue's verb group and the start of content when no parse is available.
import { loadTsv } from '../../core/data-loader.js';

export type CueClass = 'speech' | 'attitude' | 'prep' | 'noun';

export interface CueEntry {
  readonly form: string;
  readonly lemma: string;
  readonly cls: CueClass;
  /** 'all': any pattern; 'quote': only with quotation marks or a colon ("continued: “…”") */
  readonly use: 'all' | 'quote';
  readonly example: string;
}

let words: Map<string, Set<string>> | undefined;
let cues: Map<string, CueEntry> | undefined;

function wordClasses(): Map<string, Set<string>> {
  if (!words) {
    words = new Map();
    for (const r of loadTsv('quote-words.tsv', ['word', 'class']).rows) {
      const cls = r.class!;
      let set = words.get(cls);
      if (!set) words.set(cls, (set = new Set()));
      set.add(r.word!.toLowerCase());
    }
  }
  return words;
}

/** true when the (already lower-cased) word is in the class (aux, neg, adv, pron, det, prep, time, stop, …) */
export function is(cls: string, word: string): boolean {
  return wordClasses().get(cls)?.has(word) ?? false;
}

export function cueLexicon(): Map<string, CueEntry> {
  if (!cues) {
    cues = new Map();
    for (const r of loadTsv('speech-verbs.tsv', ['form', 'lemma', 'class', 'use', 'example']).rows) {
      cues.set(r.form!.toLowerCase(), { form: r.form!, lemma: r.lemma!, cls: r.class as CueClass, use: r.use === 'quote' ? 'quote' : 'all', example: r.example! });
    }
  }
  return cues;
}
