// One sentence through the whole syntactic chain: tag (UPOS+XPOS), lemmatize, parse. Shared by
// the syntax stage, `newsgraph parse`, eval/parse.ts and bench/parse.ts so they measure the same
// thing (and by eval/events-parser.ts with another parser model).
import { datelineLength } from './dateline-split.js';
import { repairAttributionAsGovernor } from './syntax-repair-attribution.js';
import { repairMarkedRoot } from './syntax-repair-marked-root.js';
import { PunctAttacher, type PunctOptions } from './syntax-repair-punct.js';
import { DATELINE_APART } from './syntax-repair-rules.js';
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
/** the repairs' codes of the clause being analysed (syntax-repair-rules.ts), copied out when asked for */
let codes = new Uint16Array(256);
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
 * With `repairs`, each token's repair code (syntax-repair-rules.ts: which repairs changed its tag,
 * head or relation; 0 for none) is written to repairs[at + i].
 */
export function analyzeSentence(forms: readonly string[], parser: Parser = getParser(), repairs?: Uint16Array, at = 0): SentenceAnalysis {
  const k = datelineLength(forms);
  if (k === 0) return analyzeClause(forms, parser, repairs, at);
  const d = analyzeClause(forms.slice(0, k), parser, repairs, at);
  const c = analyzeClause(forms.slice(k), parser, repairs, at + k);
  if (repairs) for (let i = 0; i < k; i++) if (d.heads[i] === 0) repairs[at + i] = repairs[at + i]! | DATELINE_APART;
  return joinDateline(d, c);
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

function analyzeClause(forms: readonly string[], parser: Parser, repairs: Uint16Array | undefined, at: number): SentenceAnalysis {
  const n = forms.length;
  const tagger = getTagger();
  const lem = getLemmatizer();
  if (ids.length < n) ids = new Int32Array(n * 2);
  if (codes.length < n) codes = new Uint16Array(n * 2);
  // (only when asked for: eval and bench callers pay nothing)
  const m = repairs ? codes : undefined;
  if (m) m.fill(0, 0, n);
  // tag ids go straight to the parser (no tag strings built and looked up again per token)
  tagger.tagIds(forms, ids, n);
  const { uposOf, xposOf } = tagger;
  repairMissingFiniteVerb(forms, ids, n, uposOf, xposOf, m);
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
  repairSecondSubject(heads, deprels, upos, m);
  repairSubjectAsApposition(heads, deprels, xpos, m);
  repairPrepositionAsClauseMark(heads, deprels, xpos, forms, m);
  repairTimeWordAsSubject(heads, deprels, xpos, forms, m);
  repairMarkedRoot(heads, deprels, forms, m);
  repairAttributionAsGovernor(heads, deprels, xpos, forms, m);
  // last: the marks follow the tree as the repairs above left it
  punctAttacher.attach(heads, deprels, forms, PUNCT, m);
  if (repairs) for (let i = 0; i < n; i++) repairs[at + i] = codes[i]!;
  return { upos, xpos, lemmas, heads, deprels };
}
