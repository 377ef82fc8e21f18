// Longest-match organisation names: a name ending in an organisation head word continues over
// "of", "for", "to", "on" and "and" into the capitalised words after it ("Committee" + "to Protect
// Journalists", "Ministry" + "of Foreign Affairs" + "and Trade", "Bank" + "of England"), taking in
// the shorter names found there (a place inside "Bank of England" is part of the bank's name).
// An acronym the text defines in parentheses right after the name ("the Committee to Protect
// Journalists (CPJ)") is an organisation of that name everywhere in the text: clustering then joins
// it to the long name by its initials (cluster.ts). A corporate suffix after a comma ("Google, Inc.",
// "CCNG, Inc.") belongs to the name before it, which is then a company whatever the model typed.
import type { Doc } from '../../core/doc.js';
import type { ActorKB } from '../../kb/index.js';
import { copyMention, type WorkMention } from './mention.js';

const CONNECTORS = new Set(['of', 'for', 'to', 'on', 'and', '&']);
/** the longest run of capitalised words one connector brings in */
const MAX_RUN = 5;
const isCap = (s: string) => /^[\p{Lu}\d]/u.test(s);

/** "Committee to Protect Journalists" -> CPJ (capitalised words only) */
export const initials = (words: readonly string[]) =>
  words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

export function extendOrgTails(doc: Doc, kb: ActorKB, names: WorkMention[]): WorkMention[] {
  const t = doc.tokens;
  const heads = kb.tables.words.orgWords;
  const owner = new Map<number, WorkMention>();
  for (const m of names) for (let i = m.tokFrom; i < m.tokTo; i++) owner.set(i, m);
  const absorbed = new Set<WorkMention>();
  for (const m of names) {
    if (absorbed.has(m) || m.gaz?.kind === 'person' || m.type === 'PERSON') continue;
    if (!heads.has(t[m.tokTo - 1]!.form) && !(m.type === 'ORG' && m.tokTo - m.tokFrom > 1 && hasConnector(t, m))) continue;
    const sentEnd = doc.sentences[m.sent]?.tokenEnd ?? t.length;
    let extended = false;
    for (;;) {
      const b = m.tokTo;
      const conn = t[b]?.form;
      if (b + 1 >= sentEnd || !conn || !CONNECTORS.has(conn)) break;
      let j = b + 1;
      if (conn === 'of' && t[j]!.form === 'the' && j + 1 < sentEnd) j++;
      let k = j;
      while (k < sentEnd && isCap(t[k]!.form) && k - j < MAX_RUN) k++;
      if (k === j) break;
      // "on" before a weekday, month or holiday starts a date, not the name's tail ("the West Bank on
      // Monday", "the Security Council on March 3")
      if (conn === 'on' && kb.tables.words.notNames.has(t[j]!.form)) break;
      // "and" joins a short tail that names no organisation or person of its own ("and Trade"),
      // never a second name ("the Ministry of Defence and Barclays Bank", "… and Russia")
      if (conn === 'and' || conn === '&') {
        if (k - j > 2 || !hasConnector(t, m) || heads.has(t[k - 1]!.form) || rangeOwners(owner, j, k).some((o) => o.type === 'PERSON' || o.gaz)) break;
      }
      // "to" needs a capitalised verb and its object ("to Protect Journalists"), not "to Moscow"
      if (conn === 'to' && (k - j < 2 || rangeOwners(owner, j, k).some((o) => o.gaz))) break;
      const inside = rangeOwners(owner, b, k);
      if (inside.some((o) => o.type === 'PERSON' || o.tokTo > k)) break;
      for (const o of inside) if (o !== m) absorbed.add(o);
      for (let i = b; i < k; i++) owner.set(i, m);
      m.tokTo = k;
      m.end = t[k - 1]!.end;
      m.type = 'ORG';
      if (m.gaz && m.gaz.kind !== 'igo' && m.gaz.kind !== 'media') m.gaz = undefined;
      extended = true;
    }
    if (extended) m.rule += '+org-tail';
  }
  const out = names.filter((m) => !absorbed.has(m));
  defineAcronyms(doc, out);
  return joinCommaSuffix(doc, out);
}

/** corporate suffixes written after a comma ("Acme, Inc."): as tokens, with and without the full stop */
export const COMMA_SUFFIXES: ReadonlySet<string> = new Set(['Inc', 'Inc.', 'Corp', 'Corp.', 'Ltd', 'Ltd.', 'LLC', 'L.L.C.', 'LLP', 'L.P.', 'LP', 'plc', 'PLC', 'Co.', 'N.V.', 'S.A.', 'AG', 'GmbH']);

/** "<name> , Inc.": the name takes the comma and the suffix; a name the model started at the suffix ("Inc. of Mountain View") keeps only what follows "of"/"in" */
function joinCommaSuffix(doc: Doc, names: WorkMention[]): WorkMention[] {
  const t = doc.tokens;
  const startsAt = new Map<number, WorkMention>();
  for (const m of names) startsAt.set(m.tokFrom, m);
  const dropped = new Set<WorkMention>();
  const added: WorkMention[] = [];
  for (const m of names) {
    // the model may run the company on past its suffix ("Google, Inc. of Mountain View" as one name):
    // a corporate suffix ends a company's name, and a capitalised name after "of"/"in" is its place
    for (let i = m.tokFrom + 1; m.kind === 'name' && i + 3 < m.tokTo; i++) {
      if (t[i]!.form !== ',' || !COMMA_SUFFIXES.has(t[i + 1]!.form) || (t[i + 2]!.form !== 'of' && t[i + 2]!.form !== 'in') || !isCap(t[i + 3]!.form)) continue;
      added.push(copyMention(m, { tokFrom: i + 3, start: t[i + 3]!.start, type: 'GPE', gaz: undefined, title: undefined, titleEntry: undefined, rule: `${m.rule}+suffix-place` }));
      m.tokTo = i + 2;
      m.end = t[i + 1]!.end;
      m.type = 'ORG';
      m.gaz = undefined;
      m.rule += '+comma-suffix';
      break;
    }
    const s = m.tokTo;
    if (m.kind !== 'name' || dropped.has(m) || t[s]?.form !== ',' || !COMMA_SUFFIXES.has(t[s + 1]?.form ?? '') || t[s + 1]!.sent !== t[m.tokFrom]!.sent) continue;
    const after = startsAt.get(s + 1);
    if (after && after !== m) {
      let k = s + 2;
      if (k < after.tokTo && (t[k]!.form === 'of' || t[k]!.form === 'in')) k++;
      if (k < after.tokTo && isCap(t[k]!.form)) {
        after.tokFrom = k;
        after.start = t[k]!.start;
      } else dropped.add(after);
    }
    m.tokTo = s + 2;
    m.end = t[s + 1]!.end;
    if (m.type !== 'ORG') m.gaz = undefined;
    m.type = 'ORG';
    m.title = undefined;
    m.titleEntry = undefined;
    m.rule += '+comma-suffix';
  }
  const kept = dropped.size ? names.filter((m) => !dropped.has(m)) : names;
  return added.length ? [...kept, ...added].sort((a, b) => a.tokFrom - b.tokFrom) : kept;
}

function hasConnector(t: Doc['tokens'], m: WorkMention): boolean {
  for (let i = m.tokFrom + 1; i < m.tokTo - 1; i++) if (CONNECTORS.has(t[i]!.form)) return true;
  return false;
}

function rangeOwners(owner: ReadonlyMap<number, WorkMention>, from: number, to: number): WorkMention[] {
  const out = new Set<WorkMention>();
  for (let i = from; i < to; i++) {
    const o = owner.get(i);
    if (o) out.add(o);
  }
  return [...out];
}

/** "<organisation> (ACR)": every mention of ACR in the text is an organisation */
function defineAcronyms(doc: Doc, names: WorkMention[]): void {
  const t = doc.tokens;
  const defined = new Set<string>();
  for (const m of names) {
    if (m.type !== 'ORG' || m.tokTo - m.tokFrom < 2) continue;
    const [open, acr, close] = [t[m.tokTo], t[m.tokTo + 1], t[m.tokTo + 2]];
    if (open?.form !== '(' || close?.form !== ')' || !acr || !/^\p{Lu}{2,8}$/u.test(acr.form)) continue;
    const words = t.slice(m.tokFrom, m.tokTo).map((x) => x.form);
    if (initials(words) === acr.form) defined.add(acr.form);
  }
  if (!defined.size) return;
  for (const m of names) {
    if (m.tokTo - m.tokFrom === 1 && defined.has(t[m.tokFrom]!.form) && m.type !== 'ORG') {
      m.type = 'ORG';
      m.rule += '+defined-acronym';
    }
  }
}
