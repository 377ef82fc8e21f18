// The quotes of an invented text through the full default pipeline (tagger and parser included), as
// cue, content pieces, source and rule: for the tests whose readings need the parse. The other quote
// tests use helpers.ts, which runs without the models.
import { createDoc, defaultPipeline } from '../../src/index.js';
import { core } from './helpers.js';

export interface Found {
  readonly cue: string;
  readonly content: string[];
  readonly source: string;
  readonly rule: string;
}

/** cue, content pieces, source and rule of every quote the full pipeline finds */
export function quotes(text: string): Found[] {
  const doc = defaultPipeline().run(createDoc(text, { id: 't' }), { published: null, options: {} });
  return doc.quotes.map((q) => ({
    cue: q.cue ? text.slice(q.cue.start, q.cue.end) : '',
    content: q.content.map((c) => core(text.slice(c.start, c.end))),
    source: q.speaker?.mention ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : '',
    rule: q.rule,
  }));
}
