// `npx tsx eval/quote-cue-cells.ts [--split train] [--show CELL] [--n 20] [--md]` — issue 14's CUE error
// table drawn again from scratch (session 20): every cue the scorer does not count exact, in ONE cell.
// The scorer's cue figure is a multiset of trimmed cue spans per article (eval/quotes.ts), so the
// categorisation starts there: exact twins are removed, the rest are
//   boundary  a gold and a predicted cue left over that share a character — classed by which edge
//             differs, who has the extra words and what they are (an infinitive's "to", a preposition,
//             a time word, "in a statement / an interview", an auxiliary / modal / negation, an adverb …)
//   missed    a gold cue no left-over prediction overlaps — classed by whether the attribution is
//             found otherwise (a prediction covers ≥ 30% of its content: the cue is on another word)
//             and, when it is not, by the cue's kind (speech verb, other verb, noun cue, "according to",
//             preposition, adjective, multi-word, light verb "made clear")
//   spurious  a predicted cue no left-over gold cue overlaps — classed by where it stands: its content
//             overlaps a gold content (wrong word), it lies inside a gold content (a nested report
//             PolNeAR never marks), or no gold attribution is there at all (by our rule)
// Reads the predictions and the doc cache of `npx tsx eval/quotes.ts --split SPLIT --cache` (for tags
// and lemmas). For rule tuning on TRAIN, confirming on DEV (PolNeAR is evaluation data, never training data).
import { pathToFileURL } from 'node:url';
import { loadSplit } from './quotes.js';
import { arg, charSet, predictedSpans, readPredictions, shownText, trimmed, type Range } from './quote-pairing.js';
import type { Doc, Token } from '../src/core/doc.js';
import { cachedDocs } from './quote-cache.js';

const key = (rs: readonly Range[]): string => [...rs].map((r) => `${r[0]},${r[1]}`).sort().join(';');
const overlaps = (a: readonly Range[], b: readonly Range[]): boolean => a.some(([s, e]) => b.some(([x, y]) => s < y && x < e));
const tokensIn = (doc: Doc, s: number, e: number): Token[] => doc.tokens.filter((t) => t.start < e && s < t.end);

const SPEECH = new Set(['say', 'tell', 'add', 'state', 'claim', 'announce', 'write', 'argue', 'insist', 'note', 'explain', 'declare', 'report', 'ask', 'reply', 'respond', 'answer', 'warn', 'suggest', 'acknowledge', 'admit', 'deny', 'confirm', 'predict', 'promise', 'vow', 'allege', 'accuse', 'call', 'describe', 'tweet', 'post', 'comment', 'remark', 'mention', 'contend', 'assert', 'urge', 'criticize', 'praise', 'charge', 'recall', 'concede', 'complain', 'testify', 'pledge', 'question']);
const TIME = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|later|last|recently|this|next|on|morning|night|afternoon|evening|week|month|year)$/i;
const MEDIUM = /\b(statement|interview|email|e-mail|letter|speech|tweet|post|op-ed|memo|release|conference|call|appearance|briefing|debate|rally|hearing|video|message|report|radio|tv|television|show|podcast|facebook|twitter|instagram|cnn|fox|msnbc|abc|nbc|cbs)\b/i;
const LIGHT = /^(make|give|issue|express|voice|offer|raise|take|draw|lay|put|set)$/;

/** a class for the words one side has beyond the other at one edge of a cue */
function extraClass(toks: readonly Token[], text: string, side: 'L' | 'R'): string {
  if (!toks.length) return 'punctuation only';
  const forms = toks.map((t) => t.form.toLowerCase());
  const first = side === 'R' ? toks[0]! : toks.at(-1)!;
  const f = first.form.toLowerCase();
  const joined = forms.join(' ');
  if (side === 'R') {
    if (f === 'to' && toks.length > 1 && toks[1]!.pos === 'VERB') return 'to + verb';
    if (f === 'to') return 'to';
    if (first.pos === 'ADP' && MEDIUM.test(joined)) return `prep + medium/occasion (${forms.slice(0, 3).join(' ')})`;
    if (toks.every((t) => TIME.test(t.form) || t.pos === 'NUM')) return 'time word';
    if (first.pos === 'ADP' || first.pos === 'SCONJ') return toks.length === 1 ? `preposition [${f}]` : `preposition + more [${f} …]`;
    if (first.pos === 'PRON' || first.pos === 'PROPN' || first.pos === 'NOUN' || first.pos === 'DET') return 'object / listener';
    if (first.pos === 'ADV' || first.pos === 'PART') return toks.length === 1 ? `adverb / particle [${f}]` : 'adverb + more';
    if (first.pos === 'VERB' || first.pos === 'AUX') return 'verb';
    void text;
    return `other [${first.pos}]`;
  }
  // left: the word touching the cue decides
  if (toks.some((t) => /^(not|n't|never|no)$/i.test(t.form))) return 'negation (+ aux)';
  if (toks.every((t) => t.pos === 'AUX' || t.pos === 'PART' || t.pos === 'ADV')) {
    if (toks.some((t) => /^(will|would|could|can|may|might|should|must|shall)$/i.test(t.form))) return 'modal (+ more)';
    if (toks.every((t) => t.pos === 'AUX')) return 'auxiliary';
    if (toks.every((t) => t.pos === 'ADV')) return toks.length === 1 ? `adverb [${f}]` : 'adverbs';
    return 'aux + adverb';
  }
  if (first.pos === 'ADP') return `preposition [${f}]`;
  if (first.pos === 'VERB') return 'verb (light verb / chain)';
  if (first.pos === 'NOUN' || first.pos === 'PROPN' || first.pos === 'PRON' || first.pos === 'DET' || first.pos === 'ADJ') return 'noun phrase (subject / noun cue)';
  return `other [${first.pos}]`;
}

/** kind of a gold cue nothing predicted overlaps */
function cueKind(doc: Doc, text: string, cue: readonly Range[]): string {
  const toks = cue.flatMap(([s, e]) => tokensIn(doc, s, e));
  const t = text.slice(cue[0]![0], cue.at(-1)![1]).toLowerCase();
  if (!toks.length) return 'no tokens';
  if (cue.length > 1) return 'discontinuous';
  if (/according to/.test(t)) return 'according to';
  const content = toks.filter((x) => x.pos !== 'AUX' && x.pos !== 'PART' && x.pos !== 'ADV' && x.pos !== 'PUNCT' && x.pos !== 'DET');
  const head = content[0] ?? toks[0]!;
  const lemma = head.lemma.toLowerCase();
  if (head.pos === 'VERB' && LIGHT.test(lemma) && content.length > 1) return 'light verb + noun (made clear)';
  if (head.pos === 'VERB') return content.length > 1 ? (SPEECH.has(lemma) ? 'speech verb + more words' : 'other verb + more words') : SPEECH.has(lemma) ? 'speech verb' : 'other verb';
  if (head.pos === 'NOUN' || head.pos === 'PROPN') return content.length > 1 ? 'noun cue + more words' : 'noun cue';
  if (head.pos === 'ADP') return 'preposition (for / about / in)';
  if (head.pos === 'ADJ') return 'adjective';
  return `other [${head.pos}]`;
}

interface Row {
  readonly cell: string;
  readonly line: string;
}

export function cueCells(split: string): Row[] {
  const preds = readPredictions(split);
  const docs = cachedDocs(split);
  const { golds } = loadSplit(split);
  const rows: Row[] = [];
  for (const g of golds) {
    const p = preds.get(g.id);
    const doc = docs.get(g.id);
    if (!p || !doc) continue;
    const text = p.text;
    const gq = g.attributions.map((a) => ({ cue: trimmed(text, a.cue).sort((x, y) => x[0] - y[0]), content: trimmed(text, a.content) }));
    const pq = predictedSpans(p).map((q) => ({ ...q, cue: [...q.cue].sort((x, y) => x[0] - y[0]) }));
    // the scorer's exact multiset first
    const gLeft: number[] = [];
    const pLeft = new Set<number>();
    const byKey = new Map<string, number[]>();
    for (const [j, q] of pq.entries()) if (q.cue.length) byKey.set(key(q.cue), [...(byKey.get(key(q.cue)) ?? []), j]);
    for (const [i, a] of gq.entries()) {
      if (!a.cue.length) continue;
      const free = byKey.get(key(a.cue));
      if (free?.length) free.shift();
      else gLeft.push(i);
    }
    for (const js of byKey.values()) for (const j of js) pLeft.add(j);
    const sentence = (at: number): string => {
      const tok = doc.tokens.find((t) => t.end > at);
      const s = tok ? doc.sentences[tok.sent] : undefined;
      return s ? text.slice(s.start, s.end).replace(/\s+/g, ' ') : '';
    };
    for (const i of gLeft) {
      const a = gq[i]!;
      const j = [...pLeft].find((k) => overlaps(a.cue, pq[k]!.cue));
      if (j !== undefined) {
        pLeft.delete(j);
        const q = pq[j]!;
        const [g0, g1, p0, p1] = [a.cue[0]![0], a.cue.at(-1)![1], q.cue[0]![0], q.cue.at(-1)![1]];
        const parts: string[] = [];
        if (a.cue.length !== q.cue.length) parts.push(a.cue.length > q.cue.length ? 'gold cue in pieces' : 'our cue in pieces');
        else {
          if (g0 !== p0) parts.push(`start ${g0 < p0 ? 'gold+' : 'pred+'}: ${extraClass(tokensIn(doc, Math.min(g0, p0), Math.max(g0, p0)), text, 'L')}`);
          if (g1 !== p1) parts.push(`end ${g1 > p1 ? 'gold+' : 'pred+'}: ${extraClass(tokensIn(doc, Math.min(g1, p1), Math.max(g1, p1)), text, 'R')}`);
        }
        rows.push({ cell: `boundary · ${parts.join(' & ')}`, line: `gold «${shownText(text, a.cue)}» ours «${shownText(text, q.cue)}» (${q.rule}) | ${sentence(g0)}` });
        continue;
      }
      const gc = charSet(a.content);
      const found = pq.findIndex((q) => {
        let inter = 0;
        for (const c of charSet(q.content)) if (gc.has(c)) inter++;
        return gc.size > 0 && inter / gc.size >= 0.3;
      });
      const kind = cueKind(doc, text, a.cue);
      const where = found >= 0 ? `missed · found, cue on another word${pLeft.has(found) ? '' : ' (that cue is exact for another attribution)'}` : `missed · unfound · ${kind}`;
      rows.push({ cell: where, line: `gold «${shownText(text, a.cue)}»${found >= 0 ? ` ours «${shownText(text, pq[found]!.cue)}» (${pq[found]!.rule})` : ''} | ${sentence(a.cue[0]![0])}` });
    }
    for (const j of pLeft) {
      const q = pq[j]!;
      if (!q.cue.length) continue;
      const pc = charSet(q.content);
      const inGoldContent = gq.some((a) => q.cue.every(([s, e]) => a.content.some(([x, y]) => s >= x && e <= y)));
      const contentHit = gq.some((a) => {
        let inter = 0;
        for (const c of charSet(a.content)) if (pc.has(c)) inter++;
        return inter > 0 && inter / Math.max(1, pc.size) >= 0.3;
      });
      const cell = inGoldContent ? 'spurious · inside a gold content (nested report)' : contentHit ? 'spurious · content is a gold content, cue on another word' : `spurious · no gold attribution · ${q.rule}`;
      rows.push({ cell, line: `ours «${shownText(text, q.cue)}» (${q.rule}) | ${sentence(q.cue[0]![0])}` });
    }
  }
  return rows;
}

function main(): void {
  const splits = (arg('splits') ?? arg('split') ?? 'train,dev').split(',');
  const show = arg('show');
  const n = Number(arg('n') ?? 20);
  const counts = new Map<string, Map<string, number>>();
  const examples = new Map<string, string[]>();
  for (const split of splits) {
    for (const r of cueCells(split)) {
      const m = counts.get(r.cell) ?? new Map<string, number>();
      m.set(split, (m.get(split) ?? 0) + 1);
      counts.set(r.cell, m);
      if (show && r.cell.includes(show) && split === splits[0]) examples.set(r.cell, [...(examples.get(r.cell) ?? []), r.line]);
    }
  }
  const top = (c: string): string => c.split(' · ')[0]!;
  const total = (m: Map<string, number>): number => m.get(splits[0]!) ?? 0;
  const sorted = [...counts].sort((a, b) => top(a[0]).localeCompare(top(b[0])) || total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]));
  console.log(`| cell | ${splits.join(' | ')} |`);
  console.log(`|---|${splits.map(() => '---:').join('|')}|`);
  for (const group of ['boundary', 'missed', 'spurious']) {
    const tot = splits.map((s) => sorted.filter(([c]) => top(c) === group).reduce((x, [, m]) => x + (m.get(s) ?? 0), 0));
    console.log(`| **${group}** | ${tot.map((x) => `**${x}**`).join(' | ')} |`);
    for (const [c, m] of sorted) if (top(c) === group && (m.get(splits[0]!) ?? 0) + (m.get(splits[1] ?? '') ?? 0) >= (arg('min') ? Number(arg('min')) : 3)) console.log(`| ${c.slice(group.length + 3)} | ${splits.map((s) => m.get(s) ?? 0).join(' | ')} |`);
  }
  for (const [c, ls] of examples) {
    console.log(`\n## ${c} (${ls.length})`);
    for (const l of ls.slice(0, n)) console.log(`- ${l}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
