// Argument choice fixed for the PLOVER GSR (issue 13): an ethnic group coded by its state of
// residence may act against that state; a verb the parser left without a subject takes the actor
// before it even when that actor was hung on a time word; a protest's scan for a party reads a state in a
// locative phrase as the protest's place, not whom it addresses.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/stages/events/extract.js';
import { handDoc, type HandEntity } from './hand-doc.js';

const brief = (doc: ReturnType<typeof handDoc>) => extractEvents(doc).map((e) => `${e.source.actor_code ?? '-'} ${e.cameo} ${e.target.actor_code ?? '-'}`);
const serbia: HandEntity = { id: 'e2', type: 'GPE', country: 'SRB', actor_code: 'SRB', mentions: ['Serbia'] };

describe('events: argument choice on GSR-like sentences', () => {
  it('aims an ethnic group\'s protest in its state of residence at that state', () => {
    const albanians: HandEntity = { id: 'e1', type: 'NORP', country: 'SRB', actor_code: 'SRB', mentions: ['Albanians'] };
    const ethnic = handDoc(['Ethnic|ethnic|ADJ|2|amod Albanians|Albanian|PROPN|3|nsubj demonstrated|demonstrate|VERB|0|root in|in|ADP|5|case Serbia|Serbia|PROPN|3|obl .|.|PUNCT|3|punct'], [albanians, serbia]);
    const ev = extractEvents(ethnic);
    expect(brief(ethnic)).toEqual(['SRB 141 SRBGOV']);
    expect(ev[0]!.target_source).toBe('context');
  });

  it('takes the actor before a verb the parser left without a subject, past the time word it was hung on ("Pakistan today threatened to break off…")', () => {
    const ents: HandEntity[] = [
      { id: 'e1', type: 'GPE', country: 'PAK', actor_code: 'PAK', mentions: ['Pakistan'] },
      { id: 'e2', type: 'GPE', country: 'CRI', actor_code: 'CRI', mentions: ['Costa Rica'] },
    ];
    const doc = handDoc(['Pakistan|Pakistan|PROPN|2|compound today|today|NOUN|3|obl:unmarked threatened|threaten|VERB|0|root to|to|PART|5|mark break|break|VERB|3|xcomp off|off|ADP|5|compound:prt relations|relation|NOUN|5|obj with|with|ADP|10|case Costa|Costa|PROPN|10|compound Rica|Rica|PROPN|5|obl .|.|PUNCT|3|punct'], ents);
    // the hand parse has no tags: the controller is a past tense, as the tagger marks it
    const tagged = { ...doc, tokens: doc.tokens.map((t) => (t.form === 'threatened' ? { ...t, xpos: 'VBD' } : t)) };
    expect(brief(tagged)).toEqual(['PAK 1313 CRI']);
  });

  it('reads a state in a locative phrase as a protest\'s place and goes on to the party it defies', () => {
    const ents: HandEntity[] = [{ id: 'e1', type: 'GPE', country: 'HKG', actor_code: 'HKG', mentions: ['Hong Kong'] }];
    const doc = handDoc(['People|people|NOUN|2|nsubj blocked|block|VERB|0|root streets|street|NOUN|2|obj in|in|ADP|6|case Hong|Hong|PROPN|6|compound Kong|Kong|PROPN|3|nmod in|in|ADP|8|case defiance|defiance|NOUN|2|obl of|of|ADP|11|case Chinese|Chinese|ADJ|11|amod authorities|authority|NOUN|8|nmod .|.|PUNCT|2|punct'], ents);
    const targets = extractEvents(doc).map((e) => e.target.actor_code);
    expect(targets).not.toContain('HKG');
    expect(targets.some((x) => x?.startsWith('CHN'))).toBe(true);
  });

  it('reads a past participle heading a reported clause as a past tense and takes the actor before it', () => {
    const ents: HandEntity[] = [
      { id: 'e1', type: 'ORG', country: 'PSE', sector: 'COP', actor_code: 'PSECOP', mentions: ['Palestinian police'] },
      { id: 'e2', type: 'ORG', country: 'ISR', sector: 'MIL', actor_code: 'ISRMIL', mentions: ['Israeli army'] },
      { id: 'e3', type: 'ORG', country: 'PSE', sector: 'REB', actor_code: 'PSEREB', mentions: ['Hamas'] },
    ];
    // the parser hung "police" on the fronted phrase and left "confiscated" without a subject
    const doc = handDoc(['In|in|ADP|2|case moves|move|NOUN|14|obl ,|,|PUNCT|5|punct Palestinian|Palestinian|ADJ|5|amod police|police|NOUN|2|appos confiscated|confiscate|VERB|14|ccomp weapons|weapon|NOUN|6|obj from|from|ADP|9|case Hamas|Hamas|PROPN|7|nmod ,|,|PUNCT|14|punct the|the|DET|13|det Israeli|Israeli|ADJ|13|amod army|army|NOUN|14|nsubj said|say|VERB|0|root .|.|PUNCT|14|punct'], ents);
    const tagged = { ...doc, tokens: doc.tokens.map((t) => (t.form === 'confiscated' ? { ...t, xpos: 'VBN' } : t.form === 'said' ? { ...t, xpos: 'VBD' } : t)) };
    const sources = extractEvents(tagged).filter((e) => e.cameo.startsWith('17')).map((e) => e.source.actor_code);
    expect(sources).toEqual(['PSECOP']);
  });

  it('does not take the source\'s own forces as its target ("willing to withdraw its troops from Lebanon")', () => {
    const ents: HandEntity[] = [
      { id: 'e1', type: 'GPE', country: 'SYR', actor_code: 'SYR', mentions: ['Syria'] },
      { id: 'e2', type: 'ORG', country: 'SYR', sector: 'MIL', actor_code: 'SYRMIL', mentions: ['troops'] },
      { id: 'e3', type: 'GPE', country: 'LBN', actor_code: 'LBN', mentions: ['Lebanon'] },
    ];
    const doc = handDoc(['Syria|Syria|PROPN|3|nsubj is|be|AUX|3|cop willing|willing|ADJ|0|root to|to|PART|5|mark withdraw|withdraw|VERB|3|xcomp its|its|PRON|7|nmod:poss troops|troop|NOUN|5|obj from|from|ADP|9|case Lebanon|Lebanon|PROPN|5|obl .|.|PUNCT|3|punct'], ents);
    expect(brief(doc)).toEqual(['SYR 030 LBN']);
  });
});
