// Nationality words ("Barbadian", "Afghans") from the actor data (data/actors/countries.tsv): some
// corpora type them as places, CoNLL-style names (ours) do not, so readers drop such mentions.
import { loadTsv } from '../../../core/data-loader.js';

let cached: ReadonlySet<string> | null = null;

export function demonyms(): ReadonlySet<string> {
  if (!cached) {
    const s = new Set<string>();
    for (const r of loadTsv('actors/countries.tsv', ['demonyms']).rows) for (const d of (r.demonyms ?? '').split('|')) if (d) s.add(d);
    cached = s;
  }
  return cached;
}

/** true when every word of the span is a nationality word */
export function isDemonymSpan(forms: readonly string[]): boolean {
  const d = demonyms();
  return forms.length > 0 && forms.every((f) => d.has(f));
}
