// One event per (source, target, CAMEO code, negation, modality) within an article: a story that
// repeats "Hegseth praised the U.K." three times reports one praise. The first mention is kept
// as the event's evidence; the later ones go to moreEvidence, so nothing the reader may want to
// check is lost. Actors are compared by entity id, else by actor code and mention text.
// Within one sentence, an event whose target is only the context's guess (target_source 'context':
// "threw rocks" at the government of the place) is the happening a same-root event of the same
// source with a stated target told: "The protesters clashed with the police and threw rocks" is one
// riot, aimed at the police.
import type { NewsEvent, EventParty } from '../../core/doc.js';
import type { Span } from '../../core/span.js';

function partyKey(text: string, p: EventParty): string {
  if (p.entity) return `e:${p.entity}`;
  if (p.actor_code) return `c:${p.actor_code}`;
  return p.mention ? `m:${text.slice(p.mention.start, p.mention.end).toLowerCase()}` : '-';
}

/** the index of the sentence holding offset `at` (sentences sorted by start), or -1 */
function sentenceAt(sentences: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export function mergeDuplicates(text: string, events: readonly NewsEvent[], sentences: readonly Span[] = []): NewsEvent[] {
  const byKey = new Map<string, number>();
  // per sentence, source, root and modality: the first event with a stated target
  const stated = new Map<string, number>();
  const kept: NewsEvent[] = [];
  // evidence is collected in mutable arrays and attached once: linear in the number of events
  const more: Span[][] = [];
  const guessed: number[] = [];
  const sameActKey = (e: NewsEvent) => [sentenceAt(sentences, e.evidence.start), partyKey(text, e.source), e.root, e.negated, e.modality].join('|');
  for (const e of events) {
    const key = [partyKey(text, e.source), partyKey(text, e.target), e.cameo, e.negated, e.modality].join('|');
    const at = byKey.get(key);
    if (at === undefined) {
      byKey.set(key, kept.length);
      if (e.target_source !== 'context' && (e.target.actor_code || e.target.entity) && (e.source.actor_code || e.source.entity)) {
        const k = sameActKey(e);
        if (!stated.has(k)) stated.set(k, kept.length);
      } else if (e.target_source === 'context') guessed.push(kept.length);
      kept.push(e);
      more.push(e.moreEvidence ? [...e.moreEvidence] : []);
      continue;
    }
    more[at]!.push(e.evidence);
    if (e.moreEvidence) for (const m of e.moreEvidence) more[at]!.push(m);
  }
  const folded = new Set<number>();
  if (sentences.length) {
    for (const i of guessed) {
      const into = stated.get(sameActKey(kept[i]!));
      if (into === undefined) continue;
      folded.add(i);
      more[into]!.push(kept[i]!.evidence, ...more[i]!);
    }
  }
  const out: NewsEvent[] = [];
  kept.forEach((e, i) => {
    if (folded.has(i)) return;
    const m = more[i]!;
    out.push(m.length ? { ...e, moreEvidence: m } : e);
  });
  return out;
}
