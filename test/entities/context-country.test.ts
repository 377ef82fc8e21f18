// Sector-only actors ("police", "protesters", "the government", a titled person with no country of
// his own) take a country from the article's context, marked apart from earned countries:
// membership (the phrase places the group), story (one country dominates the actors with earned
// countries), dateline (else the dateline city's country). Never over an earned country, never for
// a group the text gives to someone else, and never when no country dominates.
import { describe, expect, it } from 'vitest';
import { analyzeEntities, mentionTexts } from './run.js';
import { toContract } from '../../src/io/write-json.js';
import type { Doc, Entity } from '../../src/core/doc.js';

const DAY = '2025-03-06';

function group(doc: Doc, name: string): Entity | undefined {
  return doc.entities.find((e) => e.type === 'ORG' && e.name === name);
}

const evidence = (doc: Doc, e: Entity) => (e.country_evidence ? doc.text.slice(e.country_evidence.start, e.country_evidence.end) : null);

describe('membership: the phrase places the group', () => {
  it('"police in Nairobi" are Kenyan police; the protesters they arrest take the story country', () => {
    const doc = analyzeEntities('Police in Nairobi arrested 20 protesters on Sunday.', DAY);
    const police = group(doc, 'police')!;
    expect([police.country, police.actor_code, police.country_source, evidence(doc, police)]).toEqual(['KEN', 'KENCOP', 'membership', 'Nairobi']);
    const protesters = group(doc, 'protesters')!;
    expect([protesters.actor_code, protesters.country_source]).toEqual(['KENCVL', 'story']);
  });

  it('"the city\'s police" belong to the last city named', () => {
    const doc = analyzeEntities('Thousands marched through Nairobi on Monday. The city\'s police said the march was peaceful.', DAY);
    const police = group(doc, 'police')!;
    expect([police.actor_code, police.country_source, evidence(doc, police)]).toEqual(['KENCOP', 'membership', 'Nairobi']);
  });

  it('"Iraq\'s army" is Iraqi', () => {
    const doc = analyzeEntities("Iraq's army said it had retaken the town.", DAY);
    expect([group(doc, 'army')?.actor_code, group(doc, 'army')?.country_source]).toEqual(['IRQMIL', 'membership']);
  });
});

describe('dateline and story', () => {
  it('a dateline gives its country when no actor earns one ("CAIRO (Reuters) - Police …")', () => {
    const doc = analyzeEntities('CAIRO (Reuters) - Police fired tear gas at protesters. The government said the army would stay in its barracks.', DAY);
    for (const [name, code] of [['police', 'EGYCOP'], ['protesters', 'EGYCVL'], ['government', 'EGYGOV'], ['army', 'EGYMIL']] as const) {
      const e = group(doc, name)!;
      expect([e.actor_code, e.country_source, evidence(doc, e)]).toEqual([code, 'dateline', 'CAIRO']);
    }
  });

  it('one mention of a group noun per country: repeated "police" is one entity', () => {
    const doc = analyzeEntities('Kenyan officials said police were deployed. Police later withdrew from Kisumu, Kenya.', DAY);
    expect(mentionTexts(doc, group(doc, 'police')!)).toEqual(['police', 'Police']);
  });

  it('no country dominates: the group gets none and is no entity', () => {
    const doc = analyzeEntities('Ukraine and Russia traded accusations as protesters gathered.', DAY);
    expect(group(doc, 'protesters')).toBeUndefined();
  });

  it('an earned country is never overridden', () => {
    const doc = analyzeEntities('U.S. envoy Steve Witkoff met Russian officials in Moscow on Thursday. Russia said the talks were useful.', DAY);
    const w = doc.entities.find((e) => e.name === 'Steve Witkoff')!;
    expect([w.country, w.country_source]).toEqual(['USA', 'title']);
  });

  it('a titled person seen next to another country keeps none (a foreigner in the story)', () => {
    const doc = analyzeEntities('Kenya says it will reopen the border. Kenya\'s parliament approved the plan in Nairobi. General Omar Dahir met Somali officials on Monday.', DAY);
    const d = doc.entities.find((e) => e.name === 'Omar Dahir');
    expect(d?.country ?? null).toBeNull();
  });

  it('a named organisation seen next to another country keeps none ("an Iranian-backed militia")', () => {
    const doc = analyzeEntities('Kenya says it will reopen the border. Kenya\'s parliament approved the plan in Nairobi. Kenya\'s army fought the Jubba Valley Forces, an Ethiopian-backed militia, on Monday.', DAY);
    const d = doc.entities.find((e) => e.name === 'Jubba Valley Forces');
    expect(d).toBeDefined();
    expect(d?.country ?? null).toBeNull();
  });

  it('a named organisation of the story takes its country ("the Jubba Valley Forces" in a story about Kenya)', () => {
    const doc = analyzeEntities('Kenya says it will reopen the border. Kenya\'s parliament approved the plan in Nairobi. The Jubba Valley Forces attacked a convoy on Monday.', DAY);
    const d = doc.entities.find((e) => e.name === 'Jubba Valley Forces');
    expect([d?.country, d?.country_source]).toEqual(['KEN', 'story']);
  });

  it('"the people of his country": the last country named before', () => {
    const doc = analyzeEntities('Slovakia\'s Prime Minister Ivan Kollar said on Monday that he would resign. The Prime Minister apologised to the people of his country.', DAY);
    const p = group(doc, 'people');
    expect([p?.country, p?.country_source, p?.actor_code]).toEqual(['SVK', 'membership', 'SVKCVL']);
  });
});

describe('groups that are not the story\'s', () => {
  it.each([
    ['a pronoun\'s group ("their forces")', 'Kenya protested. Their forces withdrew from the border with Kenya.', 'forces'],
    ['a generic one ("a government")', 'In Kenya, a government must protect its citizens, Kenya said.', 'government'],
    ['a noun modifying another ("the police station")', 'Kenyan officials visited the police station in Kenya.', 'police'],
    ['an ethnic group ("ethnic Albanian guerrillas")', 'Ethnic Albanian guerrillas operating in Macedonia laid down arms in Macedonia.', 'guerrillas'],
  ])('%s', (_, text, name) => {
    expect(group(analyzeEntities(text, DAY), name)).toBeUndefined();
  });
});

describe('in the contract', () => {
  it('a context country carries its source and the evidence span; an earned one carries no evidence', () => {
    const doc = analyzeEntities('Police in Nairobi arrested 20 protesters on Sunday.', DAY);
    const c = toContract(doc);
    const police = c.entities.find((e) => e.name === 'police')!;
    expect(police).toMatchObject({ country: 'KEN', country_source: 'membership', country_evidence: { text: 'Nairobi' } });
    const nairobi = c.entities.find((e) => e.name === 'Nairobi')!;
    expect('country_evidence' in nairobi).toBe(false);
  });
});

describe('groups of an international organisation', () => {
  it('"European Community foreign ministers" act for the EU: its code, no country', () => {
    const doc = analyzeEntities('European Community foreign ministers agreed on Saturday to provide aid for Romania and Poland.', DAY);
    const g = group(doc, 'foreign ministers')!;
    expect([g.actor_code, g.country, g.country_source ?? null]).toEqual(['IGOEUREEC', null, null]);
  });
});

describe('a nation the tables do not code', () => {
  it('competes with the countries of its donors: "Kalvia … the Kalvian government" gives the story no other country', () => {
    const doc = analyzeEntities('Germany and the Netherlands suspended aid to Kalvia on Monday, after observers accused the Kalvian government of rigging the vote. German Development Minister Clara Brandt said the payments would stay frozen. Police fired tear gas at demonstrators on Sunday.', DAY);
    expect(group(doc, 'police')).toBeUndefined();
  });

  it('a place named without an adjective is no competitor (a town in the story\'s country)', () => {
    const doc = analyzeEntities('Kenya says it will reopen the border. Kenya\'s parliament approved the plan in Nairobi. Police fired tear gas at demonstrators in Lodwar on Sunday.', DAY);
    expect(group(doc, 'police')?.country).toBe('KEN');
  });
});

describe('"they" for a group (group-pronouns.ts)', () => {
  const pronounOf = (doc: Doc, at: string) => doc.entities.find((e) => e.mentions.some((m) => m.kind === 'pronoun' && doc.text.slice(m.start, m.end) === at.split('@')[0] && m.start === doc.text.indexOf(at.split('@')[1]!) + at.split('@')[1]!.indexOf(at.split('@')[0]!)));
  const KENYA = 'Kenya says it will reopen the border. Kenya\'s parliament approved the plan in Nairobi. ';

  it('a plural pronoun takes the group subject of the sentence before ("Protesters gathered. They demanded …")', () => {
    const doc = analyzeEntities(KENYA + 'Thousands of protesters gathered outside the ministry on Tuesday. They demanded the release of the students.', DAY);
    expect(pronounOf(doc, 'They@They demanded')?.name).toBe('protesters');
  });

  it('a group subject of its own sentence takes "they" over an organisation named before ("Police said they …")', () => {
    const doc = analyzeEntities(KENYA + 'The Kenyan government imposed a curfew. Police said they had arrested 20 people.', DAY);
    expect(pronounOf(doc, 'they@they had arrested')?.name).toBe('police');
  });

  it('"them" is not its own clause\'s subject ("police fired tear gas at them")', () => {
    const doc = analyzeEntities(KENYA + 'Protesters marched to the ministry on Tuesday. Police fired tear gas at them.', DAY);
    expect(pronounOf(doc, 'them@them.')?.name).toBe('protesters');
  });

  it('a group that is no subject takes no pronoun', () => {
    const doc = analyzeEntities(KENYA + 'The minister spoke to protesters on Tuesday. They said nothing.', DAY);
    expect(pronounOf(doc, 'They@They said')?.name).not.toBe('protesters');
  });
});

describe('a territory and the state it is part of (data/actors/territories.tsv)', () => {
  const HK = 'Hong Kong residents marched against Chinese government encroachment on Hong Kong\'s rights. China said Hong Kong must keep order. Police fired tear gas.';
  it('the sovereign is no rival of its territory: Hong Kong (3) over China (2) is the story\'s country', () => {
    const police = group(analyzeEntities(HK, DAY), 'police');
    expect([police?.actor_code, police?.country_source]).toEqual(['HKGCOP', 'story']);
  });
  it('control: another state with the same count still stops the story country', () => {
    const doc = analyzeEntities(HK.replace('Chinese government', 'Japanese government').replace('China said', 'Japan said'), DAY);
    expect(group(doc, 'police')?.country ?? null).toBeNull();
  });
});
