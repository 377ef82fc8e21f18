// The guarded Doc: proves a stage's declarations true. A stage runs on a Proxy of the Doc that
// throws when it looks inside a layer it did not declare (requires ∪ uses ∪ assigns ∪ modifies),
// and its result is compared with its input: a layer it changed without declaring it (assigns or
// modifies), a changed text, id or meta, or a layer marked present that it does not assign all
// throw. Token fields are sub-layers: pos/xpos belong to 'pos', lemma to 'lemma', head/dep/repair to
// 'parse', the rest to 'tokens'. Holding a layer without looking inside (spreading the Doc into a
// new one) is not a read. For tests and for checking one's own stages: it is slow (a Proxy per
// token), so the production pipeline never uses it.
import { LAYER_FIELDS, TOKEN_SUBLAYERS, type Doc, type LayerField, type LayerName, type Token } from '../core/doc.js';
import { NewsgraphError } from '../core/errors.js';
import type { Stage, StageContext } from '../stages/stage.js';

/** What a guarded run saw: the layers the stage looked into and the layers it changed. */
export interface GuardReport {
  readonly reads: ReadonlySet<LayerName>;
  readonly changes: ReadonlySet<LayerName>;
}

const isLayerField = (k: PropertyKey): k is LayerField => typeof k === 'string' && (LAYER_FIELDS as readonly string[]).includes(k);

/** token field → the sub-layer it belongs to ('tokens' for the rest) */
const TOKEN_FIELD_LAYER = new Map<string, LayerName>(
  Object.entries(TOKEN_SUBLAYERS).flatMap(([layer, fields]) => fields.map((f) => [f, layer as LayerName] as const)),
);
const tokenFieldLayer = (k: PropertyKey): LayerName => (typeof k === 'string' ? TOKEN_FIELD_LAYER.get(k) : undefined) ?? 'tokens';

/** the raw object behind every proxy handed out by any guard (proxies never leak into results) */
const rawOf = new WeakMap<object, object>();
const unwrap = <T>(v: T): T => (v !== null && typeof v === 'object' ? ((rawOf.get(v) as T | undefined) ?? v) : v);

function violation(stage: Stage, what: string): NewsgraphError {
  return new NewsgraphError(
    'E012',
    `stage "${stage.name}" ${what} (declares requires [${stage.requires.join(', ')}], uses [${stage.uses.join(', ')}], assigns [${stage.assigns.join(', ')}], modifies [${stage.modifies.join(', ')}])`,
    stage.name,
  );
}

/** Wraps `doc` for one run of `stage`; `reads` fills as the stage looks into layers. */
export function guardDoc(doc: Doc, stage: Stage, reads: Set<LayerName> = new Set()): Doc {
  const allowed = new Set<LayerName>([...stage.requires, ...stage.uses, ...stage.assigns, ...stage.modifies]);
  const look = (layer: LayerName, detail: string) => {
    if (!allowed.has(layer)) throw violation(stage, `read layer "${layer}" (${detail}) it does not declare`);
    reads.add(layer);
  };
  const cache = new WeakMap<object, object>();
  const proxy = <T extends object>(raw: T, handler: ProxyHandler<T>): T => {
    const hit = cache.get(raw);
    if (hit) return hit as T;
    const p = new Proxy(raw, handler);
    cache.set(raw, p);
    rawOf.set(p, raw);
    return p;
  };
  const guardToken = (t: Token): Token =>
    proxy(t, {
      get(target, k, recv) {
        look(tokenFieldLayer(k), `token field ${String(k)}`);
        return Reflect.get(target, k, recv);
      },
    });
  // any look inside a layer counts: an element, its length, an iteration, a key
  const guardLayer = <T extends object>(field: LayerField, raw: T): T =>
    proxy(raw, {
      get(target, k, recv) {
        look(field, `doc.${field}`);
        const v = Reflect.get(target, k, recv) as unknown;
        if (field === 'tokens' && typeof k === 'string' && /^\d+$/.test(k) && v) return guardToken(v as Token);
        return v;
      },
      has(target, k) {
        look(field, `doc.${field}`);
        return Reflect.has(target, k);
      },
      ownKeys(target) {
        look(field, `doc.${field}`);
        return Reflect.ownKeys(target);
      },
    });
  const raw = unwrap(doc);
  return proxy(raw, {
    get(target, k, recv) {
      const v = Reflect.get(target, k, recv) as unknown;
      return isLayerField(k) && v !== null && typeof v === 'object' ? guardLayer(k, v) : v;
    },
  });
}

/** Which token sub-layers differ between two token lists ('tokens' for the base fields or the count). */
function tokenChanges(before: readonly Token[], after: readonly Token[]): Set<LayerName> {
  const out = new Set<LayerName>();
  if (before.length !== after.length) out.add('tokens');
  const n = Math.min(before.length, after.length);
  for (let i = 0; i < n; i++) {
    const a = before[i]!;
    const b = unwrap(after[i]!);
    if (a === b) continue;
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if ((a as unknown as Record<string, unknown>)[k] !== (b as unknown as Record<string, unknown>)[k]) out.add(tokenFieldLayer(k));
    }
  }
  return out;
}

/** The layers `after` changed relative to `before`; throws when text, id or meta changed. */
function changedLayers(stage: Stage, before: Doc, after: Doc): Set<LayerName> {
  if (after.text !== before.text) throw violation(stage, 'changed the text');
  if (after.id !== before.id || after.meta !== before.meta) throw violation(stage, 'changed the id or meta');
  const out = new Set<LayerName>();
  for (const f of LAYER_FIELDS) {
    const a = before[f];
    const b = unwrap(after[f]);
    if (a === b) continue;
    if (f === 'tokens') for (const l of tokenChanges(before.tokens, b as readonly Token[])) out.add(l);
    else out.add(f);
  }
  return out;
}

/** Detaches a result from any guard: layer fields and tokens back to the raw objects. */
function detach(doc: Doc): Doc {
  const d = unwrap(doc);
  const fields: Record<string, unknown> = {};
  for (const f of LAYER_FIELDS) fields[f] = unwrap(d[f]);
  fields.tokens = (fields.tokens as readonly Token[]).map((t) => unwrap(t));
  return { ...d, ...fields } as Doc;
}

/**
 * Runs one stage on a guarded Doc and checks its result. Returns the result (free of proxies) and
 * what the stage read and changed; throws E012 on an undeclared read, change or assignment.
 */
export function runGuarded(stage: Stage, doc: Doc, ctx: StageContext): { doc: Doc; report: GuardReport } {
  const before = detach(doc);
  const reads = new Set<LayerName>();
  const after = detach(stage.run(guardDoc(before, stage, reads), ctx));
  const changes = changedLayers(stage, before, after);
  const writable = new Set<LayerName>([...stage.assigns, ...stage.modifies]);
  for (const l of changes) if (!writable.has(l)) throw violation(stage, `changed layer "${l}" it does not declare`);
  for (const l of after.layers) if (!before.layers.has(l) && !stage.assigns.includes(l)) throw violation(stage, `marked layer "${l}" present without assigning it`);
  for (const l of stage.assigns) if (!after.layers.has(l)) throw violation(stage, `declares it assigns "${l}" but did not mark it present`);
  return { doc: after, report: { reads, changes } };
}

/** Runs stages in order, each guarded; returns the final Doc and each stage's report. */
export function runStagesGuarded(stages: readonly Stage[], doc: Doc, ctx: StageContext): { doc: Doc; reports: Map<string, GuardReport> } {
  const reports = new Map<string, GuardReport>();
  let d = doc;
  for (const s of stages) {
    const r = runGuarded(s, d, ctx);
    reports.set(s.name, r.report);
    d = r.doc;
  }
  return { doc: d, reports };
}
