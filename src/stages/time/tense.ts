// The tense of the clause around a time expression, which decides between past and future
// readings of "on Monday" and "Feb. 28". Uses the tagger's Penn tags when the syntax stage has
// run (VBD, MD will/shall), else the markers in data/time-tense.tsv and regular "-ed" forms. The
// marker nearest to the expression in its sentence wins (ties: the one before it), so in "said
// on Monday that talks will resume on Friday" Monday is past and Friday future.
import type { Doc } from '../../core/doc.js';
import { timeLexicon } from './lexicon.js';
import { MODALS, PRESENT_BE_FORMS } from '../../lexicon/function-words.js';
import { firstEndingAfter } from '../../core/span.js';

export type Tense = 'past' | 'future' | null;

/** "-ed" words that are not past tenses */
const NOT_PAST = new Set(['need', 'indeed', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'proceed', 'exceed', 'succeed', 'breed', 'greed', 'weed', 'bleed', 'deed', 'embed', 'hundred', 'sacred', 'naked', 'wicked', 'united', 'kindred']);
/** an auxiliary right before a participle makes it non-finite: "will be held", "to be signed" */
const NON_FINITE_BEFORE = new Set(['be', 'been', 'being', 'to', ...MODALS]);

/** present forms that do not announce a schedule: auxiliaries, and reporting verbs of headlines ("says") */
const PRESENT_NOT_SCHEDULE = new Set(['is', 'are', 'am', "'s", "'re", 'has', 'have', "'ve", 'does', 'do', 'says', 'say', 'tells', 'tell', 'reports', 'report', 'claims', 'claim', 'adds', 'add', 'notes', 'note', 'believes', 'believe', 'thinks', 'think', 'remains', 'remain', 'continues', 'continue', 'seems', 'seem', 'appears', 'appear', 'shows', 'show', 'suggests', 'suggest', 'means', 'mean', 'knows', 'know', 'wants', 'want', 'needs', 'need', 'stands', 'stand', 'trades', 'trade', 'lives', 'live', 'works', 'work']);

/** how near (characters) a present verb must stand to read as a schedule, left and right */
const SCHEDULE_LEFT = 40;
const SCHEDULE_RIGHT = 20;

/** how far right of a time expression (in characters) a tense marker may stand */
const RIGHT_REACH = 60;


interface Word {
  readonly form: string;
  readonly xpos: string;
  readonly start: number;
}

function wordsAround(doc: Doc, start: number): Word[] {
  const toks = doc.tokens;
  if (toks.length) {
    const i = Math.min(firstEndingAfter(toks, start), toks.length - 1);
    const sent = doc.sentences[toks[i]!.sent];
    // sentences can be huge on pathological input: look at most 30 tokens either side
    const from = Math.max(sent ? sent.tokenStart : 0, i - 30);
    const to = Math.min(sent ? sent.tokenEnd : toks.length, i + 30);
    const out: Word[] = [];
    for (let k = from; k < to; k++) out.push({ form: toks[k]!.form.toLowerCase(), xpos: toks[k]!.xpos, start: toks[k]!.start });
    return out;
  }
  // no tokens: words of the surrounding text up to sentence punctuation
  const text = doc.text;
  let a = Math.max(0, start - 240);
  let b = Math.min(text.length, start + 240);
  const left = text.slice(a, start).search(/[.!?]\s[^.!?]*$/);
  if (left >= 0) a += left + 1;
  const right = text.slice(start, b).search(/[.!?](\s|$)/);
  if (right >= 0) b = start + right;
  const out: Word[] = [];
  const re = /[\p{L}'’]+/gu;
  const seg = text.slice(a, b);
  for (let m = re.exec(seg); m; m = re.exec(seg)) out.push({ form: m[0].toLowerCase().replace('’', "'"), xpos: '', start: a + m.index });
  return out;
}

/** how far right a fronted adverbial looks for its verb */
const FRONTED_RIGHT_REACH = 200;

/** Whether the expression opens its sentence (after at most a preposition and "also"/"late"/"early") and a comma follows it. */
function isFronted(text: string, start: number, end: number, firstWordStart: number): boolean {
  if (text[end] !== ',') return false;
  const head = text.slice(Math.max(0, Math.min(firstWordStart, start - 30)), start);
  return /(?:^|[.!?"”\n]\s*)(?:(?:also|late|early|then|and|but)\s+)?(?:(?:on|in|at|by|during|early|late)\s+)?$/i.test(head);
}

/** The span between the first and the second comma after `from` (before `to` and the sentence end), or null. */
function asideAfter(text: string, from: number, to: number): { start: number; end: number } | null {
  const seg = text.slice(from, Math.min(to, text.length));
  const stop = seg.search(/[.!?;](?:\s|$)/);
  const lim = stop < 0 ? seg.length : stop;
  const a = seg.indexOf(',');
  if (a < 0 || a >= lim) return null;
  const b = seg.indexOf(',', a + 1);
  if (b < 0 || b >= lim) return null;
  return { start: from + a, end: from + b };
}

export function tenseAt(doc: Doc, start: number, end: number): Tense {
  const words = wordsAround(doc, start);
  if (!words.length) return null;
  const lex = timeLexicon();
  const tagged = words.some((w) => w.xpos !== '');
  // a fronted adverbial ("On Thursday, X, an opposition candidate for …, held a rally") belongs to
  // the main verb however long the subject is: the right side reaches to it
  const fronted = isFronted(doc.text, start, end, words[0]!.start);
  const rightReach = fronted ? FRONTED_RIGHT_REACH : RIGHT_REACH;
  // …and skips an appositive or relative clause set off by commas after the subject
  const aside = fronted ? asideAfter(doc.text, end + 1, end + FRONTED_RIGHT_REACH) : null;
  // the governing verb of a time adverbial usually comes before it ("announced Friday that it
  // will…"): the nearest marker on the left wins; only without one does the right side count (the sentence opener "On Monday, X said")
  let bestLeft: { dist: number; tense: Tense } | null = null;
  let bestRight: { dist: number; tense: Tense } | null = null;
  const consider = (i: number, tense: Tense) => {
    const w = words[i]!;
    if (w.start >= start && w.start < end) return; // a word of the expression itself
    if (aside && w.start > aside.start && w.start < aside.end) return;
    if (w.start < start) {
      const dist = start - w.start;
      if (!bestLeft || dist < bestLeft.dist) bestLeft = { dist, tense };
    } else {
      const dist = w.start - end;
      // on the right only the verb of the same clause counts ("On Wednesday, Apple introduced"),
      // not one of a later clause
      if (dist <= rightReach && (!bestRight || dist < bestRight.dist)) bestRight = { dist, tense };
    }
  };
  let schedule = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1]?.form ?? '';
    // multi-word and listed markers; a multi-word marker counts at its last word and hides the
    // words inside it ("is scheduled to" is a future, not the past "scheduled")
    let listed: Tense = null;
    let span = 1;
    for (const mk of lex.tenseByFirstWord.get(w.form) ?? []) {
      const parts = mk.parts;
      let ok = true;
      for (let j = 0; j < parts.length && ok; j++) ok = words[i + j]?.form === parts[j];
      if (ok) {
        listed = mk.tense;
        span = parts.length;
        break;
      }
    }
    if (listed === 'future' || w.form.endsWith("'ll")) {
      consider(i + span - 1, 'future');
      i += span - 1;
      continue;
    }
    if (NON_FINITE_BEFORE.has(prev)) continue;
    if (tagged) {
      // a participle outside a passive or future ("plans announced in January", "has closed")
      // reports the past too; the tagger often reads a bare past tense as VBN
      if (w.xpos === 'VBD' || (w.xpos === 'VBN' && w.form !== 'been' && !PRESENT_BE_FORMS.has(prev))) consider(i, 'past');
      else if (w.xpos === 'MD' && (w.form === 'will' || w.form === 'shall' || w.form === "'ll" || w.form === 'wo')) consider(i, 'future');
      // a present main verb with a time of its own is a schedule ("the ceasefire expires on
      // Sunday", "talks resume Monday"); reporting verbs and auxiliaries are not
      else if ((w.xpos === 'VBZ' || w.xpos === 'VBP') && !PRESENT_NOT_SCHEDULE.has(w.form)) {
        // weak: only the clause's own verb close by, and only when no past or future marker is seen
        const dist = w.start < start ? start - w.start : w.start - end;
        if (dist <= (w.start < start ? SCHEDULE_LEFT : SCHEDULE_RIGHT)) schedule = true;
      }
      // a listed past form the tagger took for a noun right after its subject ("a gunman shot
      // shoppers": shot/NN) is still the clause's verb
      else if (listed === 'past' && (w.xpos.startsWith('VB') || (w.xpos === 'NN' && /^(?:NN|NNS|NNP|NNPS|PRP)$/.test(words[i - 1]?.xpos ?? '')))) consider(i, 'past');
      continue;
    }
    if (listed === 'past') consider(i, 'past');
    else if (w.form.length >= 5 && w.form.endsWith('ed') && !NOT_PAST.has(w.form) && !PRESENT_BE_FORMS.has(prev)) consider(i, 'past');
  }
  const best = (bestLeft ?? bestRight) as { tense: Tense } | null;
  return best?.tense ?? (schedule ? 'future' : null);
}
