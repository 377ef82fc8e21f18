import { describe, expect, it } from 'vitest';
import { withLayers } from '../core/doc.js';
import { extractEvents } from '../stages/events/extract.js';
import { handDoc } from '../../test/events/hand-doc.js';
import { toPloverRecords } from './export-plover.js';
import { toContract } from './write-json.js';

describe('toPloverRecords', () => {
  it('writes PLOVER records with type, mode, actors as code + sector, and our provenance', () => {
    const base = handDoc(
      [
        'Hungarian|Hungarian|ADJ|2|amod officials|official|NOUN|3|nsubj visited|visit|VERB|0|root Romania|Romania|PROPN|3|obj .|.|PUNCT|3|punct',
        'Russia|Russia|PROPN|4|nsubj did|do|AUX|4|aux not|not|PART|4|advmod attack|attack|VERB|0|root Ukraine|Ukraine|PROPN|4|obj .|.|PUNCT|4|punct',
      ],
    );
    const doc = withLayers({ ...base, id: 'a1', meta: { ...base.meta, published: '2025-03-07' } }, { events: extractEvents(base) }, ['events']);
    const recs = toPloverRecords(toContract(doc));
    expect(recs).toHaveLength(1);
    expect(recs[0]).toMatchObject({
      id: 'a1-v1', date: '2025-03-07', event: 'CONSULT', mode: 'visit', cameo: '042', language: 'en', negated: false, modality: 'asserted',
      source: [{ actorText: 'Hungarian officials', code: 'HUN', sector: 'GOV' }],
      target: [{ actorText: 'Romania', code: 'ROU' }],
      eventText: 'visited Romania',
      text: 'Hungarian officials visited Romania.',
    });
    expect(toPloverRecords(toContract(doc), { includeNegated: true }).map((r) => r.event)).toEqual(['CONSULT', 'ASSAULT']);
  });
});
