// Reader for Re-DocRED (JSON: a list of documents, each with `sents` — tokenised sentences — and
// `vertexSet` — entity clusters whose mentions give `sent_id`, a token range `pos` and a `type`).
// Mentions become named spans through the type map; nested or overlapping mentions keep the
// longest; a one-word nationality or group word typed LOC ("Barbadian", "European") is not a
// name of ours and is dropped (group-adjectives.ts). Its tokenizer splits hyphenated words
// ("Jean - Claude"): the sentence text writes those hyphens without spaces, as the original did.
import type { CorpusDoc, NamedSpan } from '../corpus.js';
import { groupAdjectives, isGroupAdjective } from './group-adjectives.js';
import { flatSpans, sentenceFromTokens } from './tokens.js';
import type { TypeMapper } from './type-map.js';

interface RedocMention {
  readonly pos: readonly [number, number];
  readonly sent_id: number;
  readonly type: string;
}
interface RedocDoc {
  readonly title: string;
  readonly sents: readonly (readonly string[])[];
  readonly vertexSet: readonly (readonly RedocMention[])[];
}

export function readRedocred(json: string, map: TypeMapper): CorpusDoc[] {
  const docs = JSON.parse(json) as RedocDoc[];
  const groupWords = groupAdjectives();
  return docs.map((d) => {
    const bySent: NamedSpan[][] = d.sents.map(() => []);
    for (const cluster of d.vertexSet) {
      for (const m of cluster) {
        const label = map(m.type);
        const forms = d.sents[m.sent_id];
        if (!label || !forms) continue;
        const [from, to] = m.pos;
        if (from < 0 || to > forms.length || from >= to) continue;
        if (isGroupAdjective(forms.slice(from, to), groupWords)) continue;
        bySent[m.sent_id]!.push({ from, to, type: label });
      }
    }
    return { id: `redocred:${d.title}`, sentences: d.sents.map((forms, i) => sentenceFromTokens(forms, flatSpans(bySent[i]!), undefined, true)) };
  });
}
