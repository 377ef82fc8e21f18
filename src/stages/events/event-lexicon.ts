// Everything the events stage reads from data: the frame lexicon by trigger lemma, the CAMEO table
// (Goldstein, quad, PLOVER crosswalk) and the actor words indexed from the knowledge base. Built
// once per resources (src/stages/resources.ts) and passed down, never cached in a module.
import { loadTsv } from '../../core/data-loader.js';
import { NewsgraphError } from '../../core/errors.js';
import type { ActorKB } from '../../kb/index.js';
import { buildActorLexicon, type ActorLexicon } from './actor-words.js';
import type { QuoteLexicon } from '../quotes/words.js';
import { buildLemmaIndex, FrameIndexes, type LemmaIndex } from './match-frames.js';
import { cameoTable, dictionaryByLemma, handFrameLists, LazyMap, lazyFrameLists, lazyFramesByLemma, loadFrames, loadVerbForms, type CameoInfo, type Frame } from './lexicon.js';

/** Verbs and adjectives whose complement is not a plain fact (data/events/governors.tsv). */
export interface Governors {
  /** "plans to attack": intended */
  readonly future: ReadonlySet<string>;
  /** "urged Iran to halt": wanted, asked for, refused or feared */
  readonly hypothetical: ReadonlySet<string>;
  /** "refused to meet": the act did not happen */
  readonly negative: ReadonlySet<string>;
  /** "tried to hack into the computers": attempted, an act of its own kind (not an intent or threat) */
  readonly attempt: ReadonlySet<string>;
  /** "accused Israel of attacking": only alleged, no event of its own */
  readonly allege: ReadonlySet<string>;
  /** "praised the army for defending the border": what a praise or criticism is for (read as alleged, told as an act) */
  readonly judge: ReadonlySet<string>;
  /** "promised protests", "pledged aid": a verb of promising or threatening whose object act noun is pledged, not done */
  readonly pledge: ReadonlySet<string>;
  /** "would seek to extradite": what the subject pursues — asked of whoever must cooperate, or striven for (recode-intent.ts) */
  readonly pursue: ReadonlySet<string>;
  /** "police suppressed the protests": the act its object names is someone else's, acted on, not the subject's own */
  readonly actsOn: ReadonlySet<string>;
  /** "fight for an America that works": a verb of struggle whose for-phrase is the cause it is done for, never its target */
  readonly cause: ReadonlySet<string>;
  /** "the strikes were carried out by X": a verb whose object act is the subject's own doing — its passive's by-agent is the act's doer (performed-act-agent.ts) */
  readonly perform: ReadonlySet<string>;
}

const GOVERNORS = 'events/governors.tsv';

export function loadGovernors(): Governors {
  const g = { future: new Set<string>(), hypothetical: new Set<string>(), negative: new Set<string>(), attempt: new Set<string>(), allege: new Set<string>(), judge: new Set<string>(), pledge: new Set<string>(), pursue: new Set<string>(), actsOn: new Set<string>(), cause: new Set<string>(), perform: new Set<string>() };
  for (const r of loadTsv(GOVERNORS, ['lemma', 'class', 'example']).rows) {
    const set = (g as Record<string, Set<string>>)[r.class === 'acts-on' ? 'actsOn' : r.class!];
    if (!set) throw new NewsgraphError('E030', `data/${GOVERNORS}: class must be future|hypothetical|negative|attempt|allege|judge|pledge|pursue|acts-on|cause|perform, found "${r.class}" for "${r.lemma}"`, GOVERNORS);
    set.add(r.lemma!);
  }
  return g;
}

/** Nouns single event rules test (data/events/event-words.tsv). */
export interface EventWords {
  /** title nouns that head their holder's name ("President Hosni Mubarak") */
  readonly holderTitles: ReadonlySet<string>;
  /** nouns that take up an organisation named earlier ("the bloc") */
  readonly orgAnaphors: ReadonlySet<string>;
  /** nouns whose infinitive is a generic entitlement ("the right to protest") */
  readonly entitlements: ReadonlySet<string>;
  /** object nouns naming an earlier act → the CAMEO roots of that act ("the sanctions" → 16, 13) */
  readonly actNouns: ReadonlyMap<string, readonly string[]>;
  /** natural forces and mishaps, never actors ("Floods struck India") */
  readonly nature: ReadonlySet<string>;
  /** works of fiction and games: what happens in them is no event */
  readonly fiction: ReadonlySet<string>;
  /** frequency adverbs that make a present-tense statement habitual */
  readonly habitual: ReadonlySet<string>;
}

const EVENT_WORDS = 'events/event-words.tsv';

export function loadEventWords(): EventWords {
  const w = { holderTitles: new Set<string>(), orgAnaphors: new Set<string>(), entitlements: new Set<string>(), actNouns: new Map<string, readonly string[]>(), nature: new Set<string>(), fiction: new Set<string>(), habitual: new Set<string>() };
  const sets: Record<string, Set<string>> = { 'holder-title': w.holderTitles, 'org-anaphor': w.orgAnaphors, entitlement: w.entitlements, nature: w.nature, fiction: w.fiction, habitual: w.habitual };
  for (const r of loadTsv(EVENT_WORDS, ['word', 'class', 'roots', 'example']).rows) {
    if (r.class === 'act-noun') {
      const roots = (r.roots ?? '').split(/\s+/).filter(Boolean);
      if (!roots.length || roots.some((x) => !/^\d\d$/.test(x))) throw new NewsgraphError('E030', `data/${EVENT_WORDS}: act-noun "${r.word}" needs two-digit CAMEO roots, found "${r.roots}"`, EVENT_WORDS);
      w.actNouns.set(r.word!, roots);
    } else if (sets[r.class!]) sets[r.class!]!.add(r.word!);
    else throw new NewsgraphError('E030', `data/${EVENT_WORDS}: class must be holder-title|org-anaphor|entitlement|act-noun|nature|fiction|habitual, found "${r.class}" for "${r.word}"`, EVENT_WORDS);
  }
  return w;
}

export interface EventLexicon {
  readonly framesByLemma: ReadonlyMap<string, readonly Frame[]>;
  /** each lemma's frames indexed by object word and preposition (match-frames.ts) */
  readonly frameIndexes: ReadonlyMap<string, LemmaIndex>;
  /** irregular verb forms → lemma ("struck" → strike), for triggers the lemmatizer missed */
  readonly verbForms: ReadonlyMap<string, string>;
  readonly cameo: ReadonlyMap<string, CameoInfo>;
  readonly actors: ActorLexicon;
  /** lemmas of the speech cues of data/speech-verbs.tsv ("say", "tell", "warn"…): a threat they report is the speaker's */
  readonly speechLemmas: ReadonlySet<string>;
  readonly governors: Governors;
  readonly words: EventWords;
  /** the actor knowledge base, for the article's context country (entities/context-country.ts) */
  readonly kb: ActorKB;
}

export function loadEventLexicon(kb: ActorKB, quotes: QuoteLexicon): EventLexicon {
  const cameo = cameoTable();
  const speechLemmas = new Set([...quotes.cues.values()].filter((c) => c.cls === 'speech').map((c) => c.lemma));
  // per lemma, on first lookup: the CAMEO dictionary's ~38k rows are not built at start-up
  const dictionary = dictionaryByLemma(cameo);
  const hand = loadFrames(cameo);
  // one list per lemma behind both: the index builds a frame only when a trigger tests it, the
  // frames map (rules that read a lemma's frames whole) builds them all
  const lists = lazyFrameLists(hand, dictionary);
  const byLemma = lazyFramesByLemma(hand, dictionary, lists);
  const handLists = handFrameLists(hand);
  const handOnly = new LazyMap(new Set(handLists.keys()), (l) => {
    const list = handLists.get(l);
    return list ? buildLemmaIndex(list) : undefined;
  });
  const verbForms = loadVerbForms();
  const frameIndexes = new FrameIndexes(
    lists.candidates,
    (l) => {
      const list = lists.get(l);
      return list ? buildLemmaIndex(list) : undefined;
    },
    handOnly,
    { byLemma, forms: verbForms },
  );
  return { framesByLemma: byLemma, frameIndexes, verbForms, cameo, actors: buildActorLexicon(kb), speechLemmas, governors: loadGovernors(), words: loadEventWords(), kb };
}
