// Reader for CoNLL-style NER files (one token a line, its tag in the last whitespace-separated
// column, a blank line between sentences, `-DOCSTART-` between documents): CrossNER (BIO, fine
// types), wikigold (IO tags) and the Broad Twitter Corpus (BIO). Both schemes are read the same
// way: a span starts at B-X, or at I-X after a token not of type X. Types go through the corpus's
// type map (data/ner-type-map.tsv); a mapped-away type's words are outside any name, and a longer
// mapped-away span with a capitalised word is also listed as unlabelled (CorpusSentence.unlabelled:
// it may hold a name of ours, as the places in CrossNER's "2010 United Kingdom general election" or
// "1920 United States presidential election", which GUM and Universal NER annotate as places;
// scripts/train-ner.ts NER_PARTIAL=1 trains such spans as unknown). A name of symbols alone is dropped:
// the Broad Twitter Corpus tags the "@" before a handle as a name of its own ("@ GWS_Giants" is B-ORG
// B-ORG, 3,399 times), which no name of ours is — trained as one, it taught the model to tag "@"
// (session 13, three NER_DEV seeds: BTC dev 0.591 -> 0.706, GUM dev and UNER EWT slice within the seed spread).
import type { CorpusDoc, CorpusSentence, NamedSpan } from '../corpus.js';
import { sentenceFromTokens } from './tokens.js';
import type { TypeMapper } from './type-map.js';
import { symbolsOnly } from './partial-labels.js';

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
    const { named, unlabelled } = spansOf(forms, tags, map);
    const s = sentenceFromTokens(forms, named);
    docs[docs.length - 1]!.sentences.push(unlabelled.length ? { ...s, unlabelled } : s);
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

// only a capitalised word can be a name of ours: a lower-case term ("text mining") stays outside
const CAPITALISED = /^\p{Lu}/u;

function spansOf(forms: readonly string[], tags: readonly string[], map: TypeMapper): { named: NamedSpan[]; unlabelled: Array<{ from: number; to: number }> } {
  const out: NamedSpan[] = [];
  const unlabelled: Array<{ from: number; to: number }> = [];
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
    if (label) {
      if (!symbolsOnly(forms.slice(i, j))) out.push({ from: i, to: j, type: label });
    } else if (!label && j - i > 1 && forms.slice(i, j).some((f) => CAPITALISED.test(f))) unlabelled.push({ from: i, to: j });
    i = j;
  }
  return { named: out, unlabelled };
}
