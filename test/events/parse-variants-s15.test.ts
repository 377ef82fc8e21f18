// Session 15 (issues 19/13): event rules that read one parse of a construction must read the other
// parses a parser gives it too — the feature-set-3 parser hangs these phrases differently from the
// shipped one (eval/events-parse-diff.ts lists them). Hand-parsed sentences in the second parser's
// shape, so each rule is tested whichever parser ships.
import { describe, expect, it } from 'vitest';
import { withLayers, type Doc } from '../../src/core/doc.js';
import { describedAs } from '../../src/stages/entities/described-as.js';
import { extractEvents } from '../../src/stages/events/extract.js';
import { clauseOf } from '../../src/stages/events/roles.js';
import { DepTree } from '../../src/stages/events/tree.js';
import { defaultResources } from '../../src/stages/resources.js';
import { handDoc, said } from './hand-doc.js';

const brief = (doc: Doc) => extractEvents(doc).map((e) => `${e.cameo} ${e.source.actor_code ?? '-'}→${e.target.actor_code ?? '-'}`);

/** the hand doc with Penn tags on the words named (handDoc leaves xpos empty) */
function withXpos(doc: Doc, tags: Record<string, string>): Doc {
  const tokens = doc.tokens.map((t) => (tags[t.form] ? { ...t, xpos: tags[t.form]! } : t));
  return withLayers(doc, { tokens }, ['tokens']);
}

describe('events: the second parser\'s shapes of constructions the rules read', () => {
  it('a question whose mark the parser hung on the statement before the quotation still asks (filters.ts isQuestion)', () => {
    const doc = handDoc([
      'Kenya|Kenya|PROPN|2|nsubj condemned|condemn|VERB|0|root Uganda|Uganda|PROPN|2|obj and|and|CCONJ|5|cc asked|ask|VERB|2|conj ' +
        'reporters|reporter|NOUN|5|iobj ,|,|PUNCT|5|punct "|"|PUNCT|13|punct Why|why|ADV|13|advmod did|do|AUX|13|aux ' +
        'Ugandan|Ugandan|ADJ|12|amod soldiers|soldier|NOUN|13|nsubj attack|attack|VERB|5|ccomp our|our|PRON|15|nmod:poss ' +
        'villages|village|NOUN|13|obj ?|?|PUNCT|2|punct "|"|PUNCT|2|punct',
    ]);
    const got = brief(doc);
    expect(got.filter((e) => e.startsWith('19'))).toEqual([]);
    // the statement and the asking are told acts
    expect(got.some((e) => e.startsWith('111 KEN→UGA'))).toBe(true);
  });

  it('a struggle for a cause, hung as an adverbial clause, fights no one — the dictionary\'s bare "fight for" row neither (isStruggleForCause)', () => {
    const doc = handDoc([
      'The|the|DET|3|det American|American|ADJ|3|amod senator|senator|NOUN|4|nsubj devoted|devote|VERB|0|root his|his|PRON|6|nmod:poss ' +
        'life|life|NOUN|4|obj to|to|PART|8|mark fight|fight|VERB|4|advcl for|for|ADP|10|case Taiwan|Taiwan|PROPN|8|obl .|.|PUNCT|4|punct',
    ]);
    expect(brief(doc)).toEqual([]);
    // control: an against-phrase names whom the fight is against
    const against = handDoc(['Rebels|rebel|NOUN|2|nsubj fought|fight|VERB|0|root against|against|ADP|4|case Turkey|Turkey|PROPN|2|obl for|for|ADP|6|case independence|independence|NOUN|2|obl .|.|PUNCT|2|punct']);
    expect(brief(against)).toEqual(['190 REB→TUR']);
  });

  it('a participle after a comma parsed as a conjunct with no coordinator is the adverbial participle clause, passive; a court named with its state as such a conjunct is there', () => {
    const doc = withXpos(
      handDoc([
        'An|a|DET|3|det Australian|Australian|ADJ|3|amod man|man|NOUN|4|nsubj appeared|appear|VERB|0|root in|in|ADP|8|case Wellington|Wellington|PROPN|7|compound ' +
          'District|District|PROPN|8|compound Court|Court|PROPN|4|obl ,|,|PUNCT|11|punct New|New|PROPN|11|amod Zealand|Zealand|PROPN|8|conj ,|,|PUNCT|13|punct ' +
          'charged|charge|VERB|4|conj with|with|ADP|17|case one|one|NUM|17|nummod count|count|NOUN|13|obl of|of|ADP|19|case murder|murder|NOUN|17|nmod .|.|PUNCT|4|punct',
      ], [{ id: 'e1', type: 'GPE', name: 'New Zealand', country: 'NZL', actor_code: 'NZL', mentions: ['New Zealand'] }]),
      { charged: 'VBN', appeared: 'VBD' },
    );
    const ev = extractEvents(doc);
    expect(ev.map((e) => `${e.cameo} ${e.source.actor_code ?? '-'}→${e.target.actor_code ?? '-'}`)).toEqual(['1121 NZLCOP→AUSCVL']);
    expect(said(doc, ev[0]!.target.mention)).toBe('An Australian man');
    // control: with "and" the participle is a second predicate of the subject, active ("… and charged the officer")
    const coordinated = withXpos(
      handDoc(['The|the|DET|2|det police|police|NOUN|3|nsubj arrived|arrive|VERB|0|root and|and|CCONJ|5|cc charged|charge|VERB|3|conj the|the|DET|7|det man|man|NOUN|5|obj .|.|PUNCT|3|punct']),
      { charged: 'VBN' },
    );
    expect(extractEvents(coordinated).every((e) => e.source.actor_code !== null || e.cameo !== '1121')).toBe(true);
  });

  it('a that-clause the parser labelled an adverbial clause or an agent phrase is the verb\'s complement (roles.ts clauseOf)', () => {
    for (const dep of ['advcl', 'obl:agent']) {
      const doc = handDoc([
        `Palestinian|Palestinian|ADJ|2|amod officials|official|NOUN|3|nsubj demanded|demand|VERB|0|root Friday|Friday|PROPN|3|obl:unmarked that|that|SCONJ|9|mark the|the|DET|8|det United|United|PROPN|8|compound States|States|PROPN|9|nsubj end|end|VERB|3|${dep} its|its|PRON|11|nmod:poss veto|veto|NOUN|9|obj .|.|PUNCT|3|punct`,
      ]);
      expect(brief(doc)).toEqual(['100 PSEGOV→USA']);
    }
  });

  it('"…, a senior official said." hung as a conjunct of the sentence\'s verb reports the sentence: it is no clause the verb reports', () => {
    const doc = handDoc([
      'Israel|Israel|PROPN|2|nsubj agreed|agree|VERB|0|root to|to|ADP|5|case US|US|PROPN|5|compound mediation|mediation|NOUN|2|obl ,|,|PUNCT|10|punct ' +
        'a|a|DET|9|det senior|senior|ADJ|9|amod official|official|NOUN|10|nsubj said|say|VERB|2|conj .|.|PUNCT|2|punct',
    ]);
    const tree = new DepTree(doc, new Set(['say']));
    expect(clauseOf(tree, 1)).toBe(-1);
    // control: a conjunct with its own subject and a clause of its own after it is still read as the reported clause
    const reported = handDoc([
      'Kenya|Kenya|PROPN|2|nsubj alleged|allege|VERB|0|root ,|,|PUNCT|5|punct Uganda|Uganda|PROPN|5|nsubj attacked|attack|VERB|2|conj Somalia|Somalia|PROPN|5|obj .|.|PUNCT|2|punct',
    ]);
    expect(clauseOf(new DepTree(reported, new Set(['say'])), 1)).toBe(4);
  });

  it('a name after a fronted date\'s comma, hung under the day word as its modifier, is the subject of the verb that has none (roles.ts frontedDateSubject)', () => {
    const doc = handDoc([
      'In|in|ADP|3|case a|a|DET|3|det letter|letter|NOUN|9|obl on|on|ADP|5|case Monday|Monday|PROPN|3|nmod ,|,|PUNCT|7|punct Iraq|Iraq|PROPN|5|nmod:unmarked ' +
        'publicly|publicly|ADV|9|advmod praised|praise|VERB|0|root France|France|PROPN|9|obj .|.|PUNCT|9|punct',
    ]);
    expect(brief(doc)).toEqual(['051 IRQ→FRA']);
    // control: a name before the comma belongs to the date phrase ("on Monday in Iraq")
    const inside = handDoc([
      'On|on|ADP|2|case Monday|Monday|PROPN|6|obl Iraq|Iraq|PROPN|2|nmod:unmarked ,|,|PUNCT|2|punct they|they|PRON|6|nsubj praised|praise|VERB|0|root France|France|PROPN|6|obj .|.|PUNCT|6|punct',
    ]);
    expect(brief(inside).some((e) => e.startsWith('051 IRQ'))).toBe(false);
  });

  it('a noun phrase after the clause\'s comma that restates its act ("…, an attack on the Taliban") is searched for its target as parataxis as it is as a conjunct (targets.ts firstActorAfter)', () => {
    for (const dep of ['conj', 'parataxis']) {
      const doc = handDoc([
        `A|a|DET|2|det bombing|bombing|NOUN|3|nsubj wounded|wound|VERB|0|root twenty|twenty|NUM|3|obj ,|,|PUNCT|7|punct an|a|DET|7|det attack|attack|NOUN|3|${dep} on|on|ADP|10|case the|the|DET|10|det Taliban|Taliban|PROPN|7|nmod .|.|PUNCT|3|punct`,
      ], [{ id: 'e1', type: 'ORG', name: 'Taliban', country: 'AFG', actor_code: 'AFGREB', mentions: ['Taliban'] }]);
      expect(brief(doc)).toEqual(['190 -→AFGREB']);
    }
    // control: a clause after the comma is another act, searched by its own frame
    const clause = handDoc([
      'A|a|DET|2|det bombing|bombing|NOUN|3|nsubj wounded|wound|VERB|0|root twenty|twenty|NUM|3|obj ,|,|PUNCT|7|punct police|police|NOUN|7|nsubj said|say|VERB|3|parataxis Taliban|Taliban|PROPN|7|obj .|.|PUNCT|3|punct',
    ], [{ id: 'e1', type: 'ORG', name: 'Taliban', country: 'AFG', actor_code: 'AFGREB', mentions: ['Taliban'] }]);
    expect(brief(clause).some((e) => e.startsWith('190') && e.endsWith('AFGREB'))).toBe(false);
  });

  it('"in the capital Kabul" parsed with the noun as the head and the name as flat is the place Kabul', () => {
    const doc = handDoc(
      ['Afghan|Afghan|ADJ|2|amod rebels|rebel|NOUN|3|nsubj exploded|explode|VERB|0|root bombs|bomb|NOUN|3|obj in|in|ADP|7|case the|the|DET|7|det capital|capital|NOUN|3|obl Kabul|Kabul|PROPN|7|flat .|.|PUNCT|3|punct'],
      [{ id: 'e1', type: 'GPE', name: 'Kabul', country: 'AFG', mentions: ['Kabul'] }],
    );
    expect(brief(doc)).toEqual(['183 AFGREB→AFG']);
  });
});

describe('entities: a description the parser hung under the name (described-as.ts)', () => {
  const kb = defaultResources().kb;
  const mahan = [{ id: 'e1', type: 'ORG' as const, name: 'Mahan Air', mentions: ['Mahan Air'] }];
  const code = (doc: Doc) => describedAs(doc, kb, doc.entities).find((e) => e.id === 'e1')!.actor_code;

  it('"Iranian airline Mahan Air" with the noun as a compound of the name\'s head', () => {
    const doc = handDoc(['Germany|Germany|PROPN|2|nsubj banned|ban|VERB|0|root Iranian|Iranian|ADJ|4|amod airline|airline|NOUN|6|compound Mahan|Mahan|PROPN|6|compound Air|Air|PROPN|2|obj .|.|PUNCT|2|punct'], mahan);
    expect(code(doc)).toBe('IRNBUS');
  });

  it('… and with the name hung from the noun right before it by another relation ("list")', () => {
    const doc = handDoc(['Germany|Germany|PROPN|2|nsubj banned|ban|VERB|0|root Iranian|Iranian|ADJ|4|amod airline|airline|NOUN|2|obj Mahan|Mahan|PROPN|6|compound Air|Air|PROPN|4|list .|.|PUNCT|2|punct'], mahan);
    expect(code(doc)).toBe('IRNBUS');
  });

  it('control: a noun after the name, or one naming no state, describes nothing', () => {
    const after = handDoc(['Mahan|Mahan|PROPN|2|compound Air|Air|PROPN|4|nsubj flights|flight|NOUN|2|compound resumed|resume|VERB|0|root .|.|PUNCT|4|punct'], mahan);
    expect(code(after)).toBeNull();
    const plain = handDoc(['Germany|Germany|PROPN|2|nsubj banned|ban|VERB|0|root the|the|DET|4|det airline|airline|NOUN|6|compound Mahan|Mahan|PROPN|6|compound Air|Air|PROPN|2|obj .|.|PUNCT|2|punct'], mahan);
    expect(code(plain)).toBeNull();
  });
});
