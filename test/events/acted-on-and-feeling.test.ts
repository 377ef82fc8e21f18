// Issue 13, second round: a protest noun that is the object of a verb acting on or judging someone
// else's act (governors.tsv acts-on) is no act of that verb's subject; an adjective of feeling
// ("disappointed by", "dismayed by") codes 110 from the one who feels it to the cause's author, not
// from the by-phrase. Hand-parsed sentences: the rule, not the parser, is under test.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/stages/events/extract.js';
import { handDoc, type HandEntity } from './hand-doc.js';

const brief = (doc: ReturnType<typeof handDoc>) => extractEvents(doc).map((e) => `${e.source.actor_code ?? '-'} ${e.cameo} ${e.target.actor_code ?? '-'}`);
const serbs: HandEntity[] = [
  { id: 'e1', type: 'ORG', actor_code: 'SRBGOV', country: 'SRB', mentions: ['authorities'] },
  { id: 'e2', type: 'NORP', actor_code: 'SRBEDU', country: 'SRB', mentions: ['students'] },
];

describe('events: an act named as what someone else acts on', () => {
  it('gives no protest by the authorities who suppressed it', () => {
    const doc = handDoc(['The|the|DET|2|det authorities|authority|NOUN|3|nsubj suppressed|suppress|VERB|0|root the|the|DET|5|det protests|protest|NOUN|3|obj .|.|PUNCT|3|punct'], serbs);
    expect(brief(doc).filter((b) => / 14\d+ /.test(b))).toEqual([]);
  });

  it('still reads a protest held by the subject as its own', () => {
    const doc = handDoc(['The|the|DET|2|det students|student|NOUN|3|nsubj held|hold|VERB|0|root a|a|DET|5|det protest|protest|NOUN|3|obj against|against|ADP|8|case the|the|DET|8|det authorities|authority|NOUN|5|nmod .|.|PUNCT|3|punct'], serbs);
    expect(brief(doc)).toEqual(['SRBEDU 141 SRBGOV']);
  });
});

describe('events: an adjective of feeling', () => {
  it('codes the one disappointed as the source and the author of the cause as the target', () => {
    const doc = handDoc(
      ['The|the|DET|2|det government|government|NOUN|4|nsubj:pass was|be|AUX|4|aux:pass disappointed|disappoint|VERB|0|root by|by|ADP|8|case Peru|Peru|PROPN|8|nmod:poss \'s|\'s|PART|6|case decision|decision|NOUN|4|obl .|.|PUNCT|4|punct'],
      [
        { id: 'e1', type: 'ORG', actor_code: 'CHLGOV', country: 'CHL', mentions: ['government'] },
        { id: 'e2', type: 'GPE', actor_code: 'PER', country: 'PER', mentions: ['Peru'] },
      ],
    );
    expect(brief(doc)).toEqual(['CHLGOV 110 PER']);
  });
});

describe('events: no guessed target for a noun', () => {
  it('takes no actor after an event noun as its party when none of its own phrases names one', () => {
    const doc = handDoc(
      ['Chile|Chile|PROPN|2|nsubj opened|open|VERB|0|root an|a|DET|4|det investigation|investigation|NOUN|2|obj independent|independent|ADJ|4|amod of|of|ADP|9|case the|the|DET|9|det Peruvian|Peruvian|ADJ|9|amod government|government|NOUN|5|obl .|.|PUNCT|2|punct'],
      [
        { id: 'e1', type: 'GPE', actor_code: 'CHL', country: 'CHL', mentions: ['Chile'] },
        { id: 'e2', type: 'ORG', actor_code: 'PERGOV', country: 'PER', mentions: ['Peruvian government'] },
      ],
    );
    expect(brief(doc).filter((b) => b.includes(' 09'))).toEqual([]);
  });
});
