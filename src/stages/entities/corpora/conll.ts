// Reader for CoNLL-style NER files (one token a line, its tag in the last whitespace-separated
// column, a blank line between sentences, `-DOCSTART-` between documents): CrossNER (BIO, fine
// types), wikigold (IO tags) and the Broad Twitter Corpus (BIO). Both schemes are read the same
// way: a span starts at B-X, or at I-X after a token not of type X. Types go through the corpus's
// type map (data/ner-type-map.tsv); a mapped-away type's tokens are outside any name.
import type { CorpusDoc, CorpusSentence, NamedSpan } from '../corpus.js';
import { sentenceFromTokens } from './tokens.js';
import type { TypeMapper } from './type-map.js';

/** Sentences per pseudo-document when a file has no document markers (the unit of the dev slice). */
export const CHUNK_SENTENCES = 20;

export function readConllNer(text: string, idPrefix: string, map: TypeMapper): CorpusDoc[] {
  const docs: Array<{ id: string; sentences: CorpusSentence[] }> = [];
  let forms: string[] = [];
  let tags: string[] = [];
  let markers = false;
  const newDoc = () => docs.push({ id: `${idPrefix}#${docs.length}`, sentences: [] });
  const flush = () => {
    if (!forms.length) return;
    if (!docs.length || (!markers && docs[docs.length - 1]!.sentences.length >= CHUNK_SENTENCES)) newDoc();
    docs[docs.length - 1]!.sentences.push(sentenceFromTokens(forms, spansOf(tags, map)));
    forms = [];
    tags = [];
  };
  for (const line of text.split(/\r?\n/)) {
    const cols = line.trim().split(/\s+/);
    if (!line.trim()) {
      flush();
      continue;
    }
    if (cols[0] === '-DOCSTART-') {
      flush();
      markers = true;
      newDoc();
      continue;
    }
    forms.push(cols[0]!);
    tags.push(cols.length > 1 ? cols[cols.length - 1]! : 'O');
  }
  flush();
  return docs.filter((d) => d.sentences.length);
}

function spansOf(tags: readonly string[], map: TypeMapper): NamedSpan[] {
  const out: NamedSpan[] = [];
  let i = 0;
  while (i < tags.length) {
    const m = /^([BI])-(.+)$/.exec(tags[i]!);
    if (!m) {
      i++;
      continue;
    }
    const type = m[2]!;
    let j = i + 1;
    while (j < tags.length && tags[j] === `I-${type}`) j++;
    const label = map(type);
    if (label) out.push({ from: i, to: j, type: label });
    i = j;
  }
  return out;
}
