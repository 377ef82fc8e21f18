import { describe, expect, it } from 'vitest';
import { repairAttributionAsGovernor } from './syntax-repair-attribution.js';

/** words "form/XPOS/head/deprel" (1-based heads) → the arrays the repair edits */
function parse(s: string) {
  const w = s.split(' ').map((x) => x.split('/'));
  return { forms: w.map((x) => x[0]!), xpos: w.map((x) => x[1]!), heads: w.map((x) => Number(x[2])), deprels: w.map((x) => x[3]!) };
}
const arcs = (p: ReturnType<typeof parse>) => p.forms.map((f, i) => `${f}:${p.deprels[i]}→${p.heads[i]}`).join(' ');

describe('repairAttributionAsGovernor', () => {
  it('turns "X, an editor said." with the attribution as the root back to X as the root', () => {
    // Russia closed its borders because of fighting , an editor said .  (feature-set-3 shape)
    const p = parse(
      'Russia/NNP/2/nsubj closed/VBD/11/ccomp its/PRP$/4/nmod:poss borders/NNS/2/obj because/IN/7/case of/IN/5/fixed ' +
        'fighting/NN/11/obl ,/,/2/punct an/DT/10/det editor/NN/11/nsubj said/VBD/0/root ././11/punct',
    );
    repairAttributionAsGovernor(p.heads, p.deprels, p.xpos, p.forms);
    expect(arcs(p)).toBe(
      'Russia:nsubj→2 closed:root→0 its:nmod:poss→4 borders:obj→2 because:case→7 of:fixed→5 fighting:obl→2 ,:punct→11 an:det→10 editor:nsubj→11 said:parataxis→2 .:punct→2',
    );
  });
  it('turns an inverted attribution too ("…, said the ministry on Monday.")', () => {
    const p = parse('Talks/NNS/2/nsubj failed/VBD/4/ccomp ,/,/2/punct said/VBD/0/root the/DT/6/det ministry/NN/4/nsubj on/IN/8/case Monday/NNP/4/obl ././4/punct');
    repairAttributionAsGovernor(p.heads, p.deprels, p.xpos, p.forms);
    expect(arcs(p)).toBe('Talks:nsubj→2 failed:root→0 ,:punct→4 said:parataxis→2 the:det→6 ministry:nsubj→4 on:case→8 Monday:obl→4 .:punct→2');
  });
  it('leaves a verb that reports a clause after itself alone', () => {
    // In a statement , the SDF said talks failed .
    const s = 'In/IN/3/case a/DT/3/det statement/NN/7/obl ,/,/7/punct the/DT/6/det SDF/NNP/7/nsubj said/VBD/0/root talks/NNS/9/nsubj failed/VBD/7/ccomp ././7/punct';
    const p = parse(s);
    repairAttributionAsGovernor(p.heads, p.deprels, p.xpos, p.forms);
    expect(arcs(p)).toBe(arcs(parse(s)));
  });
  it('leaves a fronted adverbial clause and a that-clause alone', () => {
    const adv = 'If/IN/2/mark talks/NNS/3/nsubj fail/VBP/7/advcl ,/,/3/punct the/DT/6/det army/NN/7/nsubj acts/VBZ/0/root ././7/punct';
    const p = parse(adv);
    repairAttributionAsGovernor(p.heads, p.deprels, p.xpos, p.forms);
    expect(arcs(p)).toBe(arcs(parse(adv)));
    const that = 'That/IN/3/mark talks/NNS/3/nsubj failed/VBD/7/ccomp ,/,/3/punct the/DT/6/det army/NN/7/nsubj denies/VBZ/0/root ././7/punct';
    const q = parse(that);
    repairAttributionAsGovernor(q.heads, q.deprels, q.xpos, q.forms);
    expect(arcs(q)).toBe(arcs(parse(that)));
  });
  it('leaves an attribution that goes on to a clause of its own alone ("…, he said, adding …")', () => {
    const s = 'Talks/NNS/2/nsubj failed/VBD/5/ccomp ,/,/2/punct he/PRP/5/nsubj said/VBD/0/root ,/,/7/punct adding/VBG/5/advcl more/JJR/7/obj ././5/punct';
    const p = parse(s);
    repairAttributionAsGovernor(p.heads, p.deprels, p.xpos, p.forms);
    expect(arcs(p)).toBe(arcs(parse(s)));
  });
});

describe('repairAttributionAsGovernor and direct quotations', () => {
  it('leaves a quotation before the attribution as the ccomp of its speech verb (UD English)', () => {
    const s = '"/``/3/punct Talks/NNS/3/nsubj failed/VBD/7/ccomp ,/,/3/punct "/\'\'/3/punct Habib/NNP/7/nsubj said/VBD/0/root ././7/punct';
    const p = parse(s);
    repairAttributionAsGovernor(p.heads, p.deprels, p.xpos, p.forms);
    expect(arcs(p)).toBe(arcs(parse(s)));
  });
});

describe('repairAttributionAsGovernor and a subject hung before the comma', () => {
  it('makes the one phrase between the comma and the verb its subject, then turns the tree', () => {
    // Russia closed borders because of fighting , an editor at the agency said .  (fs3: editor appos of fighting)
    const p = parse(
      'Russia/NNP/2/nsubj closed/VBD/13/ccomp borders/NNS/2/obj because/IN/6/mark of/IN/4/fixed fighting/VBG/13/advcl ' +
        ',/,/9/punct an/DT/9/det editor/NN/6/appos at/IN/12/case the/DT/12/det agency/NN/9/nmod said/VBD/0/root ././13/punct',
    );
    repairAttributionAsGovernor(p.heads, p.deprels, p.xpos, p.forms);
    expect(arcs(p)).toBe(
      'Russia:nsubj→2 closed:root→0 borders:obj→2 because:mark→6 of:fixed→4 fighting:advcl→2 ,:punct→13 an:det→9 editor:nsubj→13 at:case→12 the:det→12 agency:nmod→9 said:parataxis→2 .:punct→2',
    );
  });
  it('leaves two phrases between the comma and the verb alone', () => {
    const s = 'Talks/NNS/2/nsubj failed/VBD/7/ccomp ,/,/5/punct an/DT/5/det editor/NN/2/appos today/NN/2/obl:tmod said/VBD/0/root ././7/punct';
    const p = parse(s);
    repairAttributionAsGovernor(p.heads, p.deprels, p.xpos, p.forms);
    expect(arcs(p)).toBe(arcs(parse(s)));
  });
});
