// What the stages know: the actor knowledge base, the lexicons and the trained models, in one typed
// context. Stage factories (createEntitiesStage(res), createEventsStage(res), …) receive it and
// pass it down, so a test or a user can build a pipeline with another knowledge base, their own
// actor files or no NER model, and two pipelines in one process never share mutable state (the
// knowledge base collects role observations). Each part loads on first use, once per Resources.
// The models of the nlp core (tagger, lemmatizer, parser) stay with the syntax stage in src/nlp.
import { existsSync } from 'node:fs';
import { dataPath, modelPath } from '../core/paths.js';
import { ActorKB, loadKbTables } from '../kb/index.js';
import { loadNerModel, type NerModel } from './entities/ner-model.js';
import { loadEventLexicon, type EventLexicon } from './events/event-lexicon.js';
import { loadQuoteLexicon, type QuoteLexicon } from './quotes/words.js';

export interface Lexicons {
  /** frames, CAMEO table and actor words of the events stage */
  readonly events: EventLexicon;
  /** word classes, speech cues and speech nouns of the quotes stage */
  readonly quotes: QuoteLexicon;
}

export interface Models {
  /** the statistical NER model, or null (gazetteers only) */
  readonly ner: NerModel | null;
}

export interface Resources {
  readonly kb: ActorKB;
  readonly lexicons: Lexicons;
  readonly models: Models;
}

export interface ResourceOptions {
  /** user actor files (the columns of data/actors/people.tsv); their entries win over bundled ones */
  readonly userActorFiles?: readonly string[];
  /** the NER model's base path (no extension); null for none; default models/ner */
  readonly nerModel?: string | null;
  /** a ready knowledge base instead of one built from data/actors (+ userActorFiles) */
  readonly kb?: ActorKB;
}

/** Resources that load each part on first use, from the options given. */
export function createResources(opts: ResourceOptions = {}): Resources {
  let kb: ActorKB | undefined = opts.kb;
  let events: EventLexicon | undefined;
  let quotes: QuoteLexicon | undefined;
  let ner: NerModel | null | undefined;
  const res: Resources = {
    get kb() {
      kb ??= new ActorKB(loadKbTables({ userActorFiles: opts.userActorFiles ?? [] }));
      return kb;
    },
    lexicons: {
      get events() {
        events ??= loadEventLexicon(res.kb, res.lexicons.quotes);
        return events;
      },
      get quotes() {
        quotes ??= loadQuoteLexicon();
        return quotes;
      },
    },
    models: {
      get ner() {
        if (ner === undefined) ner = opts.nerModel === null ? null : loadNerModel(opts.nerModel ?? modelPath('ner'), res.kb);
        return ner;
      },
    },
  };
  return res;
}

/**
 * The options a process gets by default: data/actors/user.tsv when it exists and NEWSGRAPH_ACTORS
 * (a TSV path) as user actor files, NEWSGRAPH_NER_MODEL as the NER model (used to evaluate tuning
 * models). The one place environment variables reach the resources; a CLI flag maps here too.
 */
export function resourceOptionsFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): ResourceOptions {
  const user = dataPath('actors', 'user.tsv');
  const userActorFiles = [...(existsSync(user) ? [user] : []), ...(env.NEWSGRAPH_ACTORS ? [env.NEWSGRAPH_ACTORS] : [])];
  return { userActorFiles, ...(env.NEWSGRAPH_NER_MODEL ? { nerModel: env.NEWSGRAPH_NER_MODEL } : {}) };
}

let defaults: Resources | undefined;

/** The resources of the default pipeline (built once per process, each part loaded on first use). */
export function defaultResources(): Resources {
  defaults ??= createResources(resourceOptionsFromEnv());
  return defaults;
}
