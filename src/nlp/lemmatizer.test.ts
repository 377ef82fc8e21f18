import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { modelPath } from '../core/paths.js';
import { NewsgraphError } from '../core/errors.js';
import { fileFingerprint, readDerived } from './derived-tables.js';
import { getLemmatizer, lemmatize, lemmatizerFromJson, Lemmatizer, resetLemmatizer, writeDerivedLemmaTables, type LemmaModelJson } from './lemmatizer.js';
import { trainLemmatizer } from './lemmatizer-train.js';

const hasModel = existsSync(modelPath('lemma.json'));

describe.skipIf(!hasModel)('shipped lemmatizer', () => {
  it('knows irregular forms seen in training', () => {
    expect(lemmatize('went', 'VERB', 'VBD')).toBe('go');
    expect(lemmatize('Went', 'VERB', 'VBD')).toBe('go');
    expect(lemmatize('children', 'NOUN', 'NNS')).toBe('child');
    expect(lemmatize('was', 'AUX', 'VBD')).toBe('be');
    expect(lemmatize('better', 'ADJ', 'JJR')).toBe('good');
  });

  it('applies suffix rules by tag', () => {
    expect(lemmatize('halting', 'VERB', 'VBG')).toBe('halt');
    expect(lemmatize('allies', 'NOUN', 'NNS')).toBe('ally');
    expect(lemmatize('Allies', 'NOUN', 'NNS')).toBe('ally');
    // unseen words
    expect(lemmatize('glorping', 'VERB', 'VBG')).toBe('glorp');
    expect(lemmatize('blorfed', 'VERB', 'VBD')).toBe('blorf');
    expect(lemmatize('zanties', 'NOUN', 'NNS')).toBe('zanty');
    expect(lemmatize('florbications', 'NOUN', 'NNS')).toBe('florbication');
    // the same form lemmatizes differently under another tag
    expect(lemmatize('halting', 'ADJ', 'JJ')).toBe('halting');
  });

  it('keeps proper nouns as written and lower-cases common words', () => {
    expect(lemmatize('Quenzly', 'PROPN', 'NNP')).toBe('Quenzly');
    expect(lemmatize('The', 'DET', 'DT')).toBe('the');
  });
});

describe.skipIf(!hasModel)('the shipped lemmatizer through the derived copy (models/derived/lemma.bin)', () => {
  it('is lemma.json without its lemma list, and lemmatizes as lemma.json does', () => {
    expect(writeDerivedLemmaTables()).toBeGreaterThan(0);
    const json = JSON.parse(readFileSync(modelPath('lemma.json'), 'utf8')) as LemmaModelJson;
    const { vocab, rules, ...rest } = json;
    const d = readDerived('lemma.bin', 'lemma-tables', fileFingerprint(modelPath('lemma.json')));
    expect(d).not.toBeNull();
    const { rules: copyRules, ...copyRest } = d!.meta as { rules: Record<string, string> };
    expect(copyRest).toEqual(rest);
    expect(Object.fromEntries(Object.entries(copyRules).map(([x, t]) => [x, JSON.parse(t)]))).toEqual(rules);
    resetLemmatizer();
    const viaCopy = getLemmatizer();
    const fromJson = lemmatizerFromJson(json);
    // the lemmas themselves, lower-cased and capitalised, and rule outputs that are or are not known lemmas
    const forms = [...vocab.filter((_, i) => i % 3 === 0), ...vocab.slice(0, 2000).map((w) => w[0]!.toUpperCase() + w.slice(1)), 'provoked', 'glorping', 'Quenzly', 'allies', 'zanties', 'élans'];
    for (const xpos of ['VBD', 'VBG', 'VBZ', 'NNS', 'NNP', 'JJR', 'RB']) for (const f of forms) expect(viaCopy.lemmatize(f, '', xpos)).toBe(fromJson.lemmatize(f, '', xpos));
    resetLemmatizer();
  });
});

describe('lemmatizer training', () => {
  const triples = [
    ['walked', 'VBD', 'walk'], ['talked', 'VBD', 'talk'], ['jumped', 'VBD', 'jump'], ['went', 'VBD', 'go'],
    ['tries', 'VBZ', 'try'], ['cries', 'VBZ', 'cry'], ['runs', 'VBZ', 'run'], ['sees', 'VBZ', 'see'], ['walks', 'VBZ', 'walk'],
    ['Paris', 'NNP', 'Paris'], ['London', 'NNP', 'London'],
  ].map(([form, xpos, lemma]) => ({ form: form!, xpos: xpos!, lemma: lemma! }));

  it('learns rules for unseen words and stores only the exceptions', () => {
    const m = trainLemmatizer(triples, { minTypes: 2 });
    const l = new Lemmatizer(m);
    expect(l.lemmatize('kicked', '', 'VBD')).toBe('kick');
    expect(l.lemmatize('went', '', 'VBD')).toBe('go');
    expect(l.lemmatize('flies', '', 'VBZ')).toBe('fly');
    expect(l.lemmatize('Berlin', '', 'NNP')).toBe('Berlin');
    expect(m.keepCase).toContain('NNP');
    expect(Object.keys(m.lower)).toContain('went\tVBD');
    expect(Object.keys(m.lower)).not.toContain('walked\tVBD');
  });

  it('rejects a malformed model with E021', () => {
    expect(() => lemmatizerFromJson({ kind: 'something-else' })).toThrow(NewsgraphError);
    expect(() => lemmatizerFromJson(null)).toThrow(/npm run train/);
  });
});
