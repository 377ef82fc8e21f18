// Event actors read through the entities layer on hand-written sentences (invented names where the
// case is not about the knowledge base): the event takes the entity's actor code, so a country the
// entities stage earns (an appositive role, a people's possessive, an organisation's own code)
// reaches the event, and one it does not earn stays absent.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { toContract } from '../../src/io/write-json.js';

function events(text: string) {
  return toContract(defaultPipeline().run(createDoc(text, { id: 't', published: '2025-03-06' }))).events;
}

/** the actor code of the source of the event whose evidence contains `trigger` */
function sourceOf(text: string, trigger: string): string | null | undefined {
  return events(text).find((e) => e.evidence.text.includes(trigger))?.source.actor_code;
}

function targetOf(text: string, trigger: string): string | null | undefined {
  return events(text).find((e) => e.evidence.text.includes(trigger))?.target.actor_code;
}

describe('event actors take the entity\'s earned country', () => {
  it('"their forces" after a people named by a plural noun are that people\'s state\'s forces', () => {
    expect(sourceOf('Bosnian Serbs said on Tuesday that their forces had withdrawn from the besieged town of Srebrenica.', 'withdrawn')).toBe('BIHMIL');
  });

  it('"the rebel <organisation>" is the organisation with its own code, not a bare rebel group', () => {
    expect(sourceOf("The rebel Kurdistan Workers' Party issued a declaration demanding that the Turkish government release its leader.", 'demanding')).toBe('TURREB');
  });

  it('an appositive "head of <country>\'s <body>" gives the target its country and the body\'s sector', () => {
    expect(targetOf("Drones killed Karim Rostami, head of Iran's Quds Force, near the airport on Friday.", 'killed')).toBe('IRNMIL');
  });

  it('"their" with no people or organisation before it gives nothing', () => {
    const code = sourceOf('On Tuesday their forces had withdrawn from the besieged town of Srebrenica.', 'withdrawn');
    expect(code ?? '').not.toMatch(/^[A-Z]{3}MIL/);
  });

  it('weapons are no actors: "missiles" and "drones" do not make a military source', () => {
    for (const text of ['Missiles struck the Ukrainian city of Kharkiv on Monday.', 'Drones attacked an oil refinery in the Russian city of Ryazan on Sunday.']) {
      for (const e of events(text)) expect(e.source.actor_code ?? '').not.toMatch(/MIL$/);
    }
  });

  it('"the spokesperson for <a government>" speaks as that government', () => {
    expect(sourceOf('The spokesperson for the German government condemned Russia on Monday.', 'condemned')).toBe('DEUGOV');
  });

  it('"a spokesman for <a group with no country>" speaks as that group', () => {
    expect(sourceOf('A spokesman for the Islamic State condemned France on Monday.', 'condemned')).toBe('IMGMUSISI');
  });

  it('a name dated by its year is no actor: the country modifying "the 2022 French Presidential Election" is not the target', () => {
    const evs = events('Thousands of French farmers protested the 2022 French Presidential Election on Saturday.');
    for (const e of evs) expect(e.target.mention?.text ?? '').not.toMatch(/Election/);
  });
});
