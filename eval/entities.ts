// NER and coreference accuracy (npm run eval:entities), running our real pipeline
// (segment -> syntax -> entities) on raw text rebuilt from ../shared:
//   - GUM test (CC BY genres): named mentions = CoNLL-style proper names derived from GUM's Entity=
//     annotation (person/organization/place mentions headed by a proper noun; the name run around
//     the head, without titles; see src/stages/entities/corpus.ts);
//   - Universal NER EWT test (PER/ORG/LOC).
// Each document's text is its sentences' `# text` lines, one sentence a line. Scoring follows
// ../shared/tools/score.py `ner`: predicted mentions of PERSON->PER, ORG->ORG, GPE/LOC/FAC->LOC,
// skipping nominal and pronoun mentions and mentions whose first word is a pronoun/article (an
// upper-case acronym such as "US" is not "us": see startsWithPronoun), spans trimmed of quotes and punctuation,
// matched exactly by UTF-16 offsets and type; P/R/F1 per type and overall (micro).
// Coreference: MUC and B3 on the GUM test news documents, with mentions matched by exact trimmed
// span; reported against all gold mentions and against person/organization/place mentions only.
// The model is trained on the corpus mix of scripts/train-ner.ts (since session 16 without UNER EWT:
// its dev file is all held out), never on these tests.
//
// Usage: npx tsx eval/entities.ts [--errors N] [--json] [--dev] [--corpora] [--breakdown]
//   --breakdown prints the errors by kind (missed / spurious / type / boundary left, right, both /
//     boundary+type) per gold type, for GUM, UNER EWT and (with --corpora) every corpus's dev slice,
//     as one table; --examples N adds N examples per cell (gold → predicted)
//   --dev scores GUM dev + the UNER EWT dev slice instead (development figures; since session 16 the
//     shipped mix trains on no UNER EWT and the slice is all of UNER EWT dev, 966 names — the shipped
//     model has seen none of it; NER_EWT_DEV_EVERY=4 / =2 with NER_EWT_DEV_FOLD give the quarter slice
//     of sessions 7-15 / a half, for a dev model trained with the same setting; src/stages/entities/corpora/index.ts)
//   --genres adds UNER EWT's figures by source genre (answers, email, newsgroup, reviews, weblog: the
//     document id's prefix): its organisations are few and clustered in few documents, and the genres'
//     ORG F1 runs from about 0.2 (reviews) to 0.8 (newsgroup), so a change is read genre by genre
//     (eval/ner-session-17.md)
//   --corpora also scores every training corpus's dev slice (src/stages/entities/corpora/) through
//     the pipeline; meaningful for a model trained without the slices (NER_DEV=1 NER_DEV_OUT=…)
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createDoc, type Doc } from '../src/core/doc.js';
import { hasShared, sharedPath } from '../src/core/paths.js';
import { segmentStage } from '../src/stages/segment/index.js';
import { syntaxStage } from '../src/stages/syntax/index.js';
import { entitiesStage } from '../src/stages/entities/index.js';
import { readGum, readUner, type CorpusDoc } from '../src/stages/entities/corpus.js';
import { ewtGenre } from '../src/stages/entities/corpora/genre-folds.js';
import { NER_CORPUS_NAMES, UNER_EWT_DEV_EVERY, UNER_EWT_DEV_FOLD, readNerCorpus } from '../src/stages/entities/corpora/index.js';
import { symbolsOnlyName } from '../src/stages/entities/corpora/partial-labels.js';
import { ERROR_KINDS, breakdownErrors, type ErrorBreakdown, type ErrorExamples } from './ner-errors.js';

const TRIM = new Set([...' \t\r\n"\'“”‘’«»,.;:—–-()']);
const NOT_NAMES = new Set(['he', 'she', 'it', 'they', 'him', 'her', 'them', 'his', 'its', 'their', 'we', 'us', 'i', 'you', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'sir', 'madam']);
const NER_MAP: Record<string, string> = { PERSON: 'PER', PER: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC' };

/**
 * Is the first word of a predicted name a pronoun or article ("the minister", "his")? An acronym
 * in capitals is not: "US" is the country, not "us" (../shared/tools/score.py lower-cases the word
 * first and so drops every predicted "US"; `pyCompatible` reproduces that for comparison).
 */
export function startsWithPronoun(seg: string, pyCompatible = false): boolean {
  const first = seg.split(' ', 1)[0]!;
  if (!pyCompatible && first.length >= 2 && /^\p{Lu}+$/u.test(first)) return false;
  return NOT_NAMES.has(first.toLowerCase());
}

export function trim(text: string, s: number, e: number): [number, number] {
  while (s < e && TRIM.has(text[s]!)) s++;
  while (e > s && TRIM.has(text[e - 1]!)) e--;
  return s < e ? [s, e] : [s, s];
}

interface Built {
  doc: Doc;
  gold: Array<{ start: number; end: number; type: string }>;
  /** character ranges of the corpus's unlabelled spans (CorpusSentence.unlabelled) */
  unlabelled?: Array<[number, number]>;
  mentions: Array<{ start: number; end: number; group: string; etype: string; heads: Array<[number, number]> }>;
}

function build(cd: CorpusDoc): Omit<Built, 'doc'> & { text: string } {
  let text = '';
  const gold: Built['gold'] = [];
  const unlabelled: Array<[number, number]> = [];
  const mentions: Built['mentions'] = [];
  for (const s of cd.sentences) {
    if (text) text += '\n';
    const base = text.length;
    text += s.text;
    for (const n of s.named) {
      // the Broad Twitter Corpus's "@" before a handle, tagged as a name of its own, is no name: a
      // pipeline that never outputs one would be charged a miss per handle (no other corpus has one of ours)
      if (symbolsOnlyName(s, n)) continue;
      const a = s.words[n.from]!;
      const b = s.words[n.to - 1]!;
      if (a.start < 0 || b.end < 0) continue;
      gold.push({ start: base + a.start, end: base + b.end, type: n.type });
    }
    for (const u of s.unlabelled ?? []) {
      const a = s.words[u.from]!;
      const b = s.words[u.to - 1]!;
      if (a.start >= 0 && b.end >= 0) unlabelled.push([base + a.start, base + b.end]);
    }
    for (const m of s.mentions) {
      const a = s.words[m.from]!;
      const b = s.words[m.to - 1]!;
      if (a.start < 0 || b.end < 0) continue;
      const heads = (m.heads ?? []).map((h) => s.words[h]).filter((w) => w && w.start >= 0).map((w) => [base + w!.start, base + w!.end] as [number, number]);
      mentions.push({ start: base + a.start, end: base + b.end, group: `${m.group}`, etype: m.etype, heads });
    }
  }
  return { text, gold, mentions, unlabelled };
}

const times = { segment: 0, syntax: 0, entities: 0 };
let syntaxError: string | null = null;

function run(text: string, id: string): Doc {
  const ctx = { published: null, options: {} };
  let t = performance.now();
  let d = segmentStage.run(createDoc(text, { id }), ctx);
  times.segment += performance.now() - t;
  t = performance.now();
  try {
    d = syntaxStage.run(d, ctx);
  } catch (e) {
    // the parser model may not be built yet: entities work from tokens alone
    syntaxError ??= (e as Error).message;
  }
  times.syntax += performance.now() - t;
  t = performance.now();
  d = entitiesStage.run(d, ctx);
  times.entities += performance.now() - t;
  return d;
}

type Counts = Record<string, { tp: number; pred: number; gold: number }>;

function prf(c: { tp: number; pred: number; gold: number }) {
  const p = c.pred ? c.tp / c.pred : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { p: +p.toFixed(4), r: +r.toFixed(4), f1: +(p + r ? (2 * p * r) / (p + r) : 0).toFixed(4), ...c };
}

/**
 * P/R/F1 of the documents' names. `skipUnlabelled`: a predicted name inside one of the corpus's
 * unlabelled spans that is no gold name is not scored — a flat corpus (CrossNER) does not say whether
 * the "United Kingdom" of "2010 United Kingdom general election" is a place, GUM and UNER say it is.
 */
export function scoreNer(items: ReadonlyArray<{ doc: Doc; gold: Built['gold']; unlabelled?: Built['unlabelled'] }>, errors: string[] = [], maxErrors = 0, breakdown?: ErrorBreakdown, pyCompatible = false, examples?: ErrorExamples, skipUnlabelled = false) {
  const c: Counts = {};
  for (const typ of ['PER', 'ORG', 'LOC', 'ALL']) c[typ] = { tp: 0, pred: 0, gold: 0 };
  for (const { doc, gold, unlabelled } of items) {
    const text = doc.text;
    const gs = new Set(gold.map((g) => `${trim(text, g.start, g.end).join(':')}:${g.type}`));
    const ps = new Set<string>();
    const inUnlabelled = (k: string) => {
      const [s, e] = k.split(':').map(Number);
      return skipUnlabelled && !gs.has(k) && (unlabelled ?? []).some(([a, b]) => a <= s! && e! <= b);
    };
    for (const e of doc.entities) {
      const t = NER_MAP[e.type];
      if (!t) continue;
      for (const m of e.mentions) {
        // NER scores names: a nominal ("Greek authorities", "the minister") or a pronoun joins an
        // entity by coreference and is no name of its own
        if (m.kind === 'nominal' || m.kind === 'pronoun') continue;
        const seg = text.slice(m.start, m.end).trim();
        if (!seg || startsWithPronoun(seg, pyCompatible)) continue;
        const k = `${trim(text, m.start, m.end).join(':')}:${t}`;
        if (!inUnlabelled(k)) ps.add(k);
      }
    }
    for (const typ of ['PER', 'ORG', 'LOC', 'ALL']) {
      const gg = [...gs].filter((k) => typ === 'ALL' || k.endsWith(`:${typ}`));
      const pp = [...ps].filter((k) => typ === 'ALL' || k.endsWith(`:${typ}`));
      c[typ]!.tp += pp.filter((k) => gs.has(k)).length;
      c[typ]!.pred += pp.length;
      c[typ]!.gold += gg.length;
    }
    if (breakdown) breakdownErrors(gs, ps, breakdown, text, examples);
    if (errors.length < maxErrors) {
      const show = (k: string) => {
        const [s, e, t] = k.split(':');
        return `${t}:${text.slice(+s!, +e!)}`;
      };
      for (const k of ps) if (!gs.has(k) && errors.length < maxErrors) errors.push(`FP ${doc.id} ${show(k)}`);
      for (const k of gs) if (!ps.has(k) && errors.length < maxErrors) errors.push(`FN ${doc.id} ${show(k)}`);
    }
  }
  return Object.fromEntries(Object.entries(c).map(([k, v]) => [k, prf(v)]));
}

/** MUC and B3 (CoNLL-2012 formulas; twinless mentions count as singletons on their side). */
export function scoreCoref(key: string[][], response: string[][]) {
  const clusterOf = (cl: string[][]) => {
    const m = new Map<string, number>();
    cl.forEach((c, i) => c.forEach((x) => m.set(x, i)));
    return m;
  };
  const muc = (k: string[][], r: string[][]) => {
    const rm = clusterOf(r);
    let num = 0;
    let den = 0;
    for (const c of k) {
      const parts = new Set(c.map((x) => (rm.has(x) ? `r${rm.get(x)}` : `s${x}`)));
      num += c.length - parts.size;
      den += c.length - 1;
    }
    return den ? num / den : 0;
  };
  const b3 = (k: string[][], r: string[][]) => {
    const rm = clusterOf(r);
    let num = 0;
    let den = 0;
    for (const c of k) {
      const counts = new Map<number, number>();
      for (const x of c) if (rm.has(x)) counts.set(rm.get(x)!, (counts.get(rm.get(x)!) ?? 0) + 1);
      for (const n of counts.values()) num += (n * n) / c.length;
      den += c.length;
    }
    return den ? num / den : 0;
  };
  const f = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
  const mr = muc(key, response);
  const mp = muc(response, key);
  const br = b3(key, response);
  const bp = b3(response, key);
  const r4 = (x: number) => +x.toFixed(4);
  return { muc: { p: r4(mp), r: r4(mr), f1: r4(f(mp, mr)) }, b3: { p: r4(bp), r: r4(br), f1: r4(f(bp, br)) } };
}

/**
 * Key and response clusters. `head`: a predicted mention also matches the smallest gold mention
 * that contains it and whose head word it covers ("United States" for gold "the United States",
 * "Hegseth" for "Hegseth 's"); otherwise spans must be equal after trimming.
 */
function corefClusters(b: Built, types: ReadonlySet<string> | null, head = false) {
  const text = b.doc.text;
  const key = new Map<string, string[]>();
  const keySpans = new Set<string>();
  for (const m of b.mentions) {
    if (types && !types.has(m.etype)) continue;
    const k = trim(text, m.start, m.end).join(':');
    keySpans.add(k);
    const l = key.get(m.group) ?? [];
    if (!l.includes(k)) l.push(k);
    key.set(m.group, l);
  }
  const resp: string[][] = [];
  let predMentions = 0;
  let matched = 0;
  const gold = b.mentions.filter((m) => !types || types.has(m.etype));
  const keyOf = (m: { start: number; end: number }) => {
    const k = trim(text, m.start, m.end).join(':');
    if (!head || keySpans.has(k)) return k;
    let best: (typeof gold)[number] | null = null;
    for (const g of gold) {
      if (g.start <= m.start && m.end <= g.end && g.heads.some(([hs, he]) => m.start <= hs && he <= m.end) && (!best || g.end - g.start < best.end - best.start)) best = g;
    }
    return best ? trim(text, best.start, best.end).join(':') : k;
  };
  for (const e of b.doc.entities) {
    const c = [...new Set(e.mentions.map(keyOf))];
    predMentions += c.length;
    matched += c.filter((k) => keySpans.has(k)).length;
    resp.push(c);
  }
  return { key: [...key.values()], resp, predMentions, matched, goldMentions: keySpans.size };
}

function main() {
  if (!hasShared()) {
    process.stdout.write('eval:entities: ../shared not found, skipped\n');
    return;
  }
  const args = process.argv.slice(2);
  const maxErrors = args.includes('--errors') ? Number(args[args.indexOf('--errors') + 1] ?? 40) : 0;
  // --dev: GUM dev and the UNER EWT dev slice, for a tuning model trained without them
  // (NER_DEV=1 NER_DEV_OUT=/tmp/ner-dev npx tsx scripts/train-ner.ts; NEWSGRAPH_NER_MODEL=/tmp/ner-dev)
  const dev = args.includes('--dev');
  const gumDocs = readGum(readFileSync(sharedPath(`data/ud/en_gum-ud-${dev ? 'dev' : 'test'}.conllu`), 'utf8'));
  const gum: Built[] = gumDocs.map((cd) => {
    const b = build(cd);
    return { doc: run(b.text, cd.id), gold: b.gold, mentions: b.mentions };
  });
  const gumTimes = { ...times };
  const gumTokens = gum.reduce((a, b) => a + b.doc.tokens.length, 0);
  // UNER EWT dev is a training corpus: --dev scores only its held-out slice (every
  // UNER_EWT_DEV_EVERY-th document), never a document the model was trained on
  const unerDocs = dev ? readNerCorpus('uner-ewt').dev : readUner(readFileSync(sharedPath('data/uner/en_ewt-ud-test.iob2'), 'utf8'));
  const uner = unerDocs.filter((d) => d.sentences.length).map((cd) => {
    const b = build(cd);
    return { doc: run(b.text, cd.id), gold: b.gold };
  });
  // per-corpus dev slices through the whole pipeline (each slice document's sentences, one a line)
  const corpora: Record<string, ReturnType<typeof scoreNer>> = {};
  // the same with predictions inside the corpus's unlabelled spans unscored (corpora that have them)
  const corporaSkipUnlabelled: Record<string, ReturnType<typeof scoreNer>> = {};
  const breakdown: Record<string, ErrorBreakdown> = { gum: {}, uner: {} };
  const examples: Record<string, ErrorExamples> = { gum: {}, uner: {} };
  const corpusItems: Array<[string, Array<{ doc: Doc; gold: Built['gold'] }>]> = [];
  if (args.includes('--corpora')) {
    for (const name of NER_CORPUS_NAMES) {
      if (name === 'gum' || name === 'uner-ewt') continue;
      const items = readNerCorpus(name).dev.map((cd) => {
        const b = build(cd);
        return { doc: run(b.text, cd.id), gold: b.gold, unlabelled: b.unlabelled };
      });
      corpora[name] = scoreNer(items, [], 0, (breakdown[name] = {}), false, (examples[name] = {}));
      if (items.some((it) => it.unlabelled?.length)) corporaSkipUnlabelled[name] = scoreNer(items, [], 0, undefined, false, undefined, true);
      corpusItems.push([name, items]);
    }
  }
  const errors: string[] = [];
  const res = {
    corpora_dev: corpora,
    corpora_dev_unlabelled_unscored: corporaSkipUnlabelled,
    gum_test: scoreNer(gum, errors, maxErrors, breakdown.gum, false, examples.gum),
    uner_ewt_test: scoreNer(uner, errors, maxErrors, breakdown.uner, false, examples.uner),
    errors_by_kind: breakdown,
    // the same with score.py's reading of "US" as the pronoun "us" (see startsWithPronoun)
    score_py_compatible: { gum_test: scoreNer(gum, [], 0, undefined, true).ALL!.f1, uner_ewt_test: scoreNer(uner, [], 0, undefined, true).ALL!.f1 },
    gum_news: scoreNer(gum.filter((b) => b.doc.id.includes('_news_'))),
    uner_by_genre: args.includes('--genres') ? Object.fromEntries([...new Set(uner.map((b) => ewtGenre(b.doc.id)))].sort().map((g) => [g, scoreNer(uner.filter((b) => ewtGenre(b.doc.id) === g))])) : {},
    coref_gum_news: {} as Record<string, unknown>,
    timing_ms: {
      gum_test: { ...gumTimes, tokens: gumTokens, entities_share_of_segment_syntax: +(gumTimes.entities / (gumTimes.segment + gumTimes.syntax)).toFixed(3) },
    },
    syntax_error: syntaxError,
  };
  const news = gum.filter((b) => b.doc.id.includes('_news_'));
  const pop = new Set(['person', 'organization', 'place']);
  for (const [label, types, head] of [['all_mentions_exact', null, false], ['all_mentions_head', null, true], ['person_org_place_head', pop, true]] as const) {
    const key: string[][] = [];
    const resp: string[][] = [];
    let pm = 0;
    let gm = 0;
    let mm = 0;
    news.forEach((b, i) => {
      const c = corefClusters(b, types, head);
      key.push(...c.key.map((k) => k.map((x) => `${i}:${x}`)));
      resp.push(...c.resp.map((k) => k.map((x) => `${i}:${x}`)));
      pm += c.predMentions;
      gm += c.goldMentions;
      mm += c.matched;
    });
    res.coref_gum_news[label] = { ...scoreCoref(key, resp), mentions: { gold: gm, pred: pm, matched: mm } };
  }
  // --write DIR: pred/gold JSONL for cross-checking with ../shared/tools/score.py ner
  if (args.includes('--write')) {
    const dir = args[args.indexOf('--write') + 1]!;
    for (const [name, items] of [['gum', gum], ['uner', uner], ...corpusItems] as const) {
      writeFileSync(`${dir}/${name}.pred.jsonl`, items.map((b) => JSON.stringify({ id: b.doc.id, text: b.doc.text, entities: b.doc.entities.map((e) => ({ type: e.type, mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, kind: m.kind })) })) })).join('\n') + '\n');
      writeFileSync(`${dir}/${name}.gold.jsonl`, items.map((b) => JSON.stringify({ id: b.doc.id, entities: b.gold })).join('\n') + '\n');
    }
  }
  if (args.includes('--json')) process.stdout.write(JSON.stringify(res, null, 1) + '\n');
  else {
    const line = (n: string, r: Record<string, ReturnType<typeof prf>>) =>
      `${n.padEnd(22)} F1 ${r.ALL!.f1.toFixed(3)} (P ${r.ALL!.p.toFixed(3)} R ${r.ALL!.r.toFixed(3)})  PER ${r.PER!.f1.toFixed(3)}  ORG ${r.ORG!.f1.toFixed(3)}  LOC ${r.LOC!.f1.toFixed(3)}  [gold ${r.ALL!.gold}]\n`;
    if (dev) process.stdout.write(`split: --dev (rows labelled test below are GUM dev and the UNER EWT dev slice, ${UNER_EWT_DEV_EVERY === 1 ? 'all of its documents (NER_EWT_DEV_EVERY=1)' : `every ${UNER_EWT_DEV_EVERY}th document${UNER_EWT_DEV_FOLD === UNER_EWT_DEV_EVERY - 1 ? '' : ` (fold ${UNER_EWT_DEV_FOLD})`}`})\n`);
    for (const [name, r] of Object.entries(corpora)) process.stdout.write(line(`${name} dev`, r));
    for (const [name, r] of Object.entries(corporaSkipUnlabelled)) process.stdout.write(line(`${name} dev*`, r));
    if (Object.keys(corporaSkipUnlabelled).length) process.stdout.write('  * predictions inside the corpus\'s unlabelled spans not scored (a name nested in "2010 United Kingdom general election")\n');
    process.stdout.write(line('GUM test', res.gum_test));
    process.stdout.write(line('GUM news', res.gum_news));
    process.stdout.write(line('UNER EWT test', res.uner_ewt_test));
    for (const [g, r] of Object.entries(res.uner_by_genre)) process.stdout.write(line(`  UNER EWT ${g}`, r));
    process.stdout.write(`as ../shared/tools/score.py ner scores (an upper-case "US" read as the pronoun "us"): GUM test F1 ${res.score_py_compatible.gum_test.toFixed(3)}, UNER EWT test F1 ${res.score_py_compatible.uner_ewt_test.toFixed(3)}\n`);
    for (const [k, v] of Object.entries(res.coref_gum_news)) process.stdout.write(`coref GUM news (${k}): ${JSON.stringify(v)}\n`);
    process.stdout.write(`timing (GUM test, ${gumTokens} tokens): ${JSON.stringify(res.timing_ms.gum_test)}\n`);
    if (syntaxError) process.stdout.write(`note: syntax stage unavailable (${syntaxError.slice(0, 100)}); entities ran on tokens only\n`);
    if (args.includes('--breakdown')) {
      const perCell = args.includes('--examples') ? Number(args[args.indexOf('--examples') + 1] ?? 5) : 0;
      process.stdout.write(`errors by kind${dev ? ' (GUM = GUM dev, UNER = the UNER EWT dev slice: all of it by default)' : ''}\n${'corpus type'.padEnd(26)}${ERROR_KINDS.map((k) => k.padStart(15)).join('')}\n`);
      for (const [name, b] of Object.entries(breakdown)) {
        for (const [t, r] of Object.entries(b).sort()) process.stdout.write(`${`${name} ${t}`.padEnd(26)}${ERROR_KINDS.map((k) => String(r[k]).padStart(15)).join('')}\n`);
      }
      if (perCell) {
        for (const [name, ex] of Object.entries(examples)) {
          for (const [cell, l] of Object.entries(ex).sort()) process.stdout.write(`  ${name} ${cell}: ${l.slice(0, perCell).join(' | ')}\n`);
        }
      }
    }
    for (const e of errors) process.stdout.write(e + '\n');
    const c = res.coref_gum_news.person_org_place_head as ReturnType<typeof scoreCoref>;
    // the last line is the summary eval/all.ts collects
    process.stdout.write(
      `entities: NER F1 GUM test ${res.gum_test.ALL!.f1.toFixed(3)} (PER ${res.gum_test.PER!.f1.toFixed(3)}, ORG ${res.gum_test.ORG!.f1.toFixed(3)}, LOC ${res.gum_test.LOC!.f1.toFixed(3)}), UNER EWT test ${res.uner_ewt_test.ALL!.f1.toFixed(3)}; coref GUM news MUC ${c.muc.f1.toFixed(3)} B3 ${c.b3.f1.toFixed(3)}\n`,
    );
  }
}

main();
