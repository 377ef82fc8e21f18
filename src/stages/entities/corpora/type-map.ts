// The mapping of every training corpus's entity types to the NER model's labels, read from
// data/ner-type-map.tsv (data, reviewed, with sources), never written in code. A type the file does
// not list is an error naming the corpus and type, so a new corpus version cannot silently add or
// drop names.
import { loadTsv } from '../../../core/data-loader.js';
import { NewsgraphError } from '../../../core/errors.js';
import type { NerLabel } from '../corpus.js';

export const TYPE_MAP_FILE = 'ner-type-map.tsv';

export type TypeMapper = (type: string) => NerLabel | null;

const LABELS = new Set(['PER', 'ORG', 'LOC']);

/** The mapper of one corpus ("crossner", "redocred", …): a label, null for "-", E030 for unlisted types. */
export function typeMapFor(corpus: string): TypeMapper {
  const t = loadTsv(TYPE_MAP_FILE, ['corpus', 'type', 'label']);
  const m = new Map<string, NerLabel | null>();
  for (const r of t.rows) {
    if (r.corpus !== corpus) continue;
    if (r.label !== '-' && !LABELS.has(r.label!)) throw new NewsgraphError('E030', `data/${TYPE_MAP_FILE}: expected label PER, ORG, LOC or "-" for ${corpus} ${r.type}, found "${r.label}"`, TYPE_MAP_FILE);
    m.set(r.type!, r.label === '-' ? null : (r.label as NerLabel));
  }
  if (!m.size) throw new NewsgraphError('E030', `data/${TYPE_MAP_FILE}: no rows for corpus "${corpus}"`, TYPE_MAP_FILE);
  return (type) => {
    const v = m.get(type);
    if (v === undefined) throw new NewsgraphError('E030', `data/${TYPE_MAP_FILE}: corpus "${corpus}" has type "${type}" that the file does not map`, TYPE_MAP_FILE);
    return v;
  };
}
