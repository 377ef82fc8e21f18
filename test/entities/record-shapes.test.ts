// Records of one kind have one set of fields in one order, whatever made them (mention.ts's
// newMention, entity-record.ts, the syntax stage's tokens): V8 gives an object a hidden class per
// set and order of fields, and the stages' loops were thrown out of optimised code when they met a
// second shape. Same keys in the same order from one literal is what gives one hidden class; an
// object spread or a field added later would show here as a different key list.
import { describe, expect, it } from 'vitest';
import { copyMention, newMention, type WorkMention } from '../../src/stages/entities/mention.js';
import { copyEntity, newEntity, newEntityMention } from '../../src/stages/entities/entity-record.js';
import { analyzeEntities } from './run.js';

const bare = () => newMention({ start: 0, end: 4, tokFrom: 0, tokTo: 1, sent: 0, kind: 'name', type: 'PERSON', rule: 'entities:test', origin: 'model' });

describe('working mentions', () => {
  it('have every field, in one order, with or without the optional ones', () => {
    const full = newMention({
      start: 0, end: 4, tokFrom: 0, tokTo: 1, sent: 0, kind: 'nominal', type: 'ORG', rule: 'entities:test', origin: 'nationality-group',
      group: { country: 'GRC', sector: 'GOV', code: 'GRCGOV' }, cluster: 2, appositive: true, nationality: 'GRC',
    });
    expect(Object.keys(full)).toEqual(Object.keys(bare()));
    expect(Object.keys(bare())).toContain('cluster');
    expect(bare().cluster).toBeUndefined();
    expect(full.group?.code).toBe('GRCGOV');
  });

  it('are copied with changes into a new record of the same shape, the source unchanged', () => {
    const m: WorkMention = bare();
    const c = copyMention(m, { type: 'GPE', tokFrom: 1, title: { start: 0, end: 2 } });
    expect(Object.keys(c)).toEqual(Object.keys(m));
    expect([c.type, c.tokFrom, c.title, c.rule]).toEqual(['GPE', 1, { start: 0, end: 2 }, 'entities:test']);
    expect([m.type, m.tokFrom, m.title]).toEqual(['PERSON', 0, undefined]);
  });
});

describe('entity records', () => {
  const base = { id: '', type: 'ORG' as const, name: 'police', country: null, sector: null, role: null, actor_code: null, mentions: [], rule: 'entities:test' };

  it('have every field in one order, whether or not the optional ones are given', () => {
    const plain = newEntity(base);
    const placed = newEntity({ ...base, country_evidence: { start: 0, end: 3 }, country_source: 'story', kb_id: null });
    expect(Object.keys(placed)).toEqual(Object.keys(plain));
    expect(Object.keys(copyEntity(plain, { id: 'e1', country: 'GRC' }))).toEqual(Object.keys(plain));
    expect(copyEntity(plain, { id: 'e1' }).id).toBe('e1');
    expect(plain.id).toBe('');
  });

  it('output mentions carry the title field with or without a title', () => {
    expect(Object.keys(newEntityMention(0, 3, 'name', 'r'))).toEqual(Object.keys(newEntityMention(0, 3, 'name', 'r', { start: 0, end: 1 })));
  });

  it('every entity, mention and token of an analysed document has the same fields in the same order', () => {
    const doc = analyzeEntities(
      'ATHENS (Reuters) - Greek authorities said on Monday that Prime Minister Kyriakos Mitsotakis would meet U.S. Secretary of State Antony Blinken. ' +
        'He said police in Athens arrested 12 protesters. They had marched on parliament. The Greek government, its officials said, would respond.',
    );
    expect(doc.entities.length).toBeGreaterThan(3);
    const keysOf = (o: object) => Object.keys(o).join(',');
    expect(new Set(doc.entities.map(keysOf)).size).toBe(1);
    expect(new Set(doc.entities.flatMap((e) => e.mentions.map(keysOf))).size).toBe(1);
    // (`repair` on every token, undefined where no repair changed it: one shape for the segmenter's and the syntax stage's tokens)
    expect(new Set(doc.tokens.map(keysOf))).toEqual(new Set(['start,end,form,pos,xpos,lemma,head,dep,sent,spaceAfter,repair']));
  });
});
