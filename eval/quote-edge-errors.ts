// `npx tsx eval/quote-edge-errors.ts [--split train] [--role content|cue|both] [--ex 3] [--show CLASS] [--n 30]`
// — the SPAN EDGES of attributions we already find, by the kind of words in the difference. Each gold
// attribution is paired with the unused prediction whose content overlaps it most (the scorer's
// greedy pairing, ≥ 30%: eval/quote-pairing.ts); for a paired span that is not exact, the LEFT and the
// RIGHT edge are compared separately and the words between gold's edge and ours are classed by what
// they are (a ', he said' tail, a second sentence, 'and' + a clause, a 'that', a fronted adverbial, an
// auxiliary or a listener at a cue's edge …), counted, with examples, so the largest class shows first
// and a span rule can be judged by its class's size. Content pieces inside the outer edges (gold cuts
// the content around a parenthetical cue, we do not, or the other way) are the 'inner' class.
// For rule tuning on TRAIN only (PolNeAR is evaluation data: analyse train, measure dev).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadSplit } from './quotes.js';
import { sharedPath } from '../src/core/paths.js';
import { arg, attributionPairs, charSet, outerEdgeDifferences, pairedWithAnotherCue, rangeWithin, readPredictions, sameRanges, type Range } from './quote-pairing.js';

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
const wordsOf = (s: string): string[] => norm(s).split(' ').filter(Boolean);
const bare = (w: string): string => w.replace(/^[“”"‘’'(,.;:—–-]+|[“”"‘’'),.;:—–-]+$/g, '');

const SPEECH = /^(said|says|say|saying|told|tells|tell|telling|added|adds|according|asked|asks|noted|notes|wrote|writes|explained|explains|argued|argues|claimed|claims|insisted|insists|stated|states|declared|declares|announced|announces|warned|warns|continued|continues|suggested|suggests|replied|responded|recalled|recalls|acknowledged|admitted|predicted|reported|reports|tweeted|posted|thinks|think|believes|believe|believed|thought|contended|contends|maintained)$/;
const COORD = new Set(['and', 'but', 'or', 'while', 'whereas', 'though', 'although', 'yet', 'nor', 'so', 'plus']);
const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'where', 'when']);
const SUBORD = new Set(['because', 'if', 'unless', 'since', 'as', 'after', 'before', 'until', 'once', 'despite', 'even', 'so', 'than', 'whether', 'in order']);
const PREP = new Set(['in', 'on', 'at', 'with', 'for', 'to', 'from', 'by', 'during', 'over', 'under', 'about', 'into', 'of', 'through', 'amid', 'against', 'without', 'among', 'between', 'across', 'like', 'including', 'within', 'around', 'toward', 'towards', 'near', 'via', 'per', 'following']);
const AUX = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'will', 'would', 'did', 'does', 'do', 'could', 'can', 'may', 'might', 'should', 'must', "'s", "'ve", "'d", "'ll", 'wo', 'ca', 'shall']);
const NEG = new Set(['not', "n't", 'never', 'no']);
const WH = new Set(['what', 'how', 'why', 'whether', 'who', 'which', 'where', 'when', 'if']);
const TIME = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|now|last|this|earlier|later|recently|again|then|once)$/;
const TO_INF = /^to$/;
const PRONOUN_OBJ = /^(him|her|them|me|us|you|it|reporters|journalists|supporters|voters|the|a|an|his|their|my|our)$/;

/** the class of the words between two edges (`diff`, in text order) at the `side` edge of a span of `role` */
function classOf(role: 'content' | 'cue', side: 'L' | 'R', diff: string, cueInside: boolean, otherCueInside: boolean): string {
  const raw = diff.trim();
  const ws = wordsOf(raw).map(bare).filter(Boolean);
  const first = ws[0] ?? '';
  const last = ws.at(-1) ?? '';
  const n = ws.length;
  const sized = (k: string) => `${k}${n <= 1 ? '' : n <= 3 ? ' (2-3w)' : n <= 8 ? ' (4-8w)' : ' (>8w)'}`;
  if (!ws.length) return 'marks only';
  if (role === 'content') {
    if (cueInside) return sized('its own cue in the difference');
    if (otherCueInside) return sized('another gold cue in the difference');
    const sentenceBreak = /[.?!]["”’)]*\s+["“‘(]?[A-Z0-9]/.test(raw) || raw.includes('\n');
    if (side === 'R') {
      if (sentenceBreak) return sized('a sentence break');
      const afterComma = /^[”"’]?\s*[,;:—–-]/.test(raw);
      const lead = afterComma ? ', ' : '';
      if (COORD.has(first)) return sized(`${lead}${first} + more`);
      if (RELATIVE.has(first)) return sized(`${lead}relative (${first})`);
      if (SUBORD.has(first)) return sized(`${lead}subordinate (${first})`);
      if (first.endsWith('ing')) return sized(`${lead}-ing phrase`);
      if (PREP.has(first)) return sized(`${lead}prepositional (${first})`);
      if (TIME.test(first)) return sized(`${lead}time/adverb (${first})`);
      if (first.endsWith('ly')) return sized(`${lead}-ly adverb`);
      if (afterComma) return sized(`, other (${first})`);
      return sized(`other (${first})`);
    }
    // left edge
    if (sentenceBreak) return sized('a sentence break');
    if (first === 'that' && n === 1) return 'that';
    if (first === 'that') return sized('that + words');
    if (/[,:]\s*$/.test(raw) || /[,:]\s*["“]?\s*$/.test(raw)) return sized(`fronted phrase + comma (${first})`);
    if (TO_INF.test(first)) return sized('to-infinitive');
    if (WH.has(first)) return sized(`wh-word (${first})`);
    if (first === 'of' || first === 'about' || first === 'on' || first === 'for') return sized(`preposition (${first})`);
    if (COORD.has(first)) return sized(`${first} + more`);
    return sized(`other (${first})`);
  }
  // cue
  if (ws.every((w) => AUX.has(w) || NEG.has(w))) return `auxiliary/negation ${side} [${ws.join(' ')}]`;
  if (side === 'R') {
    if (first === 'to' && n <= 2) return `to (+verb) R [${ws.join(' ')}]`;
    if (first === 'that' && n === 1) return 'that R';
    if (PREP.has(first)) return `preposition R [${ws.slice(0, 3).join(' ')}${n > 3 ? ' …' : ''}]`;
    if (TIME.test(first)) return `time/adverb R [${first}]`;
    if (PRONOUN_OBJ.test(first)) return `object/listener R [${ws.slice(0, 2).join(' ')}]`;
    if (first.endsWith('ly')) return `-ly adverb R`;
    if (SPEECH.test(first)) return `speech verb R [${first}]`;
    return `other R [${ws.slice(0, 3).join(' ')}]`;
  }
  if (ws.some((w) => AUX.has(w) || NEG.has(w)) && (AUX.has(first) || NEG.has(first))) return `auxiliary/negation + more L [${ws.slice(0, 3).join(' ')}]`;
  if (first.endsWith('ly')) return 'adverb L';
  if (SPEECH.test(last)) return `speech verb L [${last}]`;
  return `other L [${ws.slice(0, 3).join(' ')}]`;
}

// a content opening on a clause word (that / to / wh- / a subject pronoun): the --np and --clause probe filters
const CLAUSE_START = /^(that|to|whether|if|how|why|what|who|when|where|he|she|it|they|we|i|you|there|not)\b/i;

interface Example {
  readonly line: string;
  readonly annotator?: string;
}

/** the annotator of each train article as loadSplit reads it (the first .ann file's name suffix): a
 * class one annotator makes alone is a habit, not a convention a rule can learn */
function annotators(split: string): Map<string, string> {
  const out = new Map<string, string>();
  const dir = sharedPath('eval', 'polnear', split, 'attributions');
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).sort()) {
    const m = /^(.*)_([0-9a-f]+)\.ann$/.exec(f);
    if (m && !out.has(m[1]!)) out.set(m[1]!, m[2]!);
  }
  return out;
}

const byAnnotator = (xs: readonly Example[]): string => {
  const m = new Map<string, number>();
  for (const x of xs) if (x.annotator) m.set(x.annotator, (m.get(x.annotator) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
};

function main(): void {
  const split = arg('split') ?? 'train';
  const roleArg = arg('role') ?? 'both';
  const nEx = Number(arg('ex') ?? 3);
  const top = Number(arg('n') ?? 30);
  const want = arg('show');
  const preds = readPredictions(split);
  const { golds } = loadSplit(split);
  const who = annotators(split);
  const tallies = { content: new Map<string, number>(), cue: new Map<string, number>() };
  const classes = { content: new Map<string, Example[]>(), cue: new Map<string, Example[]>() };
  const note = (role: 'content' | 'cue', k: string, ex?: Example) => {
    tallies[role].set(k, (tallies[role].get(k) ?? 0) + 1);
    if (ex) classes[role].set(k, [...(classes[role].get(k) ?? []), { ...ex, annotator: who.get(currentId) }]);
  };
  // --after RE: of the paired same-cue contents whose right edge is followed by RE, how many gold
  // runs on past it (in) or stops where we stop (out); --inside RE: of those whose content holds RE
  // (after its first word), how many gold ends before the match (cut) or where we end (keep)
  const afterRe = arg('after') ? new RegExp('^(?:' + arg('after') + ')', 'i') : null;
  const insideRe = arg('inside') ? new RegExp(arg('inside')!, 'gi') : null;
  const probe = new Map<string, string[]>();
  const probeNote = (k: string, line: string) => probe.set(k, [...(probe.get(k) ?? []), line]);
  let currentId = '';
  for (const { docId, text, gold, otherCues, overlap: best, pred: q } of attributionPairs(golds, preds)) {
    currentId = docId;
    const show = (rs: readonly Range[]) => rs.map(([s, e]) => text.slice(s, e).replace(/\n/g, ' / ')).join(' | ');
    if (!q) {
      note('content', 'unpaired');
      continue;
    }
    const ctx = (from: number, to: number) => text.slice(Math.max(0, from - 60), to + 40).replace(/\n/g, ' / ');
    for (const role of ['content', 'cue'] as const) {
      const gs = gold[role];
      const ps = q[role];
      if (!gs.length || !ps.length) {
        note(role, !gs.length ? 'gold has none' : 'prediction has none');
        continue;
      }
      const same = sameRanges(gs, ps);
      const probeEdges = (g0: number, g1: number, ps: readonly Range[], line: string) => {
        const p1 = ps.at(-1)![1];
        const p0 = ps[0]![0];
        if (pairedWithAnotherCue(gold.cue, q.cue)) return;
        if (afterRe) {
          const seg = text.slice(p0, p1);
          if (process.argv.includes('--np') && CLAUSE_START.test(seg)) return;
          if (process.argv.includes('--clause') && !CLAUSE_START.test(seg)) return;
          const m = afterRe.exec(text.slice(p1, p1 + 300));
          if (m) probeNote(g1 === p1 ? 'after: out (gold ends with us)' : g1 >= p1 + m[0].trimEnd().length ? 'after: in (gold runs past it)' : g1 > p1 ? 'after: gold ends inside the match' : 'after: gold ends before us', line);
        }
        if (insideRe) {
          insideRe.lastIndex = 0;
          const seg = text.slice(p0, p1);
          if (arg('max-words') && seg.split(/\s+/).length > Number(arg('max-words'))) return;
          if (arg('rule') && !new RegExp(arg('rule')!).test(q.rule)) return;
          // --np: contents that open on no clause word (that / to / wh- / a subject pronoun)
          if (process.argv.includes('--np') && CLAUSE_START.test(seg)) return;
          if (process.argv.includes('--clause') && !CLAUSE_START.test(seg)) return;
          for (let m; (m = insideRe.exec(seg)); ) {
            if (m.index === 0) continue;
            const at = p0 + m.index;
            probeNote(g1 <= at && g1 >= at - 3 ? 'inside: cut (gold ends at the match)' : g1 === p1 ? 'inside: keep (gold ends with us)' : g1 > at ? 'inside: gold ends after the match, not with us' : 'inside: gold ends before the match', line);
            break;
          }
        }
      };
      if (role === 'content' && same) probeEdges(gs[0]![0], gs.at(-1)![1], ps, `${docId} exact [${show(gs)}]`);
      if (same) {
        note(role, 'exact');
        continue;
      }
      note(role, best >= 0.8 ? 'not exact (overlap ≥ 80%)' : 'not exact (overlap 30-80%)');
      const line0 = `${docId} gold[${show(gs)}] pred[${show(ps)}] ${q.rule} (gold C[${show(gold.cue)}] pred C[${show(q.cue)}])`;
      if (role === 'content') {
        if (pairedWithAnotherCue(gold.cue, q.cue)) {
          note(role, 'another cue: gold ' + (charSet(gold.content).size > charSet(q.content).size ? 'longer' : 'shorter'), { line: line0 });
          continue;
        }
      }
      const [g0, g1] = [gs[0]![0], gs.at(-1)![1]];
      const [p0, p1] = [ps[0]![0], ps.at(-1)![1]];
      if (role === 'content') probeEdges(g0, g1, ps, line0);
      const line = `${docId} gold[${show(gs)}] pred[${show(ps)}] ${q.rule} (gold C[${show(gold.cue)}] pred C[${show(q.cue)}])\n           …${ctx(Math.min(g0, p0), Math.max(g1, p1))}…`;
      if (p1 <= g0 || g1 <= p0) {
        note(role, `${role} disjoint`, { line });
        continue;
      }
      for (const { side: at, from, to, who } of outerEdgeDifferences(gs, ps)) {
        const side = at === 'start' ? 'L' : 'R';
        const cls = classOf(role, side, text.slice(from, to), role === 'content' && rangeWithin(from, to, [...gold.cue, ...q.cue]), role === 'content' && rangeWithin(from, to, otherCues));
        note(role, `${side} ${who} ${cls}`, { line });
      }
      if (gs.length > 1 || ps.length > 1) {
        // the pieces inside the outer edges: what one side leaves out between them
        const gc = charSet(gs);
        const pc = charSet(ps);
        const lo = Math.max(g0, p0);
        const hi = Math.min(g1, p1);
        let gOnly = '';
        let pOnly = '';
        for (let i = lo; i < hi; i++) {
          if (gc.has(i) && !pc.has(i)) gOnly += text[i];
          if (pc.has(i) && !gc.has(i)) pOnly += text[i];
        }
        if (norm(gOnly).replace(/[^a-z0-9]/g, '') || norm(pOnly).replace(/[^a-z0-9]/g, '')) {
          const cueIn = (s: string) => (s && wordsOf(s).some((w) => SPEECH.test(bare(w))) ? ' (a cue)' : '');
          const k = norm(pOnly).replace(/[^a-z0-9]/g, '') ? `inner: pred keeps what gold cuts out${cueIn(pOnly)}` : `inner: gold keeps what pred cuts out${cueIn(gOnly)}`;
          note(role, k, { line });
        } else if (gs.length !== ps.length && g0 === p0 && g1 === p1) {
          // same outer edges, one side cuts the span into pieces at marks: at a sentence end (some
          // annotators give a multi-sentence quotation one piece per sentence) or elsewhere
          const cuts = (rs: readonly Range[]) => rs.slice(1).map((r, i) => text.slice(rs[i]![1], r[0])).join(' ');
          const gap = gs.length > ps.length ? cuts(gs) : cuts(ps);
          note(role, `inner: ${gs.length > ps.length ? 'gold' : 'pred'} cuts into pieces ${/[.?!]/.test(gap) ? 'at sentence ends' : 'at marks'}`, { line });
        }
      }
    }
  }
  if (afterRe || insideRe) {
    for (const [k, v] of [...probe].sort()) {
      console.log(`${String(v.length).padStart(5)}  ${k}`);
      for (const x of v.slice(0, nEx)) console.log(`         ${x.slice(0, 400)}`);
    }
    return;
  }
  for (const role of roleArg === 'both' ? (['content', 'cue'] as const) : ([roleArg] as ('content' | 'cue')[])) {
    const t = tallies[role];
    const head = ['exact', 'not exact (overlap ≥ 80%)', 'not exact (overlap 30-80%)', 'gold has none', 'prediction has none', 'unpaired'];
    console.log(`== ${role} (${split}): ` + head.filter((k) => t.has(k)).map((k) => `${k} ${t.get(k)}`).join(', '));
    const rows = [...classes[role]].sort((a, b) => b[1].length - a[1].length);
    const sides = [['another cue:', 'paired with another cue\'s attribution'], ['L', 'left edge'], ['R', 'right edge'], ['inner', 'inner pieces'], [`${role} disjoint`, 'disjoint']] as const;
    for (const [prefix, title] of sides) {
      const mine = rows.filter(([k]) => k.startsWith(prefix + ' ') || k.startsWith(prefix + ':') || k === prefix || (prefix.endsWith(':') && k.startsWith(prefix)));
      const total = mine.reduce((s, [, v]) => s + v.length, 0);
      if (!total) continue;
      console.log(`-- ${title} (${total}):`);
      for (const [k, v] of mine.slice(0, top)) {
        console.log(`  ${String(v.length).padStart(5)}  ${k}${process.argv.includes('--by-annotator') ? `   [${byAnnotator(v)}]` : ''}`);
        if (!want) for (const ex of v.slice(0, nEx)) console.log(`         ${ex.line}`);
      }
    }
    if (want) {
      const re = new RegExp(want, 'i');
      for (const [k, v] of rows.filter(([k]) => re.test(k))) {
        console.log(`== ${v.length}  ${k}`);
        for (const ex of v.slice(0, Number(arg('n') ?? 30))) console.log(`     ${ex.line}`);
      }
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
