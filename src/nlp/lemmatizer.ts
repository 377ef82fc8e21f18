// Lemmatizer: exceptions learned from the treebanks for seen (form, XPOS) pairs, then suffix edit
// rules per XPOS ("longest known suffix of the lower-cased form → cut n characters, append s") for
// unseen words. Only entries the rules get wrong are stored, which keeps models/lemma.json small.
// Whether a tag keeps the form's capitalisation (NNP: "Obama" → "Obama"; VBD: "Went" → "go") is
// learned per XPOS too. Loaded once, lazily; E021 if the file is missing or malformed.
import { existsSync, readFileSync } from 'node:fs';
import { flatCopy } from '../core/bounded-memo.js';
import { NewsgraphError } from '../core/errors.js';
import { modelPath } from '../core/paths.js';
import { fileFingerprint, readDerived, writeDerived } from './derived-tables.js';
import { wordIndexArrays, wordIndexFromModel, type WordSet } from './utf8-word-index.js';

export const LEMMA_KIND = 'newsgraph-lemma';
export const LEMMA_FILE = 'lemma.json';
export const LEMMA_FORMAT = 1;

/** The serialised model (models/lemma.json). */
export interface LemmaModelJson {
  readonly kind: string;
  readonly format: number;
  readonly maxSuffix: number;
  /** XPOS tags whose lemma keeps the form's case */
  readonly keepCase: readonly string[];
  /** case-keeping XPOS tags whose all-lower-case forms get a capital ("kerala"/NNP → "Kerala") */
  readonly capLower: readonly string[];
  /** lower-cased lemmas seen in training: a rule whose output is a known lemma beats one whose isn't */
  readonly vocab: readonly string[];
  /** XPOS → { lower-cased suffix → "cut\tappend" or "cut\tappend\tcut2\tappend2" (runner-up rule) } */
  readonly rules: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** "form\tXPOS" → lemma, for seen forms with capitals (or case-keeping tags) the rules miss */
  readonly exact: Readonly<Record<string, string>>;
  /** "lowercase form\tXPOS" → lemma, for seen lower-case forms the rules miss */
  readonly lower: Readonly<Record<string, string>>;
  readonly info?: Record<string, unknown>;
}

/** The model as the Lemmatizer takes it: the lemmas seen in training as a list (the JSON's) or as a word set (the derived copy's). */
export type LemmaModel = Omit<LemmaModelJson, 'vocab' | 'rules'> & {
  readonly vocab: readonly string[] | WordSet;
  /** as LemmaModelJson's, or (the derived copy) each tag's table as its JSON text, parsed when a word of the tag first asks */
  readonly rules: Readonly<Record<string, Readonly<Record<string, string>> | string>>;
};

const isWordSet = (v: readonly string[] | WordSet): v is WordSet => typeof (v as WordSet).has === 'function';

const MEMO_LIMIT = 200_000;

interface Rule {
  cut: number;
  append: string;
  /** the runner-up rule at this suffix, tried when the first does not give a known lemma */
  cut2: number;
  append2: string | null;
}

export class Lemmatizer {
  private readonly exact: Map<string, string>;
  private readonly lower: Map<string, string>;
  private readonly keepCase: Set<string>;
  private readonly capLower: Set<string>;
  private readonly vocab: WordSet;
  /** XPOS → suffix rules, each parsed from rawRules when a word first asks for it (start-up time: a cold
   * extract of one article asks for a few hundred of the 5,237; parsing every rule of each tag it met
   * cost ~5 ms, 2026-12-07) */
  private readonly rules = new Map<string, SuffixRules | null>();
  private readonly rawRules: LemmaModel['rules'];
  private readonly maxSuffix: number;
  /**
   * Memo of results, XPOS → form → lemma: lemmatize is a pure function of (form, XPOS) and news
   * text repeats its words, so most calls are two map hits instead of string building, lower-casing
   * and suffix probing. Bounded: dropped wholesale at MEMO_LIMIT entries (memory stays flat).
   */
  private memo = new Map<string, Map<string, string>>();
  private memoSize = 0;

  constructor(m: LemmaModel) {
    this.exact = new Map(Object.entries(m.exact));
    this.lower = new Map(Object.entries(m.lower));
    this.keepCase = new Set(m.keepCase);
    this.capLower = new Set(m.capLower);
    this.vocab = isWordSet(m.vocab) ? m.vocab : new Set(m.vocab);
    this.maxSuffix = m.maxSuffix;
    this.rawRules = m.rules;
  }

  /** Lemma of a form given its tags. UPOS is accepted for API symmetry; XPOS carries the decision. */
  lemmatize(form: string, _upos: string, xpos: string): string {
    let m = this.memo.get(xpos);
    if (m === undefined) this.memo.set(xpos, (m = new Map()));
    const hit = m.get(form);
    if (hit !== undefined) return hit;
    const lemma = this.compute(form, xpos);
    if (++this.memoSize > MEMO_LIMIT) {
      this.memo = new Map([[xpos, (m = new Map())]]);
      this.memoSize = 1;
    }
    // flat copies: a long form sliced from an article (and a lemma cut from it) would keep the article alive as long as the memo
    m.set(flatCopy(form), flatCopy(lemma));
    return lemma;
  }

  private compute(form: string, xpos: string): string {
    const e = this.exact.get(form + '\t' + xpos);
    if (e !== undefined) return e;
    const keep = this.keepCase.has(xpos);
    const low = form.toLowerCase();
    if (!keep) {
      const l = this.lower.get(low + '\t' + xpos);
      if (l !== undefined) return l;
    }
    return this.applyRule(form, low, xpos, keep);
  }

  /**
   * The suffix-rule prediction alone (also used in training to decide which exceptions to store).
   * The longest known suffix decides; if its rule changes the word into an unknown lemma ("provoked"
   * → "provok"), its runner-up rule, then shorter suffixes' rules, may supply a known one ("provoke").
   */
  applyRule(form: string, low: string, xpos: string, keep = this.keepCase.has(xpos)): string {
    let base = keep ? form : low;
    if (keep && this.capLower.has(xpos) && base === low && base.length > 0) base = base[0]!.toUpperCase() + base.slice(1);
    const table = this.rulesFor(xpos);
    if (!table) return base;
    let first: string | null = null;
    for (let L = Math.min(this.maxSuffix, low.length); L >= 0; L--) {
      const r = table.get(low.slice(low.length - L));
      if (!r) continue;
      const a = edit(base, r.cut, r.append);
      if (first === null) {
        first = a;
        // an identity rule is trusted: unseen names and nouns must not be "corrected" into known words
        if (a === base) return a;
      }
      if (this.known(a)) return a;
      if (r.append2 !== null) {
        const b = edit(base, r.cut2, r.append2);
        if (this.known(b)) return b;
      }
    }
    return first ?? base;
  }

  private rulesFor(xpos: string): SuffixRules | null {
    let t = this.rules.get(xpos);
    if (t === undefined) {
      const raw = Object.hasOwn(this.rawRules, xpos) ? this.rawRules[xpos]! : null;
      t = raw === null ? null : new SuffixRules(typeof raw === 'string' ? (JSON.parse(raw) as Record<string, string>) : raw);
      this.rules.set(xpos, t);
    }
    return t;
  }

  private known(lemma: string): boolean {
    return this.vocab.has(lemma.toLowerCase());
  }
}

/** One tag's suffix rules, each parsed from its "cut\tappend[\tcut2\tappend2]" text on first use. */
class SuffixRules {
  private readonly parsed = new Map<string, Rule>();

  constructor(private readonly raw: Readonly<Record<string, string>>) {}

  get(suffix: string): Rule | undefined {
    let r = this.parsed.get(suffix);
    if (r === undefined && Object.hasOwn(this.raw, suffix)) {
      const p = this.raw[suffix]!.split('\t');
      r = { cut: Number(p[0]), append: p[1] ?? '', cut2: p.length >= 4 ? Number(p[2]) : 0, append2: p.length >= 4 ? p[3]! : null };
      this.parsed.set(suffix, r);
    }
    return r;
  }
}

function edit(base: string, cut: number, append: string): string {
  return cut >= base.length ? base : base.slice(0, base.length - cut) + append;
}

export function lemmatizerFromJson(json: unknown, path = LEMMA_FILE): Lemmatizer {
  checkLemmaModel(json, path);
  return new Lemmatizer(json);
}

/** E021 unless `json` is a lemmatizer model of this format (the vocabulary a list, or left out: `vocab: false`). */
function checkLemmaModel(json: unknown, path: string, vocab = true): asserts json is LemmaModelJson {
  const m = json as LemmaModelJson;
  if (!m || typeof m !== 'object' || m.kind !== LEMMA_KIND || m.format !== LEMMA_FORMAT || typeof m.rules !== 'object' || typeof m.exact !== 'object' || typeof m.lower !== 'object' || !Array.isArray(m.keepCase) || !Array.isArray(m.capLower) || (vocab && !Array.isArray(m.vocab))) {
    throw new NewsgraphError('E021', `${path}: expected a ${LEMMA_KIND} model (format ${LEMMA_FORMAT}), found something else — run \`npm run train\``, path);
  }
}

let cached: Lemmatizer | null = null;

// The model's 17,404 lemmas are asked only whether they hold a word; parsing them from lemma.json
// and building their Set was most of the lemmatizer's ~14 ms load in a cold start (session 21).
// `npm run build` writes models/derived/lemma.bin: the model without the list, and the list as a
// ready-built word index (src/nlp/utf8-word-index.ts) read as zero-copy views; the suffix rules
// as one JSON text per tag (LemmaModel). The copy names the
// lemma.json it was made from (path, size, modification time): after a retraining or a checkout the
// loader reads lemma.json itself until the next build.
const DERIVED = 'lemma.bin';
const DERIVED_KIND = 'lemma-tables';

function readLemmaJson(path: string): unknown {
  if (!existsSync(path)) throw new NewsgraphError('E021', `${path}: file not found — run \`npm run train\` to rebuild the models`, path);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new NewsgraphError('E021', `${path}: not valid JSON (corrupt file) — run \`npm run train\``, path);
  }
}

export function getLemmatizer(): Lemmatizer {
  if (!cached) {
    const path = modelPath(LEMMA_FILE);
    const d = readDerived(DERIVED, DERIVED_KIND, fileFingerprint(path));
    if (d) {
      try {
        checkLemmaModel(d.meta, path, false);
        cached = new Lemmatizer({ ...(d.meta as Omit<LemmaModel, 'vocab'>), vocab: wordIndexFromModel(d.file) });
      } catch {
        // an unusable copy is a stale cache: read lemma.json
      }
    }
    cached ??= lemmatizerFromJson(readLemmaJson(path), path);
  }
  return cached;
}

/** Writes the derived copy of models/lemma.json (see getLemmatizer); its size in bytes, 0 when there is no model or its list cannot be packed. */
export function writeDerivedLemmaTables(): number {
  const path = modelPath(LEMMA_FILE);
  const fingerprint = fileFingerprint(path);
  if (!fingerprint) return 0;
  const json = readLemmaJson(path);
  checkLemmaModel(json, path);
  const { vocab, rules, ...rest } = json;
  const arrays = wordIndexArrays(vocab);
  // each tag's rules as one JSON string: the header then parses 49 strings, not ~5,000 entries, and a
  // cold extract parses the tables of the tags it meets
  const packedRules = Object.fromEntries(Object.entries(rules).map(([xpos, table]) => [xpos, JSON.stringify(table)]));
  return arrays ? writeDerived(DERIVED, DERIVED_KIND, fingerprint, { ...rest, rules: packedRules } satisfies Omit<LemmaModel, 'vocab'>, arrays) : 0;
}

/** Lemma of `form` tagged (upos, xpos), using the shipped model. */
export function lemmatize(form: string, upos: string, xpos: string): string {
  return getLemmatizer().lemmatize(form, upos, xpos);
}

export function resetLemmatizer(): void {
  cached = null;
}
