// The event lexicons: verb/noun frames (data/events/frames.tsv), the CAMEO code table with Goldstein
// values and quad class (data/events/cameo-codes.tsv) and the CAMEO→PLOVER crosswalk
// (data/events/cameo-plover.tsv). Loaded once through the data loader and validated here, so a
// malformed frame fails at load time with the file and row named, not half-way through an article.
import { loadTsv } from '../../core/data-loader.js';
import { NewsgraphError } from '../../core/errors.js';
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { derivedDataPath, readDerivedData, writeDerivedData } from '../../core/derived-data.js';
import { loadTsvGroups, writeDerivedTsvGroups, type TsvGroups } from '../../core/tsv-groups.js';

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
  | {
      readonly kind: 'content';
      readonly cls: string;
      readonly phrases: readonly string[];
      /** each phrase between spaces (" w1 w2 "), as the trigger's reported words are searched for it: made once here, not per trigger tested (match-frames.ts) */
      readonly spaced: readonly string[];
    };

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
    return { kind: 'content', cls, phrases, spaced: phrases.map((w) => ` ${w} `) };
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
  /** the list's index, when it came ready-made (the build's copy of the dictionary): what indexParts(constraints) gives */
  readonly parts?: IndexParts;
}

/**
 * A frame list's positions by what their constraints name (match-frames.ts reads a trigger's
 * candidates from them): the frames naming an object word, those constrained by a phrase with a
 * preposition, and the rest (in list order).
 */
export interface IndexParts {
  /** positions of frames without an object-word or prepositional constraint */
  readonly rest: readonly number[];
  /** object word → the position of the one frame that names it (most words), or the positions of several */
  readonly byObject: ReadonlyMap<string, number | readonly number[]>;
  /** preposition → positions of the frames constrained by a phrase with it */
  readonly byPrep: ReadonlyMap<string, readonly number[]>;
}

/** The index parts of a list with these constraints (positions ascending in every group). */
export function indexParts(constraints: readonly Constraint[], offset = 0, into?: { rest: number[]; byObject: Map<string, number | number[]>; byPrep: Map<string, number[]> }): IndexParts {
  const rest: number[] = into?.rest ?? [];
  const byObject = into?.byObject ?? new Map<string, number | number[]>();
  const byPrep = into?.byPrep ?? new Map<string, number[]>();
  // the lexicon keeps every index it built for the run (~80k object words after the Wikinews bench,
  // 95% naming one frame): a word of one frame holds the bare position, and a list starts as the
  // literal [i, j] (`[]` + push reserves 17 slots); 20 MB → 5 MB after the bench
  for (let j = 0; j < constraints.length; j++) {
    const c = constraints[j]!;
    const i = j + offset;
    if (c.kind === 'prep') {
      const l = byPrep.get(c.prep);
      if (l) l.push(i);
      else byPrep.set(c.prep, [i]);
      continue;
    }
    if (c.kind !== 'obj' || !c.lemmas) {
      rest.push(i);
      continue;
    }
    for (const w of c.lemmas) addObject(byObject, w, i);
  }
  return { rest, byObject, byPrep };
}

function addObject(byObject: Map<string, number | number[]>, w: string, i: number): void {
  const l = byObject.get(w);
  if (l === undefined) byObject.set(w, i);
  else if (typeof l === 'number') byObject.set(w, [l, i]);
  else l.push(i);
}

/** The parts of `own` (indexed here) followed by a ready-made `after` list's parts at offset own.length: indexParts of the joined constraints. */
function joinedParts(own: readonly Constraint[], after: IndexParts): IndexParts {
  const into = { rest: [] as number[], byObject: new Map<string, number | number[]>(), byPrep: new Map<string, number[]>() };
  indexParts(own, 0, into);
  const off = own.length;
  for (const i of after.rest) into.rest.push(i + off);
  for (const [w, is] of after.byObject) {
    if (typeof is === 'number') addObject(into.byObject, w, is + off);
    else for (const i of is) addObject(into.byObject, w, i + off);
  }
  for (const [prep, is] of after.byPrep) {
    const l = into.byPrep.get(prep);
    if (l) for (const i of is) l.push(i + off);
    else into.byPrep.set(prep, is.map((i) => i + off));
  }
  return into;
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
    let constraints: readonly Constraint[] | undefined;
    let every: readonly Frame[] | undefined;
    const ready = dict.parts;
    return {
      length: own.length + dict.length,
      // (read only where the dictionary list came without its index: a ready one's constraints are parsed per frame tested)
      get constraints() {
        return (constraints ??= [...own.map((f) => f.constraint), ...dict.constraints]);
      },
      at: (i) => (i < own.length ? own[i]! : dict.at(i - own.length)),
      all: () => (every ??= [...own, ...dict.all()]),
      ...(ready ? { parts: joinedParts(own.map((f) => f.constraint), ready) } : {}),
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

export function dictionaryByLemma(codes: ReadonlyMap<string, CameoInfo> = cameoTable(), ready: ReadyLists | null = readDictionaryCopy()): DictionaryByLemma {
  const shared = sharedParts();
  // the rows grouped by lemma (src/core/tsv-groups.ts: the build's index, else the file): with the
  // build's ready lists, only for tools that ask for a lemma's frames in file order
  let groups: TsvGroups | undefined;
  const rowGroups = () => (groups ??= loadTsvGroups(DICTIONARY, 'lemma', DICTIONARY_COLUMNS));
  const fileList = (lemma: string): FrameList => {
    const t = rowGroups();
    const ns = t.rowsOf(lemma);
    if (!ns) return NO_FRAMES;
    return lazyDictionaryList(t.rows(ns), ns, codes, shared);
  };
  if (ready) {
    const at = new Map<string, number>();
    const keys = ready.keys ? ready.keys.split('\n') : [];
    for (let i = 0; i < keys.length; i++) at.set(keys[i]!, i);
    return {
      lemmas: new Set(keys),
      frames: (lemma) => fileFrames(rowGroups(), lemma, codes, shared),
      list(lemma: string): FrameList {
        const i = at.get(lemma);
        if (i === undefined) return NO_FRAMES;
        const json = ready.list(i);
        // null: the copy's lists could not be read (gone or replaced since its index was): the file's
        if (json === null) return fileList(lemma);
        return json ? readyDictionaryList(lemma, json, shared) : NO_FRAMES;
      },
    };
  }
  const t = rowGroups();
  return { lemmas: t.keys, frames: (lemma) => fileFrames(t, lemma, codes, shared), list: fileList };
}

function fileFrames(t: TsvGroups, lemma: string, codes: ReadonlyMap<string, CameoInfo>, shared: SharedParts): readonly Frame[] {
  const ns = t.rowsOf(lemma);
  if (!ns) return [];
  return dictionaryFrames(t.rows(ns).map((r, i) => ({ r, n: ns[i]! })), codes, shared);
}

/** One lemma's list as lazyDictionaryList reads it from the rows: per list position its row, row number, id number and constraint. */
interface DictionaryListRows {
  readonly rows: readonly { readonly row: Readonly<Record<string, string>>; readonly n: number; readonly k: number }[];
  readonly constraints: readonly Constraint[];
  /** each position's constraint text, as the row has it */
  readonly texts: readonly string[];
}

/**
 * One lemma's dictionary rows in framesByLemma's order, as far as a FrameList needs them: every row's
 * constraint read (and its code checked) now, with the id number dictionaryFrames gives its frame
 * (the kept rows up to it in file order that share its id base).
 */
function dictionaryListRows(rows: readonly Readonly<Record<string, string>>[], ns: readonly number[], codes: ReadonlyMap<string, CameoInfo>, shared: SharedParts): DictionaryListRows | null {
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
  if (!order.length) return null;
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
  const texts: string[] = new Array(order.length);
  for (let j = 0; j < order.length; j++) {
    const i = order[j]!;
    slim[j] = { row: { lemma: rows[i]!.lemma!, prt: rows[i]!.prt!, cameo: rows[i]!.cameo! }, n: ns[i]!, k: idNumber[i]! };
    texts[j] = rows[i]!.constraint ?? '';
  }
  return { rows: slim, constraints, texts };
}

/** One lemma's dictionary rows as a FrameList, read from the rows: each frame built when asked for. */
function lazyDictionaryList(rows: readonly Readonly<Record<string, string>>[], ns: readonly number[], codes: ReadonlyMap<string, CameoInfo>, shared: SharedParts): FrameList {
  const l = dictionaryListRows(rows, ns, codes, shared);
  if (!l) return NO_FRAMES;
  const { rows: slim, constraints } = l;
  const built: (Frame | undefined)[] = new Array(slim.length);
  const at = (j: number): Frame => {
    let f = built[j];
    if (f) return f;
    const { row, n, k } = slim[j]!;
    built[j] = f = dictionaryFrame(row, n, constraints[j]!, k, shared);
    return f;
  };
  let every: readonly Frame[] | undefined;
  return { length: slim.length, constraints, at, all: () => (every ??= constraints.map((_, j) => at(j))) };
}

/**
 * The build's copy of the dictionary read per lemma (`npm run build`, models/derived/data/): each
 * lemma's list ready — per position its row number, id number, particle, code and constraint text,
 * and the list's index parts — as one text per lemma (ListCopy), read when the lemma is first looked up.
 * Reading a lemma from the file meant parsing every row of it and every constraint's word list to
 * index them (a common verb has hundreds of rows), though a trigger tests only the few rows naming
 * its object or a preposition it has: ~0.3 s of the Wikinews bench's events stage, 2026-12-06. Now a
 * constraint is parsed when its frame is first tested. Made from the dictionary and the CAMEO code
 * table (the codes are checked when it is made: a row with an unknown code or a malformed
 * constraint makes no copy, and reading the file then reports the E030 as before).
 * Start-up reads only the lemmas and where each list ends (a JSON copy, stale as soon as either
 * file changes); the lists (~4 MB) sit in a text file beside it, read on the first lookup — parsing
 * them all as JSON at start cost ~35 ms of every cold start. The text file starts with the stamp of
 * the index it was written with, so a mismatched pair is never read.
 */
export interface ReadyLists {
  /** the lower-cased lemmas with rows, newline-separated */
  readonly keys: string;
  /** the list of the lemma at position i of `keys` (ListCopy's JSON line and constraint lines), '' for a lemma whose rows all drop out, null when the lists cannot be read */
  list(i: number): string | null;
}

/** The copy as made in memory: the lemmas and each one's list (ListCopy's text, or ''). */
export interface DictionaryCopy {
  readonly keys: string;
  readonly lists: readonly string[];
}

/** The copy's index as written to models/derived/data (the lists' text file is its name with .txt). */
interface DictionaryCopyIndex {
  /** LISTS_FORMAT when written: a copy of another layout (an older build's, its data files unchanged) is not read */
  readonly format: number;
  readonly keys: string;
  /** the first line of the lists' text file */
  readonly stamp: string;
  /** per lemma, the UTF-16 offset in the text (after the stamp line) where its list ends */
  readonly ends: readonly number[];
}

/** Reads a made copy as ReadyLists (tests; the writer). */
export function readyLists(copy: DictionaryCopy): ReadyLists {
  return { keys: copy.keys, list: (i) => copy.lists[i] ?? '' };
}

/**
 * One lemma's list in the copy: rows [row number, id number, particle, code] in list order, the index
 * parts as flat arrays. Written as this JSON on one line, then each row's constraint text on a line
 * of its own: those are split out when a frame is first tested, never parsed as JSON (they are 40%
 * of the lists, and a trigger tests a few rows of a lemma).
 */
interface ListCopy {
  readonly r: readonly (readonly [number, number, string, string])[];
  readonly rest: readonly number[];
  /** object word, then its position or positions, word after word */
  readonly o: readonly (string | number | readonly number[])[];
  /** preposition, then its positions, one after another */
  readonly p: readonly (string | readonly number[])[];
}

const DICTIONARY_COPY = 'events/cameo-verbs-lists';
const DICTIONARY_COPY_FROM = [DICTIONARY, 'events/cameo-codes.tsv'];

/** the layout of ListCopy (raise it when the layout changes) */
const LISTS_FORMAT = 2;

const listsPath = () => derivedDataPath(DICTIONARY_COPY).replace(/\.json$/, '.txt');

function readDictionaryCopy(): ReadyLists | null {
  const c = readDerivedData<DictionaryCopyIndex>(DICTIONARY_COPY, DICTIONARY_COPY_FROM);
  if (!c || c.format !== LISTS_FORMAT || typeof c.keys !== 'string' || typeof c.stamp !== 'string' || !Array.isArray(c.ends)) return null;
  const ranges = rangeReader(listsPath(), c.stamp, c.ends.length ? c.ends[c.ends.length - 1]! : 0);
  let text: string | null | undefined;
  const lists = (): string | null => {
    if (text !== undefined) return text;
    try {
      const all = readFileSync(listsPath(), 'utf8');
      const nl = all.indexOf('\n');
      text = nl >= 0 && all.slice(0, nl) === c.stamp ? all.slice(nl + 1) : null;
    } catch {
      text = null;
    }
    return text;
  };
  return {
    keys: c.keys,
    list(i) {
      const from = i ? c.ends[i - 1]! : 0;
      const ranged = ranges(from, c.ends[i]!);
      if (ranged !== undefined) return ranged;
      const t = lists();
      if (t === null) return null;
      return t.slice(from, c.ends[i]!);
    },
  };
}

/**
 * The lists' text [from, to) (UTF-16 offsets after the stamp line) read from the file at those byte
 * offsets, when the file is ASCII: then its size is the stamp line's plus `length` (any other
 * character takes more bytes in UTF-8 than UTF-16 units). An article looks up ~50 lemmas of the
 * 1,683; reading and decoding the whole 4 MB text cost ~13 ms CPU of a cold extract (2026-12-07).
 * The descriptor stays open, so every list comes from the file whose stamp was checked (the build
 * replaces the file by renaming a new one over it). Undefined when the file is not so (the caller
 * then reads it whole, as before).
 */
export function rangeReader(path: string, stamp: string, length: number): (from: number, to: number) => string | undefined {
  const head = Buffer.byteLength(stamp) + 1;
  let fd: number | null | undefined;
  const open = (): number | null => {
    if (fd !== undefined) return fd;
    fd = null;
    try {
      const f = openSync(path, 'r');
      const first = Buffer.alloc(head);
      if (fstatSync(f).size === head + length && readSync(f, first, 0, head, 0) === head && first.toString('utf8') === `${stamp}\n`) fd = f;
      else closeSync(f);
    } catch {
      fd = null;
    }
    return fd;
  };
  return (from, to) => {
    const f = open();
    if (f === null) return undefined;
    const bytes = Buffer.allocUnsafe(to - from);
    try {
      return readSync(f, bytes, 0, bytes.length, head + from) === bytes.length ? bytes.toString('utf8') : undefined;
    } catch {
      return undefined;
    }
  };
}

/** The copy of the dictionary's lists, from the file (throws E030 as reading it does). */
export function dictionaryCopy(codes: ReadonlyMap<string, CameoInfo> = cameoTable()): DictionaryCopy {
  const t = loadTsvGroups(DICTIONARY, 'lemma', DICTIONARY_COLUMNS);
  const shared = sharedParts();
  const keys = [...t.keys];
  const lists = keys.map((lemma) => {
    const ns = t.rowsOf(lemma)!;
    const l = dictionaryListRows(t.rows(ns), ns, codes, shared);
    if (!l) return '';
    const parts = indexParts(l.constraints);
    const copy: ListCopy = {
      r: l.rows.map(({ row, n, k }) => [n, k, row.prt!, row.cameo!] as const),
      rest: parts.rest,
      o: [...parts.byObject].flat(),
      p: [...parts.byPrep].flat(),
    };
    // (a TSV cell holds no line break)
    return `${JSON.stringify(copy)}\n${l.texts.join('\n')}`;
  });
  return { keys: keys.join('\n'), lists };
}

/** A lemma's list from the copy: each constraint parsed (shared by text) and each frame built when first asked for. */
function readyDictionaryList(lemma: string, copy: string, shared: SharedParts): FrameList {
  const nl = copy.indexOf('\n');
  const d = JSON.parse(copy.slice(0, nl)) as ListCopy;
  const rows = d.r;
  const length = rows.length;
  let texts: readonly string[] | undefined;
  const cs: (Constraint | undefined)[] = new Array(length);
  const constraintAt = (j: number): Constraint => {
    let c = cs[j];
    if (c) return c;
    const n = rows[j]![0];
    const text = (texts ??= copy.slice(nl + 1).split('\n'))[j]!;
    c = shared.constraints.get(text);
    if (!c) shared.constraints.set(text, (c = parseConstraint(text, `${n + 1} (${lemma})`)));
    return (cs[j] = c);
  };
  const built: (Frame | undefined)[] = new Array(length);
  const at = (j: number): Frame => {
    let f = built[j];
    if (f) return f;
    const [n, k, prt, cameo] = rows[j]!;
    built[j] = f = dictionaryFrame({ lemma, prt, cameo }, n, constraintAt(j), k, shared);
    return f;
  };
  const byObject = new Map<string, number | readonly number[]>();
  for (let x = 0; x < d.o.length; x += 2) byObject.set(d.o[x] as string, d.o[x + 1] as number | readonly number[]);
  const byPrep = new Map<string, readonly number[]>();
  for (let x = 0; x < d.p.length; x += 2) byPrep.set(d.p[x] as string, d.p[x + 1] as readonly number[]);
  let constraints: readonly Constraint[] | undefined;
  let every: readonly Frame[] | undefined;
  return {
    length,
    get constraints() {
      return (constraints ??= rows.map((_, j) => constraintAt(j)));
    },
    at,
    all: () => (every ??= rows.map((_, j) => at(j))),
    parts: { rest: d.rest, byObject, byPrep },
  };
}

/**
 * The build's copies of the CAMEO dictionary (`npm run build`): its lists by lemma, and the index of
 * its rows by lemma (tools reading a lemma's rows in file order); their size in bytes.
 */
export function writeDerivedDictionaryIndex(): number {
  let lists = 0;
  let text = 0;
  try {
    lists = writeDerivedData(DICTIONARY_COPY, DICTIONARY_COPY_FROM, (): DictionaryCopyIndex => {
      const copy = dictionaryCopy();
      const ends: number[] = [];
      let end = 0;
      for (const l of copy.lists) ends.push((end += l.length));
      // the lists first, under a stamp the index then records: a reader pairs the two by it
      const stamp = `${Date.now()}-${process.pid}-${end}`;
      const path = listsPath();
      mkdirSync(dirname(path), { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, `${stamp}\n${copy.lists.join('')}`);
      renameSync(tmp, path);
      text = end;
      return { format: LISTS_FORMAT, keys: copy.keys, stamp, ends };
    });
  } catch {
    // a malformed row: no copy; reading the file reports the E030
  }
  return (lists ? lists + text : 0) + writeDerivedTsvGroups(DICTIONARY, 'lemma');
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
