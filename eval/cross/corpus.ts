// The cross-article test corpus: real stories from ../shared (Reuters-21578, Wikinews) plus
// rewritten copies of some of them — the edits outlets make when they republish a wire story:
// a paraphrased lead, paragraphs in another order, a new headline, a later date, a dropped last
// paragraph, an agency date line and a credit line. Every copy knows its original story and, for
// each of its paragraphs, the original paragraph it came from, so article links and event clusters
// can be scored. Built in memory from ../shared each time (Reuters may not be redistributed).
import { reuters, wikinews, type BenchArticle } from '../../bench/corpora.js';
import { KeyUnion } from '../../src/cross/near-duplicates.js';
import { mulberry32, shuffleInPlace } from '../../src/nlp/random.js';

export interface CrossArticle {
  readonly id: string;
  readonly text: string;
  readonly title: string | null;
  readonly url: string;
  readonly published: string | null;
  /** gold story: the id of the original (originals with identical text share one) */
  readonly story: string;
  /** for each paragraph of `text`, the index of the original paragraph it came from */
  readonly paragraphOrigin: readonly number[];
}

const OUTLETS = ['wire.example', 'daily-times.example', 'the-courier.example', 'newsportal.example', 'metro-herald.example'];

/** Paragraphs of a story: Reuters marks them with an indented line, Wikinews with blank lines. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n|\n {3,}/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p.length > 0);
}

// word-level rewrites a sub-editor makes to a lead (each applied at most once)
const LEAD_REWRITES: readonly [RegExp, string][] = [
  [/\bsaid\b/, 'announced'],
  [/\bcompany\b/, 'firm'],
  [/\bgovernment\b/, 'administration'],
  [/\bplans? to\b/, 'intends to'],
  [/\bmln\b/, 'million'],
  [/\bpct\b/, 'percent'],
  [/\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/, '$1'],
  [/\bpeople\b/, 'persons'],
  [/\bofficials\b/, 'authorities'],
  [/\bafter\b/, 'following'],
];

function paraphraseLead(lead: string, rand: () => number): string {
  let out = lead;
  for (const [re, to] of LEAD_REWRITES) if (rand() < 0.7) out = out.replace(re, to);
  // move a trailing clause after the last comma to the front ("X did Y, officials said" → "Officials said X did Y")
  const m = /^(.*\S),\s+([^,]{8,60})\.$/.exec(out);
  if (m && rand() < 0.5) out = `${m[2]!.charAt(0).toUpperCase()}${m[2]!.slice(1)}: ${m[1]!.charAt(0).toLowerCase()}${m[1]!.slice(1)}.`;
  return out;
}

function laterDay(iso: string | null, days: number): string | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return iso;
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function copyOf(a: BenchArticle, n: number, rand: () => number): CrossArticle {
  const paras = paragraphsOf(a.text);
  let order = paras.map((_, i) => i);
  const edits: string[] = [];
  if (paras.length >= 4 && rand() < 0.6) {
    const body = order.slice(1, paras.length - 1);
    shuffleInPlace(body, rand);
    order = [0, ...body, paras.length - 1];
    edits.push('reorder');
  }
  if (paras.length >= 4 && rand() < 0.4) {
    order = order.slice(0, -1);
    edits.push('drop-last');
  }
  let texts = order.map((i) => paras[i]!);
  if (rand() < 0.8) {
    texts[0] = paraphraseLead(texts[0]!, rand);
    edits.push('lead');
  }
  const origin = [...order];
  if (rand() < 0.5) {
    texts = [`${texts[0]!.split(' ').length > 3 ? 'NEW YORK (Wire) -' : ''} ${texts[0]!}`.trim(), ...texts.slice(1)];
    edits.push('dateline');
  }
  if (rand() < 0.5) {
    texts.push('(Reporting by staff; editing by the desk)');
    origin.push(-1);
    edits.push('credit');
  }
  const outlet = OUTLETS[Math.floor(rand() * OUTLETS.length)]!;
  return {
    id: `${a.id}-copy${n}`,
    text: texts.join('\n\n'),
    title: a.title ? `${rand() < 0.5 ? 'UPDATE 1-' : ''}${a.title.toLowerCase().replace(/^./, (c) => c.toUpperCase())}` : null,
    url: `https://${outlet}/news/${a.id}-${n}`,
    published: laterDay(a.published, Math.floor(rand() * 3)),
    story: a.id,
    paragraphOrigin: origin,
  };
}

function shingles(text: string): Set<string> {
  const w = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const s = new Set<string>();
  for (let i = 0; i + 4 <= Math.max(w.length, 4); i++) s.add(w.slice(i, i + 4).join(' '));
  return s;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let x = 0;
  for (const v of a) if (b.has(v)) x++;
  return x / (a.size + b.size - x);
}

/**
 * Reuters-21578 itself holds stories sent twice or re-sent with small corrections (e.g. 230, 240
 * and 347): originals whose exact word-4-shingle Jaccard similarity is at least 0.6 are one story
 * in the gold. (Exact sets, not the MinHash estimate under test.)
 */
function resentStories(originals: readonly { id: string; text: string }[]): Map<string, string> {
  const sets = originals.map((a) => shingles(a.text));
  const union = new KeyUnion();
  for (let i = 0; i < originals.length; i++) {
    union.find(originals[i]!.id);
    for (let j = i + 1; j < originals.length; j++) {
      const small = Math.min(sets[i]!.size, sets[j]!.size);
      const large = Math.max(sets[i]!.size, sets[j]!.size);
      if (small / large < 0.6) continue; // Jaccard ≤ small/large
      if (jaccard(sets[i]!, sets[j]!) >= 0.6) union.union(originals[i]!.id, originals[j]!.id);
    }
  }
  return new Map(originals.map((a) => [a.id, union.find(a.id)]));
}

/** Originals (with their own paragraphs joined by blank lines) and rewritten copies of a share of them. */
export function crossCorpus(opts: { reuters: number; wikinews: number; copyShare: number; seed: number }): CrossArticle[] {
  const rand = mulberry32(opts.seed);
  const originals = [...reuters(opts.reuters), ...wikinews().slice(0, opts.wikinews)]
    .map((a) => ({ ...a, paras: paragraphsOf(a.text) }))
    .filter((a) => a.paras.length > 0);
  const storyOf = resentStories(originals.map((a) => ({ id: a.id, text: a.paras.join('\n\n') })));
  const out: CrossArticle[] = [];
  for (const a of originals) {
    const paras = a.paras;
    const text = paras.join('\n\n');
    const story = storyOf.get(a.id)!;
    out.push({ id: a.id, text, title: a.title, url: a.url ?? `https://wire.example/archive/${a.id}`, published: a.published, story, paragraphOrigin: paras.map((_, i) => i) });
    if (rand() < opts.copyShare && text.length > 300) {
      const copies = 1 + Math.floor(rand() * 3);
      for (let n = 1; n <= copies; n++) out.push({ ...copyOf({ ...a, text: paras.join('\n\n') }, n, rand), story });
    }
  }
  return out;
}
