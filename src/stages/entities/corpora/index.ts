// Every NER training corpus in ../shared (training only, never read at run time), each split into a
// training part and a fixed development slice:
//   - GUM: train file = training part, GUM's own dev file = dev slice (test is for the final figures);
//   - every other corpus: its documents in file order (a CoNLL file without document markers is cut
//     into pseudo-documents of CHUNK_SENTENCES sentences), and the documents whose index is
//     DEV_EVERY-1 modulo DEV_EVERY (every tenth, so the slice spans the whole corpus) are its dev
//     slice;
//   - CrossNER: train.txt + dev.txt of each domain; test.txt (a public NER benchmark's test split)
//     is never read;
//   - in every corpus but GUM (whose names are derived from proper-noun heads) and UNER EWT (whose
//     guidelines already leave nationalities out: kept as published), one-word nationality/region/religion mentions are dropped
//     (group-adjectives.ts): our names, like CoNLL's, do not include them; and a leading lower-case
//     article is cut from every name ("the United States" -> "United States", leading-article.ts);
//   - Universal NER EWT: only its dev file is here for training (web text: reviews, e-mails, blogs,
//     answers); its 318 documents (`# newdoc id`, one per sent_id prefix) are sliced like the others
//     but every UNER_EWT_DEV_EVERY-th document is its dev slice (see there); EWT test is for the
//     final figures (eval/entities.ts) and is never trained on.
import { readFileSync } from 'node:fs';
import { sharedPath } from '../../../core/paths.js';
import { readGum, readUner, type CorpusDoc } from '../corpus.js';
import { readConllNer } from './conll.js';
import { withoutGroupAdjectives } from './group-adjectives.js';
import { withoutLeadingArticles } from './leading-article.js';
import { readRedocred } from './redocred.js';
import { readRe3d } from './re3d.js';
import { typeMapFor } from './type-map.js';

export const DEV_EVERY = 10;
// UNER EWT's documents are short (318 documents, 25k tokens): every tenth would hold out 1.6k tokens
// with 5 organisations, too few to choose a weight by; every fourth holds out 79 documents, 6.1k
// tokens, 223 names (57 PER, 60 ORG, 106 LOC) in the genre mix of the whole file
// NER_EWT_DEV_EVERY=1 (exploration, session 15) makes every UNER EWT dev document the dev slice: a dev
// model trained without any of them gives an ORG estimate on all 318 documents instead of 79
export const UNER_EWT_DEV_EVERY = Number(process.env.NER_EWT_DEV_EVERY ?? 4);
if (!Number.isInteger(UNER_EWT_DEV_EVERY) || UNER_EWT_DEV_EVERY < 1) throw new Error(`NER_EWT_DEV_EVERY: expected a whole number ≥ 1, found "${process.env.NER_EWT_DEV_EVERY}"`);

export interface NerCorpus {
  readonly name: string;
  /** files or folders under ../shared it was read from */
  readonly source: readonly string[];
  readonly train: readonly CorpusDoc[];
  readonly dev: readonly CorpusDoc[];
}

export const CROSSNER_DOMAINS = ['politics', 'science', 'music', 'literature', 'ai'] as const;
export const NER_CORPUS_NAMES = ['gum', 'uner-ewt', 'uner-pud', 'redocred', ...CROSSNER_DOMAINS.map((d) => `crossner-${d}`), 'wikigold', 're3d', 'btc'] as const;

const read = (p: string) => readFileSync(sharedPath(p), 'utf8');

/** Splits documents into (training part, every `every`-th document as the dev slice). */
export function devSlice(docs: readonly CorpusDoc[], every = DEV_EVERY): { train: CorpusDoc[]; dev: CorpusDoc[] } {
  const train: CorpusDoc[] = [];
  const dev: CorpusDoc[] = [];
  docs.forEach((d, i) => (i % every === every - 1 ? dev : train).push(d));
  return { train, dev };
}

function sliced(name: string, source: string[], docs: readonly CorpusDoc[]): NerCorpus {
  const names = withoutGroupAdjectives(docs);
  return { name, source, ...devSlice(process.env.NER_ARTICLES === '1' ? withoutLeadingArticles(names) : names) };
}

/** Reads one corpus by name (see NER_CORPUS_NAMES). */
export function readNerCorpus(name: string): NerCorpus {
  switch (name) {
    case 'gum':
      return { name, source: ['data/ud/en_gum-ud-train.conllu', 'data/ud/en_gum-ud-dev.conllu'], train: readGum(read('data/ud/en_gum-ud-train.conllu')), dev: readGum(read('data/ud/en_gum-ud-dev.conllu')) };
    case 'uner-ewt':
      return { name, source: ['data/uner/en_ewt-ud-dev.iob2'], ...devSlice(readUner(read('data/uner/en_ewt-ud-dev.iob2')), UNER_EWT_DEV_EVERY) };
    case 'uner-pud':
      return sliced(name, ['data/ner/uner-pud/en_pud-ud-test.iob2'], readUner(read('data/ner/uner-pud/en_pud-ud-test.iob2')));
    case 'redocred': {
      const map = typeMapFor('redocred');
      const files = ['data/ner/redocred/dev_revised.json', 'data/ner/redocred/test_revised.json'];
      return sliced(name, files, files.flatMap((f) => readRedocred(read(f), map)));
    }
    case 'wikigold':
      return sliced(name, ['data/ner/wikigold/wikigold.conll.txt'], readConllNer(read('data/ner/wikigold/wikigold.conll.txt'), 'wikigold', typeMapFor('wikigold')));
    case 'btc': {
      const files = ['a', 'b', 'e', 'f', 'g', 'h'].map((s) => `data/ner/btc/${s}.conll`);
      const map = typeMapFor('btc');
      return sliced(name, files, files.flatMap((f) => readConllNer(read(f), f, map)));
    }
    case 're3d':
      return sliced(name, ['data/ner/re3d'], readRe3d(sharedPath('data/ner/re3d'), typeMapFor('re3d')));
    default: {
      const m = /^crossner-(\w+)$/.exec(name);
      if (m && (CROSSNER_DOMAINS as readonly string[]).includes(m[1]!)) {
        const files = ['train', 'dev'].map((s) => `data/ner/crossner/${m[1]}/${s}.txt`);
        const map = typeMapFor('crossner');
        return sliced(name, files, files.flatMap((f) => readConllNer(read(f), f, map)));
      }
      throw new Error(`unknown NER corpus "${name}" (known: ${NER_CORPUS_NAMES.join(', ')})`);
    }
  }
}
