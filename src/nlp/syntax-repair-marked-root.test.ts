import { describe, expect, it } from 'vitest';
import { repairMarkedRoot } from './syntax-repair-marked-root.js';

/** words "form/head/deprel" (1-based heads) → the arrays the repair edits */
function parse(s: string) {
  const w = s.split(' ').map((x) => x.split('/'));
  return { forms: w.map((x) => x[0]!), heads: w.map((x) => Number(x[1])), deprels: w.map((x) => x[2]!) };
}
const arcs = (p: ReturnType<typeof parse>) => p.forms.map((f, i) => `${f}:${p.deprels[i]}→${p.heads[i]}`).join(' ');

describe('repairMarkedRoot', () => {
  it('makes the clause after the comma the root when the subordinate clause was (feature-set-3 shape)', () => {
    // As they tried to storm parliament , police fired tear gas at them .
    const p = parse('As/3/mark they/3/nsubj tried/0/root to/5/mark storm/3/xcomp parliament/5/obj ,/3/punct police/9/nsubj fired/3/ccomp tear/11/compound gas/9/obj at/13/case them/9/obl ./3/punct');
    repairMarkedRoot(p.heads, p.deprels, p.forms);
    expect(arcs(p)).toBe(
      'As:mark→3 they:nsubj→3 tried:advcl→9 to:mark→5 storm:xcomp→3 parliament:obj→5 ,:punct→3 police:nsubj→9 fired:root→0 tear:compound→11 gas:obj→9 at:case→13 them:obl→9 .:punct→9',
    );
  });
  it('leaves a root with no subordinator alone ("They tried, and police fired")', () => {
    const s = 'They/2/nsubj tried/0/root ,/2/punct police/5/nsubj fired/2/parataxis ./2/punct';
    const p = parse(s);
    repairMarkedRoot(p.heads, p.deprels, p.forms);
    expect(arcs(p)).toBe(arcs(parse(s)));
  });
  it('leaves a clause after the comma with no subject of its own alone', () => {
    const s = 'When/2/mark asked/0/root ,/4/punct declined/2/conj ./2/punct';
    const p = parse(s);
    repairMarkedRoot(p.heads, p.deprels, p.forms);
    expect(arcs(p)).toBe(arcs(parse(s)));
  });
  it('leaves a coordinated clause alone', () => {
    const s = 'If/3/mark talks/3/nsubj fail/0/root ,/7/punct and/7/cc war/7/nsubj comes/3/conj ./3/punct';
    const p = parse(s);
    repairMarkedRoot(p.heads, p.deprels, p.forms);
    expect(arcs(p)).toBe(arcs(parse(s)));
  });
});
