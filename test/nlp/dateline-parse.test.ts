// The syntax chain with the real tagger and parser: a dateline glued to the story's first clause
// (src/nlp/dateline-split.ts) is analysed apart, so the clause keeps its own subject and root. Each
// case fails without the split: the shipped parser makes "BRUSSELS" the root with "imposed" as its
// parataxis, and "TOKYO" the subject of "signed" with Japan and the Philippines conjuncts of it.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import { analyzeSentence, DATELINE_DEPREL } from '../../src/nlp/parser-annotate.js';
import { buildDefaultPipeline } from '../../src/pipeline/default.js';
import { createResources } from '../../src/stages/resources.js';

const dep = (a: ReturnType<typeof analyzeSentence>, forms: string[], word: string) => {
  const i = forms.indexOf(word);
  const h = a.heads[i]!;
  return `${a.deprels[i]}→${h === 0 ? 'ROOT' : forms[h - 1]}`;
};

describe('a dateline before the clause', () => {
  it('keeps the clause root and subject: BRUSSELS (Reuters) - The European Union imposed …', () => {
    const forms = 'BRUSSELS ( Reuters ) - The European Union imposed sanctions on Belarus on Thursday .'.split(' ');
    const a = analyzeSentence(forms);
    expect(dep(a, forms, 'imposed')).toBe('root→ROOT');
    expect(dep(a, forms, 'Union')).toBe('nsubj→imposed');
    expect(dep(a, forms, 'BRUSSELS')).toBe(`${DATELINE_DEPREL}→imposed`);
    // one root, every head inside the sentence
    expect(a.heads.filter((h) => h === 0)).toHaveLength(1);
    expect(a.heads.every((h) => h >= 0 && h <= forms.length)).toBe(true);
  });
  it('keeps a coordinated subject: TOKYO (Reuters) - Japan and the Philippines signed …', () => {
    const forms = 'TOKYO ( Reuters ) - Japan and the Philippines signed a defense pact on Friday .'.split(' ');
    const a = analyzeSentence(forms);
    expect(dep(a, forms, 'signed')).toBe('root→ROOT');
    expect(dep(a, forms, 'Japan')).toBe('nsubj→signed');
    expect(dep(a, forms, 'TOKYO')).toBe(`${DATELINE_DEPREL}→signed`);
  });
  it('reaches the syntax stage: the first sentence of a wire story', () => {
    const text = 'TOKYO (Reuters) - Japan and the Philippines signed a defense pact on Friday.';
    const p = buildDefaultPipeline(createResources());
    let doc = createDoc(text, {});
    for (const s of p.stages.slice(0, 2)) doc = s.run(doc, { published: null, options: {} });
    const t = doc.tokens;
    const japan = t.findIndex((x) => x.form === 'Japan');
    const signed = t.findIndex((x) => x.form === 'signed');
    expect([t[japan]!.dep, t[japan]!.head]).toEqual(['nsubj', signed]);
    expect([t[0]!.dep, t[0]!.head]).toEqual([DATELINE_DEPREL, signed]);
    expect(t[signed]!.head).toBe(-1);
  });
});
