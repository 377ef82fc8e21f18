import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelPath, repoRoot } from '../core/paths.js';
import { LemmaByEntry } from './lemma-by-entry.js';
import { getLemmatizer } from './lemmatizer.js';
import { readModelFile } from './model-io.js';
import { segmentText } from './segment-text.js';
import { getTagger, taggerFromModel, TAGGER_KIND, type Tagger } from './tagger.js';

const hasModels = existsSync(modelPath('tagger.bin')) && existsSync(modelPath('lemma.json'));
const split = (s: string) => s.split(' ');

function freshTagger(memo: number): Tagger {
  const path = modelPath('tagger.bin');
  const t = taggerFromModel(readModelFile(path, TAGGER_KIND), path);
  t.setMlp(getTagger().mlpModel);
  t.setFormMemo(memo);
  return t;
}

/** each sentence tagged, then lemmatized through `cache` and directly; both lists of lemmas */
function both(t: Tagger, cache: LemmaByEntry, sentences: string[][]): { cached: string[]; direct: string[] } {
  const lem = getLemmatizer();
  const cached: string[] = [];
  const direct: string[] = [];
  for (const forms of sentences) {
    const ids = new Int32Array(forms.length);
    t.tagIds(forms, ids);
    const out = new Array<string>(forms.length);
    cache.lemmatize(t, lem, forms, ids, forms.length, out);
    cached.push(...out);
    for (let i = 0; i < forms.length; i++) direct.push(lem.lemmatize(forms[i]!, t.uposOf[ids[i]!]!, t.xposOf[ids[i]!]!));
  }
  return { cached, direct };
}

describe.skipIf(!hasModels)('lemmas by the tagger form-memo entry', () => {
  const sentences = [
    'The envoy said talks would resume ; the talks resumed and the envoys said so .',
    'He has said that she had been saying it : says , said , saying .',
    // one form with several tags ("that": DT, IN, WDT; "like": IN, VBP, JJ)
    'That man said that the plan that failed was like that , and they like it .',
  ].map(split);
  for (const file of readdirSync(join(repoRoot, 'samples')).filter((f) => f.endsWith('.json'))) {
    const seg = segmentText((JSON.parse(readFileSync(join(repoRoot, 'samples', file), 'utf8')) as { text: string }).text);
    for (const s of seg.sentences) sentences.push(seg.tokens.slice(s.tokenStart, s.tokenEnd).map((x) => x.form));
  }

  it('gives the lemmatizer’s lemma for every token, with the form memo on, tiny (forms without an entry) and off', () => {
    for (const memo of [8192, 5, 0]) {
      const { cached, direct } = both(freshTagger(memo), new LemmaByEntry(), sentences);
      expect(cached).toEqual(direct);
      // a second pass takes most lemmas from the entries: still the same
      const again = both(freshTagger(memo), new LemmaByEntry(), [...sentences, ...sentences]);
      expect(again.cached).toEqual(again.direct);
    }
  });

  it('forgets its entries when the tagger’s form memo is emptied (entry ids then name other forms)', () => {
    const t = freshTagger(8192);
    const cache = new LemmaByEntry();
    both(t, cache, [split('Officials went home .')]);
    t.setFormMemo(8192);
    // the same entry ids, now for other forms with the same tags
    const { cached } = both(t, cache, [split('Children ran away .')]);
    expect(cached.slice(0, 2)).toEqual(['child', 'run']);
  });

  it('starts over for another tagger (its entries are its own)', () => {
    const cache = new LemmaByEntry();
    both(freshTagger(8192), cache, [split('Officials went home .')]);
    const { cached } = both(freshTagger(8192), cache, [split('Children ran away .')]);
    expect(cached.slice(0, 2)).toEqual(['child', 'run']);
  });
});
