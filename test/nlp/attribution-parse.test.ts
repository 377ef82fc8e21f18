// The syntax chain with the real tagger and parser on "X, Y said.": the shipped parser may make the
// attribution's verb the root with the reported clause as its ccomp and the clause's adjuncts
// under "said" ("after the clashes" obl of "said"); UD hangs "said" as parataxis of the clause's root
// (src/nlp/syntax-repair-attribution.ts). Each case fails without the repair.
import { describe, expect, it } from 'vitest';
import { analyzeSentence } from '../../src/nlp/parser-annotate.js';

function arcsOf(sentence: string): Record<string, string> {
  const forms = sentence.split(' ');
  const a = analyzeSentence(forms);
  const out: Record<string, string> = {};
  forms.forEach((f, i) => (out[f] = `${a.deprels[i]}→${a.heads[i] === 0 ? 'ROOT' : forms[a.heads[i]! - 1]}`));
  return out;
}

describe('"X, Y said." through the syntax chain', () => {
  it('keeps the reported clause the root and its adjuncts on it', () => {
    const a = arcsOf('The border was closed after the clashes , the ministry said .');
    expect(a.closed).toBe('root→ROOT');
    expect(a.clashes).toBe('obl→closed');
    expect(a.said).toBe('parataxis→closed');
    expect(a.ministry).toBe('nsubj→said');
  });
  it('does so for an attribution with an indefinite subject', () => {
    const a = arcsOf('The army withdrew its troops from the town after heavy fighting , a spokesman said .');
    expect(a.withdrew).toBe('root→ROOT');
    expect(a.fighting).toBe('obl→withdrew');
    expect(a.said).toBe('parataxis→withdrew');
  });
  it('leaves a direct quotation the ccomp of its speech verb, as UD English has it', () => {
    const a = arcsOf('" The border is closed , " the ministry said .');
    expect(a.said).toBe('root→ROOT');
  });
});
