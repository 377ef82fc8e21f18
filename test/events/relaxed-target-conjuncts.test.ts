// The first actor after the trigger (targets.ts firstActorAfter: PETRARCH's reading when the parser
// misplaced the argument) brings its coordinated nouns with it — "named both the PKK and the YPG as
// terrorists" is aimed at both — and a conjunct the resolver cannot read by its words is named by
// its abbreviation in parentheses ("People's Protection Units (YPG)", data/events/actor-words.tsv).
import { describe, expect, it } from 'vitest';
import { eventBriefs as brief, hasParser } from '../helpers/event-briefs.js';

describe.skipIf(!hasParser)('events: coordinated targets of a relaxed reading', () => {
  it('aims the act at every coordinated party', () => {
    const text = 'Turkish President Recep Tayyip Erdogan spoke on Wednesday. He named it "Operation Peace Spring" and named both the Kurdistan Workers\' Party (PKK) and People\'s Protection Units (YPG) as terrorists.';
    expect(brief(text)).toEqual(['TURGOV 112 TURREB', 'TURGOV 112 SYRREB']);
  });
});
