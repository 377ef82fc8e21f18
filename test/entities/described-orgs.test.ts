// entities/described-orgs.ts and company-short-names.ts: a name the model read as a person or place is an
// organisation when the text describes it as one, or names it with a company suffix elsewhere. The
// refiners are run on the real parse with the model's reading given as a person, so each test fails
// without the rule it is about; the last block runs the whole stage.
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/core/doc.js';
import { defaultKb } from '../../src/kb/index.js';
import { describedOrgs } from '../../src/stages/entities/described-orgs.js';
import { companyShortNames } from '../../src/stages/entities/company-short-names.js';
import { analyzeEntities, mentionTexts, modelMentions, parsedDoc } from './run.js';

const kb = defaultKb();
const parsed = parsedDoc;

const typesAfter = (text: string, spec: Array<[string, EntityType]>) => {
  const doc = parsed(text);
  return describedOrgs(doc, kb, modelMentions(doc, spec)).map((m) => `${doc.text.slice(m.start, m.end)}:${m.type}`);
};

describe('a name the text describes by an organisation noun is an organisation', () => {
  it('an apposition after the name and its comma, and every other mention of the name (wikigold dev)', () => {
    expect(typesAfter('It was taken over in 1978 by Staedtler, a stationery company with global presence. Staedtler grew.', [['Staedtler', 'PERSON']])).toEqual(['Staedtler:ORG', 'Staedtler:ORG']);
  });

  it('the subject of "is a brand of pencils", and a copula after a parenthetical', () => {
    expect(typesAfter('Eberhard Faber is a brand of pencils.', [['Eberhard Faber', 'PERSON']])).toEqual(['Eberhard Faber:ORG']);
    expect(typesAfter('Virtus Pallacanestro Bologna, known for sponsorship reasons as Virtus Segafredo Bologna, is an Italian professional basketball club.', [['Virtus Pallacanestro Bologna', 'PERSON']])[0]).toBe('Virtus Pallacanestro Bologna:ORG');
  });

  it('a noun right before the name ("rock band Van Halen") — but the band\'s name stays the surname of the person named elsewhere', () => {
    const text = 'Eddie Van Halen, lead guitarist of US rock band Van Halen, died on Tuesday. Van Halen was a native of the Netherlands.';
    expect(typesAfter(text, [['Eddie Van Halen', 'PERSON'], ['Van Halen', 'PERSON']]).filter((x) => x.startsWith('Van'))).toEqual(['Van Halen:ORG', 'Van Halen:PERSON']);
  });

  it('a description that is no organisation, or a parse link without the words, changes nothing', () => {
    expect(typesAfter('Anna Berg, a lawyer from Oslo, said so.', [['Anna Berg', 'PERSON']])).toEqual(['Anna Berg:PERSON']);
    // an interview's speaker line: the next sentence's predicate is not the speaker's description
    expect(typesAfter('((Naomi Martisius))  The inspiration for the analysis was really from another team.', [['Naomi Martisius', 'PERSON']])).toEqual(['Naomi Martisius:PERSON']);
  });

  it('a known place keeps its type ("Germany, the team")', () => {
    expect(typesAfter('They lost to Germany, the team of the decade.', [['Germany', 'GPE']])).toEqual(['Germany:GPE']);
  });
});

describe('a name equal to the words before a company suffix elsewhere in the document is the company', () => {
  const given = (w: string) => ['Walt', 'Anna'].includes(w);
  const after = (text: string, spec: Array<[string, EntityType]>) => {
    const doc = parsed(text);
    return companyShortNames(doc, kb, modelMentions(doc, spec), given).map((m) => `${doc.text.slice(m.start, m.end)}:${m.type}`);
  };

  it('"Altsys Corporation … products from Altsys" (Re-DocRED dev)', () => {
    expect(after('Altsys Corporation was a software company. Three products came from Altsys.', [['Altsys Corporation', 'ORG'], ['Altsys', 'PERSON']])).toEqual(['Altsys Corporation:ORG', 'Altsys:ORG']);
  });

  it('a person\'s full name before the suffix stays the person ("Walt Disney" beside "the Walt Disney Company")', () => {
    expect(after('Walt Disney founded the Walt Disney Company in 1923.', [['Walt Disney Company', 'ORG'], ['Walt Disney', 'PERSON']])).toContain('Walt Disney:PERSON');
  });
});

describe('the whole stage', () => {
  it('"Staedtler, a stationery company" is an organisation in the output', () => {
    const doc = analyzeEntities('It was taken over in 1978 by Staedtler, a stationery company with global presence.');
    expect(doc.entities.find((e) => mentionTexts(doc, e).includes('Staedtler'))?.type).toBe('ORG');
  });
});
