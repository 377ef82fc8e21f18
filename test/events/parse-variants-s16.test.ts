// Session 16 (issue 19): the syntax chain's repairs of the feature-set-3 parser's shapes
// (src/nlp/syntax-repair-attribution.ts, -time-subject.ts, -marked-root.ts) reach the events: a hand
// parse in that parser's shape, through the repair, gives the event the shipped parser's tree gives.
// Each case checks the unrepaired tree too, so it fails if the repair stops applying.
import { describe, expect, it } from 'vitest';
import { withLayers, type Doc } from '../../src/core/doc.js';
import { extractEvents } from '../../src/stages/events/extract.js';
import { repairAttributionAsGovernor } from '../../src/nlp/syntax-repair-attribution.js';
import { repairMarkedRoot } from '../../src/nlp/syntax-repair-marked-root.js';
import { repairTimeWordAsSubject } from '../../src/nlp/syntax-repair-time-subject.js';
import { handDoc } from './hand-doc.js';

const brief = (doc: Doc) => extractEvents(doc).map((e) => `${e.cameo} ${e.source.actor_code ?? '-'}→${e.target.actor_code ?? '-'}`);

type Repair = (heads: number[], deprels: string[], xpos: readonly string[], forms: readonly string[]) => void;

/** the one-sentence hand doc with Penn tags set and `repair` run on its tree, as the syntax chain runs it */
function repaired(doc: Doc, tags: Record<string, string>, repair: Repair): Doc {
  const ts = doc.tokens;
  const forms = ts.map((t) => t.form);
  const xpos = ts.map((t) => tags[t.form] ?? '');
  const heads = ts.map((t) => t.head + 1);
  const deprels = ts.map((t) => t.dep ?? '');
  repair(heads, deprels, xpos, forms);
  const tokens = ts.map((t, i) => ({ ...t, xpos: xpos[i]!, head: heads[i]! - 1, dep: deprels[i]! }));
  return withLayers(doc, { tokens }, ['tokens']);
}

describe('events on the feature-set-3 shapes, repaired in the syntax chain', () => {
  it('"X, an editor said." with "said" as the root: the fighting is Russia\'s again', () => {
    const doc = handDoc(
      [
        'Russia|Russia|PROPN|2|nsubj closed|close|VERB|15|ccomp its|its|PRON|4|nmod:poss borders|border|NOUN|2|obj with|with|ADP|6|case ' +
          'Iran|Iran|PROPN|4|nmod because|because|ADP|9|mark of|of|ADP|7|fixed fighting|fight|VERB|15|advcl between|between|ADP|11|case ' +
          'Azerbaijanis|Azerbaijani|PROPN|9|obl ,|,|PUNCT|14|punct an|a|DET|14|det editor|editor|NOUN|9|appos said|say|VERB|0|root .|.|PUNCT|15|punct',
      ],
      [
        { id: 'e1', type: 'GPE', name: 'Russia', country: 'RUS', actor_code: 'RUS', mentions: ['Russia'] },
        { id: 'e2', type: 'GPE', name: 'Iran', country: 'IRN', actor_code: 'IRN', mentions: ['Iran'] },
        { id: 'e3', type: 'NORP', name: 'Azerbaijanis', country: 'AZE', actor_code: 'AZE', mentions: ['Azerbaijanis'] },
      ],
    );
    const fight = (d: Doc) => brief(d).filter((e) => e.startsWith('19'));
    expect(fight(doc)).toEqual(['190 -→AZE']);
    const fixed = repaired(doc, { said: 'VBD', closed: 'VBD', editor: 'NN' }, repairAttributionAsGovernor);
    expect(fight(fixed)).toEqual(['190 RUS→AZE']);
  });

  it('"Yesterday, the security minister Wiranto was stabbed" with the day word as the subject: the minister is stabbed again', () => {
    const doc = handDoc(
      [
        'Yesterday|yesterday|NOUN|8|nsubj:pass ,|,|PUNCT|5|punct the|the|DET|5|det security|security|NOUN|5|compound minister|minister|NOUN|1|nmod ' +
          'Wiranto|Wiranto|PROPN|5|appos was|be|AUX|8|aux:pass stabbed|stab|VERB|0|root .|.|PUNCT|8|punct',
      ],
      [{ id: 'e1', type: 'PERSON', name: 'Wiranto', country: 'IDN', actor_code: 'IDNGOV', mentions: ['Wiranto'] }],
    );
    const stab = (d: Doc) => brief(d).filter((e) => e.startsWith('18'));
    expect(stab(doc)).toEqual([]);
    const fixed = repaired(doc, { minister: 'NN', stabbed: 'VBN' }, repairTimeWordAsSubject);
    expect(stab(fixed)).toEqual(['182 -→IDNGOV']);
  });
});
