// `npx tsx eval/quote-event-consistency.ts` — issue 14: when a quote and an event are built on the
// same cue ("X accused Y of …, saying …": the quote's cue 'accused' is also the event's trigger),
// both layers should name the same speaker/source. Runs the default pipeline over the Wikinews
// corpus (../shared/data/wikinews, all articles) and the PolNeAR dev input, pairs every quote with
// every event whose trigger (the start of its evidence) lies on the quote's cue, and compares the quote speaker with the
// event source:
//   agree     the same entity (or, where one side has no entity, overlapping mentions)
//   disagree  two different entities, or two disjoint mentions
//   one-empty one side names someone, the other no one
//   both-empty neither names anyone
// Prints the counts per corpus and every disagreement / one-empty pair with its sentence.
//   options: --limit N (articles per corpus)  --quiet (counts only)
import { readFileSync, existsSync } from 'node:fs';
import { analyzeDoc, type Doc } from '../src/index.js';
import { sharedPath } from '../src/core/paths.js';
import type { Span } from '../src/core/span.js';
import { wikinews } from '../bench/corpora.js';

export type Verdict = 'agree' | 'disagree' | 'one-empty' | 'both-empty';

interface Side {
  readonly entity: string | null;
  readonly mention: Span | null;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** The verdict for one quote speaker and one event source. */
export function compareSides(q: Side, e: Side): Verdict {
  const qHas = q.entity !== null || q.mention !== null;
  const eHas = e.entity !== null || e.mention !== null;
  if (!qHas && !eHas) return 'both-empty';
  if (!qHas || !eHas) return 'one-empty';
  if (q.entity !== null && e.entity !== null) return q.entity === e.entity ? 'agree' : 'disagree';
  if (q.mention && e.mention) return overlaps(q.mention, e.mention) ? 'agree' : 'disagree';
  return 'disagree';
}

export interface Pair {
  readonly quote: string;
  readonly event: string;
  readonly verdict: Verdict;
  /** a disagreement where the event source's mention lies inside the speaker's ("Turkey" in "Turkey
   * and Libya": one event per conjunct; or the entities layer split a titled name into two entities) */
  readonly member: boolean;
  readonly cue: string;
  readonly speaker: string;
  readonly source: string;
  readonly sentence: string;
}

/** Every (quote, event) pair of a document whose event evidence lies on the quote's cue. */
export function cuePairs(doc: Doc): Pair[] {
  const out: Pair[] = [];
  const show = (s: Side, name?: string | null): string =>
    s.entity || s.mention ? `${s.entity ?? '-'}:${s.mention ? doc.text.slice(s.mention.start, s.mention.end) : name ?? ''}` : '∅';
  for (const q of doc.quotes) {
    if (!q.cue) continue;
    for (const e of doc.events) {
      const ev = [e.evidence, ...(e.moreEvidence ?? [])];
      // evidence runs from the trigger to the target: its start (the trigger) must lie on the cue
      if (!ev.some((s) => q.cue!.start <= s.start && s.start < q.cue!.end)) continue;
      const sent = doc.sentences.find((s) => s.start <= q.cue!.start && q.cue!.start < s.end);
      out.push({
        quote: q.id,
        event: `${e.id} ${e.cameo} ${e.rule}`,
        verdict: compareSides(q.speaker, e.source),
        member: !!(q.speaker.mention && e.source.mention && e.source.mention.start >= q.speaker.mention.start && e.source.mention.end <= q.speaker.mention.end),
        cue: doc.text.slice(q.cue.start, q.cue.end),
        speaker: show(q.speaker, q.speaker.name),
        source: show(e.source),
        sentence: sent ? doc.text.slice(sent.start, sent.end).replace(/\s+/g, ' ') : '',
      });
    }
  }
  return out;
}

interface Input {
  readonly id: string;
  readonly text: string;
  readonly published?: string | null;
}

function polnearDev(): Input[] {
  const p = sharedPath('eval', 'polnear', 'dev.input.jsonl');
  if (!existsSync(p)) return [];
  return readFileSync(p, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Input);
}

type Counts = Record<Verdict | 'disagree: source inside speaker', number>;

function run(name: string, docs: readonly Input[], quiet: boolean): Counts {
  const n: Counts = { agree: 0, disagree: 0, 'one-empty': 0, 'both-empty': 0, 'disagree: source inside speaker': 0 };
  for (const a of docs) {
    const doc = analyzeDoc(a.text, { id: a.id, published: a.published ?? null });
    for (const p of cuePairs(doc)) {
      n[p.verdict]++;
      if (p.verdict === 'disagree' && p.member) n['disagree: source inside speaker']++;
      if (!quiet && (p.verdict === 'disagree' || p.verdict === 'one-empty')) {
        console.log(`${name}\t${a.id}\t${p.verdict}${p.member ? ' (source inside the speaker mention)' : ''}\t${p.quote}\t${p.event}\tcue=${p.cue}\tspeaker=${p.speaker}\tsource=${p.source}\t${p.sentence}`);
      }
    }
  }
  return n;
}

function main(): void {
  const i = process.argv.indexOf('--limit');
  const limit = i >= 0 ? Number(process.argv[i + 1]) : Infinity;
  const quiet = process.argv.includes('--quiet');
  const corpora: [string, Input[]][] = [
    ['wikinews', wikinews().slice(0, limit)],
    ['polnear-dev', polnearDev().slice(0, limit)],
  ];
  const total: Counts = { agree: 0, disagree: 0, 'one-empty': 0, 'both-empty': 0, 'disagree: source inside speaker': 0 };
  for (const [name, docs] of corpora) {
    const n = run(name, docs, quiet);
    for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += n[k];
    console.log(`# ${name} (${docs.length} articles): ${JSON.stringify(n)}`);
  }
  console.log(`# total: ${JSON.stringify(total)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
