// NER error kinds for error analysis (eval/entities.ts --breakdown): every unmatched gold or
// predicted name is one kind of error, so the table says which lever is largest (a missed name needs
// recall, a boundary error the span, a type error the typing). Kept apart from eval/entities.ts so
// the classification is tested on its own.
/** Error kinds per gold type (and `spurious` per predicted type), for error analysis (--breakdown). */
export type ErrorKind = 'missed' | 'boundary_left' | 'boundary_right' | 'boundary_both' | 'type' | 'boundary_type' | 'spurious';
export const ERROR_KINDS: readonly ErrorKind[] = ['missed', 'spurious', 'type', 'boundary_left', 'boundary_right', 'boundary_both', 'boundary_type'];
export type ErrorBreakdown = Record<string, Record<ErrorKind, number>>;
/** a few examples per "TYPE kind" cell: gold → predicted text */
export type ErrorExamples = Record<string, string[]>;

/**
 * Splits the unmatched spans (keys "start:end:TYPE") into kinds: a gold span with no overlapping
 * prediction is missed; one overlapped by a prediction of its type but other offsets is a boundary
 * error — left (only the start differs), right (only the end) or both; the same offsets with
 * another type a type confusion; other offsets and another type both; a prediction overlapping no
 * gold span is spurious (counted under its predicted type). With `text`, up to `perCell` examples
 * per cell go to `examples`.
 */
export function breakdownErrors(gold: ReadonlySet<string>, pred: ReadonlySet<string>, into: ErrorBreakdown, text?: string, examples?: ErrorExamples, perCell = 500): void {
  const parse = (k: string) => {
    const [s, e, t] = k.split(':');
    return { s: +s!, e: +e!, t: t! };
  };
  const row = (t: string) => (into[t] ??= { missed: 0, spurious: 0, type: 0, boundary_left: 0, boundary_right: 0, boundary_both: 0, boundary_type: 0 });
  const show = (x: { s: number; e: number; t: string } | undefined) => (x && text !== undefined ? `${x.t}:${text.slice(x.s, x.e).replace(/\s+/g, ' ')}` : '');
  const note = (t: string, kind: ErrorKind, g?: { s: number; e: number; t: string }, p?: { s: number; e: number; t: string }) => {
    row(t)[kind]++;
    if (!examples || text === undefined) return;
    const l = (examples[`${t} ${kind}`] ??= []);
    if (l.length < perCell) l.push(g && p ? `${show(g)} → ${show(p)}` : show(g ?? p));
  };
  const ps = [...pred].map(parse);
  const gs = [...gold].map(parse);
  for (const k of gold) {
    if (pred.has(k)) continue;
    const g = parse(k);
    const over = ps.filter((p) => p.s < g.e && g.s < p.e);
    const same = over.find((p) => p.t === g.t);
    if (!over.length) note(g.t, 'missed', g);
    else if (same) note(g.t, same.e === g.e ? 'boundary_left' : same.s === g.s ? 'boundary_right' : 'boundary_both', g, same);
    else {
      const exact = over.find((p) => p.s === g.s && p.e === g.e);
      if (exact) note(g.t, 'type', g, exact);
      else note(g.t, 'boundary_type', g, over[0]);
    }
  }
  for (const p of ps) if (!gs.some((g) => p.s < g.e && g.s < p.e)) note(p.t, 'spurious', undefined, p);
}
