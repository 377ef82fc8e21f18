import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../core/paths.js';
import { sharedPresent } from '../../../../test/helpers/shared.js';
import type { CorpusDoc, CorpusSentence } from '../corpus.js';
import { readConllNer, CHUNK_SENTENCES } from './conll.js';
import { DEV_EVERY, NER_CORPUS_NAMES, UNER_EWT_DEV_EVERY, devSlice, readNerCorpus } from './index.js';
import { readRedocred } from './redocred.js';
import { isPronoun, readRe3d } from './re3d.js';
import { withoutGroupAdjectives } from './group-adjectives.js';
import { withoutLeadingArticles } from './leading-article.js';
import { flatSpans, sentenceFromTokens } from './tokens.js';
import { partialTrainingSpans, symbolsOnlyName } from './partial-labels.js';
import { typeMapFor } from './type-map.js';

const names = (s: CorpusSentence) => s.named.map((n) => `${n.type}:${s.words.slice(n.from, n.to).map((w) => w.form).join(' ')}`);

describe('type map (data/ner-type-map.tsv)', () => {
  it('maps a corpus type to a label, "-" to null, and an unlisted type to a coded error', () => {
    const m = typeMapFor('crossner');
    expect(m('politicalparty')).toBe('ORG');
    expect(m('politician')).toBe('PER');
    expect(m('election')).toBeNull();
    expect(() => m('spaceship')).toThrow(/E030|does not map/);
    expect(() => typeMapFor('no-such-corpus')).toThrow(/no rows/);
  });
});

describe('CoNLL reader', () => {
  it('reads BIO and IO tags, maps types, keeps the words as offsets into a space-joined text', () => {
    const bio = 'The\tO\nUnited\tB-politicalparty\nRussia\tI-politicalparty\nwon\tO\nthe\tO\n2001\tB-election\nvote\tI-election\nin\tO\nMoscow\tB-location\n\n';
    const [doc] = readConllNer(bio, 'x', typeMapFor('crossner'));
    const s = doc!.sentences[0]!;
    expect(names(s)).toEqual(['ORG:United Russia', 'LOC:Moscow']);
    expect(s.text.slice(s.words[1]!.start, s.words[2]!.end)).toBe('United Russia');
    const io = '-DOCSTART- O\n\nJohn I-PER\nSmith I-PER\nof O\nAcme I-ORG\nCorp I-ORG\nsaw I-MISC\n\n-DOCSTART- O\n\nParis I-LOC\n';
    const docs = readConllNer(io, 'w', typeMapFor('wikigold'));
    expect(docs).toHaveLength(2);
    expect(names(docs[0]!.sentences[0]!)).toEqual(['PER:John Smith', 'ORG:Acme Corp']);
    expect(names(docs[1]!.sentences[0]!)).toEqual(['LOC:Paris']);
  });

  it('lists a mapped-away name of several words with a capital as unlabelled (it may hold one of ours)', () => {
    const bio = 'the\tO\n2010\tB-election\nUnited\tI-election\nKingdom\tI-election\ngeneral\tI-election\nelection\tI-election\nwas\tO\nBritish\tB-misc\nand\tO\ntext\tB-task\nmining\tI-task\n\n';
    const s = readConllNer(bio, 'x', typeMapFor('crossner'))[0]!.sentences[0]!;
    expect(s.named).toEqual([]);
    // the election is unlabelled; the single demonym and the lower-case task stay outside any name
    expect(s.unlabelled).toEqual([{ from: 1, to: 6 }]);
  });

  it('partial training labels: unlabelled spans unknown, a name of symbols alone no name', () => {
    const election = readConllNer('the\tO\n2010\tB-election\nUnited\tI-election\nKingdom\tI-election\nelection\tI-election\n\n', 'x', typeMapFor('crossner'))[0]!.sentences[0]!;
    expect(partialTrainingSpans(election).unknown).toEqual([{ from: 1, to: 5 }]);
    // a sentence from a reader that kept a name of symbols alone
    const tweet = sentenceFromTokens(['thanks', '@', 'GWS_Giants'], [{ from: 1, to: 2, type: 'ORG' }, { from: 2, to: 3, type: 'ORG' }]);
    expect(tweet.named.map((n) => symbolsOnlyName(tweet, n))).toEqual([true, false]);
    const t = partialTrainingSpans(tweet);
    expect(t.named.map((n) => n.from)).toEqual([2]);
    expect(t.unknown).toEqual([]);
  });

  it('drops a name of symbols alone: the Broad Twitter Corpus "@" before a handle is no name', () => {
    // BTC tags "@ GWS_Giants" B-ORG B-ORG: the handle is the name, the "@" none of ours
    const tweet = readConllNer('thanks\tO\n@\tB-ORG\nGWS_Giants\tB-ORG\nand\tO\n@\tB-PER\n#\tI-PER\nAnna\tB-PER\n\n', 'b', typeMapFor('btc'))[0]!.sentences[0]!;
    expect(names(tweet)).toEqual(['ORG:GWS_Giants', 'PER:Anna']);
    expect(tweet.words.map((w) => w.form)).toEqual(['thanks', '@', 'GWS_Giants', 'and', '@', '#', 'Anna']);
  });

  it('cuts a file without document markers into fixed pseudo-documents', () => {
    const text = Array.from({ length: CHUNK_SENTENCES * 2 + 1 }, (_, i) => `w${i}\tO\n`).join('\n');
    expect(readConllNer(text, 'b', typeMapFor('btc')).map((d) => d.sentences.length)).toEqual([CHUNK_SENTENCES, CHUNK_SENTENCES, 1]);
  });

  it('names the corpus and type it cannot map', () => {
    expect(() => readConllNer('Foo\tB-alien\n', 'x', typeMapFor('crossner'))).toThrow(/crossner.*alien/);
  });
});

describe('Re-DocRED reader', () => {
  it('keeps the longest of nested mentions, drops nationality words typed LOC and unmapped types', () => {
    const json = JSON.stringify([
      {
        title: 'T',
        sents: [['The', 'University', 'of', 'Oxford', 'hired', 'Barbadian', 'poet', 'Kamau', 'Brathwaite', 'in', '1990', '.']],
        vertexSet: [
          [{ pos: [1, 4], sent_id: 0, type: 'ORG' }],
          [{ pos: [3, 4], sent_id: 0, type: 'LOC' }],
          [{ pos: [5, 6], sent_id: 0, type: 'LOC' }],
          [{ pos: [7, 9], sent_id: 0, type: 'PER' }],
          [{ pos: [10, 11], sent_id: 0, type: 'TIME' }],
        ],
      },
    ]);
    const [doc] = readRedocred(json, typeMapFor('redocred'));
    expect(names(doc!.sentences[0]!)).toEqual(['ORG:University of Oxford', 'PER:Kamau Brathwaite']);
  });
});

describe('re3d reader', () => {
  it('keeps name-like mentions (cutting "the" and titles) and drops descriptions', () => {
    const dir = mkdtempSync(join(tmpdir(), 're3d-'));
    mkdirSync(join(dir, 'Src'));
    const text = 'The rebels met President Barack Obama and the Syrian Democratic Forces in Raqqa. U.S. service members watched.';
    writeFileSync(join(dir, 'Src', 'documents.json'), JSON.stringify({ _id: 'd1', text }) + '\n');
    const ent = (value: string, type: string, from = 0) => {
      const begin = text.indexOf(value, from);
      return JSON.stringify({ _id: `d1-${begin}`, begin, end: begin + value.length, type, value, documentId: 'd1', confidence: 1 });
    };
    writeFileSync(
      join(dir, 'Src', 'entities.json'),
      [ent('The rebels', 'Organisation'), ent('President Barack Obama', 'Person'), ent('the Syrian Democratic Forces', 'Organisation'), ent('Raqqa', 'Location'), ent('U.S. service members', 'Organisation'), ent('Syrian', 'Nationality')].join('\n') + '\n',
    );
    const docs = readRe3d(dir, typeMapFor('re3d'));
    expect(docs.flatMap((d) => d.sentences.flatMap(names))).toEqual(['PER:Barack Obama', 'ORG:Syrian Democratic Forces', 'LOC:Raqqa']);
    for (const s of docs[0]!.sentences) for (const w of s.words) expect(s.text.slice(w.start, w.end)).toBe(w.form);
  });

  it('tells a pronoun marked as an actor ("We", "They", "I") from an acronym in capitals ("US", "IT")', () => {
    expect(['We', 'They', 'I', 'It', 'Our'].map((w) => isPronoun([w]))).toEqual([true, true, true, true, true]);
    expect([['US'], ['IT'], ['WE'], ['Weston'], ['We', 'Are']].map(isPronoun)).toEqual([false, false, false, false, false]);
    const dir = mkdtempSync(join(tmpdir(), 're3d-'));
    mkdirSync(join(dir, 'Src'));
    const text = 'We will defeat ISIL. They said the US agreed. I spoke to Kerry.';
    writeFileSync(join(dir, 'Src', 'documents.json'), JSON.stringify({ _id: 'd1', text }) + '\n');
    // `at` finds the mention ("I" is also the first letter of "ISIL")
    const ent = (value: string, type: string, at = value) => {
      const begin = text.indexOf(at);
      return JSON.stringify({ _id: `d1-${begin}`, begin, end: begin + value.length, type, value, documentId: 'd1', confidence: 1 });
    };
    writeFileSync(join(dir, 'Src', 'entities.json'), [ent('We', 'Organisation'), ent('ISIL', 'Organisation'), ent('They', 'Organisation'), ent('US', 'Location'), ent('I', 'Person', 'I spoke'), ent('Kerry', 'Person')].join('\n') + '\n');
    const read = (drop: boolean) => readRe3d(dir, typeMapFor('re3d'), drop).flatMap((d) => d.sentences.flatMap(names));
    // kept by default (the shipped model's reading); NER_RE3D_PRONOUNS=drop leaves them out
    expect(read(false)).toEqual(['ORG:We', 'ORG:ISIL', 'ORG:They', 'LOC:US', 'PER:I', 'PER:Kerry']);
    expect(read(true)).toEqual(['ORG:ISIL', 'LOC:US', 'PER:Kerry']);
  });
});

describe('group adjectives', () => {
  it('drops one-word nationality, region and religion mentions but keeps names that contain them', () => {
    const s = sentenceFromTokens(['European', 'leaders', 'met', 'Catholic', 'bishops', 'of', 'the', 'European', 'Union', 'in', 'Rome'], [
      { from: 0, to: 1, type: 'LOC' },
      { from: 3, to: 4, type: 'ORG' },
      { from: 7, to: 9, type: 'ORG' },
      { from: 10, to: 11, type: 'LOC' },
    ]);
    const [doc] = withoutGroupAdjectives([{ id: 'x', sentences: [s] }]);
    expect(names(doc!.sentences[0]!)).toEqual(['ORG:European Union', 'LOC:Rome']);
  });
});

describe('leading articles', () => {
  it('cuts a lower-case article from the front of a name, keeps a capitalised "The" and a one-word span', () => {
    const s = sentenceFromTokens(['The', 'Hague', 'and', 'the', 'United', 'States', 'met', 'the', 'Netherlands', 'and', 'the'], [
      { from: 0, to: 2, type: 'LOC' },
      { from: 3, to: 6, type: 'LOC' },
      { from: 7, to: 9, type: 'LOC' },
      { from: 10, to: 11, type: 'ORG' },
    ]);
    const [doc] = withoutLeadingArticles([{ id: 'x', sentences: [s] }]);
    expect(names(doc!.sentences[0]!)).toEqual(['LOC:The Hague', 'LOC:United States', 'LOC:Netherlands', 'ORG:the']);
  });
});

describe('dev slices', () => {
  it('every DEV_EVERY-th document is held out, the rest is training', () => {
    const docs: CorpusDoc[] = Array.from({ length: 25 }, (_, i) => ({ id: `d${i}`, sentences: [] }));
    const { train, dev } = devSlice(docs);
    expect(dev.map((d) => d.id)).toEqual([`d${DEV_EVERY - 1}`, `d${2 * DEV_EVERY - 1}`]);
    expect(train.length + dev.length).toBe(25);
  });

  it('every=1 holds out every document (NER_EWT_DEV_EVERY=1: all of UNER EWT dev as the dev slice)', () => {
    const docs: CorpusDoc[] = Array.from({ length: 5 }, (_, i) => ({ id: `d${i}`, sentences: [] }));
    const { train, dev } = devSlice(docs, 1);
    expect(train).toEqual([]);
    expect(dev.map((d) => d.id)).toEqual(['d0', 'd1', 'd2', 'd3', 'd4']);
  });

  it('a fold picks another remainder (NER_EWT_DEV_FOLD): two folds of every=2 hold out complementary halves', () => {
    const docs: CorpusDoc[] = Array.from({ length: 5 }, (_, i) => ({ id: `d${i}`, sentences: [] }));
    expect(devSlice(docs, 2, 0).dev.map((d) => d.id)).toEqual(['d0', 'd2', 'd4']);
    expect(devSlice(docs, 2, 1).dev.map((d) => d.id)).toEqual(['d1', 'd3']);
    expect(devSlice(docs, 2).dev.map((d) => d.id)).toEqual(['d1', 'd3']);
  });

  it('flatSpans keeps the longest of overlapping spans', () => {
    expect(flatSpans([{ from: 3, to: 4, type: 'LOC' }, { from: 1, to: 4, type: 'ORG' }, { from: 5, to: 6, type: 'PER' }])).toEqual([{ from: 1, to: 4, type: 'ORG' }, { from: 5, to: 6, type: 'PER' }]);
  });
});

describe.skipIf(!sharedPresent(sharedPath('data', 'ner'), 'the test that every NER corpus reads is skipped'))('every corpus in ../shared reads with all its types mapped', () => {
  it.each([...NER_CORPUS_NAMES])('%s', (name) => {
    const c = readNerCorpus(name);
    const all = [...c.train, ...c.dev].flatMap((d) => d.sentences);
    expect(c.dev.length).toBeGreaterThan(0);
    expect(all.flatMap((s) => s.named).length).toBeGreaterThan(50);
    // every named span covers aligned words whose offsets spell their forms
    for (const s of all.slice(0, 300)) for (const w of s.words) if (w.start >= 0) expect(s.text.slice(w.start, w.end)).toBe(w.form);
  });

  it('UNER EWT is sliced by document: every UNER_EWT_DEV_EVERY-th document is dev, no sentence of a dev document is trained on', () => {
    const c = readNerCorpus('uner-ewt');
    expect(c.dev.length).toBe(Math.floor((c.train.length + c.dev.length) / UNER_EWT_DEV_EVERY));
    // a document is one sent_id prefix: its sentences never straddle the slice boundary
    for (const d of [...c.train, ...c.dev]) for (const s of d.sentences) expect(s.id?.startsWith(d.id)).toBe(true);
    const trainIds = new Set(c.train.flatMap((d) => d.sentences.map((s) => s.id)));
    expect(c.dev.flatMap((d) => d.sentences).filter((s) => trainIds.has(s.id))).toEqual([]);
  });
});

describe('hyphenated words of a tokenised corpus', () => {
  it('with glueHyphens, a hyphen between two words is written without spaces; other dashes keep theirs', () => {
    const s = sentenceFromTokens(['Jean', '-', 'Claude', 'Killy', 'won', '-', 'again', '(', '1801', '-', '1870', ')', '-'], [{ from: 0, to: 4, type: 'PER' }], undefined, true);
    expect(s.text).toBe('Jean-Claude Killy won-again ( 1801-1870 ) -');
    for (const w of s.words) expect(s.text.slice(w.start, w.end)).toBe(w.form);
    expect(sentenceFromTokens(['Jean', '-', 'Claude'], []).text).toBe('Jean - Claude');
  });
});
