// Negative cases: words that look like names but are not people (or not entities at all).
import { describe, expect, it } from 'vitest';
import { analyzeEntities, mentionTexts } from './run.js';
import { createDoc } from '../../src/core/doc.js';
import { defaultKb } from '../../src/kb/index.js';
import { segmentStage } from '../../src/stages/segment/index.js';
import { dropPluralAgentNouns } from '../../src/stages/entities/plural-agent-nouns.js';
import { dropNonNames, titleCaseSentences } from '../../src/stages/entities/negatives.js';
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

  it('an organisation of common words in a line with every word capitalised is no name unless the body names it', () => {
    // a review title and an e-mail's team list (UNER EWT dev's kind of error)
    const orgs = (text: string) => analyzeEntities(text).entities.filter((e) => e.type === 'ORG').map((e) => e.name);
    expect(orgs('GREAT Store GREAT Service!\nThis store is great!! I love walking in here.\n')).toEqual([]);
    expect(orgs('Thanks For The Prompt Service And Great Job You And Your Boys Have Done\nWe will call you again.\n')).toEqual([]);
    // a Title Case headline whose organisation the body names is kept
    expect(orgs('Senate Passes Budget Bill\nLawmakers in the Senate passed the budget bill late on Tuesday.\n')).toContain('Senate');
  });

  it('a name without a letter is none (a date the model tagged in an e-mail header)', () => {
    const text = 'Jolene Harvey\n05/22/2001 09:25 AM\n';
    const doc = segmentStage.run(createDoc(text), { published: null, options: {} });
    const tok = doc.tokens.findIndex((t) => t.form === '05/22/2001');
    const m: WorkMention = { start: doc.tokens[tok]!.start, end: doc.tokens[tok]!.end, tokFrom: tok, tokTo: tok + 1, sent: doc.tokens[tok]!.sent, kind: 'name', type: 'ORG', rule: 'entities:ner-model', origin: 'model' };
    expect(dropNonNames(doc, defaultKb().tables.words, [m], new Set())).toEqual([]);
  });

  it('a common word after an opening quote mark is no name of its own; after a closing one it may be', () => {
    const personNames = (text: string) => analyzeEntities(text).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
    expect(personNames('The court acquitted the reporter.\n"Justice was slow, but it came," Deniz Arslan told supporters.\n')).not.toContain('Justice');
    // the rule itself: a straight quote mark touching the word opens it; one standing apart closes a quote
    const doc = segmentStage.run(createDoc('"Justice was slow," Rose said.\n'), { published: null, options: {} });
    const at = (form: string): WorkMention => {
      const i = doc.tokens.findIndex((t) => t.form === form);
      return { start: doc.tokens[i]!.start, end: doc.tokens[i]!.end, tokFrom: i, tokTo: i + 1, sent: doc.tokens[i]!.sent, kind: 'name', type: 'PERSON', rule: 'entities:ner-model', origin: 'model' };
    };
    const kept = dropNonNames(doc, defaultKb().tables.words, [at('Justice'), at('Rose')], new Set(['justice', 'rose']));
    expect(kept.map((m) => doc.text.slice(m.start, m.end))).toEqual(['Rose']);
  });

  it('titleCaseSentences: every word capitalised, three words at least; a mostly capitalised list of names is not', () => {
    const doc = segmentStage.run(createDoc('Analyst Team Participants:\nGREAT Store GREAT Service!\nThe groups include the American Medical Association and the American Bar Association.\nGreat Job\n'), { published: null, options: {} });
    expect([...titleCaseSentences(doc, doc.sentences.map((_, i) => i))]).toEqual([1, 1, 0, 0]);
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

