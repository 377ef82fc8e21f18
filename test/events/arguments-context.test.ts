// Arguments of issue 13's fourth pass, on hand-parsed sentences (the rule, not the parser, is under
// test) and one run through the real pipeline: a finite clause the parser labelled obj is the
// clausal complement a c>subj target is read from; a place in a from-phrase on a verb is an origin,
// never the clause's target; a protest by a people of one state with no target and no place is
// addressed to that state's government (a context target without a mention).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import { modelPath } from '../../src/core/paths.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { extractEvents } from '../../src/stages/events/extract.js';
import { handDoc } from './hand-doc.js';

const brief = (doc: ReturnType<typeof handDoc>) => extractEvents(doc).map((e) => `${e.source.actor_code ?? '-'} ${e.cameo} ${e.target.actor_code ?? '-'}`);
const hasParser = existsSync(modelPath('parser.bin'));

describe('events: arguments the parse hides', () => {
  it('reads the subject of a clause the parser labelled obj as the target of an allegation', () => {
    const asObj = handDoc(
      ['Peru|Peru|PROPN|2|nsubj alleged|allege|VERB|0|root Chile|Chile|PROPN|5|nsubj is|be|AUX|5|aux hiding|hide|VERB|2|obj figures|figure|NOUN|5|obj .|.|PUNCT|2|punct'],
      [
        { id: 'e1', type: 'GPE', actor_code: 'PER', country: 'PER', mentions: ['Peru'] },
        { id: 'e2', type: 'GPE', actor_code: 'CHL', country: 'CHL', mentions: ['Chile'] },
      ],
    );
    expect(brief(asObj)).toEqual(['PER 112 CHL']);
    // an object that is a thing, not a clause with its own subject, gives no target (no event)
    const thing = handDoc(
      ['Peru|Peru|PROPN|2|nsubj alleged|allege|VERB|0|root fraud|fraud|NOUN|2|obj .|.|PUNCT|2|punct'],
      [{ id: 'e1', type: 'GPE', actor_code: 'PER', country: 'PER', mentions: ['Peru'] }],
    );
    expect(brief(thing)).toEqual([]);
  });

  it('never takes a place in a from-phrase on a verb as the target the clause scan finds', () => {
    const doc = handDoc(
      ['Protesters|protester|NOUN|2|nsubj marched|march|VERB|0|root from|from|ADP|4|case Lima|Lima|PROPN|2|obl .|.|PUNCT|2|punct'],
      [{ id: 'e1', type: 'GPE', actor_code: 'PER', country: 'PER', mentions: ['Lima'] }],
    );
    expect(extractEvents(doc).some((e) => e.target.entity === 'e1')).toBe(false);
  });

  it('aims a protest with no target and no place at the protesters’ own government, marked as context', () => {
    const doc = handDoc(['Chilean|Chilean|ADJ|2|amod protesters|protester|NOUN|3|nsubj marched|march|VERB|0|root .|.|PUNCT|3|punct']);
    const [e] = extractEvents(doc);
    expect(e?.source.actor_code).toBe('CHLCVL');
    expect(e?.target).toEqual({ entity: null, actor_code: 'CHLGOV', mention: null });
    expect(e?.target_source).toBe('context');
    // a state body's protest ("Chilean police protested") gets no such target
    const police = handDoc(['Chilean|Chilean|ADJ|2|amod police|police|NOUN|3|nsubj protested|protest|VERB|0|root .|.|PUNCT|3|punct']);
    expect(extractEvents(police).some((x) => x.target.actor_code === 'CHLGOV')).toBe(false);
  });
});

describe('events: the target of a use of force from the sentence before', () => {
  const ents = [
    { id: 'e1', type: 'GPE' as const, actor_code: 'SYR', country: 'SYR', mentions: ['Syria'] },
    { id: 'e2', type: 'GPE' as const, actor_code: 'TUR', country: 'TUR', mentions: ['Turkey'] },
  ];
  const first = 'Officials|official|NOUN|2|nsubj spoke|speak|VERB|0|root of|of|ADP|5|case an|a|DET|5|det incursion|incursion|NOUN|2|obl into|into|ADP|7|case Syria|Syria|PROPN|5|nmod .|.|PUNCT|2|punct';
  const offensive = 'Turkey|Turkey|PROPN|2|nsubj began|begin|VERB|0|root an|a|DET|4|det offensive|offensive|NOUN|2|obj .|.|PUNCT|2|punct';

  it('aims an offensive naming no target at the state the sentence before placed the scene in, marked as context', () => {
    const e = extractEvents(handDoc([first, offensive], ents)).find((x) => x.root === '19');
    expect(e?.source.actor_code).toBe('TUR');
    expect(e?.target).toEqual({ entity: 'e1', actor_code: 'SYR', mention: null });
    expect(e?.target_source).toBe('context');
  });

  it('takes no target from a sentence that names only the doer’s own state, and none from two sentences back', () => {
    const own = first.replace('Syria|Syria', 'Turkey|Turkey');
    expect(extractEvents(handDoc([own, offensive], ents)).find((x) => x.root === '19')?.target.actor_code ?? null).toBeNull();
    const between = 'Officials|official|NOUN|2|nsubj spoke|speak|VERB|0|root .|.|PUNCT|2|punct';
    expect(extractEvents(handDoc([first, between, offensive], ents)).find((x) => x.root === '19')?.target.actor_code ?? null).toBeNull();
  });
});

describe.skipIf(!hasParser)('events: protest context target through the real pipeline', () => {
  it('codes "Serbian protesters marched" as a protest against the Serbian government', () => {
    const evs = defaultPipeline().run(createDoc('Thousands of Serbian protesters marched on Sunday.', { id: 't', published: '2020-07-12' })).events;
    const e = evs.find((x) => x.root === '14');
    expect(e?.source.actor_code).toBe('SRBCVL');
    expect(e?.target.actor_code).toBe('SRBGOV');
    expect(e?.target_source).toBe('context');
  });

  it('aims a protest of a people named by its nationality at its government, but not a state’s own protest', () => {
    const run = (text: string) => defaultPipeline().run(createDoc(text, { id: 't', published: '2020-07-12' })).events;
    expect(run('Serbians protested on Friday night.').find((x) => x.root === '14')?.target.actor_code).toBe('SRBGOV');
    expect(run('Serbia protested on Friday.').find((x) => x.root === '14')?.target.actor_code ?? null).toBeNull();
  });
});

describe.skipIf(!hasParser)('events: a shared failure to agree is no rejection', () => {
  it('codes no pair of rejections for "could not agree", but keeps a one-sided refusal', () => {
    const run = (text: string) => defaultPipeline().run(createDoc(text, { id: 't', published: '2020-07-12' })).events;
    expect(run('Kenya and Uganda could not agree on the border.').filter((e) => e.root === '12')).toEqual([]);
    expect(run('Kenya would not meet Uganda.').map((e) => `${e.source.actor_code} ${e.cameo} ${e.target.actor_code}`)).toEqual(['KEN 125 UGA']);
  });
});

describe('events: the party a shared thing names', () => {
  it('takes the with-party of a treaty withdrawn from as the target', () => {
    const doc = handDoc(
      ['Peru|Peru|PROPN|2|nsubj withdrew|withdraw|VERB|0|root from|from|ADP|5|case a|a|DET|5|det treaty|treaty|NOUN|2|obl with|with|ADP|7|case Chile|Chile|PROPN|5|nmod .|.|PUNCT|2|punct'],
      [
        { id: 'e1', type: 'GPE', actor_code: 'PER', country: 'PER', mentions: ['Peru'] },
        { id: 'e2', type: 'GPE', actor_code: 'CHL', country: 'CHL', mentions: ['Chile'] },
      ],
    );
    expect(brief(doc)).toEqual(['PER 160 CHL']);
    // read from the slot itself, not from the fallback scan of the clause
    expect(extractEvents(doc)[0]?.rule).toBe('events:withdraw-v-160');
  });
});

describe.skipIf(!hasParser)('events: the implicit protesters of a protest noun', () => {
  const run = (text: string) => defaultPipeline().run(createDoc(text, { id: 't', published: '2020-07-12' })).events;
  it('codes "protests continued in Baghdad" as Iraqi civilians against the Iraqi government, marked implicit', () => {
    const e = run('Anti-government protests continued in Baghdad on Friday.').find((x) => x.root === '14');
    expect(e?.source).toEqual({ entity: null, actor_code: 'IRQCVL', mention: null });
    expect(e?.target.actor_code).toBe('IRQGOV');
    expect(e?.rule).toContain('+implicit-source');
  });

  it('gives no protest to a protest noun that is only the setting of a clause', () => {
    expect(run('Schools stayed closed in the weeks of protests in Baghdad.').filter((x) => x.root === '14')).toEqual([]);
  });
});

describe.skipIf(!hasParser)('events: the implicit agent of a passive arrest or conviction', () => {
  const run = (text: string) => defaultPipeline().run(createDoc(text, { id: 't', published: '2020-07-12' })).events;
  it('codes the police of the state an arrest happens in, and the courts of a convicted person’s state', () => {
    const arrest = run('Two opposition activists were arrested in Minsk on Sunday.').find((x) => x.root === '17');
    expect(arrest?.source).toEqual({ entity: null, actor_code: 'BLRCOP', mention: null });
    expect(arrest?.rule).toContain('+implicit-source');
    const convicted = run('The former French president was convicted of corruption.').find((x) => x.root === '11');
    expect(convicted?.source.actor_code).toBe('FRAJUD');
  });

  it('invents no agent for a killing (anyone may kill) nor for an arrest by a named agent', () => {
    expect(run('Two men were killed in Minsk on Sunday.').some((x) => x.rule.includes('+implicit-source'))).toBe(false);
    const named = run('Two opposition activists were arrested by Belarusian police in Minsk.').find((x) => x.root === '17');
    expect(named?.rule ?? '').not.toContain('+implicit-source');
  });
});

describe('events: a reported clause split into conjuncts', () => {
  it('finds the accused in a later conjunct of the reported clause when the first has no subject', () => {
    const doc = handDoc(
      ['Peru|Peru|PROPN|2|nsubj said|say|VERB|0|root ,|,|PUNCT|2|punct remains|remain|VERB|2|ccomp closed|closed|ADJ|4|xcomp ,|,|PUNCT|9|punct Chile|Chile|PROPN|9|nsubj is|be|AUX|9|aux breaking|break|VERB|4|conj the|the|DET|11|det law|law|NOUN|9|obj .|.|PUNCT|2|punct'],
      [
        { id: 'e1', type: 'GPE', actor_code: 'PER', country: 'PER', mentions: ['Peru'] },
        { id: 'e2', type: 'GPE', actor_code: 'CHL', country: 'CHL', mentions: ['Chile'] },
      ],
    );
    expect(brief(doc)).toEqual(['PER 112 CHL']);
  });
});

describe.skipIf(!hasParser)('events: what an appeal asks for is its content', () => {
  it('codes "called on his supporters to protest" as one appeal, no protest or threat of the caller', () => {
    const evs = defaultPipeline().run(createDoc('Kenyan opposition leader Raila Odinga called on his supporters to protest peacefully in Nairobi.', { id: 't', published: '2020-07-12' })).events;
    expect(evs.map((e) => e.root)).toEqual(['02']);
  });
});

describe.skipIf(!hasParser)('events: whose protest a protest noun is', () => {
  const run = (text: string) => defaultPipeline().run(createDoc(text, { id: 't', published: '2020-07-12' })).events;
  it('is not the act of a clause that merely happens in it or is about it', () => {
    expect(run('Nigerian soldiers were involved in the protests.').filter((e) => e.root === '14')).toEqual([]);
  });
  it('is the act of the subject that holds it or gathers for it', () => {
    const e = run('Thousands of Nigerian students gathered in Lagos for a rally.').find((x) => x.root === '14');
    expect(e?.source.actor_code).toBe('NGAEDU');
  });
});

describe('events: a claim whose clause the parser labelled obj', () => {
  it('fires the claim frame and takes the claimed act as its content, not as an event', () => {
    const doc = handDoc(
      ['Peru|Peru|PROPN|2|nsubj claims|claim|VERB|0|root Chile|Chile|PROPN|4|nsubj sends|send|VERB|2|obj troops|troop|NOUN|4|obj to|to|ADP|7|case Bolivia|Bolivia|PROPN|4|obl .|.|PUNCT|2|punct'],
      [
        { id: 'e1', type: 'GPE', actor_code: 'PER', country: 'PER', mentions: ['Peru'] },
        { id: 'e2', type: 'GPE', actor_code: 'CHL', country: 'CHL', mentions: ['Chile'] },
        { id: 'e3', type: 'GPE', actor_code: 'BOL', country: 'BOL', mentions: ['Bolivia'] },
      ],
    );
    expect(brief(doc)).toEqual(['PER 112 CHL']);
  });
});

describe.skipIf(!hasParser)('events: a consultation is with someone', () => {
  const run = (text: string) => defaultPipeline().run(createDoc(text, { id: 't', published: '2020-07-12' })).events;
  it('codes no talks with no counterpart, and keeps talks between named parties', () => {
    expect(run('The Afghan government held talks on Monday.').filter((e) => e.root === '04')).toEqual([]);
    expect(run('Kenya and Uganda held talks in Nairobi.').map((e) => `${e.source.actor_code} ${e.cameo} ${e.target.actor_code}`)).toEqual(['KEN 040 UGA', 'UGA 040 KEN']);
  });
});
