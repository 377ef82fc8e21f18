// Everything the events stage reads from data: the frame lexicon by trigger lemma, the CAMEO table
// (Goldstein, quad, PLOVER crosswalk) and the actor words indexed from the knowledge base. Built
// once per resources (src/stages/resources.ts) and passed down, never cached in a module.
import type { ActorKB } from '../../kb/index.js';
import { buildActorLexicon, type ActorLexicon } from './actor-words.js';
import type { QuoteLexicon } from '../quotes/words.js';
import { framesByLemma, loadCameoTable, loadFrames, type CameoInfo, type Frame } from './lexicon.js';

export interface EventLexicon {
  readonly framesByLemma: ReadonlyMap<string, readonly Frame[]>;
  readonly cameo: ReadonlyMap<string, CameoInfo>;
  readonly actors: ActorLexicon;
  /** lemmas of the speech cues of data/speech-verbs.tsv ("say", "tell", "warn"…): a threat they report is the speaker's */
  readonly speechLemmas: ReadonlySet<string>;
}

export function loadEventLexicon(kb: ActorKB, quotes: QuoteLexicon): EventLexicon {
  const cameo = loadCameoTable();
  const speechLemmas = new Set([...quotes.cues.values()].filter((c) => c.cls === 'speech').map((c) => c.lemma));
  return { framesByLemma: framesByLemma(loadFrames(cameo)), cameo, actors: buildActorLexicon(kb), speechLemmas };
}
