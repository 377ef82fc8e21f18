import { describe, expect, it } from 'vitest';
import { repairMissingFiniteVerb, repairPrepositionAsClauseMark, repairSecondSubject, repairSubjectAsApposition } from './syntax-repair.js';

// a toy tag set: id → UPOS/XPOS
const TAGS = [['NOUN', 'NNS'], ['VERB', 'VBN'], ['ADJ', 'JJ'], ['PUNCT', '.'], ['VERB', 'VBD'], ['DET', 'DT'], ['PROPN', 'NNP'], ['ADP', 'IN'], ['VERB', 'VBZ']] as const;
const uposOf = TAGS.map((t) => t[0] as string);
const xposOf = TAGS.map((t) => t[1] as string);
const id = (x: string) => xposOf.indexOf(x);
const tagged = (xs: string[]) => Int32Array.from(xs.map(id));

describe('repairMissingFiniteVerb', () => {
  it('takes a VBN after the opening noun phrase of a verbless full-stop sentence as the past tense', () => {
    const ids = tagged(['NNS', 'VBN', 'NNS', '.']);
    expect(repairMissingFiniteVerb(['Police', 'confiscated', 'weapons', '.'], ids, 4, uposOf, xposOf)).toBe(true);
    expect(xposOf[ids[1]!]).toBe('VBD');
  });
  it('takes a JJ "-ed" word as the verb only when a noun phrase follows it', () => {
    const ids = tagged(['NNP', 'JJ', 'NNS', '.']);
    expect(repairMissingFiniteVerb(['States', 'imposed', 'sanctions', '.'], ids, 4, uposOf, xposOf)).toBe(true);
    const pred = tagged(['NNS', 'JJ', '.']);
    expect(repairMissingFiniteVerb(['Talks', 'stalled', '.'], pred, 3, uposOf, xposOf)).toBe(false);
  });
  it('leaves a sentence that has a finite verb, and a headline without a full stop, alone', () => {
    const fin = tagged(['NNS', 'VBN', 'VBZ', '.']);
    expect(repairMissingFiniteVerb(['Weapons', 'seized', 'are', '.'], fin, 4, uposOf, xposOf)).toBe(false);
    const head = tagged(['NNS', 'VBN', 'IN', 'NNS']);
    expect(repairMissingFiniteVerb(['Weapons', 'seized', 'in', 'raids'], head, 4, uposOf, xposOf)).toBe(false);
  });
});

describe('repairSecondSubject', () => {
  it('relabels a bare nsubj after a verb that already has one as its object', () => {
    // Egypt banned the Brotherhood .
    const deprels = ['nsubj', 'root', 'det', 'nsubj', 'punct'];
    repairSecondSubject([2, 0, 4, 2, 2], deprels, ['PROPN', 'VERB', 'DET', 'PROPN', 'PUNCT']);
    expect(deprels[3]).toBe('obj');
  });
  it('keeps a lone post-verbal subject ("said the minister")', () => {
    const deprels = ['root', 'det', 'nsubj'];
    repairSecondSubject([0, 3, 1], deprels, ['VERB', 'DET', 'NOUN']);
    expect(deprels[2]).toBe('nsubj');
  });
});

describe('repairSubjectAsApposition', () => {
  it('makes the named apposition of a fronted phrase the subject of a subjectless verb', () => {
    // On Friday , Chahed , signed it .
    const heads = [2, 6, 4, 2, 2, 0, 6, 6];
    const deprels = ['case', 'obl', 'punct', 'appos', 'punct', 'root', 'obj', 'punct'];
    repairSubjectAsApposition(heads, deprels, ['IN', 'NNP', ',', 'NNP', ',', 'VBD', 'PRP', '.']);
    expect([heads[3], deprels[3]]).toEqual([6, 'nsubj']);
  });
  it('leaves a verb that has a subject alone', () => {
    const heads = [2, 7, 4, 2, 2, 7, 0];
    const deprels = ['case', 'obl', 'punct', 'appos', 'punct', 'nsubj', 'root'];
    repairSubjectAsApposition(heads, deprels, ['IN', 'NNP', ',', 'NNP', ',', 'PRP', 'VBD']);
    expect(deprels[3]).toBe('appos');
  });
});

describe('repairPrepositionAsClauseMark', () => {
  // Iran posted a message on Twitter blaming Israel .
  const forms = ['Iran', 'posted', 'a', 'message', 'on', 'Twitter', 'blaming', 'Israel', '.'];
  const xpos = ['NNP', 'VBD', 'DT', 'NN', 'IN', 'NNP', 'VBG', 'NNP', '.'];
  it('makes the noun after in/on/at the preposition\'s object, not the subject of the -ing clause', () => {
    const heads = [2, 0, 4, 2, 7, 7, 4, 7, 2];
    const deprels = ['nsubj', 'root', 'det', 'obj', 'mark', 'nsubj', 'acl', 'obj', 'punct'];
    repairPrepositionAsClauseMark(heads, deprels, xpos, forms);
    expect([heads[4], deprels[4], heads[5], deprels[5]]).toEqual([6, 'case', 4, 'nmod']);
    expect([heads[6], deprels[6]]).toEqual([4, 'acl']);
  });
  it('keeps an absolute "with X V-ing" clause', () => {
    const f = [...forms];
    f[4] = 'with';
    const heads = [2, 0, 4, 2, 7, 7, 2, 7, 2];
    const deprels = ['nsubj', 'root', 'det', 'obj', 'mark', 'nsubj', 'advcl', 'obj', 'punct'];
    repairPrepositionAsClauseMark(heads, deprels, xpos, f);
    expect([heads[5], deprels[5]]).toEqual([7, 'nsubj']);
  });
});
