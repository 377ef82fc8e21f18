// The event lexicons: verb/noun frames (data/events/frames.tsv), the CAMEO code table with Goldstein
// values and quad class (data/events/cameo-codes.tsv) and the CAMEO→PLOVER crosswalk
// (data/events/cameo-plover.tsv). Loaded once through the data loader and validated here, so a
// malformed frame fails at load time with the file and row named, not half-way through an article.
import { loadTsv } from '../../core/data-loader.js';
import { NewsgraphError } from '../../core/errors.js';
import { loadTsvGroups, writeDerivedTsvGroups } from '../../core/tsv-groups.js';

/** One way to find a target: a slot on the trigger, or a slot inside its complement. */
export type TargetSlot =
  | { readonly kind: 'obj' }
  | { readonly kind: 'iobj' }
  | { readonly kind: 'prep'; readonly prep: string }
  | { readonly kind: 'recip' }
  | { readonly kind: 'none' }
  /** only inside c>: the ccomp's own subject */
  | { readonly kind: 'subj' }
  /** x>slot: the slot on the xcomp (controlled) verb; obj>p:to: the prep on the object; c>subj: subject of the ccomp */
  | { readonly kind: 'via'; readonly via: 'x' | 'obj' | 'c'; readonly slot: TargetSlot };

export type Constraint =
  | { readonly kind: 'none' }
  | { readonly kind: 'obj'; readonly lemmas: ReadonlySet<string> | null }
  | { readonly kind: 'xcomp'; readonly lemmas: ReadonlySet<string> | null }
  | { readonly kind: 'ccomp'; readonly lemmas: ReadonlySet<string> | null }
  | { readonly kind: 'prep'; readonly prep: string; readonly lemmas: ReadonlySet<string> | null }
  | { readonly kind: 'nosubj'; readonly lemmas: ReadonlySet<string> }
  | { readonly kind: 'gov'; readonly lemmas: ReadonlySet<string> }
  /** a phrase with the preposition inside the clausal complement ("ordered the accused remain [in custody]") */
  | { readonly kind: 'clausePrep'; readonly prep: string; readonly lemmas: ReadonlySet<string> }
  /** what the verb reports (its clausal complement, object and predicate) holds a word or phrase of an evaluation class (data/events/evaluation-words.tsv) */
  | { readonly kind: 'content'; readonly cls: string; readonly phrases: readonly string[] };

export interface Frame {
  readonly id: string;
  readonly lemma: string;
  readonly pos: 'V' | 'N' | 'A';
  readonly prt: string | null;
  readonly source: 'subj' | 'poss';
  readonly targets: readonly TargetSlot[];
  /** the event may be recorded without a target */
  readonly targetOptional: boolean;
  /** "!" in the target column: the filled slot must name a party (a person, group, body or state);
   * a thing in it is another use of the verb ("released a statement" is no release of persons) */
  readonly targetIsParty?: boolean;
  readonly constraint: Constraint;
  readonly cameo: string;
  readonly example: string;
  /** 'dictionary': a row of the converted CAMEO verb dictionary, which fires only with a source
   * actor and a political target actor (or, for a pattern row of a verbal root, no target at all) */
  readonly origin?: 'hand' | 'dictionary';
}

export interface CameoInfo {
  readonly code: string;
  readonly root: string;
  readonly name: string;
  readonly goldstein: number;
  readonly quad: number;
  readonly plover: string | null;
  readonly ploverMode: string | null;
}

const FRAMES = 'events/frames.tsv';

function lemmaSet(s: string): ReadonlySet<string> | null {
  return s ? new Set(s.split(',').map((w) => w.trim().toLowerCase()).filter(Boolean)) : null;
}

function parseSlot(s: string, row: string): TargetSlot {
  const gt = s.indexOf('>');
  if (gt > 0) {
    const via = s.slice(0, gt);
    if (via !== 'x' && via !== 'obj' && via !== 'c') throw bad(row, `target "${s}" (expected x>, obj> or c>)`);
    const inner = s.slice(gt + 1);
    // c>subj is the one subject slot: the ccomp's own subject
    if (via === 'c' && inner === 'subj') return { kind: 'via', via, slot: { kind: 'subj' } };
    return { kind: 'via', via, slot: parseSlot(inner, row) };
  }
  if (s === 'obj' || s === 'iobj' || s === 'recip' || s === 'none') return { kind: s };
  if (s.startsWith('p:') && s.length > 2) return { kind: 'prep', prep: s.slice(2) };
  throw bad(row, `target slot "${s}" (expected obj, iobj, p:<prep>, recip, none, x>…, obj>…, c>subj)`);
}

function parseConstraint(s: string, row: string, evaluation: ReadonlyMap<string, readonly string[]> = new Map()): Constraint {
  if (!s) return { kind: 'none' };
  const eq = s.indexOf('=');
  const key = eq < 0 ? s : s.slice(0, eq);
  if (key === 'e') {
    const cls = s.slice(eq + 1);
    const phrases = evaluation.get(cls);
    if (!phrases) throw bad(row, `constraint "${s}" (no class "${cls}" in data/${EVALUATION})`);
    return { kind: 'content', cls, phrases };
  }
  const set = eq < 0 ? null : lemmaSet(s.slice(eq + 1));
  if (key === 'obj') return { kind: 'obj', lemmas: set };
  if (key === 'x') return { kind: 'xcomp', lemmas: set };
  if (key === 'c') return { kind: 'ccomp', lemmas: set };
  if (key.startsWith('p:')) return { kind: 'prep', prep: key.slice(2), lemmas: set };
  if (key.startsWith('c>p:') && key.length > 4 && set) return { kind: 'clausePrep', prep: key.slice(4), lemmas: set };
  if ((key === 'nosubj' || key === 'gov') && set) return { kind: key, lemmas: set };
  throw bad(row, `constraint "${s}" (expected obj=…, x[=…], c[=…], p:<prep>[=…], c>p:<prep>=…, nosubj=…, gov=…, e=<class>)`);
}

function bad(row: string, what: string): NewsgraphError {
  return new NewsgraphError('E030', `data/${FRAMES} row ${row}: invalid ${what}`, FRAMES);
}

const EVALUATION = 'events/evaluation-words.tsv';

/** Evaluation words and phrases by class (data/events/evaluation-words.tsv), lower-case, one space between words. */
export function loadEvaluationWords(): ReadonlyMap<string, readonly string[]> {
  const m = new Map<string, string[]>();
  for (const r of loadTsv(EVALUATION, ['word', 'class', 'example']).rows) {
    let l = m.get(r.class!);
    if (!l) m.set(r.class!, (l = []));
    l.push(r.word!.toLowerCase().split(/\s+/).filter(Boolean).join(' '));
  }
  return m;
}

/** The frames of data/events/frames.tsv, each checked against the CAMEO codes. */
export function loadFrames(codes: ReadonlyMap<string, CameoInfo> = cameoTable()): readonly Frame[] {
  const t = loadTsv(FRAMES, ['id', 'lemma', 'pos', 'prt', 'source', 'target', 'constraint', 'cameo', 'example']);
  const evaluation = loadEvaluationWords();
  const out: Frame[] = [];
  for (const r of t.rows) {
    const id = r.id!;
    const pos = r.pos;
    if (pos !== 'V' && pos !== 'N' && pos !== 'A') throw bad(id, `pos "${pos}" (expected V, N or A)`);
    const source = r.source;
    if (source !== 'subj' && source !== 'poss') throw bad(id, `source "${source}" (expected subj or poss)`);
    const cameo = r.cameo!;
    // "---": a reviewed use of the lemma that is no event, overruling a dictionary row ("appeared in court")
    if (cameo !== NO_EVENT_CODE && !codes.has(cameo)) throw bad(id, `CAMEO code "${cameo}" (not in data/events/cameo-codes.tsv or ---)`);
    const spec = r.target!;
    const targetOptional = spec.includes('?');
    const targetIsParty = spec.includes('!');
    const targets = spec
      .replace(/[?!]/g, '')
      .split('/')
      .filter(Boolean)
      .map((s) => parseSlot(s, id));
    out.push({
      id,
      lemma: r.lemma!.toLowerCase(),
      pos,
      prt: r.prt ? r.prt.toLowerCase() : null,
      source,
      targets,
      targetOptional,
      ...(targetIsParty ? { targetIsParty } : {}),
      constraint: parseConstraint(r.constraint ?? '', id, evaluation),
      cameo,
      example: r.example ?? '',
    });
  }
  return out;
}

/** Frames grouped by lemma; within a lemma, rows with a constraint are tried before the
 * unconstrained default row ("appealed … for aid" is 025 before the plain appeal 020), keeping file
 * order otherwise. */
function groupByLemma(fs: readonly Frame[]): Map<string, Frame[]> {
  const byLemma = new Map<string, Frame[]>();
  for (const f of fs) {
    let l = byLemma.get(f.lemma);
    if (!l) byLemma.set(f.lemma, (l = []));
    l.push(f);
  }
  for (const l of byLemma.values()) l.sort((a, b) => Number(a.constraint.kind === 'none') - Number(b.constraint.kind === 'none'));
  return byLemma;
}

/** Frames by trigger lemma, in file order (more specific rows come first in the file); the CAMEO
 * dictionary's frames (`dictionary`) follow all hand frames of their lemma. */
export function framesByLemma(frames: readonly Frame[], dictionary: readonly Frame[] = []): ReadonlyMap<string, readonly Frame[]> {
  const byLemma = groupByLemma(frames);
  // hand frames win where both match: they were written from the codebook's verb descriptions;
  // the dictionary gives breadth where no hand frame of the lemma yields an event
  for (const [lemma, fs] of groupByLemma(dictionary)) byLemma.set(lemma, [...(byLemma.get(lemma) ?? []), ...fs]);
  return byLemma;
}

const NOT_YET: unique symbol = Symbol('not computed yet');

/**
 * A read-only map whose values are computed on first lookup of their key (and kept): the keys that
 * may have a value are known up front, `compute` may still answer undefined for one of them.
 * Iterating computes every value (tools and tests; the pipeline only calls get).
 */
export class LazyMap<K, V> implements ReadonlyMap<K, V> {
  /** every candidate key: its value once computed, NOT_YET before (one lookup per get: it is on the hot path) */
  private readonly slots: Map<K, V | undefined | typeof NOT_YET>;
  constructor(
    /** the keys that may have a value */
    readonly candidates: ReadonlySet<K>,
    private readonly compute: (key: K) => V | undefined,
  ) {
    this.slots = new Map([...candidates].map((k) => [k, NOT_YET] as const));
  }

  get(key: K): V | undefined {
    const v = this.slots.get(key);
    if (v !== NOT_YET) return v; // computed, or not a candidate (undefined)
    const computed = this.compute(key);
    this.slots.set(key, computed);
    return computed;
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  private *all(): IterableIterator<[K, V]> {
    for (const k of this.candidates) {
      const v = this.get(k);
      if (v !== undefined) yield [k, v];
    }
  }

  get size(): number {
    return [...this.all()].length;
  }

  entries(): MapIterator<[K, V]> {
    return this.all() as MapIterator<[K, V]>;
  }

  keys(): MapIterator<K> {
    return (function* (m) {
      for (const [k] of m) yield k;
    })(this.all()) as MapIterator<K>;
  }

  values(): MapIterator<V> {
    return (function* (m) {
      for (const [, v] of m) yield v;
    })(this.all()) as MapIterator<V>;
  }

  forEach(f: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [k, v] of this.all()) f(v, k, this);
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}

/**
 * A lemma's frames in framesByLemma's order (hand frames, then the dictionary's), each built on first
 * request: a common verb has hundreds of dictionary rows and a trigger tests only those naming its
 * object or a preposition it has a phrase with (match-frames.ts), so of the ~30k rows the Wikinews
 * bench reads fewer than 3k become frames. The constraints of all are there at once, for the index.
 */
export interface FrameList {
  readonly length: number;
  /** the constraint of the frame at each position (the index is built from these alone) */
  readonly constraints: readonly Constraint[];
  /** the frame at position i */
  at(i: number): Frame;
  /** every frame, in order (built on first call; the same array after) */
  all(): readonly Frame[];
}

/** A list of built frames as a FrameList. */
export function frameList(frames: readonly Frame[]): FrameList {
  return { length: frames.length, constraints: frames.map((f) => f.constraint), at: (i) => frames[i]!, all: () => frames };
}

/** Each lemma's hand frames alone (data/events/frames.tsv), in framesByLemma's order. */
export function handFrameLists(frames: readonly Frame[]): ReadonlyMap<string, FrameList> {
  return new Map([...groupByLemma(frames)].map(([lemma, fs]) => [lemma, frameList(fs)] as const));
}

/** Each lemma's FrameList, read on first lookup; undefined for a lemma with no frame. */
export function lazyFrameLists(frames: readonly Frame[], dictionary: DictionaryByLemma): LazyMap<string, FrameList> {
  const hand = groupByLemma(frames);
  return new LazyMap(new Set([...hand.keys(), ...dictionary.lemmas]), (lemma) => {
    const own = hand.get(lemma);
    const dict = dictionary.list(lemma);
    if (!dict.length) return own ? frameList(own) : undefined;
    if (!own) return dict;
    const constraints = [...own.map((f) => f.constraint), ...dict.constraints];
    let every: readonly Frame[] | undefined;
    return {
      length: own.length + dict.length,
      constraints,
      at: (i) => (i < own.length ? own[i]! : dict.at(i - own.length)),
      all: () => (every ??= [...own, ...dict.all()]),
    };
  });
}

/** framesByLemma with the dictionary read per lemma: the same lists, each built on first lookup. */
export function lazyFramesByLemma(frames: readonly Frame[], dictionary: DictionaryByLemma, lists: LazyMap<string, FrameList> = lazyFrameLists(frames, dictionary)): LazyMap<string, readonly Frame[]> {
  return new LazyMap(lists.candidates, (lemma) => lists.get(lemma)?.all());
}

/** Irregular verb forms of the CAMEO dictionary (data/events/cameo-verb-forms.tsv): form → lemma. */
export function loadVerbForms(): ReadonlyMap<string, string> {
  const m = new Map<string, string>();
  for (const r of loadTsv('events/cameo-verb-forms.tsv', ['form', 'lemma']).rows) m.set(r.form!, r.lemma!);
  return m;
}

/** the code of a dictionary row that says "this use of the verb is no event" */
export const NO_EVENT_CODE = '---';

const DICTIONARY = 'events/cameo-verbs.tsv';
const DICTIONARY_COLUMNS = ['lemma', 'prt', 'constraint', 'cameo'];
/** roots whose dictionary events need no target (statements, appeals, rejections, threats, protests) */
const TARGETLESS_ROOTS = new Set(['01', '02', '03', '05', '09', '10', '11', '12', '13', '14']);
const DEFAULT_TARGETS = 'obj/iobj/p:against/p:with/p:to/p:on/p:at';
const OBJECT_TARGETS = 'obj/iobj/p:to/p:against/p:with/p:on/p:for';

/**
 * The frames of data/events/cameo-verbs.tsv (PETRARCH-2's CAMEO verb dictionary, converted by
 * scripts/convert-cameo.ts): verbs only, source the subject, targets in the slots where CAMEO
 * targets sit for that kind of pattern (the object itself, else the recipient or the
 * against/with/to/on phrase); a `---` row stops the dictionary for that trigger. All rows at once:
 * the pipeline reads them per lemma (dictionaryByLemma); this is for checks and tools.
 */
export function loadDictionaryFrames(codes: ReadonlyMap<string, CameoInfo> = cameoTable()): readonly Frame[] {
  const t = loadTsv(DICTIONARY, DICTIONARY_COLUMNS);
  return dictionaryFrames(t.rows.map((r, n) => ({ r, n })), codes, sharedParts());
}

/**
 * Parts many dictionary frames have in common, built once per dictionary: the target slot lists
 * (a handful of patterns) and the constraints by their text. Frames are immutable, so they share
 * them; building them per row made a loaded dictionary ~30 MB.
 */
interface SharedParts {
  readonly targets: Map<string, readonly TargetSlot[]>;
  readonly constraints: Map<string, Constraint>;
}

const sharedParts = (): SharedParts => ({ targets: new Map(), constraints: new Map() });

/**
 * A dictionary row read as far as indexing needs: its constraint (shared), or null for a row that
 * gives no frame (a verb's bare default code). Throws E030 for a code the CAMEO table lacks.
 */
function dictionaryConstraint(r: Readonly<Record<string, string>>, n: number, codes: ReadonlyMap<string, CameoInfo>, shared: SharedParts): Constraint | null {
  const cameo = r.cameo!;
  // (the row's name for messages is built only for a message: this runs for every row of a lemma)
  const row = () => `${n + 1} (${r.lemma})`;
  if (cameo !== NO_EVENT_CODE && !codes.has(cameo)) throw new NewsgraphError('E030', `data/${DICTIONARY} row ${row()}: CAMEO code "${cameo}" is not in data/events/cameo-codes.tsv`, DICTIONARY);
  const text = r.constraint ?? '';
  let constraint = shared.constraints.get(text);
  if (!constraint) shared.constraints.set(text, (constraint = parseConstraint(text, row())));
  // a verb's bare default code (no object or preposition pattern) is left out: on the Wikinews dev
  // set it found 1 more annotated event for 29 unannotated ones (recall 0.085 either way,
  // unannotated/annotated 0.70 without, 0.88 with) — revisit once group nouns carry countries
  if (constraint.kind === 'none' && cameo !== NO_EVENT_CODE) return null;
  return constraint;
}

/** a pattern of the CAMEO 2.0 verb dictionary (PETRARCH-2, data/events/cameo-verbs.tsv) coded this event: a row's id before its number */
function dictionaryIdBase(r: Readonly<Record<string, string>>): string {
  const cameo = r.cameo!;
  return `cameo2-${r.lemma!.toLowerCase()}${r.prt ? `-${r.prt}` : ''}-${cameo === NO_EVENT_CODE ? 'none' : cameo}`;
}

/** The frame of a kept dictionary row; k: how many kept rows of its lemma up to it (itself included) have its id base (its id's number). */
function dictionaryFrame(r: Readonly<Record<string, string>>, n: number, constraint: Constraint, k: number, shared: SharedParts): Frame {
  const cameo = r.cameo!;
  const prep = constraint.kind === 'prep' ? `p:${constraint.prep}/` : '';
  const spec = prep + (constraint.kind === 'obj' ? OBJECT_TARGETS : DEFAULT_TARGETS);
  let targets = shared.targets.get(spec);
  if (!targets) shared.targets.set(spec, (targets = spec.split('/').map((s) => parseSlot(s, `${n + 1} (${r.lemma})`))));
  const lemma = r.lemma!.toLowerCase();
  const base = dictionaryIdBase(r);
  return {
    id: k > 1 ? `${base}-${k}` : base,
    lemma,
    pos: 'V',
    prt: r.prt ? r.prt.toLowerCase() : null,
    source: 'subj',
    targets,
    // a verb's default code ("claim", "take", "call") says little on its own: it needs a target actor
    targetOptional: constraint.kind !== 'none' && TARGETLESS_ROOTS.has(cameo.slice(0, 2)),
    constraint,
    cameo,
    example: '',
    origin: 'dictionary',
  };
}

/** The frames of the given dictionary rows (n: the row's position among all rows, for ids and messages). */
function dictionaryFrames(rows: readonly { r: Readonly<Record<string, string>>; n: number }[], codes: ReadonlyMap<string, CameoInfo>, shared: SharedParts): Frame[] {
  const out: Frame[] = [];
  const ids = new Map<string, number>();
  for (const { r, n } of rows) {
    const constraint = dictionaryConstraint(r, n, codes, shared);
    if (!constraint) continue;
    const key = dictionaryIdBase(r);
    const k = (ids.get(key) ?? 0) + 1;
    ids.set(key, k);
    out.push(dictionaryFrame(r, n, constraint, k, shared));
  }
  return out;
}

/**
 * The CAMEO dictionary read per lemma: start-up only finds where each lemma's rows are (the file has
 * ~38k rows; building them all cost ~100 ms of every process's start and ~20 MB, and an article
 * asks for a few dozen lemmas). A lemma's rows are parsed (src/core/tsv-lines.ts) and turned into
 * frames on first lookup, exactly as loadDictionaryFrames does (same ids, same row numbers in
 * messages); test/events/frames.test.ts checks both agree on every lemma, so a malformed row is still
 * caught before it ships.
 */
export interface DictionaryByLemma {
  /** lower-cased lemmas that have rows (some may yield no frame: default-code rows are left out) */
  readonly lemmas: ReadonlySet<string>;
  /** the lemma's frames in file order (empty when none) */
  frames(lemma: string): readonly Frame[];
  /** the same frames in framesByLemma's order (rows with a constraint first, then the `---` default rows), each built when first asked for */
  list(lemma: string): FrameList;
}

const NO_FRAMES: FrameList = frameList([]);

export function dictionaryByLemma(codes: ReadonlyMap<string, CameoInfo> = cameoTable()): DictionaryByLemma {
  // grouped by lemma once at build time (src/core/tsv-groups.ts), else here from the file
  const t = loadTsvGroups(DICTIONARY, 'lemma', DICTIONARY_COLUMNS);
  const shared = sharedParts();
  return {
    lemmas: t.keys,
    frames(lemma: string): readonly Frame[] {
      const ns = t.rowsOf(lemma);
      if (!ns) return [];
      return dictionaryFrames(t.rows(ns).map((r, i) => ({ r, n: ns[i]! })), codes, shared);
    },
    list(lemma: string): FrameList {
      const ns = t.rowsOf(lemma);
      if (!ns) return NO_FRAMES;
      return lazyDictionaryList(t.rows(ns), ns, codes, shared);
    },
  };
}

/**
 * One lemma's dictionary rows as a FrameList: every row's constraint read (and its code checked) now,
 * a frame built when asked for, with the id dictionaryFrames gives it (its number counts the kept
 * rows up to it in file order that share its id base).
 */
function lazyDictionaryList(rows: readonly Readonly<Record<string, string>>[], ns: readonly number[], codes: ReadonlyMap<string, CameoInfo>, shared: SharedParts): FrameList {
  const constraints: Constraint[] = [];
  /** row position (in file order) of each list position */
  const order: number[] = [];
  const kept = new Uint8Array(rows.length);
  const defaults: [number, Constraint][] = [];
  for (let i = 0; i < rows.length; i++) {
    const c = dictionaryConstraint(rows[i]!, ns[i]!, codes, shared);
    if (!c) continue;
    kept[i] = 1;
    // framesByLemma's order: rows with a constraint before the default ("---") rows, file order within each
    if (c.kind === 'none') defaults.push([i, c]);
    else order.push(i), constraints.push(c);
  }
  for (const [i, c] of defaults) order.push(i), constraints.push(c);
  if (!order.length) return NO_FRAMES;
  // the list lives as long as the lexicon (the whole run): it keeps of each row only what its frame
  // needs (the parsed rows, with their origin notes, were ~10 MB after the Wikinews bench) and each
  // frame's id number (the kept rows up to it in file order with the same particle and code)
  const seen = new Map<string, number>();
  const idNumber = new Int32Array(rows.length);
  for (let x = 0; x < rows.length; x++) {
    if (!kept[x]) continue;
    const key = `${rows[x]!.prt}\t${rows[x]!.cameo}`;
    const k = (seen.get(key) ?? 0) + 1;
    seen.set(key, k);
    idNumber[x] = k;
  }
  // (a plain loop: a closure over `rows` here would keep them in the context `at` holds)
  const slim: { row: Readonly<Record<string, string>>; n: number; k: number }[] = new Array(order.length);
  for (let j = 0; j < order.length; j++) {
    const i = order[j]!;
    slim[j] = { row: { lemma: rows[i]!.lemma!, prt: rows[i]!.prt!, cameo: rows[i]!.cameo! }, n: ns[i]!, k: idNumber[i]! };
  }
  const built: (Frame | undefined)[] = new Array(order.length);
  const at = (j: number): Frame => {
    let f = built[j];
    if (f) return f;
    const { row, n, k } = slim[j]!;
    built[j] = f = dictionaryFrame(row, n, constraints[j]!, k, shared);
    return f;
  };
  let every: readonly Frame[] | undefined;
  return { length: order.length, constraints, at, all: () => (every ??= constraints.map((_, j) => at(j))) };
}

/** The build's index of the CAMEO dictionary by lemma (`npm run build`); its size in bytes. */
export function writeDerivedDictionaryIndex(): number {
  return writeDerivedTsvGroups(DICTIONARY, 'lemma');
}

/** CAMEO code → name, Goldstein value, GDELT quad class and PLOVER type/mode. */
export function cameoTable(): ReadonlyMap<string, CameoInfo> {
  const codes = loadTsv('events/cameo-codes.tsv', ['code', 'root', 'name', 'goldstein', 'quad']);
  const plover = loadTsv('events/cameo-plover.tsv', ['cameo', 'plover', 'mode']);
  const pl = new Map<string, { type: string; mode: string | null }>();
  for (const r of plover.rows) pl.set(r.cameo!, { type: r.plover!, mode: r.mode || null });
  const m = new Map<string, CameoInfo>();
  for (const r of codes.rows) {
    const code = r.code!;
    const g = Number(r.goldstein);
    const q = Number(r.quad);
    if (!Number.isFinite(g) || !(q >= 1 && q <= 4)) {
      throw new NewsgraphError('E030', `data/events/cameo-codes.tsv code ${code}: expected a numeric Goldstein value and quad 1-4, found "${r.goldstein}", "${r.quad}"`, 'events/cameo-codes.tsv');
    }
    // a 4-digit code without its own crosswalk row takes its 3-digit parent's, then the root's
    const p = pl.get(code) ?? pl.get(code.slice(0, 3)) ?? pl.get(`${code.slice(0, 2)}0`) ?? null;
    m.set(code, { code, root: r.root!, name: r.name!, goldstein: g, quad: q, plover: p?.type ?? null, ploverMode: p?.mode ?? null });
  }
  return m;
}

export function cameoInfo(table: ReadonlyMap<string, CameoInfo>, code: string): CameoInfo {
  const info = table.get(code);
  if (!info) throw new NewsgraphError('E030', `CAMEO code "${code}" is not in data/events/cameo-codes.tsv`, code);
  return info;
}
