// Country rules for event actors on hand-parsed sentences: a people qualified by a state, an ethnic
// group placed in another state, a compass word before a place, a title noun heading its holder's
// name, an adjective frame parsed as a passive, and a time word the parser took for the subject.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/stages/events/extract.js';
import { handDoc } from './hand-doc.js';

const brief = (doc: ReturnType<typeof handDoc>) => extractEvents(doc).map((e) => `${e.source.actor_code ?? '-'} ${e.cameo} ${e.target.actor_code ?? '-'}`);
const praise = (subject: string, n: number) => `${subject} praised|praise|VERB|0|root France|France|PROPN|${n + 1}|obj .|.|PUNCT|${n + 1}|punct`;

describe('events: which country an actor phrase belongs to', () => {
  it('codes a people qualified by a state with that state ("Bosnian Serbs" → BIH)', () => {
    const doc = handDoc([praise('Bosnian|Bosnian|ADJ|2|amod Serbs|Serb|PROPN|3|nsubj', 2)]);
    expect(brief(doc)).toEqual(['BIH 051 FRA']);
  });

  it('codes an ethnic group placed in another state by that state, but not a plain nationality "in" one', () => {
    const ethnic = handDoc([praise('Ethnic|ethnic|ADJ|2|amod Albanians|Albanian|PROPN|5|nsubj in|in|ADP|4|case Serbia|Serbia|PROPN|2|nmod', 4)]);
    expect(brief(ethnic)).toEqual(['SRB 051 FRA']);
    expect(extractEvents(ethnic)[0]!.source.mention).toBeTruthy();
    const plain = handDoc([praise('Albanians|Albanian|PROPN|4|nsubj in|in|ADP|3|case Serbia|Serbia|PROPN|1|nmod', 3)]);
    expect(brief(plain)).toEqual(['ALB 051 FRA']);
    const of = handDoc([praise('The|the|DET|2|det Albanians|Albanian|PROPN|5|nsubj of|of|ADP|4|case Serbia|Serbia|PROPN|2|nmod', 4)]);
    expect(brief(of)).toEqual(['SRB 051 FRA']);
  });

  it('does not re-guess a country from the place the event happens in (countries come from the phrase or the entities layer)', () => {
    const doc = handDoc(['Ethnic|ethnic|ADJ|2|amod Albanians|Albanian|PROPN|3|nsubj demonstrated|demonstrate|VERB|0|root in|in|ADP|5|case Serbia|Serbia|PROPN|3|obl .|.|PUNCT|3|punct']);
    const ev = extractEvents(doc);
    expect(ev.map((e) => e.source.actor_code)).toEqual(['ALB']);
  });

  it('reads a compass word before a place as part of the place ("Western Cambodia" is not the West)', () => {
    const doc = handDoc(['Thailand|Thailand|PROPN|2|nsubj praised|praise|VERB|0|root Western|Western|ADJ|4|amod Cambodia|Cambodia|PROPN|2|obj .|.|PUNCT|2|punct']);
    expect(brief(doc)).toEqual(['THA 051 KHM']);
    const bank = handDoc(['Jordan|Jordan|PROPN|2|nsubj praised|praise|VERB|0|root the|the|DET|5|det West|West|PROPN|5|compound Bank|Bank|PROPN|2|obj .|.|PUNCT|2|punct']);
    expect(brief(bank)).toEqual(['JOR 051 PSE']);
  });

  it('takes the holder when a title noun heads the name ("ousted president Jean Ruval")', () => {
    const doc = handDoc(
      [praise('Ousted|oust|VERB|2|amod president|president|NOUN|5|nsubj Jean|Jean|PROPN|2|appos Ruval|Ruval|PROPN|3|flat', 4)],
      [{ id: 'e1', name: 'Jean Ruval', country: 'HTI', sector: 'GOV', actor_code: 'HTIGOV', mentions: ['Jean Ruval'] }],
    );
    expect(brief(doc)).toEqual(['HTIGOV 051 FRA']);
  });

  it('keeps the subject of an adjective frame parsed as an agentless passive ("Algeria is prepared to…")', () => {
    const doc = handDoc([
      'Algeria|Algeria|PROPN|3|nsubj:pass is|be|AUX|3|aux:pass prepared|prepared|ADJ|0|root to|to|PART|5|mark meet|meet|VERB|3|xcomp Egypt|Egypt|PROPN|5|obj .|.|PUNCT|3|punct',
    ]);
    expect(brief(doc)).toEqual(['DZA 030 EGY']);
  });

  it('does not take a bare time word for the subject ("Syrian officers today had praised…")', () => {
    const doc = handDoc([
      'Syrian|Syrian|ADJ|2|amod officers|officer|NOUN|0|root today|today|NOUN|5|nsubj had|have|AUX|5|aux praised|praise|VERB|2|acl:relcl France|France|PROPN|5|obj .|.|PUNCT|2|punct',
    ]);
    expect(brief(doc)).toEqual(['SYRMIL 051 FRA']);
    expect(extractEvents(doc)[0]!.rule).toContain('+nearest-subject');
  });
});

describe('events: a sentence that names one country', () => {
  it('does not place bare groups in it: no country from proximity (issue 13)', () => {
    const ents = [{ id: 'e1', type: 'GPE' as const, name: 'Mozambique', country: 'MOZ', actor_code: 'MOZ', mentions: ['Mozambique'] }];
    const demands = handDoc(['The|the|DET|3|det Mozambique|Mozambique|PROPN|3|compound government|government|NOUN|4|nsubj praised|praise|VERB|0|root the|the|DET|6|det rebels|rebel|NOUN|4|obj .|.|PUNCT|4|punct'], ents);
    expect(brief(demands)).toEqual(['MOZGOV 051 REB']);
    const killed = handDoc(['Mozambique|Mozambique|PROPN|2|nsubj attacked|attack|VERB|0|root the|the|DET|4|det rebels|rebel|NOUN|2|obj .|.|PUNCT|2|punct'], ents);
    expect(brief(killed)).toEqual(['MOZ 190 REB']);
  });
});
