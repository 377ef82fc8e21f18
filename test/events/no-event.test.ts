// Sentences of our own in which a CAMEO coder codes no event, through the real pipeline: negated
// acts, manner ("protest peacefully"), generic and habitual statements, sports, weather,
// "according to X" attributions, plots and hypothetical plans, evaluations of things (not of
// actors), and acts whose actors are both unresolved. None of them may yield an asserted
// (coded-as-fact) event.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import { modelPath } from '../../src/core/paths.js';
import { defaultPipeline } from '../../src/pipeline/default.js';

const hasParser = existsSync(modelPath('parser.bin'));

const SENTENCES: ReadonlyArray<[kind: string, text: string]> = [
  // negation
  ['negation', 'Germany did not condemn the decision of the French government.'],
  ['negation', 'The Kenyan army has never attacked Somali villages.'],
  ['negation', 'Brazil refused to say whether it would recognise the new government.'],
  ['negation', 'Officials in Madrid denied that Spanish police had arrested any journalists.'],
  ['negation', 'No country has sent troops to the region so far.'],
  ['negation', 'Japan will not impose sanctions on any of its neighbours.'],
  // manner
  ['manner', 'The vote passed off peacefully in most districts of Kenya.'],
  ['manner', 'Students marched peacefully through the city centre on Sunday.'],
  ['manner', 'The crowd dispersed quietly after the speeches ended.'],
  // generic and habitual statements
  ['generic', 'Governments often threaten their critics with prison.'],
  ['generic', 'Armies usually attack at dawn.'],
  ['generic', 'Any attack on a hospital is a war crime under international law.'],
  ['generic', 'Police in most countries arrest people who drive while drunk.'],
  ['generic', 'Diplomats meet every week to discuss trade rules.'],
  ['generic', 'Nobody has the right to attack a neighbouring country.'],
  ['generic', 'Citizens have the right to protest against the government.'],
  // sports
  ['sports', 'Brazil beat Argentina 2-1 in the final on Saturday.'],
  ['sports', 'Manchester United defeated Liverpool 3-0 at Old Trafford.'],
  ['sports', 'France crushed Italy 42-10 in the Six Nations match.'],
  ['sports', 'The Australian team attacked well in the second half but could not score.'],
  ['sports', 'Serena Williams fought back to win the third set.'],
  // weather and nature
  ['weather', 'A powerful storm hit the coast of Florida on Tuesday.'],
  ['weather', 'Floods struck northern India, killing dozens of people.'],
  ['weather', 'The hurricane battered Cuba for two days.'],
  ['weather', 'An earthquake shook central Italy early on Wednesday.'],
  ['weather', 'Heavy snow blocked roads across the Alps.'],
  // "according to X" attributions
  ['attribution', 'The economy grew by two percent last year, according to the central bank.'],
  ['attribution', 'According to diplomats, the talks will resume next month.'],
  ['attribution', 'The fire started in the kitchen, according to police.'],
  ['attribution', 'According to the United Nations, the population of the region has doubled.'],
  // plots, claims and plans that did not happen
  ['plot', 'The men were accused of a plot to kill the ambassador.'],
  ['plot', 'The film tells the story of a soldier who invades a small country.'],
  ['plot', 'In the novel, the rebels attack the capital and seize power.'],
  ['plot', 'The game lets players invade neighbouring kingdoms.'],
  // a speaker's evaluation of a thing, not of an actor
  ['evaluation', 'The minister said the weather had been appalling all week.'],
  ['evaluation', 'The German chancellor said the new stadium was iconic.'],
  ['evaluation', 'The French president described the exhibition as outstanding.'],
  ['evaluation', 'The mayor said the weekend traffic was a disgrace.'],
  // unresolved actors on both sides
  ['unresolved', 'He thanked her for the help.'],
  ['unresolved', 'They criticised the plan sharply.'],
  ['unresolved', 'She met him at the station.'],
  ['unresolved', 'The man attacked his neighbour with a knife.'],
  ['unresolved', 'The company accused its rival of copying the design.'],
  ['unresolved', 'The teacher praised the pupils for their work.'],
  ['unresolved', 'A woman hit a cyclist with her car.'],
  ['unresolved', 'The shop owner threatened the customer.'],
];

describe.skipIf(!hasParser)('no codable event (our own sentences, through the real pipeline)', () => {
  it(`has at least 40 sentences`, () => {
    expect(SENTENCES.length).toBeGreaterThanOrEqual(40);
  });

  it('codes no asserted event in any of them', () => {
    const pipe = defaultPipeline();
    const wrong: string[] = [];
    for (const [kind, text] of SENTENCES) {
      const doc = pipe.run(createDoc(text, { id: 'neg', published: '2024-03-01' }));
      const facts = doc.events.filter((e) => e.modality === 'asserted' && !e.negated);
      if (facts.length) wrong.push(`${kind}: ${text} → ${facts.map((e) => `${e.cameo} ${e.source.actor_code ?? '-'}→${e.target.actor_code ?? '-'} [${e.rule}]`).join(', ')}`);
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  }, 120_000);
});
