// Name candidates: the statistical NER model's spans per sentence, merged with the actor knowledge
// base's gazetteer matches (countries, capitals, demonyms, IGOs, news organisations, metonyms,
// known people). The gazetteer decides the fine type (GPE/NORP/ORG) where it matches a whole span
// and adds high-precision names the model missed.
import type { Doc, EntityType, Sentence, Token } from '../../core/doc.js';
import type { ActorKB, GazValue } from '../../kb/index.js';
import type { NerModel, NerSpan, NerType } from './ner-model.js';
import { nerDocContext, tagSentence } from './ner-model.js';
import { nameMatches } from './ner-features.js';
import { newMention, type WorkMention } from './mention.js';
import { emptyObjects, mapObjects } from '../../core/object-arrays.js';

const NER_TO_TYPE: Record<NerType, EntityType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOC' };

export function gazType(g: GazValue): EntityType {
  switch (g.kind) {
    case 'country':
    case 'capital':
      return 'GPE';
    case 'demonym':
      return 'NORP';
    case 'person':
      return 'PERSON';
    default:
      return 'ORG';
  }
}

/** Prefer the gazetteer reading that best fits: a country over a capital of the same string, etc. */
export function bestGaz(values: readonly GazValue[], kb: ActorKB): GazValue {
  const rank = (v: GazValue) => {
    if (v.kind === 'metonym') return kb.tables.metonyms[v.index]!.target === 'country' ? 1 : 0;
    return ['country', 'igo', 'media', 'person', 'demonym', 'capital'].indexOf(v.kind) + 2;
  };
  return [...values].sort((a, b) => rank(a) - rank(b))[0]!;
}

const isCapitalised = (s: string) => /^[\p{Lu}\d]/u.test(s);

const CONNECT = new Set(['of', 'for', 'and', '&']);

// per head-word set: the first code units of its words, so that most tokens (lower-case words, where
// the heads are capitalised) are passed over without a lookup of the whole form
const headStarts = new WeakMap<ReadonlyMap<string, string>, ReadonlySet<number>>();

function startsOf(heads: ReadonlyMap<string, string>): ReadonlySet<number> {
  let s = headStarts.get(heads);
  if (!s) {
    const codes = new Set<number>();
    for (const h of heads.keys()) codes.add(h.charCodeAt(0));
    headStarts.set(heads, (s = codes));
  }
  return s;
}

/**
 * Capitalised runs ending in an organisation head word ("the Finance Ministry", "Nobel Committee")
 * that the model missed: at least one capitalised word before the head, connectors allowed inside.
 */
function orgHeadRuns(doc: Doc, kb: ActorKB, si: number, merged: WorkMention[]): WorkMention[] {
  const heads = kb.tables.words.orgWords;
  const s = doc.sentences[si]!;
  const t = doc.tokens;
  // a model span ending in a head word is an organisation, whatever type the model gave it, except
  // a listed place ("West Bank", places.tsv): a place, whatever type the model gave it (the model
  // reads "Bank" as a bank's name now and then: session 16's retrain typed "the West Bank" ORG)
  const listed = (m: WorkMention) => kb.tables.words.places.has(doc.text.slice(m.start, m.end).toLowerCase().replace(/’/g, "'"));
  for (const m of merged) {
    if (m.gaz || m.tokTo - m.tokFrom < 2 || !heads.has(t[m.tokTo - 1]!.form)) continue;
    if (listed(m)) {
      if (m.type === 'ORG') {
        m.type = 'LOC';
        m.rule += '+listed-place';
      }
    } else if (m.type !== 'ORG') {
      m.type = 'ORG';
      m.rule += '+org-head-word';
    }
  }
  // tokens already in a name; a demonym may start an organisation's name ("Israeli Cabinet")
  const owner = new Map<number, WorkMention>();
  for (const m of merged) for (let i = m.tokFrom; i < m.tokTo; i++) owner.set(i, m);
  const covered = (i: number) => owner.has(i) && owner.get(i)!.gaz?.kind !== 'demonym';
  const out: WorkMention[] = [];
  const starts = startsOf(heads);
  for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
    if (!starts.has(t[i]!.form.charCodeAt(0)) || !heads.has(t[i]!.form) || owner.has(i)) continue;
    // a model name right before the head takes it in ("Acme" + "Ltd.")
    const before = owner.get(i - 1);
    if (before && !before.gaz && before.tokTo === i) {
      before.tokTo = i + 1;
      before.end = t[i]!.end;
      before.type = 'ORG';
      before.rule += '+org-head-word';
      owner.set(i, before);
      continue;
    }
    let a = i;
    // extend left over capitalised words and connectors, but not into another organisation's head
    // ("University of California and Columbia University" is two names)
    while (a - 1 >= s.tokenStart && !covered(a - 1) && !heads.has(t[a - 1]!.form) && i - a < 6) {
      if (isCapitalised(t[a - 1]!.form)) a--;
      else if (CONNECT.has(t[a - 1]!.form) && a - 2 >= s.tokenStart && isCapitalised(t[a - 2]!.form) && !heads.has(t[a - 2]!.form) && !covered(a - 2)) a -= 2;
      else break;
    }
    while (a < i && (CONNECT.has(t[a]!.form) || /^(The|A|An)$/.test(t[a]!.form))) a++;
    // "X of Y": a name may continue after the head ("Ministry of Defence")
    let b = i + 1;
    if (b + 1 < s.tokenEnd && t[b]!.form === 'of' && isCapitalised(t[b + 1]!.form) && !covered(b + 1)) {
      b += 2;
      while (b < s.tokenEnd && isCapitalised(t[b]!.form) && !covered(b) && b - i < 6) b++;
    }
    if (a === i && b === i + 1) continue;
    // a lone sentence-initial word before the head is often an ordinary word ("Police said ...")
    if (a === s.tokenStart && a + 1 === i && b === i + 1) continue;
    for (let k = a; k < b; k++) {
      const d = owner.get(k);
      if (!d) continue;
      const at = merged.indexOf(d);
      if (at >= 0) merged.splice(at, 1);
      owner.delete(k);
    }
    out.push(newMention({ start: t[a]!.start, end: t[b - 1]!.end, tokFrom: a, tokTo: b, sent: si, kind: 'name', type: 'ORG', rule: 'entities:org-head-word', origin: 'org-head-word' }));
    i = b - 1;
  }
  return out;
}

const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * Does the model's span start with a lower-case article before a capitalised word ("the United
 * States")? The name is the rest: Re-DocRED writes some names with their article and the model learnt
 * it, so "the United States" stayed a name the gazetteer could not confirm — an entity without a
 * country (25 mentions in the 295 Wikinews demo articles). "The Hague" keeps its capital "The".
 */
export function articleBeforeName(forms: readonly string[], from: number, to: number): boolean {
  return to - from > 1 && ARTICLES.has(forms[from]!) && isCapitalised(forms[from + 1]!);
}

/** the tags passed to a model that does not read them */
const NO_TAGS: readonly string[] = Object.freeze([]);

export function nameCandidates(doc: Doc, kb: ActorKB, model: NerModel | null): WorkMention[] {
  const { text, tokens } = doc;
  const out = emptyObjects<WorkMention>();
  // how each word appears across the article (the model's document features), built once
  // (each sentence's forms once: the same arrays serve the document features and the tagging, whose
  // per-word information ner-features.ts then finds by sentence instead of once more per token;
  // mapObjects: one elements kind whether or not this function is optimised yet)
  const sentenceForms = mapObjects(doc.sentences, (s) => {
    const forms: string[] = new Array<string>(s.tokenEnd - s.tokenStart);
    for (let k = s.tokenStart; k < s.tokenEnd; k++) forms[k - s.tokenStart] = tokens[k]!.form;
    return forms;
  });
  const nerDoc = model ? nerDocContext(model, sentenceForms) : undefined;
  const readsTags = model?.meta.pos === true;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si]!;
    const toks = tokens.slice(s.tokenStart, s.tokenEnd) as Token[];
    // gazetteer matches at each token, shared by the model's features and the candidates below
    const matches = nameMatches(kb, text, toks);
    const forms = sentenceForms[si]!;
    const ner = model ? tagSentence(model, text, toks, forms, readsTags ? mapObjects(toks, (t) => t.xpos) : NO_TAGS, matches, nerDoc) : emptyObjects<NerSpan>();
    const nerHere = mapObjects(ner, (n): WorkMention => {
      const from = articleBeforeName(forms, n.from, n.to) ? n.from + 1 : n.from;
      return newMention({
        start: toks[from]!.start,
        end: toks[n.to - 1]!.end,
        tokFrom: s.tokenStart + from,
        tokTo: s.tokenStart + n.to,
        sent: si,
        kind: 'name',
        type: NER_TO_TYPE[n.type],
        rule: 'entities:ner-model',
        origin: 'model',
      });
    });
    // gazetteer matches, left to right, longest first
    const gaz: WorkMention[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; ) {
      const m = matches[i - s.tokenStart];
      if (!m || !isCapitalised(tokens[i]!.form)) {
        i++;
        continue;
      }
      const g = bestGaz(m.values, kb);
      const end = s.tokenStart + m.tokenEnd; // matches index the sentence's tokens
      gaz.push(newMention({ start: tokens[i]!.start, end: tokens[end - 1]!.end, tokFrom: i, tokTo: end, sent: si, kind: 'name', type: gazType(g), rule: `entities:gazetteer-${g.kind}`, origin: 'gazetteer', gaz: g }));
      i = end;
    }
    out.push(...mergeSentence(doc, kb, s, si, nerHere, gaz));
  }
  return out;
}

/**
 * One sentence's candidates: the model's names and the gazetteer's merged (the gazetteer confirms
 * or retypes a model name of the same span, and wins over model spans strictly inside its own), plus
 * organisation-head runs, in token order. (Apart from nameCandidates: V8 compiled that function with
 * the model's tagging inlined, and threw all of it out when these loops met a new kind of array.)
 */
function mergeSentence(doc: Doc, kb: ActorKB, s: Sentence, si: number, nerHere: WorkMention[], gaz: WorkMention[]): WorkMention[] {
  const { tokens } = doc;
  // token -> model span, and gazetteer match by start token: the merge is a lookup per name
  // (only read for a gazetteer match, which most sentences lack; a plain array: a typed array
  // per sentence was a tenth of this function's time, allocated outside V8's heap)
  const nerAt: number[] = gaz.length ? new Array<number>(s.tokenEnd - s.tokenStart).fill(-1) : [];
  if (gaz.length) {
    for (let k = 0; k < nerHere.length; k++) {
      const n = nerHere[k]!;
      for (let i = n.tokFrom; i < n.tokTo; i++) nerAt[i - s.tokenStart] = k;
    }
  }
  const gazAt = new Map<number, WorkMention>();
  for (const g of gaz) gazAt.set(g.tokFrom, g);
  for (const n of nerHere) {
    const same = gazAt.get(n.tokFrom);
    if (same && same.tokTo === n.tokTo) {
      // the model found the name, the gazetteer knows what it is
      n.gaz = same.gaz;
      // the gazetteer's type wins, except a place name the model reads as a person ("Georgia", "Jordan")
      // or a demonym as a surname ("English said"); but a demonym after a lower-case word is a noun
      // ("the veteran Frenchman": a nominal for the person named before, coref-nominals.ts)
      const demonymNoun = same.gaz!.kind === 'demonym' && n.tokFrom > s.tokenStart && /^\p{Ll}/u.test(tokens[n.tokFrom - 1]!.form);
      if (!(n.type === 'PERSON' && !demonymNoun && (same.gaz!.kind === 'country' || same.gaz!.kind === 'capital' || same.gaz!.kind === 'demonym'))) n.type = same.type;
      else n.gaz = undefined;
      n.rule = `entities:ner-model+${same.rule.slice('entities:'.length)}`;
    }
  }
  const removed = new Set<WorkMention>();
  const extra: WorkMention[] = [];
  for (const g of gaz) {
    const overlapping = new Set<WorkMention>();
    for (let i = g.tokFrom; i < g.tokTo; i++) {
      const k = nerAt[i - s.tokenStart]!;
      if (k >= 0) overlapping.add(nerHere[k]!);
    }
    if (!overlapping.size) {
      extra.push(g);
      continue;
    }
    // a gazetteer name strictly containing the model's spans wins ("Washington Post" over "Washington")
    if ([...overlapping].every((n) => g.tokFrom <= n.tokFrom && n.tokTo <= g.tokTo && (n.tokFrom !== g.tokFrom || n.tokTo !== g.tokTo))) {
      for (const n of overlapping) removed.add(n);
      extra.push(g);
    }
    // otherwise the model's span stands; split-titles.ts re-reads country words inside a person span
  }
  const merged: WorkMention[] = [...nerHere.filter((n) => !removed.has(n)), ...extra];
  merged.push(...orgHeadRuns(doc, kb, si, merged));
  merged.sort((a, b) => a.tokFrom - b.tokFrom);
  return merged;
}
