// `npx tsx scripts/convert-cameo.ts` → data/events/cameo-verbs.tsv: PETRARCH-2's CAMEO 2.0 verb
// pattern dictionary (../shared/data/events/petrarch2/CAMEO.2.0.txt, MIT, Open Event Data Alliance)
// in our frame vocabulary, so the events stage gets its breadth while keeping its own syntax-aware
// matching (the parse finds the object and the prepositional phrase; PETRARCH matched word order).
//
// What is read, and how it maps (the header of the output repeats it):
// - a verb block `--- NAME [code] ---` lists synonyms; a verb line may carry its own `[code]`.
//   Every verb of the block gets the block's patterns (PETRARCH's own reading of a synonym set).
// - a pattern `- <before> * <after> [code] # VERB`: the first plain word after `*` is the object
//   (`obj=` constraint, with `&SET` synonym sets expanded and `{A B}` phrases kept as the two words
//   "a b" — the head and the modifier before it, which match-frames.ts reads off the parse; a
//   longer phrase keeps its last two words); otherwise the first `(PREP WORD)` is a prepositional constraint
//   (`p:prep=word`, or `p:prep` for a bare `(TO)`). Words before `*` constrain the subject: not
//   converted (our actors come from the entities layer, not from pattern words).
// - `---` codes are kept: a matched `---` pattern means "this use of the verb is no event" and stops
//   the dictionary for that trigger (CRASH with a VICTIM object, DEFUSE a WEAPON).
// - `+WORD_WORD` verbs: verb + particle (up/out/down/off/back/…) → `prt`; verb + preposition
//   (ASK_FOR, SCOFF_AT) → a p: constraint; verb + noun (TAKE_LEAVE) → an obj constraint. Longer
//   phrases and forms such as IS_TO are skipped.
// - codes: `[a:b]` (PETRARCH's compound events) keeps `a`; `[:b]` (no first code) is PETRARCH's reversed
//   reading, the subject undergoing someone else's act ("came under fire"), converted as `---`; a code our
//   CAMEO table (data/events/cameo-codes.tsv, CAMEO 1.1b3) lacks is replaced by its 3-digit parent,
//   then its root; 010 "make statement" as a verb's default is dropped (every speech verb would
//   be an event — the codebook's 010 is a residual category CAMEO coders do not code for news), and
//   so is the default of a light or general verb (LIGHT_VERBS: take, make, hold, issue, call, …),
//   whose object or phrase patterns carry the event ("took control of" 1711, "held talks" 040).
// Disagreements with our hand frames (data/events/frames.tsv) are decided at run time by order:
// a hand frame that matches wins (they were written from the codebook's verb descriptions); the
// dictionary is tried only when no hand frame of the lemma yields an event. The script prints the
// lemma+object pairs where both exist with different roots, for review (data/events/README.md).
import { readFileSync, writeFileSync } from 'node:fs';
import { sharedPath, dataPath } from '../src/core/paths.js';
import { loadTsv } from '../src/core/data-loader.js';

const SRC = sharedPath('data/events/petrarch2/CAMEO.2.0.txt');
const OUT = dataPath('events/cameo-verbs.tsv');

const PARTICLES = new Set(['out', 'up', 'down', 'off', 'back', 'away', 'over', 'forward', 'aside', 'apart', 'through', 'around']);
const PREPS = new Set(['for', 'at', 'after', 'with', 'to', 'against', 'into', 'on', 'in', 'from', 'about', 'of', 'by', 'upon', 'across', 'toward', 'towards', 'under', 'over']);

interface Row {
  lemma: string;
  prt: string;
  constraint: string;
  cameo: string;
  origin: string;
}

const lines = readFileSync(SRC, 'utf8').split(/\r?\n/);
const codes = new Set(loadTsv('events/cameo-codes.tsv', ['code']).rows.map((r) => r.code!));

/** Synonym sets: &NAME → words (lowercase, underscores and trailing + dropped). */
const synsets = new Map<string, string[]>();
let i = 0;
for (; i < lines.length && !lines[i]!.startsWith('####### VERB PATTERNS'); i++) {
  const l = lines[i]!;
  const m = /^&(\w+)/.exec(l);
  if (!m) continue;
  const words: string[] = [];
  for (i++; i < lines.length && lines[i]!.startsWith('+'); i++) {
    const w = lines[i]!.slice(1).split('#')[0]!.trim().replace(/_+$/, '').replace(/_/g, ' ').toLowerCase();
    if (w) words.push(w.split(' ').pop()!);
  }
  i--;
  synsets.set(m[1]!.replace(/_+$/, ''), words);
}

function normCode(raw: string): string | null {
  const parts = raw.split(':').map((s) => s.trim());
  // "[:111]" with no first code is PETRARCH's reversed reading: the subject undergoes the act of
  // someone the pattern leaves to a phrase ("came under fire from X" is X's 111 on the subject,
  // "received a letter", "appeared before the court", "offended Y"). Our dictionary frames take the
  // subject as the source, so such a use is coded as no event rather than with the roles inverted
  // (a hand frame in frames.tsv may code it with its agent)
  if (!parts[0] && parts[1]) return '---';
  let c = parts[0] || parts[1] || '';
  if (c === '---') return '---';
  if (!/^\d{3,4}$/.test(c)) return null;
  if (!codes.has(c)) c = c.slice(0, 3);
  if (!codes.has(c)) c = `${c.slice(0, 2)}0`;
  return codes.has(c) ? c : null;
}

/** One pattern word → the words it stands for (synonym set expanded). */
function plainWords(tok: string): string[] {
  if (tok.startsWith('&')) return synsets.get(tok.slice(1).replace(/_+$/, '')) ?? [];
  const w = tok.replace(/_+$/, '').toLowerCase();
  return /^[a-z][a-z'-]*$/.test(w) ? [w] : [];
}

/**
 * A pattern word or `{A B}` phrase → the words it stands for. A phrase keeps its modifier: "{POSSIBLE
 * STRIKE}" is `possible strike` (match-frames.ts reads it as the head "strike" with the word before
 * it, "possible"), not every "strike" — approving a possible strike threatens one (130), approving a
 * strike does not. PETRARCH matched the words in a row; the head and the word before it are what a
 * noun phrase's modifier and head keep in our parse (a longer phrase keeps its last two words; a
 * synonym set on either side is expanded). "{AIR_STRIKE}" is the phrase "air strike".
 */
function words(tok: string): string[] {
  const parts = tok.replace(/[{}]/g, '').replace(/_+$/, '').split(/[\s_]+/).filter(Boolean);
  if (parts.length === 1) return plainWords(parts[0]!);
  const [mod, head] = parts.slice(-2).map(plainWords) as [string[], string[]];
  return mod.flatMap((m) => head.map((h) => `${m} ${h}`));
}

/** Splits "( A B ) C {D E}" into groups: plain tokens, (…) phrases, {…} phrases (kept as one token "{D E}"). */
function groups(s: string): Array<{ kind: 'word' | 'pp'; toks: string[] }> {
  const out: Array<{ kind: 'word' | 'pp'; toks: string[] }> = [];
  const re = /\(([^)]*)\)|(\{[^}]*\})|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    // inside a phrase, a {…} group is one token too: "(FOR {FINANCIAL AID})"
    if (m[1] !== undefined) out.push({ kind: 'pp', toks: m[1].trim().match(/\{[^}]*\}|\S+/g) ?? [] });
    else out.push({ kind: 'word', toks: [(m[2] ?? m[3])!] });
  }
  return out;
}

function patternConstraint(after: string): string | null {
  const filler = (x: string) => x === '$' || x === '+' || x === '%' || x === '^';
  let g = groups(after).filter((x) => !(x.kind === 'word' && filler(x.toks[0]!)));
  // "(IN ^) (FOR CONSULTATION)", "(FROM ^) (WITH MEDICINE)": a phrase holding only a placeholder
  // ("in some place") constrains nothing; the phrase after it is the pattern's word ("arrived in
  // Geneva for consultations" 046, not every "came in …"; "came from X with medicine" 073, not every
  // "came from")
  if (g.length > 1 && g[0]!.kind === 'pp' && g[0]!.toks.slice(1).every(filler)) g = g.slice(1);
  const first = g[0];
  if (!first) return '';
  if (first.kind === 'word') {
    const ws = words(first.toks[0]!);
    return ws.length ? `obj=${[...new Set(ws)].join(',')}` : null;
  }
  const prep = first.toks[0]?.toLowerCase() ?? '';
  if (!PREPS.has(prep)) return null;
  const rest = first.toks.slice(1).filter((x) => !/^[$+%^]$/.test(x));
  if (!rest.length) return `p:${prep}`;
  const ws = words(rest[rest.length - 1]!);
  return ws.length ? `p:${prep}=${[...new Set(ws)].join(',')}` : null;
}

/** A verb line → lemma, particle and an extra constraint from a multiword verb; null when skipped. */
function verbOf(line: string): { lemma: string; prt: string; constraint: string; code: string | null } | null {
  const body = line.split('#')[0]!.replace(/\{[^}]*\}/g, ' ');
  const codeM = /\[([^\]]*)\]/.exec(body);
  const word = body.replace(/\[[^\]]*\]/g, ' ').trim().split(/\s+/)[0] ?? '';
  if (!word) return null;
  const code = codeM ? normCode(codeM[1]!) : null;
  const parts = word.replace(/^\+/, '').replace(/_+$/, '').toLowerCase().split('_');
  if (parts.some((p) => !/^[a-z][a-z-]*$/.test(p))) return null;
  if (parts.length === 1) return { lemma: parts[0]!, prt: '', constraint: '', code };
  if (parts.length !== 2) return null;
  const [v, w] = parts as [string, string];
  if (['is', 'be', 'was', 'were', 'are'].includes(v) || w.endsWith('ed')) return null;
  if (PARTICLES.has(w)) return { lemma: v, prt: w, constraint: '', code };
  if (PREPS.has(w)) return { lemma: v, prt: '', constraint: `p:${w}`, code };
  return { lemma: v, prt: '', constraint: `obj=${w}`, code };
}

/** irregular forms the dictionary lists with its verbs ("STRIKE {STRIKES STRIKING STRUCK}") → lemma */
const forms = new Map<string, string>();
function addForms(line: string, lemma: string): void {
  const m = /\{([^}]*)\}/.exec(line.split('#')[0]!);
  if (!m) return;
  for (const f of m[1]!.trim().split(/\s+/)) {
    const w = f.toLowerCase();
    if (/^[a-z]+$/.test(w) && w !== lemma && !forms.has(w)) forms.set(w, lemma);
  }
}

/**
 * Codes of PETRARCH's that the CAMEO codebook contradicts, decided by the codebook
 * (../shared/docs/ontology/cameo-codes.csv): lemma + object word → our code ("---" = no event by
 * itself; the content of the document, e.g. "a decree banning X", carries the event).
 */
const CODEBOOK_OVERRIDES: ReadonlyMap<string, string> = new Map([
  // 100 is "demand"; signing a decree demands nothing of anyone: the decree's content is the act
  ['sign|decree', '---'],
  ['sign|order', '---'],
]);

/** light and general verbs whose block default is dropped (their pattern rows stay) */
const LIGHT_VERBS = new Set(['take', 'make', 'give', 'have', 'get', 'go', 'come', 'put', 'set', 'hold', 'keep', 'do', 'run', 'step', 'call', 'issue', 'leave', 'begin', 'start', 'bring', 'carry', 'move', 'turn', 'see', 'hear', 'rule', 'claim', 'allege', 'send', 'stand', 'join', 'want', 'need', 'expect', 'intend', 'prefer', 'seek']);

const rows: Row[] = [];
const seen = new Set<string>();
function push(r: Row): void {
  if (r.constraint.startsWith('obj=')) {
    // a row whose object words meet an override is split: the overridden words get the codebook's code
    const ws = r.constraint.slice(4).split(',');
    const over = ws.filter((w) => CODEBOOK_OVERRIDES.has(`${r.lemma}|${w}`));
    if (over.length) {
      for (const w of over) pushOne({ ...r, constraint: `obj=${w}`, cameo: CODEBOOK_OVERRIDES.get(`${r.lemma}|${w}`)!, origin: `${r.origin} (codebook)` });
      const rest = ws.filter((w) => !over.includes(w));
      if (!rest.length) return;
      r = { ...r, constraint: `obj=${rest.join(',')}` };
    }
  }
  pushOne(r);
}
function pushOne(r: Row): void {
  const k = `${r.lemma}\t${r.prt}\t${r.constraint}`;
  if (seen.has(k)) return; // the first pattern for a lemma+constraint wins, as in PETRARCH's ordered lists
  seen.add(k);
  rows.push(r);
}

let skipped = 0;
for (; i < lines.length; i++) {
  const l = lines[i]!;
  if (l.startsWith('######## TRANSFORMATIONS')) break;
  const head = /^---\s+(\S+)\s+\[([^\]]*)\]/.exec(l);
  if (!head) continue;
  const blockName = head[1]!;
  const blockCode = normCode(head[2]!);
  const verbs: NonNullable<ReturnType<typeof verbOf>>[] = [];
  const patterns: Array<{ constraint: string; cameo: string; origin: string }> = [];
  for (i++; i < lines.length && !lines[i]!.startsWith('---') && !lines[i]!.startsWith('########'); i++) {
    const x = lines[i]!;
    if (!x.trim() || x.startsWith('#')) continue;
    if (x.startsWith('- ')) {
      const m = /^-\s+(.*?)\s*\[([^\]]*)\]\s*(?:#\s*(.*))?$/.exec(x);
      if (!m) {
        skipped++;
        continue;
      }
      const star = m[1]!.indexOf('*');
      const cameo = normCode(m[2]!);
      if (star < 0 || !cameo) {
        skipped++;
        continue;
      }
      // words before * constrain the subject: not converted (see header)
      if (m[1]!.slice(0, star).trim()) {
        skipped++;
        continue;
      }
      const c = patternConstraint(m[1]!.slice(star + 1));
      if (c === null || c === '') {
        skipped++;
        continue;
      }
      patterns.push({ constraint: c, cameo, origin: `${blockName}/${(m[3] ?? '').split(/[ ,]/)[0]!.trim()}` });
      continue;
    }
    const v = verbOf(x);
    if (v) {
      verbs.push(v);
      if (!v.prt && !v.constraint) addForms(x, v.lemma);
    } else skipped++;
  }
  i--;
  for (const v of verbs) {
    for (const p of patterns) {
      // a multiword verb's own constraint (ASK_FOR) takes precedence over the block's patterns
      if (v.constraint) continue;
      push({ lemma: v.lemma, prt: v.prt, constraint: p.constraint, cameo: p.cameo, origin: p.origin });
    }
    const own = v.code ?? blockCode;
    // a light or general verb's default says nothing on its own ("took a lead" is no seizure, "issued
    // a statement" no aid, "began" no appeal): only its object or phrase patterns are kept
    if (own && own !== '010' && !LIGHT_VERBS.has(v.lemma)) push({ lemma: v.lemma, prt: v.prt, constraint: v.constraint, cameo: own, origin: `${blockName}/${v.lemma}${v.prt ? `_${v.prt}` : ''}` });
  }
}

// disagreements with the hand frames, for review
const hand = loadTsv('events/frames.tsv', ['lemma', 'constraint', 'cameo']).rows;
let disagree = 0;
for (const h of hand) {
  if (!h.constraint?.startsWith('obj=')) continue;
  const objs = new Set(h.constraint.slice(4).split(','));
  for (const r of rows) {
    if (r.lemma !== h.lemma || !r.constraint.startsWith('obj=') || r.cameo === '---') continue;
    if (r.constraint.slice(4).split(',').some((w) => objs.has(w)) && r.cameo.slice(0, 2) !== h.cameo!.slice(0, 2)) {
      disagree++;
      if (process.argv.includes('--verbose')) console.log(`disagree ${h.lemma} ${h.constraint} ours ${h.cameo} theirs ${r.cameo} (${r.origin})`);
    }
  }
}

const header = [
  '# source: converted by scripts/convert-cameo.ts from PETRARCH-2 CAMEO.2.0.txt (CAMEO verb pattern dictionary, 30 April 2015), Open Event Data Alliance',
  '# license: MIT — Copyright (c) 2015 Open Event Data Alliance. Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions: The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.',
  '# generated: do not edit by hand; change scripts/convert-cameo.ts (or data/events/frames.tsv, which is tried first) and rerun it',
  '# columns: lemma = verb lemma; prt = particle the verb must carry; constraint = obj=<object heads> | p:<prep>[=<heads>] (a head may be a two-word phrase "modifier head": the word right before the head modifies it) | empty (the verb\'s default code); cameo = CAMEO code (--- = this use is no event); origin = PETRARCH block/verb the row comes from',
  '# code policy: [a:b] keeps a; [:b] (the subject undergoes the act) is ---; a code missing from cameo-codes.tsv (CAMEO 1.1b3) becomes its 3-digit parent, then its root; a verb default of 010 is dropped; hand frames win where both match (see data/events/README.md)',
  'lemma\tprt\tconstraint\tcameo\torigin',
];
writeFileSync(OUT, [...header, ...rows.map((r) => [r.lemma, r.prt, r.constraint, r.cameo, r.origin].join('\t'))].join('\n') + '\n');
const FORMS = dataPath('events/cameo-verb-forms.tsv');
writeFileSync(
  FORMS,
  [
    '# source: irregular verb forms listed in PETRARCH-2 CAMEO.2.0.txt (Open Event Data Alliance), extracted by scripts/convert-cameo.ts',
    '# license: MIT — Copyright (c) 2015 Open Event Data Alliance (full notice in data/events/cameo-verbs.tsv)',
    '# generated: do not edit by hand; a trigger whose lemmatizer lemma has no frame is looked up by its form here ("struck" → strike)',
    'form\tlemma',
    ...[...forms].sort(([a], [b]) => (a < b ? -1 : 1)).map(([f, l]) => `${f}\t${l}`),
  ].join('\n') + '\n',
);
console.log(`wrote ${forms.size} irregular forms to data/events/cameo-verb-forms.tsv`);
console.log(`wrote ${rows.length} rows to data/events/cameo-verbs.tsv (${skipped} pattern or verb lines skipped, ${disagree} hand-frame disagreements on the root)`);
