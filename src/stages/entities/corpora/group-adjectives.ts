// Words for nationalities, regions, peoples, languages, religions and political leanings
// ("Barbadian", "European", "Kurdish", "Catholic", "Republican"): several corpora tag them as
// places or organisations when they stand alone; CoNLL-style names (ours) treat them as adjectives,
// so the training readers drop one-word mentions of them. Country demonyms come from the actor data
// (data/actors/countries.tsv), the rest from data/ner-group-adjectives.tsv.
import { loadTsv } from '../../../core/data-loader.js';
import type { CorpusDoc } from '../corpus.js';

/** The words, built on each call (the data loader caches the files): callers keep the set for a run. */
export function groupAdjectives(): ReadonlySet<string> {
  const s = new Set<string>();
  for (const r of loadTsv('actors/countries.tsv', ['demonyms']).rows) for (const d of (r.demonyms ?? '').split('|')) if (d) s.add(d);
  for (const r of loadTsv('ner-group-adjectives.tsv', ['word']).rows) if (r.word) s.add(r.word);
  return s;
}

/** true for a one-word mention that is a nationality, region, people, language, religion or leaning word */
export function isGroupAdjective(forms: readonly string[], words: ReadonlySet<string>): boolean {
  return forms.length === 1 && words.has(forms[0]!);
}

/** The documents without their one-word group-adjective mentions (see isGroupAdjective). */
export function withoutGroupAdjectives(docs: readonly CorpusDoc[]): CorpusDoc[] {
  const words = groupAdjectives();
  return docs.map((d) => ({
    id: d.id,
    sentences: d.sentences.map((s) => {
      const named = s.named.filter((n) => !isGroupAdjective(s.words.slice(n.from, n.to).map((w) => w.form), words));
      return named.length === s.named.length ? s : { ...s, named };
    }),
  }));
}
