// Acronyms defined in the text: "the Committee to Protect Journalists (CPJ)" and "SABC (South African
// Broadcasting Corporation)" name one organisation twice, and every later "CPJ" is it again. The
// definition must be adjacent (the short form alone in parentheses right after the long one, or
// the long form in parentheses right after the short one) and the short form's letters must be the
// initials of the long form's capitalised words, in order ("of", "for", "and", "the", "to" are
// lower case and skipped). One side must already be a name; the other takes its type — a mention
// is made where the model found none (the long form "South African Broadcasting Cooperation" was
// read as the demonym "South African": Re-DocRED dev), and a later bare acronym no mention covers
// becomes a mention too. cluster.ts joins the two forms (an acronym after its long form joins it
// already; the long form after its acronym reads `acronymOf`).
import type { Doc, Token } from '../../core/doc.js';
import { newMention, type WorkMention } from './mention.js';
import { startsUpper } from '../../core/letter-case.js';

/** a short form or long form made from a definition beside the other ("CPJ" after "Committee to Protect Journalists (CPJ)") */
const RULE = 'entities:defined-acronym';
/** a short form: two to eight capitals (and "&"), as the text writes it */
const SHORT = /^\p{Lu}[\p{Lu}&]{1,7}$/u;
/** the longest long form we read, in tokens */
const MAX_LONG = 12;

/** The initials of the capitalised words of tokens [from, to) ("Committee to Protect Journalists" -> CPJ). */
export function initials(tokens: readonly Token[], from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) {
    for (const w of tokens[i]!.form.split('-')) if (startsUpper(w)) s += w[0];
  }
  return s;
}

export function definedAcronyms(doc: Doc, names: WorkMention[]): WorkMention[] {
  const { tokens } = doc;
  const byFrom = new Map<number, WorkMention>();
  for (const m of names) if (m.kind === 'name' && !byFrom.has(m.tokFrom)) byFrom.set(m.tokFrom, m);
  /** short form -> the mention of its definition, from the token after it on */
  const defined = new Map<string, { long: WorkMention; after: number }>();
  const added: WorkMention[] = [];
  const dropped = new Set<WorkMention>();
  for (let p = 1; p + 2 < tokens.length; p++) {
    if (tokens[p]!.form !== '(') continue;
    const sent = tokens[p]!.sent;
    // "Long Form (SHORT)"
    const short = tokens[p + 1]!;
    if (SHORT.test(short.form) && tokens[p + 2]!.form === ')' && short.sent === sent) {
      const long = names.find((m) => m.kind === 'name' && m.tokTo === p && m.tokTo - m.tokFrom >= 2 && initials(tokens, m.tokFrom, m.tokTo) === short.form);
      if (long) {
        const own = byFrom.get(p + 1);
        if (own && own.tokTo === p + 2) {
          if (own.type !== long.type) {
            own.type = long.type;
            own.rule += '+defined-acronym';
          }
        } else if (!own) added.push(shortMention(short, p + 1, long));
        if (!defined.has(short.form)) defined.set(short.form, { long, after: p + 3 });
      }
      continue;
    }
    // "SHORT (Long Form)": the short form is a name; the long form, all its words inside the parentheses
    const s = byFrom.get(p - 1);
    if (!s || s.tokTo !== p || !SHORT.test(tokens[p - 1]!.form)) continue;
    let close = p + 1;
    while (close < tokens.length && close - p <= MAX_LONG && tokens[close]!.sent === sent && tokens[close]!.form !== ')' && tokens[close]!.form !== '(') close++;
    if (tokens[close]?.form !== ')' || close - p < 3 || !startsUpper(tokens[p + 1]!.form) || !startsUpper(tokens[close - 1]!.form)) continue;
    if (initials(tokens, p + 1, close) !== tokens[p - 1]!.form) continue;
    const inside = names.filter((m) => m.tokFrom > p && m.tokTo <= close);
    const whole = inside.find((m) => m.kind === 'name' && m.tokFrom === p + 1 && m.tokTo === close);
    if (whole) {
      whole.acronymOf = s;
      if (whole.type !== s.type) {
        s.type = whole.type;
        s.rule += '+defined-acronym';
      }
    } else {
      // the model's pieces inside the long form ("South African") give way to it
      for (const m of inside) dropped.add(m);
      added.push(newMention({ start: tokens[p + 1]!.start, end: tokens[close - 1]!.end, tokFrom: p + 1, tokTo: close, sent, kind: 'name', type: s.type, rule: RULE, origin: 'acronym', acronymOf: s }));
    }
    if (!defined.has(tokens[p - 1]!.form)) defined.set(tokens[p - 1]!.form, { long: s, after: close + 1 });
  }
  if (!defined.size && !added.length) return names;
  // a later bare acronym no mention covers is the defined organisation again
  if (defined.size) {
    const covered = new Uint8Array(tokens.length);
    for (const m of [...names, ...added]) if (!dropped.has(m)) for (let i = m.tokFrom; i < m.tokTo; i++) covered[i] = 1;
    for (let i = 0; i < tokens.length; i++) {
      const d = covered[i] ? undefined : defined.get(tokens[i]!.form);
      if (d && i >= d.after) added.push(shortMention(tokens[i]!, i, d.long));
    }
  }
  const out = names.filter((m) => !dropped.has(m)).concat(added);
  // (a stable sort: a name and a body starting at the same token keep their order)
  return out.sort((a, b) => a.start - b.start);
}

function shortMention(t: Token, i: number, long: WorkMention): WorkMention {
  return newMention({ start: t.start, end: t.end, tokFrom: i, tokTo: i + 1, sent: t.sent, kind: 'name', type: long.type, rule: RULE, origin: 'acronym' });
}
