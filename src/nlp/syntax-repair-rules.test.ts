import { describe, expect, it } from 'vitest';
import { repairMissingFiniteVerb, repairPrepositionAsClauseMark, repairSecondSubject, repairSubjectAsApposition } from './syntax-repair.js';
import { repairAttributionAsGovernor } from './syntax-repair-attribution.js';
import { repairMarkedRoot } from './syntax-repair-marked-root.js';
import { PunctAttacher } from './syntax-repair-punct.js';
import { repairTimeWordAsSubject } from './syntax-repair-time-subject.js';
import { hangFrom, moveTo, PUNCT_CONVENTION, relabel, REPAIR_RULES, repairRule, SECOND_SUBJECT, MARKED_ROOT } from './syntax-repair-rules.js';

/** words "form/XPOS/UPOS/head/deprel" (1-based heads) → the arrays the repairs read and edit */
function parse(s: string) {
  const w = s.split(' ').map((x) => x.split('/'));
  return {
    forms: w.map((x) => x[0]!),
    xpos: w.map((x) => x[1]!),
    upos: w.map((x) => x[2]!),
    heads: w.map((x) => Number(x[3])),
    deprels: w.map((x) => x[4]!),
    marks: new Uint16Array(w.length),
  };
}
/** "form=rule" for each token a repair marked */
const marked = (p: ReturnType<typeof parse>) => p.forms.flatMap((f, i) => (p.marks[i] ? [`${f}=${repairRule(p.marks[i]!)}`] : [])).join(' ');

describe('repair codes and their rule ids', () => {
  it('gives no rule for code 0, the id for one bit, the ids joined for several', () => {
    expect(repairRule(0)).toBeUndefined();
    expect(repairRule(PUNCT_CONVENTION)).toBe('syntax:punct-convention');
    expect(repairRule(MARKED_ROOT | PUNCT_CONVENTION)).toBe('syntax:marked-root+punct-convention');
    // one string per code, not one per token
    expect(repairRule(MARKED_ROOT | PUNCT_CONVENTION)).toBe(repairRule(MARKED_ROOT | PUNCT_CONVENTION));
    expect(REPAIR_RULES.length).toBeLessThanOrEqual(16); // the codes are Uint16
  });

  it('marks a token only when its head or relation really changes', () => {
    const heads = [2, 0];
    const deprels = ['nsubj', 'root'];
    const marks = new Uint16Array(2);
    moveTo(heads, deprels, 0, 2, 'nsubj', marks, MARKED_ROOT);
    hangFrom(heads, 0, 2, marks, MARKED_ROOT);
    relabel(deprels, 0, 'nsubj', marks, SECOND_SUBJECT);
    expect([...marks]).toEqual([0, 0]);
    relabel(deprels, 0, 'obj', marks, SECOND_SUBJECT);
    hangFrom(heads, 1, 0, undefined, MARKED_ROOT); // no marks: the edit alone
    expect(deprels[0]).toBe('obj');
    expect([...marks]).toEqual([SECOND_SUBJECT, 0]);
  });
});

describe('each repair marks the tokens it changed, and only those', () => {
  it('second subject', () => {
    const p = parse('Egypt/NNP/PROPN/2/nsubj banned/VBD/VERB/0/root the/DT/DET/4/det Brotherhood/NNP/PROPN/2/nsubj ././PUNCT/2/punct');
    repairSecondSubject(p.heads, p.deprels, p.upos, p.marks);
    expect(marked(p)).toBe('Brotherhood=syntax:second-subject');
  });

  it('subject as apposition (the commas around it go with it)', () => {
    const p = parse(
      'On/IN/ADP/2/case Friday/NNP/PROPN/7/obl ,/,/PUNCT/2/punct Chahed/NNP/PROPN/2/appos ,/,/PUNCT/2/punct the/DT/DET/7/det signed/VBD/VERB/0/root ././PUNCT/7/punct',
    );
    repairSubjectAsApposition(p.heads, p.deprels, p.xpos, p.marks);
    expect(marked(p)).toBe(',=syntax:subject-apposition Chahed=syntax:subject-apposition ,=syntax:subject-apposition');
    expect(p.marks[0]).toBe(0); // "On" stays under "Friday"
  });

  it('preposition as a clause mark', () => {
    const p = parse('posted/VBD/VERB/0/root message/NN/NOUN/1/obj on/IN/ADP/5/mark Twitter/NNP/PROPN/5/nsubj blaming/VBG/VERB/2/acl Israel/NNP/PROPN/5/obj');
    repairPrepositionAsClauseMark(p.heads, p.deprels, p.xpos, p.forms, p.marks);
    expect(marked(p)).toBe('on=syntax:preposition-case Twitter=syntax:preposition-case');
  });

  it('a day word as subject', () => {
    const p = parse('Yesterday/NN/NOUN/6/nsubj:pass ,/,/PUNCT/4/punct the/DT/DET/4/det minister/NN/NOUN/1/nmod was/VBD/AUX/6/aux:pass stabbed/VBN/VERB/0/root ././PUNCT/6/punct');
    repairTimeWordAsSubject(p.heads, p.deprels, p.xpos, p.forms, p.marks);
    // the comma was already under "minister": not moved, not marked
    expect(marked(p)).toBe('Yesterday=syntax:time-word-subject minister=syntax:time-word-subject');
  });

  it('a subordinate clause as root', () => {
    const p = parse('As/IN/SCONJ/3/mark they/PRP/PRON/3/nsubj tried/VBD/VERB/0/root ,/,/PUNCT/6/punct police/NNS/NOUN/6/nsubj fired/VBD/VERB/3/ccomp ././PUNCT/3/punct');
    repairMarkedRoot(p.heads, p.deprels, p.forms, p.marks);
    expect(marked(p)).toBe('tried=syntax:marked-root ,=syntax:marked-root fired=syntax:marked-root .=syntax:marked-root');
  });

  it('an attribution as governor', () => {
    const p = parse('Talks/NNS/NOUN/2/nsubj failed/VBD/VERB/4/ccomp ,/,/PUNCT/2/punct said/VBD/VERB/0/root the/DT/DET/6/det ministry/NN/NOUN/4/nsubj ././PUNCT/4/punct');
    repairAttributionAsGovernor(p.heads, p.deprels, p.xpos, p.forms, p.marks);
    expect(marked(p)).toBe('failed=syntax:attribution-parataxis ,=syntax:attribution-parataxis said=syntax:attribution-parataxis .=syntax:attribution-parataxis');
  });

  it('the punctuation convention', () => {
    const p = parse('I/PRP/PRON/2/nsubj like/VBP/VERB/0/root apples/NNS/NOUN/2/obj ,/,/PUNCT/3/punct pears/NNS/NOUN/3/conj and/CC/CCONJ/7/cc plums/NNS/NOUN/3/conj ././PUNCT/2/punct');
    new PunctAttacher().attach(p.heads, p.deprels, p.forms, { pairs: true }, p.marks);
    // the comma moved to "pears"; the full stop was already on the root
    expect(marked(p)).toBe(',=syntax:punct-convention');
  });

  it('the finite-verb re-tag', () => {
    const forms = ['Police', 'confiscated', 'weapons', '.'];
    const uposOf = ['PROPN', 'VERB', 'NOUN', 'PUNCT', 'VERB'];
    const xposOf = ['NNS', 'VBN', 'NNS', '.', 'VBD'];
    const ids = Int32Array.from([0, 1, 2, 3]);
    const marks = new Uint16Array(4);
    expect(repairMissingFiniteVerb(forms, ids, 4, uposOf, xposOf, marks)).toBe(true);
    expect([...marks].map((c) => repairRule(c) ?? '-')).toEqual(['-', 'syntax:finite-verb', '-', '-']);
  });

  it('a sentence no repair touches has no marks', () => {
    const p = parse('The/DT/DET/2/det minister/NN/NOUN/3/nsubj resigned/VBD/VERB/0/root ././PUNCT/3/punct');
    repairSecondSubject(p.heads, p.deprels, p.upos, p.marks);
    repairSubjectAsApposition(p.heads, p.deprels, p.xpos, p.marks);
    repairPrepositionAsClauseMark(p.heads, p.deprels, p.xpos, p.forms, p.marks);
    repairTimeWordAsSubject(p.heads, p.deprels, p.xpos, p.forms, p.marks);
    repairMarkedRoot(p.heads, p.deprels, p.forms, p.marks);
    repairAttributionAsGovernor(p.heads, p.deprels, p.xpos, p.forms, p.marks);
    new PunctAttacher().attach(p.heads, p.deprels, p.forms, { pairs: true }, p.marks);
    expect(marked(p)).toBe('');
  });
});
