// Hand-built parsed Docs for the event tests: one string per sentence, tokens written as
// `form|lemma|UPOS|head|dep` separated by spaces (head is 1-based within the sentence, 0 = root),
// so role extraction can be tested without the trained parser.
import { createDoc, withLayers, type Doc, type Entity, type Quote, type Token } from '../../src/core/doc.js';

export interface HandEntity {
  readonly id: string;
  readonly type?: Entity['type'];
  readonly name?: string;
  readonly country?: string | null;
  readonly sector?: string | null;
  readonly actor_code?: string | null;
  /** surface strings, each marked at every occurrence in the text */
  readonly mentions: readonly string[];
}

export function handDoc(sentences: readonly string[], entities: readonly HandEntity[] = [], quotes: readonly string[] = []): Doc {
  let text = '';
  const tokens: Token[] = [];
  const sents: Array<{ start: number; end: number; tokenStart: number; tokenEnd: number; paragraph: number }> = [];
  sentences.forEach((line, si) => {
    if (si > 0) text += ' ';
    const base = tokens.length;
    const parts = line.trim().split(/\s+/).map((p) => p.split('|'));
    const start = text.length;
    parts.forEach((p, k) => {
      const [form, lemma, pos, head, dep] = p as [string, string, string, string, string];
      if (k > 0 && !/^[.,;:!?)'"]|^'s$|^n't$/.test(form)) text += ' ';
      const s = text.length;
      text += form;
      const h = Number(head);
      tokens.push({ start: s, end: text.length, form, lemma, pos, xpos: '', head: h === 0 ? -1 : base + h - 1, dep, sent: si, spaceAfter: true });
    });
    sents.push({ start, end: text.length, tokenStart: base, tokenEnd: tokens.length, paragraph: 0 });
  });
  const ents: Entity[] = entities.map((e) => {
    const mentions = e.mentions.flatMap((m) => {
      const out = [];
      for (let i = text.indexOf(m); i >= 0; i = text.indexOf(m, i + 1)) out.push({ start: i, end: i + m.length, kind: 'name' as const, rule: 'test' });
      return out;
    });
    return {
      id: e.id,
      type: e.type ?? 'PERSON',
      name: e.name ?? e.mentions[0]!,
      country: e.country ?? null,
      sector: e.sector ?? null,
      role: null,
      actor_code: e.actor_code ?? null,
      mentions,
      rule: 'test',
    };
  });
  const qs: Quote[] = quotes.map((q, i) => {
    const at = text.indexOf(q);
    return { id: `q${i + 1}`, kind: 'direct', content: [{ start: at, end: at + q.length }], cue: null, speaker: { entity: null, name: null, mention: null }, addressee: null, rule: 'test' };
  });
  const doc = createDoc(text, { id: 'hand' });
  return withLayers(
    doc,
    { paragraphs: [{ start: 0, end: text.length }], sentences: sents, tokens, entities: ents, quotes: qs },
    ['paragraphs', 'sentences', 'tokens', 'pos', 'lemma', 'parse', 'entities', 'timexes', 'quotes'],
  );
}

/** The text an event party's mention covers, or null. */
export function said(doc: Doc, s: { start: number; end: number } | null): string | null {
  return s ? doc.text.slice(s.start, s.end) : null;
}
