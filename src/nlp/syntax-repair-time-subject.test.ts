import { describe, expect, it } from 'vitest';
import { repairTimeWordAsSubject } from './syntax-repair-time-subject.js';

/** words "form/XPOS/head/deprel" (1-based heads) → the arrays the repair edits */
function parse(s: string) {
  const w = s.split(' ').map((x) => x.split('/'));
  return { forms: w.map((x) => x[0]!), xpos: w.map((x) => x[1]!), heads: w.map((x) => Number(x[2])), deprels: w.map((x) => x[3]!) };
}
const arcs = (p: ReturnType<typeof parse>) => p.forms.map((f, i) => `${f}:${p.deprels[i]}→${p.heads[i]}`).join(' ');

describe('repairTimeWordAsSubject', () => {
  it('gives the subject slot back to the nominal hung under a fronted day word (feature-set-3 shape)', () => {
    // Yesterday , the minister was stabbed .
    const p = parse('Yesterday/NN/6/nsubj:pass ,/,/4/punct the/DT/4/det minister/NN/1/nmod was/VBD/6/aux:pass stabbed/VBN/0/root ././6/punct');
    repairTimeWordAsSubject(p.heads, p.deprels, p.xpos, p.forms);
    expect(arcs(p)).toBe('Yesterday:obl:unmarked→6 ,:punct→4 the:det→4 minister:nsubj:pass→6 was:aux:pass→6 stabbed:root→0 .:punct→6');
  });
  it('moves a comma hung on the day word to the verb', () => {
    const p = parse('Monday/NNP/5/nsubj ,/,/1/punct Iraq/NNP/1/appos quickly/RB/5/advmod said/VBD/0/root no/UH/5/obj ././5/punct');
    repairTimeWordAsSubject(p.heads, p.deprels, p.xpos, p.forms);
    expect(arcs(p)).toBe('Monday:obl:unmarked→5 ,:punct→5 Iraq:nsubj→5 quickly:advmod→5 said:root→0 no:obj→5 .:punct→5');
  });
  it('knows the day words of the time stage: an abbreviated weekday too', () => {
    const p = parse('Tues./NNP/5/nsubj ,/,/1/punct Iraq/NNP/1/appos quickly/RB/5/advmod said/VBD/0/root no/UH/5/obj ././5/punct');
    repairTimeWordAsSubject(p.heads, p.deprels, p.xpos, p.forms);
    expect(arcs(p)).toBe('Tues.:obl:unmarked→5 ,:punct→5 Iraq:nsubj→5 quickly:advmod→5 said:root→0 no:obj→5 .:punct→5');
  });
  it('leaves a day word that is the subject alone ("Today was a good day", no comma)', () => {
    const s = 'Today/NN/4/nsubj was/VBD/4/cop a/DT/4/det day/NN/0/root ././4/punct';
    const p = parse(s);
    repairTimeWordAsSubject(p.heads, p.deprels, p.xpos, p.forms);
    expect(arcs(p)).toBe(arcs(parse(s)));
  });
  it('leaves other fronted subjects alone', () => {
    const s = 'Police/NNS/5/nsubj ,/,/4/punct the/DT/4/det army/NN/1/conj fired/VBD/0/root ././5/punct';
    const p = parse(s);
    repairTimeWordAsSubject(p.heads, p.deprels, p.xpos, p.forms);
    expect(arcs(p)).toBe(arcs(parse(s)));
  });
});
