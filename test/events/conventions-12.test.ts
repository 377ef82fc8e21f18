// Issue 13, round 12: code conventions decided once by the CAMEO codebook (recode-intent.ts,
// recode-settlement.ts, recode-expulsion.ts; the decisions and their reasons are in
// eval/wikinews-dev/events-precision-12.md). Our own sentences through the real pipeline; each rule
// beside a control it must leave alone.
import { describe, expect, it } from 'vitest';
import { eventArrowsWithModality as show, hasParser } from '../helpers/event-briefs.js';

describe.skipIf(!hasParser)('issue 13 code conventions, round 12', () => {
  it('cooperation sought of the party that must give it is an appeal for it, not a promise', () => {
    // "seek to extradite": the state holding the man extradites him; seeking it asks for it (0213)
    expect(show('The Kenyan foreign minister said Kenya would seek to extradite the Ugandan rebel leader.')).toEqual(['0213 KEN→UGAREB future']);
    // control: an extradition Kenya says it will do itself is its intent to cooperate (0313)
    expect(show('The Kenyan foreign minister said Kenya would extradite the Ugandan rebel leader.')).toEqual(['0313 KEN→UGAREB hypothetical']);
  }, 60_000);

  it('force striven for is no threat: the code stays, modality future', () => {
    expect(show('The Ugandan rebels seek to retake the Kenyan town of Busia.')).toEqual(['192 UGAREB→KEN future']);
    // control: a future seizure stated as what will happen is CAMEO's threat to occupy (1382)
    expect(show('The Ugandan rebels will retake the Kenyan town of Busia.')).toEqual(['1382 UGAREB→KEN future']);
  }, 60_000);

  it('"agree" with a noun object, wanted or future, is the intent to settle (037)', () => {
    expect(show('Kenyan President William Ruto said he would prefer to agree a solution with the Ugandan government.')).toEqual(['037 KENGOV→UGAGOV hypothetical']);
    // controls: accord with a party, future or asserted, stays an expression of accord (019)
    expect(show('Kenyan President William Ruto said he would agree with the Ugandan government.')).toEqual(['019 KENGOV→UGAGOV hypothetical']);
    expect(show('Kenyan President William Ruto agreed with the Ugandan government on the issue.')).toEqual(['019 KENGOV→UGAGOV asserted']);
  }, 60_000);

  it("a legislature's vote to expel troops demands their withdrawal (1056), no deportation of individuals", () => {
    expect(show('The Kenyan parliament voted to expel Ugandan troops from the country.')).toEqual(['1056 KENLEG→UGAMIL future']);
    // controls: an army expelling troops, and a legislature expelling diplomats, keep their codes
    expect(show('The Kenyan army expelled Ugandan troops from the border town.')).toEqual(['174 KENMIL→UGAMIL asserted']);
    expect(show('The Kenyan parliament voted to expel two Ugandan diplomats.')).toEqual(['136 KENLEG→UGAGOV future']);
  }, 60_000);

  it('refusing to consider is a rejection (12), considering stays 014', () => {
    expect(show('Kenyan President William Ruto said the government would not consider requests from Uganda.')).toEqual(['120 KENGOV→UGA hypothetical']);
    expect(show('Kenyan President William Ruto said the government would consider requests from Uganda.')).toEqual(['014 KENGOV→UGA hypothetical']);
  }, 60_000);

  it('a future accession to a demand keeps its kind in the intent code (0831 → 0341, not the bare 034)', () => {
    expect(show('The Kenyan parliament will abolish the post of Ugandan envoy.')).toEqual(['0341 KENLEG→UGAGOV future']);
    // control: done, it is the accession itself
    expect(show('The Kenyan parliament abolished the post of Ugandan envoy.')).toEqual(['0831 KENLEG→UGAGOV asserted']);
  }, 60_000);

  it('asking for a resignation is an appeal for a change in leadership (0241), demanding it a demand (1041)', () => {
    expect(show('Ugandan protesters asked Kenyan President William Ruto to resign.')).toEqual(['0241 UGACVL→KENGOV asserted']);
    expect(show('Ugandan protesters urged the Kenyan president to step down.')).toEqual(['0241 UGACVL→KENGOV asserted']);
    expect(show('Ugandan protesters demanded that the Kenyan president resign.')).toEqual(['1041 UGACVL→KENGOV asserted']);
    // controls: another act asked for keeps the appeal's and the demand's own codes
    expect(show('Ugandan protesters asked Kenyan President William Ruto to release the prisoners.')).toEqual(['020 UGACVL→KENGOV asserted']);
    expect(show('Ugandan protesters demanded that Kenyan President William Ruto release the prisoners.')).toEqual(['100 UGACVL→KENGOV asserted']);
  }, 60_000);
});
