// One sentence through the whole syntactic chain: tag (UPOS+XPOS), lemmatize, parse. Shared by
// the syntax stage, `newsgraph parse`, eval/parse.ts and bench/parse.ts so they measure the same
// thing (and by eval/events-parser.ts with another parser model).
import { datelineLength } from './dateline-split.js';
import { repairAttributionAsGovernor } from './syntax-repair-attribution.js';
import { repairMarkedRoot } from './syntax-repair-marked-root.js';
import { PunctAttacher, type PunctOptions } from './syntax-repair-punct.js';
import { repairTimeWordAsSubject } from './syntax-repair-time-subject.js';
import { LemmaByEntry } from './lemma-by-entry.js';
import { getLemmatizer } from './lemmatizer.js';
import { getParser, type Parser } from './parser.js';
import { getTagger } from './tagger.js';
import { repairMissingFiniteVerb, repairPrepositionAsClauseMark, repairSecondSubject, repairSubjectAsApposition } from './syntax-repair.js';

export interface SentenceAnalysis {
  upos: string[];
  xpos: string[];
  lemmas: string[];
  /** 1-based heads, 0 = root */
  heads: number[];
  deprels: string[];
}

/** the relation of a dateline's head to the clause after it: attached, but to no argument slot */
export const DATELINE_DEPREL = 'dep';

let ids = new Int32Array(256);
const lemmaByEntry = new LemmaByEntry();
const punctAttacher = new PunctAttacher();
/**
 * every punct leaf re-hung by the convention, paired marks to their phrase (EWT dev UAS +0.16, GUM
 * dev +0.16; moving only the marks whose parsed head breaks the convention gave +0.13 / +0.08:
 * eval/parser-accuracy-19.md)
 */
const PUNCT: PunctOptions = { pairs: true, onlyIllegal: false };

/**
 * Tags, lemmatizes and parses one sentence. A wire-story dateline before the clause
 * ("BRUSSELS (Reuters) - The European Union imposed …", dateline-split.ts) is analysed apart from
 * the clause, as the treebanks have it, and its head hung from the clause's root (DATELINE_DEPREL),
 * so no later stage reads the city as the clause's subject.
 */
export function analyzeSentence(forms: readonly string[], parser: Parser = getParser()): SentenceAnalysis {
  const k = datelineLength(forms);
  if (k === 0) return analyzeClause(forms, parser);
  return joinDateline(analyzeClause(forms.slice(0, k), parser), analyzeClause(forms.slice(k), parser));
}

/** the dateline's analysis followed by the clause's, one tree: the clause's root stays the root */
function joinDateline(d: SentenceAnalysis, c: SentenceAnalysis): SentenceAnalysis {
  const k = d.heads.length;
  const root = k + c.heads.indexOf(0) + 1;
  const heads = d.heads.map((h) => (h === 0 ? root : h));
  const deprels = d.deprels.map((r, i) => (d.heads[i] === 0 ? DATELINE_DEPREL : r));
  for (let i = 0; i < c.heads.length; i++) {
    const h = c.heads[i]!;
    heads.push(h === 0 ? 0 : h + k);
    deprels.push(c.deprels[i]!);
  }
  return { upos: d.upos.concat(c.upos), xpos: d.xpos.concat(c.xpos), lemmas: d.lemmas.concat(c.lemmas), heads, deprels };
}

function analyzeClause(forms: readonly string[], parser: Parser): SentenceAnalysis {
  const n = forms.length;
  const tagger = getTagger();
  const lem = getLemmatizer();
  if (ids.length < n) ids = new Int32Array(n * 2);
  // tag ids go straight to the parser (no tag strings built and looked up again per token)
  tagger.tagIds(forms, ids, n);
  const { uposOf, xposOf } = tagger;
  repairMissingFiniteVerb(forms, ids, n, uposOf, xposOf);
  // by the tagger's form entries of this sentence (tagIds above is the tagger's last call) and the
  // classes as repaired
  const lemmas = new Array<string>(n);
  lemmaByEntry.lemmatize(tagger, lem, forms, ids, n, lemmas);
  const r = parser.parseIdsInto(forms, ids, uposOf, xposOf);
  const names = parser.labelNames;
  const upos = new Array<string>(n);
  const xpos = new Array<string>(n);
  const heads = new Array<number>(n);
  const deprels = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const t = ids[i]!;
    upos[i] = uposOf[t]!;
    xpos[i] = xposOf[t]!;
    heads[i] = r.heads[i]!;
    deprels[i] = names[r.labels[i]!]!;
  }
  repairSecondSubject(heads, deprels, upos);
  repairSubjectAsApposition(heads, deprels, xpos);
  repairPrepositionAsClauseMark(heads, deprels, xpos, forms);
  repairTimeWordAsSubject(heads, deprels, xpos, forms);
  repairMarkedRoot(heads, deprels, forms);
  repairAttributionAsGovernor(heads, deprels, xpos, forms);
  // last: the marks follow the tree as the repairs above left it
  punctAttacher.attach(heads, deprels, forms, PUNCT);
  return { upos, xpos, lemmas, heads, deprels };
}
