// Negative cases: words that look like names but are not people (or not entities at all).
import { describe, expect, it } from 'vitest';
import { analyzeEntities, mentionTexts } from './run.js';
import { createDoc } from '../../src/core/doc.js';
import { defaultKb } from '../../src/kb/index.js';
import { segmentStage } from '../../src/stages/segment/index.js';
import { dropPluralAgentNouns } from '../../src/stages/entities/plural-agent-nouns.js';
import type { WorkMention } from '../../src/stages/entities/mention.js';

const people = (doc: ReturnType<typeof analyzeEntities>) => doc.entities.filter((e) => e.type === 'PERSON').flatMap((e) => mentionTexts(doc, e).filter((_, i) => e.mentions[i]!.kind !== 'pronoun'));
const named = (doc: ReturnType<typeof analyzeEntities>) => doc.entities.flatMap((e) => mentionTexts(doc, e));

describe('entities: negative cases', () => {
  it('sentence-initial capitalised words are not entities', () => {
    const doc = analyzeEntities('Despite the rain, crowds gathered. Meanwhile prices rose. Asked about it, officials declined to comment.\n');
    expect(named(doc)).toEqual([]);
  });

  it('months and weekdays are not people', () => {
    const doc = analyzeEntities('The vote was moved from March 6 to Sunday. On Monday, April and May figures were published.\n');
    expect(people(doc)).toEqual([]);
    expect(named(doc).filter((t) => /March|Sunday|Monday|April/.test(t))).toEqual([]);
  });

  it('"sir" and "God" in a quote are not people', () => {
    const doc = analyzeEntities('"Thank God we are safe, sir," said resident Tom Ashworth. "God knows what comes next."\n');
    expect(people(doc)).not.toContain('God');
    expect(people(doc)).not.toContain('sir');
    expect(people(doc)).toContain('Tom Ashworth');
  });

  it('product names in a headline are not people', () => {
    const text = 'Zenbook Fold Sales Surge As Makers Cut Prices\nSales of folding laptops rose in the first quarter, analysts said.\n';
    const doc = analyzeEntities(text, null, 'Zenbook Fold Sales Surge As Makers Cut Prices');
    expect(people(doc)).toEqual([]);
  });

  it('a capitalised plural role noun is a group, not a name; the Senate, parties and acronyms stay names', () => {
    const text = 'Senators and Republicans met in the Senate. Ministers from NATO came.\n';
    const doc = segmentStage.run(createDoc(text), { published: null, options: {} });
    const at = (form: string): WorkMention => {
      const i = doc.tokens.findIndex((t) => t.form === form);
      const t = doc.tokens[i]!;
      return { start: t.start, end: t.end, tokFrom: i, tokTo: i + 1, sent: t.sent, kind: 'name', type: 'ORG', rule: 'test', origin: 'model' };
    };
    const vocab = new Set(['senators', 'republicans', 'senate', 'ministers', 'nato']);
    const kept = dropPluralAgentNouns(doc, defaultKb(), ['Senators', 'Republicans', 'Senate', 'Ministers', 'NATO'].map(at), vocab);
    expect(kept.map((m) => text.slice(m.start, m.end))).toEqual(['Republicans', 'Senate', 'NATO']);
    // a word the training text never shows in lower case is kept
    expect(dropPluralAgentNouns(doc, defaultKb(), [at('Senators')], new Set()).length).toBe(1);
  });

  it('a listed place ending in an organisation head word stays a place ("West Bank"); "Bank of England" is an organisation', () => {
    const doc = analyzeEntities('Having visited the West Bank and Israel, the envoy met officials of the Bank of England in London.\n');
    const typeOf = (t: string) => doc.entities.find((e) => mentionTexts(doc, e).includes(t))?.type;
    expect(['LOC', 'GPE']).toContain(typeOf('West Bank'));
    expect(typeOf('Bank of England')).toBe('ORG');
  });
});

