// `npx tsx eval/quote-edge-table.ts [--splits train,dev] [--ex 2] [--md FILE]` — issue 14's EDGE table:
// for every gold attribution whose content a prediction overlaps by ≥ 80% (the scorer's greedy pairing,
// eval/quote-pairing.ts) and that is not exact in some role, which EDGE differs — content / source / cue,
// start / end —, who has the extra words (gold+ / pred+), how many tokens, and the class of the tokens at
// that edge (quote mark, conjunction, 'that', attribution tail, parenthetical, trailing prepositional
// phrase, sentence break …). Counted per split side by side, largest class first, so a rule for a class
// can be weighed on train and confirmed on dev. A second table: attributions whose source is exact and
// whose cue is not (issue 14's cue class). Needs the predictions `npm run eval:quotes -- --split S` wrote.
// For rule tuning on TRAIN, confirming on DEV (PolNeAR is evaluation data, never training data).
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadSplit } from './quotes.js';
import { arg, attributionPairs, cuesShareChar, outerEdgeDifferences, pairedWithAnotherCue, rangeWithin, readPredictions, sameRanges, shownText } from './quote-pairing.js';

type Role = 'content' | 'source' | 'cue';
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|['’]s\b|n['’]t\b|[^\s\p{L}\p{N}]/gu;
const tokens = (s: string): string[] => s.match(TOKEN) ?? [];

const COORD = /^(and|but|or|nor|yet|so|while|whereas|though|although)$/i;
const SUBORD = /^(because|if|unless|since|as|after|before|until|once|when|where|whether|than|despite|even|though)$/i;
const RELATIVE = /^(which|who|whom|whose)$/i;
const PREP = /^(in|on|at|with|for|to|from|by|during|over|under|about|into|of|through|amid|against|without|among|between|across|like|including|within|around|toward|towards|near|via|per|following|after|before|since)$/i;
const AUX = /^(has|have|had|is|was|are|were|be|been|being|will|would|did|does|do|could|can|may|might|should|must|shall|'s|’s|'ve|'d|'ll|wo|ca|not|n't|n’t|never)$/i;
const DET = /^(the|a|an|his|her|their|its|our|my|this|that|these|those|some|many|most|several|both|all)$/i;
const TIME = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|now|last|this|earlier|later|recently|again|then|also|once|still|previously|repeatedly|often|already)$/i;
const QUOTE = /^["“”‘’'`]+$/;
const PUNCT = /^[^\p{L}\p{N}]+$/u;

/** the class of the words `diff` between gold's edge and ours at one edge of a span of `role` */
function edgeClass(role: Role, side: 'start' | 'end', diff: string, hasCue: boolean, hasOtherCue: boolean): string {
  const ts = tokens(diff);
  const words = ts.filter((t) => !PUNCT.test(t));
  if (!words.length) return ts.some((t) => QUOTE.test(t)) ? 'quote mark(s) only' : 'punctuation only';
  const first = words[0]!;
  const firstTok = ts[0]!;
  const lead = /^[,;:—–(-]$/.test(firstTok) ? ', ' : '';
  if (role === 'content') {
    if (hasCue) return 'its own cue inside (attribution tail / parenthetical cue)';
    if (hasOtherCue) return 'another gold cue inside (nested report)';
    if (/[.?!]["”’)]*\s+["“‘(]?[A-Z0-9]/.test(diff) || diff.includes('\n')) return 'a sentence break';
    const paren = /^\s*[,(—–-]/.test(diff) && /[,)—–-]\s*$/.test(diff) && words.length <= 8;
    if (side === 'start') {
      if (first.toLowerCase() === 'that' && words.length === 1) return "'that'";
      if (/[,:]\s*["“]?\s*$/.test(diff)) return 'fronted phrase + comma';
      if (COORD.test(first)) return 'conjunction + …';
      if (first.toLowerCase() === 'to') return 'to-infinitive';
      if (PREP.test(first)) return 'prepositional';
      if (DET.test(first)) return 'determiner / head noun';
      return 'other';
    }
    if (paren) return 'parenthetical';
    if (COORD.test(first)) return `${lead}conjunction + …`;
    if (RELATIVE.test(first)) return `${lead}relative clause`;
    if (SUBORD.test(first)) return `${lead}subordinate clause`;
    if (/ing$/i.test(first)) return `${lead}-ing phrase`;
    if (PREP.test(first)) return `${lead}trailing prepositional phrase`;
    if (TIME.test(first) || /ly$/i.test(first)) return `${lead}adverbial`;
    if (DET.test(first)) return `${lead}noun phrase (apposition / object)`;
    return `${lead}other`;
  }
  if (role === 'cue') {
    if (words.every((w) => AUX.test(w))) return `auxiliary / negation [${words.join(' ').toLowerCase()}]`;
    if (side === 'end') {
      if (first.toLowerCase() === 'to' && words.length <= 2) return 'to (+ verb)';
      if (first.toLowerCase() === 'that' && words.length === 1) return "'that'";
      if (PREP.test(first)) return `preposition [${words.slice(0, 2).join(' ').toLowerCase()}]`;
      if (TIME.test(first) || /ly$/i.test(first)) return 'adverb / time';
      if (/^(him|her|them|me|us|you|it|reporters|journalists)$/i.test(first)) return 'listener / object';
      return `other [${words.slice(0, 2).join(' ').toLowerCase()}]`;
    }
    if (words.some((w) => AUX.test(w))) return 'auxiliary + more';
    if (/ly$/i.test(first)) return 'adverb';
    return `other [${words.slice(-2).join(' ').toLowerCase()}]`;
  }
  // source
  if (side === 'start') {
    if (DET.test(first)) return `determiner [${first.toLowerCase()}]`;
    if (/^[A-Z]/.test(first)) return 'capitalised word (title / first name)';
    return 'other';
  }
  if (/^[,(]/.test(firstTok)) return ', apposition / parenthetical';
  if (PREP.test(first)) return `prepositional [${first.toLowerCase()}]`;
  if (RELATIVE.test(first)) return 'relative clause';
  if (/^[A-Z]/.test(first)) return 'capitalised word (name part)';
  return 'other';
}

const bucket = (n: number): string => (n <= 1 ? '1' : n <= 3 ? '2-3' : n <= 8 ? '4-8' : '>8');

interface Tally {
  readonly counts: Map<string, Map<string, number>>; // key → split → count
  readonly examples: Map<string, string[]>;
}

function main(): void {
  const splits = (arg('splits') ?? 'train,dev').split(',');
  const nEx = Number(arg('ex') ?? 2);
  const edges: Tally = { counts: new Map(), examples: new Map() };
  const cueClass: Tally = { counts: new Map(), examples: new Map() };
  const totals = new Map<string, Map<string, number>>();
  const bump = (t: Tally, key: string, split: string, ex: string) => {
    const m = t.counts.get(key) ?? new Map<string, number>();
    m.set(split, (m.get(split) ?? 0) + 1);
    t.counts.set(key, m);
    const xs = t.examples.get(key) ?? [];
    if (xs.length < nEx && split === splits[0]) xs.push(ex);
    t.examples.set(key, xs);
  };
  const total = (k: string, split: string) => {
    const m = totals.get(k) ?? new Map<string, number>();
    m.set(split, (m.get(split) ?? 0) + 1);
    totals.set(k, m);
  };
  for (const split of splits) {
    for (const { docId, text, gold, otherCues, overlap, pred: q } of attributionPairs(loadSplit(split).golds, readPredictions(split))) {
      if (!q || overlap < 0.8) continue;
      total('paired ≥ 80%', split);
      const line = `${docId}: gold C[${shownText(text, gold.cue)}] S[${shownText(text, gold.source)}] «${shownText(text, gold.content).slice(0, 160)}» | pred C[${shownText(text, q.cue)}] S[${shownText(text, q.source)}] «${shownText(text, q.content).slice(0, 160)}» ${q.rule}`;
      const cueShared = cuesShareChar(gold.cue, q.cue);
      for (const role of ['content', 'source', 'cue'] as const) {
        const gs = gold[role];
        const ps = q[role];
        if (sameRanges(gs, ps)) {
          total(`${role} exact`, split);
          continue;
        }
        total(`${role} not exact`, split);
        if (!gs.length || !ps.length) {
          bump(edges, `${role} | ${!gs.length ? 'gold has none' : 'prediction has none'} |  | `, split, line);
          continue;
        }
        if (role === 'content' && pairedWithAnotherCue(gold.cue, q.cue)) {
          bump(edges, `content | paired with another cue's attribution (nesting) |  | `, split, line);
          continue;
        }
        if (ps.at(-1)![1] <= gs[0]![0] || gs.at(-1)![1] <= ps[0]![0]) {
          bump(edges, `${role} | disjoint |  | `, split, line);
          continue;
        }
        const differences = outerEdgeDifferences(gs, ps);
        for (const { side, from, to, who } of differences) {
          const diff = text.slice(from, to);
          const n = tokens(diff).filter((t) => !PUNCT.test(t)).length;
          const cls = edgeClass(role, side, diff, role === 'content' && rangeWithin(from, to, [...gold.cue, ...q.cue]), role === 'content' && rangeWithin(from, to, otherCues));
          bump(edges, `${role} | ${side} ${who} | ${n ? bucket(n) : '0'} | ${cls}`, split, line);
        }
        if (!differences.length) bump(edges, `${role} | inner pieces (same outer edges, ${gs.length > ps.length ? 'gold' : ps.length > gs.length ? 'pred' : 'both'} cut${gs.length === ps.length ? ' differently' : 's more'}) |  | `, split, line);
      }
      // issue 14's cue class: the source is right, the cue is not
      if (sameRanges(gold.source, q.source) && gold.source.length && !sameRanges(gold.cue, q.cue)) {
        const gw = shownText(text, gold.cue).toLowerCase();
        const pw = shownText(text, q.cue).toLowerCase();
        let k: string;
        if (!q.cue.length) k = 'prediction has no cue';
        else if (!cueShared) k = 'another word';
        else if (gold.cue.length > 1 || q.cue.length > 1) k = `pieces: gold ${gold.cue.length}, pred ${q.cue.length}`;
        else if (gw.includes(pw)) k = `gold longer: ${gw.replace(pw, '·').split(/\s+/).map((w) => (w === '·' ? '·' : AUX.test(w) ? 'AUX' : w)).join(' ')}`;
        else if (pw.includes(gw)) k = `pred longer: ${pw.replace(gw, '·').split(/\s+/).map((w) => (w === '·' ? '·' : AUX.test(w) ? 'AUX' : w)).join(' ')}`;
        else k = 'overlapping, both differ';
        bump(cueClass, k, split, line);
      }
    }
  }
  const fmt = (m: Map<string, number> | undefined) => splits.map((s) => m?.get(s) ?? 0);
  const out: string[] = [];
  out.push(`# PolNeAR span edges (issue 14) — ${splits.join(' / ')}`, '');
  out.push(`Written by \`npx tsx eval/quote-edge-table.ts\` from the predictions of \`npx tsx eval/quotes.ts --split S\`.`);
  out.push('Pairs: each gold attribution with the unused prediction covering most of its content (the scorer\'s greedy pairing), kept when ≥ 80%.', '');
  out.push(`| totals | ${splits.join(' | ')} |`, `|---|${splits.map(() => '---:').join('|')}|`);
  for (const [k, m] of [...totals].sort()) out.push(`| ${k} | ${fmt(m).join(' | ')} |`);
  // the same counts summed over token counts and classes: which edge of which role differs most
  const sides = new Map<string, Map<string, number>>();
  for (const [k, m] of edges.counts) {
    const [role, edge] = k.split(' | ');
    const key = `${role} | ${edge}`;
    const acc = sides.get(key) ?? new Map<string, number>();
    for (const [sp, n] of m) acc.set(sp, (acc.get(sp) ?? 0) + n);
    sides.set(key, acc);
  }
  out.push('', '## Which edge differs (summed over tokens and classes)', '');
  out.push(`| role | edge, who has more | ${splits.join(' | ')} |`, `|---|---|${splits.map(() => '---:').join('|')}|`);
  for (const [k, m] of [...sides].sort((a, b) => fmt(b[1])[0]! - fmt(a[1])[0]!)) out.push(`| ${k} | ${fmt(m).join(' | ')} |`);
  out.push('', '## Edges that differ (one pair can count at two edges and in three roles)', '');
  out.push(`| role | edge, who has more | tokens | class at the edge | ${splits.join(' | ')} |`, `|---|---|---|---|${splits.map(() => '---:').join('|')}|`);
  const rows = [...edges.counts].sort((a, b) => fmt(b[1])[0]! - fmt(a[1])[0]! || a[0].localeCompare(b[0]));
  const min = Number(arg('min') ?? 8);
  for (const [k, m] of rows) if (fmt(m).some((n) => n >= min)) out.push(`| ${k} | ${fmt(m).join(' | ')} |`);
  out.push('', `(rows under ${min} in every split left out)`, '', '## Source exact, cue not exact (issue 14 item 2)', '');
  out.push(`| cue difference (· = the other side's cue) | ${splits.join(' | ')} |`, `|---|${splits.map(() => '---:').join('|')}|`);
  for (const [k, m] of [...cueClass.counts].sort((a, b) => fmt(b[1])[0]! - fmt(a[1])[0]!)) if (fmt(m).some((n) => n >= 3)) out.push(`| ${k} | ${fmt(m).join(' | ')} |`);
  const md = out.join('\n') + '\n';
  if (arg('md')) writeFileSync(arg('md')!, md);
  console.log(md);
  if (nEx > 0 && arg('show')) {
    const re = new RegExp(arg('show')!, 'i');
    for (const t of [edges, cueClass]) for (const [k, xs] of t.examples) if (re.test(k)) for (const x of xs) console.log(`${k}\n    ${x}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
