import { describe, expect, it } from 'vitest';
import { analyze } from '../../index.js';
import { createDoc, type Entity, type NewsEvent, type Quote } from '../../core/doc.js';
import { quoteAbout } from './index.js';

const TEXT = 'Chinese Foreign Ministry spokesman Lin Jian accused Japan of interfering in China\'s internal affairs. ' +
  '"Tokyo should reflect on its history," Lin said. "We will not give in," he added.';

describe('about: what a quote talks about', () => {
  const doc = analyze(TEXT, { id: 't', published: '2025-03-04' });
  const name = (id: string) => doc.entities.find((e) => e.id === id)?.name;

  it('names the actors mentioned inside the content, and the accusation the quote is', () => {
    const accusation = doc.quotes.find((q) => q.content.some((c) => c.text.includes('interfering')))!;
    expect(accusation.about!.entities.map(name)).toContain('Japan');
    const acc = doc.events.find((v) => v.cameo.startsWith('112'))!;
    expect(accusation.about!.events).toContain(acc.id);
    // every about entity has a mention inside the quote's content
    for (const q of doc.quotes) {
      for (const id of q.about!.entities) {
        const e = doc.entities.find((x) => x.id === id)!;
        expect(e.mentions.some((m) => q.content.some((c) => m.start >= c.start && m.end <= c.end))).toBe(true);
      }
    }
  });

  it('resolves mentions through coreference and leaves out the speaker saying "we"', () => {
    const t = 'Anna Berg met the envoy. "She is welcome, and we will help her," Berg said.';
    const mentions = (spans: [string, number][]) => spans.map(([w, from]) => ({ start: t.indexOf(w, from), end: t.indexOf(w, from) + w.length }));
    const berg: Entity = { id: 'e1', type: 'PERSON', name: 'Anna Berg', country: null, sector: null, role: null, actor_code: null, rule: 'x',
      mentions: [...mentions([['Anna Berg', 0], ['Berg', 20]]).map((s) => ({ ...s, kind: 'name' as const, rule: 'x' })), { ...mentions([['we', 0]])[0]!, kind: 'pronoun', rule: 'x' }] };
    const envoy: Entity = { id: 'e2', type: 'PERSON', name: 'envoy', country: null, sector: null, role: null, actor_code: null, rule: 'x',
      mentions: mentions([['envoy', 0], ['She', 0], ['her', 30]]).map((s, i) => ({ ...s, kind: i ? 'pronoun' as const : 'nominal' as const, rule: 'x' })) };
    const open = t.indexOf('"');
    const q: Quote = { id: 'q1', kind: 'direct', content: [{ start: open, end: t.indexOf('"', open + 1) + 1 }], cue: null,
      speaker: { entity: 'e1', name: 'Berg', mention: null }, addressee: null, rule: 'x' };
    const v: NewsEvent = { id: 'v1', cameo: '070', root: '07', plover: null, quad: 2, goldstein: 7, source: { entity: 'e1', actor_code: null, mention: null },
      target: { entity: 'e2', actor_code: null, mention: null }, location: null, negated: false, modality: 'future', evidence: mentions([['help', 0]])[0]!, rule: 'x' };
    const d = { ...createDoc(t), entities: [berg, envoy], events: [v] };
    expect(quoteAbout(d, q)).toMatchObject({ entities: ['e2'], events: ['v1'] });
    expect(quoteAbout({ ...d, events: [] }, q)).toMatchObject({ entities: ['e2'], events: [], rule: 'about:content-mentions' });
  });
});
