// Tokenization and sentence-splitting accuracy on UD English treebanks (npm run eval:tokenize).
//
// The raw text is rebuilt from the CoNLL-U file: each `# text =` line is one sentence; sentences
// of a paragraph are joined by one space (no space when the sentence's last token has
// SpaceAfter=No); a `# newpar` starts a new line (one paragraph per line, as in our .txt input) and
// a `# newdoc` a blank line (a document that has no `# newpar` is one paragraph). Gold token offsets come from
// aligning each surface token to its sentence text; the syntactic words of a multiword token
// (don't → do + n't) get sub-offsets, since their forms spell the surface token in EWT and GUM.
//
// Scores: tokens match when their [start, end) character offsets are equal. Sentences match when
// their spans are equal (start of the first token, end of the last token: "exact" F1); an
// "end-offset" F1 matching only where sentences end is reported beside it.
//
// Speed: --bench times segmentText over the fixed Wikinews corpus (bench/corpora.ts) after a warm-up,
// wall clock and CPU time (the latter is steadier when other processes share the cores).
//
// Usage: npx tsx eval/tokenize.ts [--split test|dev|train] [--errors N] [--bench] [file.conllu …]
import { readFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { hasShared, sharedPath } from '../src/core/paths.js';
import { readConllu, sentenceText } from '../src/nlp/conllu.js';
import { segmentText } from '../src/nlp/segment-text.js';
import type { Span } from '../src/core/span.js';
import { wikinews } from '../bench/corpora.js';

export interface RawGold {
  readonly text: string;
  readonly tokens: Span[];
  readonly sentences: Span[];
  readonly paragraphs: number;
  readonly documents: number;
}

export interface Prf {
  readonly gold: number;
  readonly pred: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface TokenizeEval {
  readonly file: string;
  readonly chars: number;
  readonly tokens: Prf;
  readonly sentences: Prf;
  readonly sentenceEnds: Prf;
  /** wall time of segmentText over the whole raw text, after a warm-up run on its first 200k chars */
  readonly ms: number;
  /** CPU time of the same run (user + system, all threads): steadier than wall time on a busy machine */
  readonly cpuMs: number;
  readonly charsPerSecond: number;
  readonly tokensPerSecond: number;
}

/** Rebuilds the raw text of a CoNLL-U file with gold token and sentence offsets (see the header). */
export function rawTextFromConllu(conllu: string): RawGold {
  const parts: string[] = [];
  let len = 0;
  const add = (s: string) => {
    parts.push(s);
    len += s.length;
  };
  const tokens: Span[] = [];
  const sentences: Span[] = [];
  let paragraphs = 0;
  let documents = 0;
  let lastNoSpace = false;
  let started = false;
  for (const s of readConllu(conllu)) {
    const newdoc = s.comments.some((c) => /^#\s*newdoc\b/.test(c));
    const newpar = s.comments.some((c) => /^#\s*newpar\b/.test(c));
    const st = sentenceText(s);
    if (st === null) throw new Error(`sentence at line ${s.line} has no "# text =" line`);
    if (!started) {
      documents++;
      paragraphs++;
    } else if (newdoc) {
      add('\n\n');
      documents++;
      paragraphs++;
    } else if (newpar) {
      add('\n');
      paragraphs++;
    } else if (!lastNoSpace) add(' ');
    started = true;
    const base = len;
    add(st);
    // align surface tokens (multiword lines or plain words) to the sentence text
    const mw = new Map(s.multiwords.map((m) => [m.from, m]));
    let pos = 0;
    let first = -1;
    let last = -1;
    let noSpace = false;
    for (let w = 0; w < s.words.length; ) {
      const word = s.words[w]!;
      const m = mw.get(word.id);
      const form = m ? m.form : word.form;
      while (pos < st.length && /\s/.test(st[pos]!)) pos++;
      let at = st.startsWith(form, pos) ? pos : st.indexOf(form, pos);
      if (at < 0) at = pos; // a form that is not in the text (never seen in EWT/GUM): keep going
      const start = base + at;
      const end = start + form.length;
      if (m) {
        const n = m.to - m.from + 1;
        const words = s.words.slice(w, w + n);
        if (words.map((x) => x.form).join('') === form) {
          let k = start;
          for (const x of words) {
            tokens.push({ start: k, end: k + x.form.length });
            k += x.form.length;
          }
        } else tokens.push({ start, end });
        noSpace = /SpaceAfter=No/.test(m.misc) || /SpaceAfter=No/.test(words[words.length - 1]!.misc);
        w += n;
      } else {
        tokens.push({ start, end });
        noSpace = /SpaceAfter=No/.test(word.misc);
        w++;
      }
      if (first < 0) first = start;
      last = end;
      pos = at + form.length;
    }
    lastNoSpace = noSpace;
    if (first >= 0) sentences.push({ start: first, end: last });
  }
  return { text: parts.join(''), tokens, sentences, paragraphs, documents };
}

function prf(gold: readonly Span[], pred: readonly Span[], key: (s: Span) => number = (s) => s.start * 4194304 + s.end): Prf {
  const g = new Set(gold.map(key));
  let correct = 0;
  const seen = new Set<number>();
  for (const p of pred) {
    const k = key(p);
    if (g.has(k) && !seen.has(k)) {
      correct++;
      seen.add(k);
    }
  }
  const precision = pred.length ? correct / pred.length : 0;
  const recall = gold.length ? correct / gold.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold: gold.length, pred: pred.length, correct, precision, recall, f1 };
}

/** Scores segmentText against one CoNLL-U file (for eval/parse.ts and the CLI below). */
export function evalTokenization(conlluPath: string): TokenizeEval {
  const gold = rawTextFromConllu(readFileSync(conlluPath, 'utf8'));
  segmentText(gold.text.slice(0, 200_000)); // warm-up (lexicon load, JIT) so the speed is the steady state
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const seg = segmentText(gold.text);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return {
    file: conlluPath,
    chars: gold.text.length,
    tokens: prf(gold.tokens, seg.tokens),
    sentences: prf(gold.sentences, seg.sentences),
    sentenceEnds: prf(gold.sentences, seg.sentences, (s) => s.end),
    ms,
    cpuMs,
    charsPerSecond: gold.text.length / (ms / 1000),
    tokensPerSecond: seg.tokens.length / (ms / 1000),
  };
}

/** Context of the first n token and sentence-end disagreements, for tuning on train/dev. */
export function segmentationErrors(conlluPath: string, n: number): string[] {
  const gold = rawTextFromConllu(readFileSync(conlluPath, 'utf8'));
  const seg = segmentText(gold.text);
  const out: string[] = [];
  const show = (a: number, b: number) => gold.text.slice(Math.max(0, a - 40), a) + '⟦' + gold.text.slice(a, b) + '⟧' + gold.text.slice(b, b + 40);
  const gk = new Set(gold.tokens.map((s) => `${s.start}:${s.end}`));
  let k = 0;
  for (const t of seg.tokens) if (!gk.has(`${t.start}:${t.end}`) && k++ < n) out.push('TOK  pred ' + show(t.start, t.end).replace(/\n/g, '¶'));
  const ge = new Set(gold.sentences.map((s) => s.end));
  const pe = new Set(seg.sentences.map((s) => s.end));
  k = 0;
  for (const s of gold.sentences) if (!pe.has(s.end) && k++ < n) out.push('SENT missed ' + show(s.end, s.end).replace(/\n/g, '¶'));
  k = 0;
  for (const s of seg.sentences) if (!ge.has(s.end) && k++ < n) out.push('SENT extra  ' + show(s.end, s.end).replace(/\n/g, '¶'));
  return out;
}

export interface SegmentBench {
  readonly articles: number;
  readonly chars: number;
  readonly tokens: number;
  readonly charsPerSecond: number;
  readonly tokensPerSecond: number;
  readonly charsPerCpuSecond: number;
  readonly tokensPerCpuSecond: number;
}

/** Throughput of segmentText on the Wikinews articles (null without ../shared). */
export function benchSegment(rounds = 3): SegmentBench | null {
  const texts = wikinews().map((a) => a.text);
  if (!texts.length) return null;
  for (const t of texts) segmentText(t); // warm-up
  let chars = 0;
  let tokens = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      chars += t.length;
      tokens += segmentText(t).tokens.length;
    }
  }
  const sec = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuSec = (cpu.user + cpu.system) / 1e6;
  return {
    articles: texts.length,
    chars: chars / rounds,
    tokens: tokens / rounds,
    charsPerSecond: chars / sec,
    tokensPerSecond: tokens / sec,
    charsPerCpuSecond: chars / cpuSec,
    tokensPerCpuSecond: tokens / cpuSec,
  };
}

const pct = (x: number) => (100 * x).toFixed(2);

function main(argv: string[]): void {
  let split = 'test';
  let errors = 0;
  let bench = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--split') split = argv[++i]!;
    else if (argv[i] === '--errors') errors = Number(argv[++i]);
    else if (argv[i] === '--bench') bench = true;
    else files.push(argv[i]!);
  }
  if (!files.length) {
    if (!hasShared()) {
      console.log('eval:tokenize skipped: ../shared is not present');
      return;
    }
    for (const tb of ['en_ewt', 'en_gum']) files.push(sharedPath('data', 'ud', `${tb}-ud-${split}.conllu`));
  }
  for (const f of files) {
    if (!existsSync(f)) {
      console.log(`eval:tokenize skipped ${f}: not found`);
      continue;
    }
    const r = evalTokenization(f);
    const name = f.split('/').pop();
    console.log(
      `${name}: tokens F1 ${pct(r.tokens.f1)} (P ${pct(r.tokens.precision)} R ${pct(r.tokens.recall)}, gold ${r.tokens.gold}) | ` +
        `sentences exact-span F1 ${pct(r.sentences.f1)} (P ${pct(r.sentences.precision)} R ${pct(r.sentences.recall)}, gold ${r.sentences.gold}) | ` +
        `sentence-end F1 ${pct(r.sentenceEnds.f1)} | ${r.chars} chars, ${r.tokens.pred} tokens in ${r.ms.toFixed(0)} ms wall ` +
        `(${(r.charsPerSecond / 1e6).toFixed(2)} M chars/s, ${(r.tokensPerSecond / 1e3).toFixed(0)} k tokens/s), ${r.cpuMs.toFixed(0)} ms CPU`,
    );
    if (errors) for (const line of segmentationErrors(f, errors)) console.log('  ' + line);
  }
  if (bench) {
    const b = benchSegment();
    if (!b) console.log('bench skipped: no Wikinews corpus in ../shared');
    else {
      console.log(
        `segmentText on Wikinews (${b.articles} articles, ${b.chars} chars, ${b.tokens} tokens): ` +
          `${(b.charsPerSecond / 1e6).toFixed(2)} M chars/s, ${(b.tokensPerSecond / 1e3).toFixed(0)} k tokens/s wall; ` +
          `${(b.charsPerCpuSecond / 1e6).toFixed(2)} M chars/s, ${(b.tokensPerCpuSecond / 1e3).toFixed(0)} k tokens/s per CPU second`,
      );
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
