// Titles and names stay apart. In "U.K. Defense Secretary John Healey" the person mention is "John
// Healey", its title span "Defense Secretary" (the role) and "U.K." a mention of the United Kingdom
// that says whose role it is. This refiner (1) peels country words and titles off the front of
// person spans the model over-extended, (2) finds the title (and its country) just left of a name,
// (3) reads appositive roles ("Anna Berg, Sweden's foreign minister,") and (4) folds a parenthesised
// first name ("President (Donald) Trump") into the name.
import type { Doc } from '../../core/doc.js';
import { METONYM_SECTOR, type ActorKB, type GazValue, type TitleEntry } from '../../kb/index.js';
import { bestGaz, gazType } from './candidates.js';
import { newMention, type WorkMention } from './mention.js';

/** ISO alpha-3 or IGO code a gazetteer entry stands for as the owner of a role, or null. */
export function roleOwner(g: GazValue | undefined, kb: ActorKB): string | null {
  if (!g) return null;
  switch (g.kind) {
    case 'country':
    case 'demonym':
    case 'capital':
      return g.id;
    case 'metonym':
      return kb.tables.metonyms[g.index]!.country;
    case 'igo':
      return g.id;
    default:
      return null;
  }
}

const OWNER_KINDS = new Set(['country', 'demonym', 'metonym', 'igo', 'capital']);

/** Grow a title left over portfolio words ("Kenyan Agriculture | Minister"). */
function withPortfolio(doc: Doc, kb: ActorKB, t: TitleHit, min: number): TitleHit {
  let from = t.from;
  while (from - 1 >= min && from > t.from - 3 && kb.tables.words.portfolios.has(doc.tokens[from - 1]!.form)) from--;
  return from === t.from ? t : { ...t, from };
}

/** lower-case words allowed between an owner and its title ("the U.N. humanitarian coordinator", "the EU's chief spokeswoman") */
const MODIFIER = /^\p{Ll}[\p{Ll}-]*$/u;

interface TitleHit {
  from: number;
  to: number;
  entry: TitleEntry;
}

/** The longest title that ends exactly at token `end`, starting no earlier than `min`. */
function titleEndingAt(doc: Doc, kb: ActorKB, end: number, min: number): TitleHit | null {
  let best: TitleHit | null = null;
  for (let j = end - 1; j >= Math.max(min, end - 6); j--) {
    const t = kb.titles.longestAt(doc.text, doc.tokens, j, end - j);
    if (t && t.tokenEnd === end) best = { from: j, to: end, entry: t.values[0]! };
  }
  return best;
}

/**
 * A title that starts before a person span and ends inside it: the model began the name in the
 * middle of the role ("Chief | Executive Tim Cook", "Prime | Minister Keir Starmer"), so the role's
 * tail is not part of the name. At least one word of the span stays a name.
 */
function straddlingTitle(doc: Doc, kb: ActorKB, m: WorkMention, min: number): TitleHit | null {
  for (let j = m.tokFrom - 1; j >= Math.max(min, m.tokFrom - 3); j--) {
    const t = kb.titles.longestAt(doc.text, doc.tokens, j, m.tokTo - 1 - j);
    if (t && t.tokenEnd > m.tokFrom && t.tokenEnd < m.tokTo) return { from: j, to: t.tokenEnd, entry: t.values[0]! };
  }
  return null;
}

/** A country/IGO owner mention ending at token `end` (from the candidate list or the gazetteer). */

function ownerSectorOf(g: GazValue | undefined, kb: ActorKB): string | null {
  return g?.kind === 'metonym' ? METONYM_SECTOR[kb.tables.metonyms[g.index]!.target] ?? null : null;
}

function ownerEndingAt(doc: Doc, kb: ActorKB, byEnd: ReadonlyMap<number, WorkMention[]>, end: number, min: number, dropped: ReadonlySet<WorkMention>): { owner: string; sector: string | null; mention: WorkMention | null; from: number } | null {
  const c = byEnd.get(end)?.find((n) => n.gaz && OWNER_KINDS.has(n.gaz.kind) && !dropped.has(n));
  if (c) {
    const o = roleOwner(c.gaz, kb);
    if (o) return { owner: o, sector: ownerSectorOf(c.gaz, kb), mention: c, from: c.tokFrom };
  }
  for (let j = end - 1; j >= Math.max(min, end - 5); j--) {
    const m = kb.names.longestAt(doc.text, doc.tokens, j, end - j);
    if (m && m.tokenEnd === end) {
      const g = bestGaz(m.values, kb);
      const o = OWNER_KINDS.has(g.kind) ? roleOwner(g, kb) : null;
      if (o) return { owner: o, sector: ownerSectorOf(g, kb), mention: null, from: j };
    }
  }
  return null;
}

/** "<title> for/of (the) <owner>": the owner named right after a title ("a spokesman for the U.N. mission"). */
function ownerAfter(doc: Doc, kb: ActorKB, at: number, end: number): string | null {
  return ownerPhraseAfter(doc, kb, at, end)?.owner ?? null;
}

/**
 * The owner after a title and, when the owner's own body follows it ("head of Iran's Quds Force",
 * "commander of Sudan's Rapid Support Forces"), that body's sector: the role serves the body.
 */
function ownerPhraseAfter(doc: Doc, kb: ActorKB, at: number, end: number): { owner: string; sector: string | null } | null {
  const { tokens } = doc;
  let q = at;
  if (q >= end || !/^(for|of)$/.test(tokens[q]!.form)) return null;
  q++;
  if (q < end && /^the$/i.test(tokens[q]!.form)) q++;
  const g = q < end ? kb.names.longestAt(doc.text, tokens, q, end - q) : null;
  const gv = g ? bestGaz(g.values, kb) : null;
  const owner = gv && OWNER_KINDS.has(gv.kind) && gv.kind !== 'capital' ? roleOwner(gv, kb) : null;
  if (!owner || !g) return groupAfter(doc, kb, q, end);
  let r = g.tokenEnd;
  if (r >= end || !/^['’]s$/.test(tokens[r]!.form)) return { owner, sector: null };
  // the body's capitalised name after the possessive, up to the phrase's end
  const from = ++r;
  while (r < end && /^\p{Lu}/u.test(tokens[r]!.form)) r++;
  if (r === from) return { owner, sector: null };
  const body = doc.text.slice(tokens[from]!.start, tokens[r - 1]!.end);
  const known = kb.group(body);
  const sector = known ? sectorInCode(kb, known.code) : bodySector(kb, body);
  return { owner, sector };
}

/**
 * "spokesperson for the Bharatiya Janata Party": an organisation the knowledge base codes with a
 * country, named right after the role, owns it (its country and sector); null otherwise.
 */
function groupAfter(doc: Doc, kb: ActorKB, q: number, end: number): { owner: string; sector: string | null } | null {
  const { tokens } = doc;
  let r = q;
  while (r < end && r - q < 8 && (/^\p{Lu}/u.test(tokens[r]!.form) || (r > q && /^(of|for|and|the)$/.test(tokens[r]!.form)))) r++;
  // the longest capitalised run the knowledge base knows as a group, from its first word
  for (let e = r; e > q; e--) {
    if (!/^\p{Lu}/u.test(tokens[e - 1]!.form)) continue;
    const words = doc.text.slice(tokens[q]!.start, tokens[e - 1]!.end);
    const known = kb.group(words) ?? groupOfAcronym(doc, kb, words);
    const iso = known?.code.slice(0, 3);
    if (known && iso && kb.country(iso)) return { owner: iso, sector: sectorInCode(kb, known.code) };
  }
  return null;
}

/**
 * "a spokesman for the PMF" after "the Popular Mobilization Forces (PMF)": an acronym the article
 * defined in parentheses names the group whose full name precedes that definition.
 */
function groupOfAcronym(doc: Doc, kb: ActorKB, acronym: string): ReturnType<ActorKB['group']> {
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return null;
  const at = doc.text.indexOf(`(${acronym})`);
  if (at < 0) return null;
  // the capitalised words right before the parenthesis, longest first (up to six)
  const before = doc.text.slice(Math.max(0, at - 120), at).trimEnd().split(/\s+/);
  for (let n = Math.min(6, before.length); n >= 1; n--) {
    const name = before.slice(before.length - n).join(' ');
    if (!/^\p{Lu}/u.test(name)) continue;
    const known = kb.group(name);
    if (known) return known;
  }
  return null;
}

/** the first of our sectors inside a CAMEO code past its country (IRNMIL -> MIL) */
function sectorInCode(kb: ActorKB, code: string): string | null {
  for (let i = 3; i + 3 <= code.length; i += 3) if (kb.tables.sectors.has(code.slice(i, i + 3))) return code.slice(i, i + 3);
  return null;
}

/** the sector the last organisation head word of a phrase names ("Senate Minority" -> LEG), or null */
function bodySector(kb: ActorKB, words: string): string | null {
  const w = words.split(/\s+/);
  for (let i = w.length - 1; i >= 0; i--) {
    const s = kb.tables.words.orgWords.get(w[i]!);
    if (s) return s;
  }
  return null;
}

/** a capitalised word between an owner and its title ("the Supreme Leader of Iran", "The Senate Minority Leader") */
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/**
 * Role nouns read only in an appositive with an owner after them ("Qasem Soleimani, head of Iran's
 * Quds Force,"): too common as words to be titles before a name, where the title table is read.
 */
const APPOSITIVE_ROLES: ReadonlyMap<string, TitleEntry> = new Map(
  ['head', 'chief'].map((w) => [w, { title: w, variants: [w], sector: '', example: `Qasem Soleimani, ${w} of Iran's Quds Force, was killed.` }]),
);

/** "(The) [owner('s)] [modifiers] title [for/of …]" filling tokens [start, comma); capitalised
 * modifiers that name a body ("The Senate Minority Leader,") give a sectorless title its sector */
function preposedTitle(doc: Doc, kb: ActorKB, start: number, comma: number): (TitleHit & { owner: string | null; bodySector: string | null }) | null {
  const { text, tokens } = doc;
  let q = start;
  if (/^(the|a|an)$/i.test(tokens[q]!.form)) q++;
  let owner: string | null = null;
  const g = q < comma ? kb.names.longestAt(text, tokens, q, comma - q) : null;
  if (g) {
    const gv = bestGaz(g.values, kb);
    if (!OWNER_KINDS.has(gv.kind)) return null;
    owner = roleOwner(gv, kb);
    q = g.tokenEnd;
    if (q < comma && /^['’]s$/.test(tokens[q]!.form)) q++;
  }
  for (let skip = 0; skip <= 2 && q + skip < comma; skip++) {
    if (skip && !MODIFIER.test(tokens[q + skip - 1]!.form) && !CAPITALISED.test(tokens[q + skip - 1]!.form)) return null;
    const t = kb.titles.longestAt(text, tokens, q + skip, comma - q - skip);
    if (!t) continue;
    const rest = comma - t.tokenEnd;
    if (rest > 6 || (rest > 0 && !/^(for|of)$/.test(tokens[t.tokenEnd]!.form))) return null;
    for (let k = t.tokenEnd; k < comma; k++) if (/^[,;:]$/.test(tokens[k]!.form)) return null;
    const body = skip ? bodySector(kb, text.slice(tokens[q]!.start, tokens[q + skip - 1]!.end)) : null;
    const capitalised = skip > 0 && tokens.slice(q, q + skip).every((x) => CAPITALISED.test(x.form));
    return { from: capitalised ? q : q + skip, to: t.tokenEnd, entry: t.values[0]!, owner: owner ?? ownerAfter(doc, kb, t.tokenEnd, comma), bodySector: body };
  }
  return null;
}

function gazMention(doc: Doc, g: GazValue, from: number, to: number, sent: number, rule: string, appositive = false): WorkMention {
  return newMention({ start: doc.tokens[from]!.start, end: doc.tokens[to - 1]!.end, tokFrom: from, tokTo: to, sent, kind: 'name', type: gazType(g), rule, origin: 'owner', gaz: g, appositive: appositive || undefined });
}

/** `only`: restrict to some person mentions (the second pass over names added by propagation). */
export function splitTitles(doc: Doc, kb: ActorKB, names: WorkMention[], only?: (m: WorkMention) => boolean): WorkMention[] {
  const { text, tokens } = doc;
  const out: WorkMention[] = [];
  const drop = new Set<WorkMention>();
  // candidates by end token, so neighbours are found by lookup rather than by scanning all names
  const byEnd = new Map<number, WorkMention[]>();
  for (const n of names) {
    const l = byEnd.get(n.tokTo) ?? [];
    l.push(n);
    byEnd.set(n.tokTo, l);
  }
  for (const m of names) {
    if (m.type !== 'PERSON' || (only && !only(m))) {
      out.push(m);
      continue;
    }
    const sent = doc.sentences[m.sent]!;
    // (1) peel owner words and titles off the front
    let p = m.tokFrom;
    let owner: string | null = null;
    let ownerSector: string | null = null;
    let title: TitleHit | null = straddlingTitle(doc, kb, m, sent.tokenStart);
    if (title) p = title.to;
    for (let guard = 0; guard < 4 && p < m.tokTo - 1; guard++) {
      if (kb.tables.words.honorifics.has(tokens[p]!.form)) {
        p++;
        continue;
      }
      const g = kb.names.longestAt(text, tokens, p, m.tokTo - 1 - p);
      const gv = g ? bestGaz(g.values, kb) : null;
      if (g && gv && OWNER_KINDS.has(gv.kind)) {
        out.push(gazMention(doc, gv, p, g.tokenEnd, m.sent, `entities:split-owner-${gv.kind}`));
        owner = roleOwner(gv, kb);
        p = g.tokenEnd;
        continue;
      }
      const t = kb.titles.longestAt(text, tokens, p, m.tokTo - 1 - p);
      if (t) {
        title = { from: p, to: t.tokenEnd, entry: t.values[0]! };
        p = t.tokenEnd;
        continue;
      }
      break;
    }
    if (p !== m.tokFrom) {
      m.tokFrom = p;
      m.start = tokens[p]!.start;
      m.rule += '+split-title';
    }
    // (4) "President (Donald) Trump": a parenthesised capitalised word right before the name
    let left = m.tokFrom;
    if (left - 3 >= sent.tokenStart && tokens[left - 1]!.form === ')' && tokens[left - 3]!.form === '(' && /^\p{Lu}\p{Ll}+$/u.test(tokens[left - 2]!.form)) {
      m.fullName = `${tokens[left - 2]!.form} ${text.slice(m.start, m.end)}`;
      const inner = byEnd.get(left - 1)?.find((n) => n.tokFrom === left - 2);
      if (inner) drop.add(inner);
      left -= 3;
      m.rule += '+paren-first-name';
    }
    // (2) a title right before the name, and its owner before that; a title peeled off the span may
    // continue to its left ("U.K. Defense | Secretary John Healey")
    if (!title) title = titleEndingAt(doc, kb, left, sent.tokenStart);
    else {
      const longer = titleEndingAt(doc, kb, title.to, sent.tokenStart);
      if (longer && longer.from < title.from) title = longer;
    }
    if (title) title = withPortfolio(doc, kb, title, sent.tokenStart);
    if (title) {
      m.title = { start: tokens[title.from]!.start, end: tokens[title.to - 1]!.end };
      m.titleEntry = title.entry;
      // a model span running into the title ("U.K. Defense" as an ORG) is not a name
      for (let e = title.from + 1; e <= m.tokFrom; e++) for (const n of byEnd.get(e) ?? []) if (n !== m && !n.gaz && n.tokFrom < title.to) drop.add(n);
      if (!owner) {
        const o = ownerEndingAt(doc, kb, byEnd, title.from, sent.tokenStart, drop);
        if (o) {
          owner = o.owner;
          ownerSector = o.sector;
          if (!o.mention) {
            const g = kb.names.longestAt(text, tokens, o.from, title.from - o.from)!;
            out.push(gazMention(doc, bestGaz(g.values, kb), o.from, title.from, m.sent, 'entities:title-owner'));
          }
        } else {
          // the owner named inside an organisation phrase before the title: "Chinese Foreign Ministry
          // spokesman", "African Union Commission chairperson" (the first owner to the left wins)
          for (let e = title.from - 1; e > Math.max(sent.tokenStart, title.from - 5) && !owner; e--) {
            if (!/^\p{Lu}/u.test(tokens[e]!.form)) break;
            const o2 = ownerEndingAt(doc, kb, byEnd, e, sent.tokenStart, drop);
            if (o2) {
              owner = o2.owner;
              ownerSector = o2.sector;
              m.rule += '+title-phrase-owner';
            }
          }
        }
      }
    }
    // (3) appositive: "Name, (the) [owner('s)] title,"
    if (!title && m.tokTo + 1 < sent.tokenEnd && tokens[m.tokTo]!.form === ',') {
      let q = m.tokTo + 1;
      // a time adverb before the role ("Francis D'Souza, previously the Deputy Chief Minister of Goa,")
      if (q + 1 < sent.tokenEnd && tokens[q]!.pos === 'ADV' && /^\p{Ll}+$/u.test(tokens[q]!.form)) q++;
      if (/^(the|a|an)$/i.test(tokens[q]!.form)) q++;
      let appOwner: string | null = null;
      const g = q < sent.tokenEnd ? kb.names.longestAt(text, tokens, q, sent.tokenEnd - q) : null;
      if (g) {
        const gv = bestGaz(g.values, kb);
        if (OWNER_KINDS.has(gv.kind)) {
          appOwner = roleOwner(gv, kb);
          if (!byEnd.get(g.tokenEnd)?.some((n) => n.tokFrom === q)) out.push(gazMention(doc, gv, q, g.tokenEnd, m.sent, 'entities:appositive-owner', true));
          q = g.tokenEnd;
          if (q < sent.tokenEnd && /^['’]s$/.test(tokens[q]!.form)) q++;
        }
      }
      // up to two modifiers before the title: lower-case ("humanitarian coordinator", "chief
      // spokeswoman") or capitalised ("the Supreme Leader of Iran")
      const start = q;
      // the role ends the appositive or takes its owner after it ("Deputy | Chief Minister of Goa,"
      // is read as one role, not "Deputy" followed by more words)
      const closes = (end: number) => {
        const f = tokens[end]?.form;
        return f === undefined || /^[,.;:)—–-]$/.test(f) || f === 'of' || f === 'for';
      };
      let t = q < sent.tokenEnd ? kb.titles.longestAt(text, tokens, q, sent.tokenEnd - q) : null;
      if (t && !closes(t.tokenEnd) && CAPITALISED.test(tokens[q]!.form)) t = null;
      for (let skip = 1; !t && skip <= 2 && q + skip < sent.tokenEnd && (MODIFIER.test(tokens[q + skip - 1]!.form) || CAPITALISED.test(tokens[q + skip - 1]!.form)); skip++) {
        t = kb.titles.longestAt(text, tokens, q + skip, sent.tokenEnd - q - skip);
        if (t && !closes(t.tokenEnd) && q + skip + 1 < sent.tokenEnd && CAPITALISED.test(tokens[q + skip]!.form)) t = null;
        if (t) q += skip;
      }
      let entry = t?.values[0] ?? null;
      let titleEnd = t?.tokenEnd ?? -1;
      // "head of Iran's Quds Force": a role noun that needs its owner right after it
      const role = !t && !appOwner && q + 1 < sent.tokenEnd ? APPOSITIVE_ROLES.get(tokens[q]!.form) : undefined;
      const roleOwnerAfter = role ? ownerPhraseAfter(doc, kb, q + 1, sent.tokenEnd) : null;
      if (role && roleOwnerAfter) {
        entry = role;
        titleEnd = q + 1;
      }
      const after = entry ? tokens[titleEnd]?.form : undefined;
      if (entry && (after === undefined || /^[,.;:)—–-]$/.test(after) || after === 'of' || after === 'for')) {
        // capitalised modifiers are part of the role's name ("Supreme Leader"); lower-case ones are not
        const capitalised = q > start && tokens.slice(start, q).every((x) => CAPITALISED.test(x.form));
        m.title = { start: tokens[capitalised ? start : q]!.start, end: tokens[titleEnd - 1]!.end };
        m.titleEntry = entry;
        const phrase = appOwner ? null : ownerPhraseAfter(doc, kb, titleEnd, sent.tokenEnd);
        owner = appOwner ?? phrase?.owner ?? null;
        // a role with no sector of its own serves the body named with it ("Senate Minority Leader",
        // "head of Iran's Quds Force")
        if (!entry.sector) ownerSector = phrase?.sector ?? (q > start ? bodySector(kb, text.slice(tokens[start]!.start, tokens[q - 1]!.end)) : null);
        m.rule += '+appositive-title';
        m.appositive = true;
      }
    }
    // (5) a title phrase opening the sentence before the name: "The AU's special envoy for the
    // Sahel, Kwame Asante, met …" (the name closed by a comma; no other comma in between)
    if (!m.title && left - 1 > sent.tokenStart && tokens[left - 1]!.form === ',' && tokens[m.tokTo]?.form === ',') {
      const pre = preposedTitle(doc, kb, sent.tokenStart, left - 1);
      if (pre) {
        m.title = { start: tokens[pre.from]!.start, end: tokens[pre.to - 1]!.end };
        m.titleEntry = pre.entry;
        owner = pre.owner;
        if (!pre.entry.sector && pre.bodySector) ownerSector = pre.bodySector;
        m.rule += '+preposed-title';
      }
    }
    if (owner) m.roleCountry = owner;
    if (ownerSector) m.roleSector = ownerSector;
    out.push(m);
  }
  // words the model tagged inside a title ("Defense Secretary" as an ORG) are the role, not a name
  const inTitle = new Uint8Array(doc.tokens.length);
  for (const m of out) {
    if (!m.title) continue;
    for (let i = m.tokFrom - 1; i >= 0 && doc.tokens[i]!.start >= m.title.start; i--) if (doc.tokens[i]!.end <= m.title.end) inTitle[i] = 1;
  }
  const withinTitle = (m: WorkMention) => {
    for (let i = m.tokFrom; i < m.tokTo; i++) if (!inTitle[i]) return false;
    return true;
  };
  return out.filter((m) => !drop.has(m) && !withinTitle(m)).sort((a, b) => a.tokFrom - b.tokFrom || b.tokTo - a.tokTo);
}
