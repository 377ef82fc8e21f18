// Every listener verb of src/lexicon/listener-verbs.ts has an example whose quote names the listener
// as its addressee; and every entry is a cue lemma of data/speech-verbs.tsv (else it could never apply).
import { describe, expect, it } from 'vitest';
import { loadTsv } from '../../src/core/data-loader.js';
import { OBJECT_LISTENER_VERBS, TO_LISTENER_VERBS } from '../../src/lexicon/listener-verbs.js';
import { read } from './helpers.js';

const entries = [...Object.entries(OBJECT_LISTENER_VERBS), ...Object.entries(TO_LISTENER_VERBS)];

describe('listener verbs', () => {
  it('each verb is a cue lemma of data/speech-verbs.tsv, listed once', () => {
    const lemmas = new Set(loadTsv('speech-verbs.tsv', ['form', 'lemma', 'class', 'use', 'example']).rows.map((r) => r.lemma!));
    expect(entries.map(([v]) => v).filter((v) => !lemmas.has(v))).toEqual([]);
    expect(Object.keys(OBJECT_LISTENER_VERBS).filter((v) => Object.hasOwn(TO_LISTENER_VERBS, v))).toEqual([]);
  });

  it('each example yields a quote whose addressee is the listener', () => {
    const failed: string[] = [];
    for (const [verb, { example, listener }] of entries) {
      const doc = read(example);
      const ok = doc.quotes.some((q) => q.addressee?.mention && doc.text.slice(q.addressee.mention.start, q.addressee.mention.end) === listener);
      if (!ok) failed.push(`${verb}: ${example} → ${JSON.stringify(doc.quotes.map((q) => q.addressee))}`);
    }
    expect(failed).toEqual([]);
  });
});
