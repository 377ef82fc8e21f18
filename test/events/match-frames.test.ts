// The lexicon's lemma indexes (event-lexicon.ts: FrameIndexes, built per lemma, with the hand frames'
// own indexes for nouns and adjectives, and a memo of each form's lemma candidates) are a speed-up
// only: matchFrames must give exactly the frames it gives from the bare frames map, where every
// lemma's whole frame list is indexed on the spot.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { defaultResources } from '../../src/stages/resources.js';
import { cameoTable, dictionaryByLemma, handFrameLists, lazyFrameLists, loadFrames } from '../../src/stages/events/lexicon.js';
import { buildLemmaIndex, formCandidates, FrameIndexes, matchFrames, mayTrigger } from '../../src/stages/events/match-frames.js';
import { ActorResolver } from '../../src/stages/events/resolve-actor.js';
import { DepTree } from '../../src/stages/events/tree.js';

const TEXT = [
  'Iran accused the United States of attacking its ships, and Washington denied the accusation.',
  'The attack on the embassy drew condemnation; police arrested three protesters after the protests.',
  'Russia took control of the town and took hostages, officials said on Monday.',
  'The minister called for talks, urged calm and promised aid to the flooded regions.',
  'Leaders met in Brussels for a meeting on sanctions against Belarus, which rejected the demands.',
  'Protesters were shot dead by security forces during the crackdown, according to witnesses.',
].join(' ');

describe('matchFrames through the lexicon indexes', () => {
  const lex = defaultResources().lexicons.events;
  const doc = defaultPipeline().run(createDoc(TEXT, { id: 'mf' }));
  const t = new DepTree(doc, lex.speechLemmas);
  const ids = (fs: readonly { id: string }[]) => fs.map((f) => f.id);

  it('finds the frames the bare frames map finds, token by token (nouns and adjectives included)', () => {
    let triggers = 0;
    const nounTriggers = new Set<string>();
    for (let p = 0; p < doc.tokens.length; p++) {
      const viaIndex = ids(matchFrames(t, p, lex.framesByLemma, lex.verbForms, lex.frameIndexes));
      // twice: the second answer comes from the memo of the form's candidates
      expect(ids(matchFrames(t, p, lex.framesByLemma, lex.verbForms, lex.frameIndexes)), doc.tokens[p]!.form).toEqual(viaIndex);
      const bare = ids(matchFrames(t, p, lex.framesByLemma, lex.verbForms));
      expect(viaIndex, `${doc.tokens[p]!.form} (${doc.tokens[p]!.pos})`).toEqual(bare);
      if (bare.length) triggers++;
      if (bare.length && doc.tokens[p]!.pos === 'NOUN') nounTriggers.add(doc.tokens[p]!.form);
    }
    // (the text has triggers of both kinds, or the comparison proves little)
    expect(triggers).toBeGreaterThan(10);
    expect(nounTriggers.size).toBeGreaterThan(3);
  });

  it('finds no frames for a token whose part of speech mayTrigger rules out (the events stage skips those tokens)', () => {
    let ruledOut = 0;
    for (let p = 0; p < doc.tokens.length; p++) {
      if (mayTrigger(t.tok(p).pos)) continue;
      ruledOut++;
      expect(matchFrames(t, p, lex.framesByLemma, lex.verbForms, lex.frameIndexes), doc.tokens[p]!.form).toEqual([]);
      expect(matchFrames(t, p, lex.framesByLemma, lex.verbForms), doc.tokens[p]!.form).toEqual([]);
    }
    expect(ruledOut).toBeGreaterThan(20);
    // the parts of speech frames are written for (and an untagged token) pass; names and function words do not
    for (const pos of ['VERB', 'NOUN', 'ADJ', '']) expect(mayTrigger(pos), pos).toBe(true);
    for (const pos of ['PROPN', 'DET', 'ADP', 'PUNCT', 'AUX', 'PRON', 'ADV', 'NUM', 'CCONJ']) expect(mayTrigger(pos), pos).toBe(false);
  });

  it("walks each lemma's prepositions as byPrep holds them", () => {
    let withPreps = 0;
    for (const lemma of ['take', 'call', 'meet', 'attack', 'pull', 'accuse', 'sign', 'protest']) {
      const ix = lex.frameIndexes.get(lemma);
      expect(ix, lemma).toBeDefined();
      expect(ix!.preps, lemma).toEqual([...ix!.byPrep.keys()]);
      expect(ix!.prepPositions, lemma).toEqual([...ix!.byPrep.values()]);
      if (ix!.preps.length) withPreps++;
    }
    expect(withPreps).toBeGreaterThan(3);
  });

  it("gives every form the candidates the lexicon can have (the form memo's answer)", () => {
    const ix = lex.frameIndexes as FrameIndexes;
    const words = new Set(['using', 'spied', 'spies', 'used', 'aged', 'went', 'struck', 'fled', 'attacking', 'rebuked', 'ties', 'xylophone', 'qwzzy', 'the', 'ok']);
    for (const x of doc.tokens) words.add(x.form.toLowerCase());
    for (const l of ix.candidates) for (const w of [l, `${l}s`, `${l}ed`, `${l}ing`, `${l.slice(0, -1)}ing`, `${l.slice(0, -1)}ied`]) words.add(w);
    for (const f of lex.verbForms.keys()) words.add(f);
    for (const w of words) {
      const want = formCandidates(w, lex.verbForms).filter((x) => ix.candidates.has(x));
      expect([...ix.formCandidates(w, lex.framesByLemma, lex.verbForms)!], w).toEqual(want);
    }
  });

  it('reads no dictionary rows for a noun whose lemma is also a dictionary verb', () => {
    const codes = cameoTable();
    const hand = loadFrames(codes);
    const lists = lazyFrameLists(hand, dictionaryByLemma(codes));
    const built: string[] = [];
    const handLists = handFrameLists(hand);
    const handOnly = new Map([...handLists].map(([l, list]) => [l, buildLemmaIndex(list)] as const));
    const indexes = new FrameIndexes(lists.candidates, (l) => (built.push(l), lists.get(l) ? buildLemmaIndex(lists.get(l)!) : undefined), handOnly);
    const attack = doc.tokens.findIndex((x) => x.form === 'attack' && x.pos === 'NOUN');
    expect(attack).toBeGreaterThanOrEqual(0);
    const found = ids(matchFrames(t, attack, lex.framesByLemma, lex.verbForms, indexes));
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(ids(matchFrames(t, attack, lex.framesByLemma, lex.verbForms)));
    expect(built).toEqual([]);
    // a verb of the same lemma does read them
    const attacking = doc.tokens.findIndex((x) => x.form === 'attacking');
    matchFrames(t, attacking, lex.framesByLemma, lex.verbForms, indexes);
    expect(built).toContain('attack');
  });
});

describe('ActorResolver.resolve, answered once per head', () => {
  const lex = defaultResources().lexicons.events;
  const doc = defaultPipeline().run(createDoc(TEXT, { id: 'mf' }));
  const t = new DepTree(doc, lex.speechLemmas);

  it('gives a later caller the answer a fresh resolver gives, whatever an earlier caller did with its list', () => {
    const r = new ActorResolver(t, lex.actors, lex.words);
    let actors = 0;
    for (let i = 0; i < doc.tokens.length; i++) {
      const first = r.resolve(i);
      actors += first.length;
      // a caller that extends or empties the list it got must not change what the next one gets
      first.push(first[0]!);
      first.length = 0;
      expect(r.resolve(i), doc.tokens[i]!.form).toEqual(new ActorResolver(t, lex.actors, lex.words).resolve(i));
    }
    expect(actors).toBeGreaterThan(5);
  });
});
