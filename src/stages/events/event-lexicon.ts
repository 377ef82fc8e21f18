// Everything the events stage reads from data: the frame lexicon by trigger lemma, the CAMEO table
// (Goldstein, quad, PLOVER crosswalk) and the actor words indexed from the knowledge base. Built
// once per resources (src/stages/resources.ts) and passed down, never cached in a module.
import { loadTsv } from '../../core/data-loader.js';
import { NewsgraphError } from '../../core/errors.js';
import type { ActorKB } from '../../kb/index.js';
import { buildActorLexicon, type ActorLexicon } from './actor-words.js';
import type { QuoteLexicon } from '../quotes/words.js';
import { framesByLemma, cameoTable, loadFrames, type CameoInfo, type Frame } from './lexicon.js';

/** Verbs and adjectives whose complement is not a plain fact (data/events/governors.tsv). */
export interface Governors {
  /** "plans to attack": intended */
  readonly future: ReadonlySet<string>;
  /** "urged Iran to halt": wanted, asked for, refused or feared */
  readonly hypothetical: ReadonlySet<string>;
  /** "refused to meet": the act did not happen */
  readonly negative: ReadonlySet<string>;
  /** "accused Israel of attacking": only alleged */
  readonly allege: ReadonlySet<string>;
}

const GOVERNORS = 'events/governors.tsv';

export function loadGovernors(): Governors {
  const g = { future: new Set<string>(), hypothetical: new Set<string>(), negative: new Set<string>(), allege: new Set<string>() };
  for (const r of loadTsv(GOVERNORS, ['lemma', 'class', 'example']).rows) {
    const set = (g as Record<string, Set<string>>)[r.class!];
    if (!set) throw new NewsgraphError('E030', `data/${GOVERNORS}: class must be future|hypothetical|negative|allege, found "${r.class}" for "${r.lemma}"`, GOVERNORS);
    set.add(r.lemma!);
  }
  return g;
}

export interface EventLexicon {
  readonly framesByLemma: ReadonlyMap<string, readonly Frame[]>;
  readonly cameo: ReadonlyMap<string, CameoInfo>;
  readonly actors: ActorLexicon;
  /** lemmas of the speech cues of data/speech-verbs.tsv ("say", "tell", "warn"…): a threat they report is the speaker's */
  readonly speechLemmas: ReadonlySet<string>;
  readonly governors: Governors;
}

export function loadEventLexicon(kb: ActorKB, quotes: QuoteLexicon): EventLexicon {
  const cameo = cameoTable();
  const speechLemmas = new Set([...quotes.cues.values()].filter((c) => c.cls === 'speech').map((c) => c.lemma));
  return { framesByLemma: framesByLemma(loadFrames(cameo)), cameo, actors: buildActorLexicon(kb), speechLemmas, governors: loadGovernors() };
}
