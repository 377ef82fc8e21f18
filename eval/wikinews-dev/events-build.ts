// `npx tsx eval/wikinews-dev/events-build.ts`: turns the hand-written annotations in
// events-source.txt into events.jsonl with half-open UTF-16 offsets into each document text (as
// eval/wikinews-dev/articles.ts reads it). Every span is written as an exact snippet; the script
// fails loudly on a snippet that is missing or ambiguous, so the JSONL is reproducible and reviewable.
//
// events-source.txt: `@ <article id>` starts an article; then one event a line, fields split by " | ":
//   trigger | source mention | SOURCE CODE | target mention or - | TARGET CODE or - | CAMEO code |
//   (a mention `-` with a code: an implicit actor the text does not name in a span, matched by code)
//   modality | date or - | date_how | flags (opt) [# note]
// A snippet `left [[span]] right` marks `span` inside a longer unique context. The trigger must be
// unique in the document; a mention is looked up in the trigger's sentence, then its paragraph, then
// the document, and must be unique where it is first found.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { devArticles, type DevArticle } from './articles.js';
import { cameoTable } from '../../src/stages/events/lexicon.js';
import { NewsgraphError } from '../../src/core/errors.js';
import { goldSentenceAt, type GoldSpan, type GoldEvent, MODALITIES, DATE_HOW } from './events-gold.js';

const DIR = new URL('.', import.meta.url).pathname;
const SOURCE = join(DIR, 'events-source.txt');
const OUT = join(DIR, 'events.jsonl');

function fail(line: number, msg: string): never {
  throw new NewsgraphError('E030', `events-source.txt:${line}: ${msg}`, SOURCE);
}

const WORD = /[\p{L}\p{N}]/u;

/** every start offset of `needle` in text[from, to) that does not cut a word ("he" is not in "The") */
export function occurrences(text: string, needle: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle, from); i >= 0 && i + needle.length <= to; i = text.indexOf(needle, i + 1)) {
    const cutsBefore = WORD.test(needle[0]!) && i > 0 && WORD.test(text[i - 1]!);
    const cutsAfter = WORD.test(needle[needle.length - 1]!) && WORD.test(text[i + needle.length] ?? '');
    if (!cutsBefore && !cutsAfter) out.push(i);
  }
  return out;
}

/** resolves a snippet (optionally `left [[span]] right`) uniquely within the first window that holds it */
export function resolve(text: string, snippet: string, windows: Array<[number, number]>, line: number, what: string): GoldSpan {
  const m = /^(.*)\[\[(.+?)\]\](.*)$/.exec(snippet);
  const whole = m ? m[1]! + m[2]! + m[3]! : snippet;
  const lead = m ? m[1]!.length : 0;
  const len = m ? m[2]!.length : snippet.length;
  for (const [from, to] of windows) {
    const hits = occurrences(text, whole, from, to);
    if (hits.length > 1) fail(line, `${what} "${snippet}" is ambiguous (${hits.length} hits): give more context with [[ ]]`);
    if (hits.length === 1) return { start: hits[0]! + lead, end: hits[0]! + lead + len, text: text.slice(hits[0]! + lead, hits[0]! + lead + len) };
  }
  return fail(line, `${what} "${snippet}" not found`);
}

function paragraphAt(text: string, at: number): [number, number] {
  const before = text.lastIndexOf('\n\n', at);
  const after = text.indexOf('\n\n', at);
  return [before < 0 ? 0 : before, after < 0 ? text.length : after];
}

export function buildGold(): GoldEvent[] {
  const articles = new Map<string, DevArticle>(devArticles().map((a) => [a.id, a]));
  const codes = cameoTable();
  const lines = readFileSync(SOURCE, 'utf8').split('\n');
  const out: GoldEvent[] = [];
  let art: DevArticle | null = null;
  let n = 0;
  lines.forEach((raw, i) => {
    const line = i + 1;
    const body = raw.replace(/\s+#.*$/, '').trim();
    if (!body || body.startsWith('#')) return;
    if (body.startsWith('@')) {
      const id = body.slice(1).trim();
      art = articles.get(id) ?? fail(line, `unknown article ${id}`);
      n = 0;
      return;
    }
    if (!art) fail(line, 'an event before any "@ article" line');
    const a: DevArticle = art;
    const f = body.split(' | ').map((x) => x.trim());
    if (f.length < 9 || f.length > 10) fail(line, `expected 9 or 10 fields, found ${f.length}`);
    const [trig, srcM, srcC, tgtM, tgtC, code, modality, date, how, flags = ''] = f as [string, string, string, string, string, string, string, string, string, string?];
    const trigger = resolve(a.text, trig, [[0, a.text.length]], line, 'trigger');
    const sentence = goldSentenceAt(a.text, trigger.start);
    const para = paragraphAt(a.text, trigger.start);
    const windows: Array<[number, number]> = [[sentence.start, sentence.end], para, [0, a.text.length]];
    const actor = (m: string, c: string, role: string) => {
      if (!/^([A-Z]{3}|---)([A-Z]{3})*$/.test(c)) fail(line, `${role} code "${c}": expected a CAMEO actor code (country or --- then 3-letter parts)`);
      // an implicit actor (passive, "the bill was suspended") has no mention: it is matched by its code alone
      if (m === '-') return c.startsWith('---') ? fail(line, `${role}: an implicit actor needs a known country or organisation code`) : { mention: null, code: c };
      return { mention: resolve(a.text, m, windows, line, role), code: c };
    };
    if (!codes.has(code)) fail(line, `unknown CAMEO code ${code}`);
    if (!(MODALITIES as readonly string[]).includes(modality)) fail(line, `modality "${modality}": expected ${MODALITIES.join('/')}`);
    if (date !== '-' && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) fail(line, `date "${date}": expected YYYY, YYYY-MM, YYYY-MM-DD or -`);
    if (!(DATE_HOW as readonly string[]).includes(how)) fail(line, `date_how "${how}": expected ${DATE_HOW.join('/')}`);
    if ((date === '-') !== (how === 'none')) fail(line, 'a null date goes with date_how "none" and only with it');
    if (flags && flags !== 'opt') fail(line, `flags "${flags}": expected opt or nothing`);
    const note = /\s#\s*(.*)$/.exec(raw)?.[1] ?? null;
    out.push({
      id: `${a.id}-g${++n}`,
      doc: a.id,
      sentence,
      trigger,
      source: actor(srcM, srcC, 'source'),
      target: tgtC === '-' ? (tgtM === '-' ? null : fail(line, 'a target mention without a code')) : actor(tgtM, tgtC, 'target'),
      cameo: code,
      root: code.slice(0, 2),
      modality: modality as GoldEvent['modality'],
      date: date === '-' ? null : date,
      date_how: how as GoldEvent['date_how'],
      optional: flags === 'opt',
      ...(note ? { note } : {}),
    });
  });
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let gold: GoldEvent[];
  try {
    gold = buildGold();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
  writeFileSync(OUT, gold.map((g) => JSON.stringify(g)).join('\n') + '\n');
  const docs = new Set(gold.map((g) => g.doc)).size;
  console.log(`events.jsonl: ${gold.length} events (${gold.filter((g) => !g.optional).length} required) in ${docs} articles`);
}
