// Countries as organisations (exploration: NER_COUNTRY_ORG=place, corpora/index.ts). GUM, UNER PUD, re3d and
// the Broad Twitter Corpus tag a country's name ORG when the country acts ("North Korea fired artillery",
// "Sweden defeated South Korea" — the team): 51 of GUM's 622 mentions the knowledge base reads as a country
// (names, aliases, capitals), 40 of PUD's 177, 58 of re3d's 392, 36 of BTC's 815; Re-DocRED (2 of 2,102), CrossNER and wikigold call them places, as our labels do
// (data/ner-type-map.tsv: LOC includes countries; the pipeline's gazetteer types every country GPE and codes
// it as an actor either way). With the flag, a corpus's ORG mention whose text is a country's name or alias
// (data/actors/countries.tsv; capitals left alone: "research at Helsinki" is the university) is read as LOC,
// so the mix teaches one convention. Session 17, one NER_DEV seed (20251125), pipeline dev: GUM dev 0.870 ->
// 0.867 (ORG 0.841 -> 0.819), UNER EWT dev 0.753 -> 0.752, Re-DocRED +0.006, CrossNER music / literature -0.025 /
// -0.023: not better, off (eval/ner-session-17.md).
import { loadTsv } from '../../../core/data-loader.js';
import type { CorpusDoc } from '../corpus.js';

/** lower-cased country names and aliases, "the" dropped */
function countryNames(): ReadonlySet<string> {
  const s = new Set<string>();
  for (const r of loadTsv('actors/countries.tsv', ['name', 'aliases']).rows) {
    for (const n of [r.name ?? '', ...(r.aliases ?? '').split('|')]) if (n) s.add(n.toLowerCase().replace(/^the /, ''));
  }
  return s;
}

/** The documents with every ORG mention that names a country read as LOC. */
export function countryOrgsAsPlaces(docs: readonly CorpusDoc[]): CorpusDoc[] {
  const names = countryNames();
  return docs.map((d) => ({
    id: d.id,
    sentences: d.sentences.map((s) => {
      let changed = false;
      const named = s.named.map((n) => {
        if (n.type !== 'ORG' || !names.has(s.words.slice(n.from, n.to).map((w) => w.form).join(' ').toLowerCase().replace(/^the /, ''))) return n;
        changed = true;
        return { ...n, type: 'LOC' as const };
      });
      return changed ? { ...s, named } : s;
    }),
  }));
}
