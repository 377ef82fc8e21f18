// A named storm is no person (named-storms.ts): "Hurricane Dorian", "Tropical Storm Humberto",
// "Cyclone Phailin" and a later bare "Phailin" are no entities of ours, while an organisation named
// after the word ("National Hurricane Center"), a person who shares no storm's name and a storm word
// that names nothing stay as they were. The unit cases call the refiner with candidates made by hand,
// so they do not depend on what the shipped model tags.
import { describe, expect, it } from 'vitest';
import { createDoc, type Doc } from '../../src/core/doc.js';
import { segmentStage } from '../../src/stages/segment/index.js';
import { defaultKb } from '../../src/kb/index.js';
import { dropNamedStorms, stormNames, type StormLexicon } from '../../src/stages/entities/named-storms.js';
import type { WorkMention } from '../../src/stages/entities/mention.js';
import { analyzeEntities, mentionTexts } from './run.js';

const words = defaultKb().tables.words;
const lex: StormLexicon = { isGivenName: (w) => ['Sandy', 'Maria'].includes(w), isOrgWord: (w) => ['Center', 'Centre', 'Fund'].includes(w) };
const vocab = new Set(['sandy', 'hunters', 'area', 'the']);

function segmented(text: string): Doc {
  return segmentStage.run(createDoc(text, {}), { published: null, options: {} });
}

/** a PERSON candidate over the tokens of `text` (the first occurrence of the exact token sequence) */
function candidate(doc: Doc, text: string): WorkMention {
  const forms = text.split(' ');
  const at = doc.tokens.findIndex((_, i) => forms.every((f, k) => doc.tokens[i + k]?.form === f));
  if (at < 0) throw new Error(`no "${text}"`);
  const sent = doc.sentences.findIndex((s) => s.tokenStart <= at && at < s.tokenEnd);
  return { start: doc.tokens[at]!.start, end: doc.tokens[at + forms.length - 1]!.end, tokFrom: at, tokTo: at + forms.length, sent, kind: 'name', type: 'PERSON', rule: 'entities:ner-model', origin: 'model' };
}

describe('named storms', () => {
  it('finds the name after a storm word, one word or several ("Tropical Storm Humberto")', () => {
    const doc = segmented('Hurricane Dorian hit the Bahamas. Officials said Tropical Storm Humberto would pass Bermuda. Cyclone Phailin struck Odisha.');
    expect([...stormNames(doc, words, vocab, lex)].sort()).toEqual(['Dorian', 'Humberto', 'Phailin']);
  });

  it('an organisation named after the word, a common noun or a longer name is no storm', () => {
    const doc = segmented('A National Hurricane Center said so. The Hurricane Hunters flew in. They planned to Storm Area 51. Then the Hurricane Dorian Relief Fund opened. Operation Desert Storm Rescue began.');
    expect([...stormNames(doc, words, vocab, lex)]).toEqual([]);
  });

  it('a storm name that is also a common word counts when it is a given name ("Hurricane Sandy")', () => {
    expect([...stormNames(segmented('Hurricane Sandy flooded the subway.'), words, vocab, lex)]).toEqual(['Sandy']);
    // after a sentence's first word, capitalised as every first word is
    expect([...stormNames(segmented('The Hurricane Maria caused damage.'), words, vocab, lex)]).toEqual(['Maria']);
  });

  it('drops the storm and its later mentions, keeps the other candidates', () => {
    const doc = segmented('Cyclone Phailin struck Odisha. T C Phailin weakened. Phailin caused floods, Anna Berg said.');
    const names = ['Cyclone Phailin', 'T C Phailin', 'Phailin caused', 'Anna Berg'].map((t) => candidate(doc, t));
    names[2] = { ...names[2]!, end: names[2]!.start + 'Phailin'.length, tokTo: names[2]!.tokFrom + 1 };
    const kept = dropNamedStorms(doc, words, names, vocab, lex).map((m) => doc.text.slice(m.start, m.end));
    expect(kept).toEqual(['Anna Berg']);
  });

  it('through the stage: no person "Dorian", the organisation and the place stay', () => {
    const doc = analyzeEntities('Hurricane Dorian hit the Bahamas on Sunday, the National Hurricane Center said. Dorian weakened later.');
    const texts = doc.entities.flatMap((e) => mentionTexts(doc, e).map((t) => `${e.type}:${t}`));
    expect(texts.filter((t) => t.includes('Dorian'))).toEqual([]);
    expect(texts).toContain('ORG:National Hurricane Center');
    expect(texts).toContain('GPE:Bahamas');
  });
});
