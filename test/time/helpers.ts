// Helpers for the time and dating tests: run the real segmenter and the time stage on a text,
// and build quotes and events by hand (the quotes and events stages are tested elsewhere).
import { createDoc, withLayers, type Doc, type NewsEvent, type Quote, type Timex } from '../../src/core/doc.js';
import { toContract, type ContractDoc } from '../../src/io/write-json.js';
import { datingStage } from '../../src/stages/dating/index.js';
import { segmentStage } from '../../src/stages/segment/index.js';
import { timeStage } from '../../src/stages/time/index.js';

export function timeDoc(text: string, published: string | null = '2025-03-07'): Doc {
  const ctx = { published, options: {} };
  return timeStage.run(segmentStage.run(createDoc(text, { published }), ctx), ctx);
}

export interface Found extends Timex {
  readonly text: string;
}

export function timexes(text: string, published: string | null = '2025-03-07'): Found[] {
  const doc = timeDoc(text, published);
  return doc.timexes.map((t) => ({ ...t, text: text.slice(t.start, t.end) }));
}

/** The timex whose text is `phrase` (the first one), or undefined. */
export function find(text: string, phrase: string, published: string | null = '2025-03-07'): Found | undefined {
  return timexes(text, published).find((t) => t.text === phrase);
}

/** Span of the n-th occurrence (1-based) of `s` in `text`, after `from` if given. */
export function at(text: string, s: string, occurrence = 1): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k < occurrence; k++) {
    i = text.indexOf(s, i + 1);
    if (i < 0) throw new Error(`"${s}" (occurrence ${occurrence}) is not in the text`);
  }
  return { start: i, end: i + s.length };
}

/** A hand-built quote: content and cue given as substrings of the text. */
export function quote(text: string, id: string, content: string, cue: string | null, kind: Quote['kind'] = 'direct'): Quote {
  return {
    id,
    kind,
    content: [at(text, content)],
    cue: cue ? at(text, cue) : null,
    speaker: { entity: null, name: null, mention: null },
    addressee: null,
    rule: 'test:hand',
  };
}

/** A hand-built event with its evidence given as a substring of the text. */
export function event(text: string, id: string, evidence: string): NewsEvent {
  return {
    id,
    cameo: '010',
    root: '01',
    plover: null,
    quad: 1,
    goldstein: 0,
    source: { entity: null, actor_code: null, mention: null },
    target: { entity: null, actor_code: null, mention: null },
    location: null,
    negated: false,
    modality: 'asserted',
    evidence: at(text, evidence),
    rule: 'test:hand',
  };
}

/** Segment + time, then the given quotes and events, then the dating stage: the Doc. */
export function datingRun(
  text: string,
  build: (text: string) => { quotes?: Quote[]; events?: NewsEvent[] },
  published: string | null = '2025-03-07',
): Doc {
  const base = timeDoc(text, published);
  const { quotes = [], events = [] } = build(text);
  const withQuotes = withLayers(base, { quotes, events }, ['quotes', 'events']);
  return datingStage.run(withQuotes, { published, options: {} });
}

/** datingRun as the contract writes it: dates merged into quotes, events and timexes. */
export function datedDoc(
  text: string,
  build: (text: string) => { quotes?: Quote[]; events?: NewsEvent[] },
  published: string | null = '2025-03-07',
): ContractDoc {
  return toContract(datingRun(text, build, published));
}
