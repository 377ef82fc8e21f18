import { sharedPath } from '../src/core/paths.js';
import { evalTagger } from '../src/nlp/tagger-eval.js';
const p = (x: number) => (x * 100).toFixed(2);
for (const f of ['en_ewt-ud-dev', 'en_ewt-ud-test', 'en_gum-ud-dev', 'en_gum-ud-test']) {
  const s = evalTagger(sharedPath('data', 'ud', f + '.conllu'));
  console.log(`${f}: UPOS ${p(s.upos)} XPOS ${p(s.xpos)} lemma ${p(s.lemma)} (gold tags ${p(s.lemmaGoldTags)}) tokens ${s.tokens} | ${Math.round(s.tokensPerSecond)} tok/s CPU, ${Math.round(s.tokensPerSecondWall)} wall`);
}
