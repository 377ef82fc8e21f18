// Turns the head token of an argument into event actors. Order: (1) an entity of the entities
// layer whose mention covers the head (this also resolves pronouns the coreference step linked);
// (2) the noun phrase's own words — country names, demonyms, capitals, IGOs, seats of government,
// regions, group nouns and titles (actor-words.ts) — so "Hungarian officials" is HUNGOV,
// "the Trump administration" is USAGOV (Trump is a US entity, "administration" a GOV noun) and
// "European leaders" is EURGOV. A group noun alone ("the police") is recorded but is not a
// political actor: an event needs at least one actor with a country, IGO, region or group code.
// Whose country a phrase is: a people qualified by a state is that state's ("Bosnian Serbs" BIH); an
// ethnic group placed in another state is that state's; a compass word before a place belongs to
// the place ("Western Cambodia"); a title before a person's name stands for the person.
import type { Entity } from '../../core/doc.js';
import { firstEndingAfter, type Span } from '../../core/span.js';
import { countryOf, isPoliticalCode, type Actor } from './actor.js';
import { tokenEntityIndex, type TokenEntityIndex } from './entity-index.js';
import type { ActorLexicon, ActorWord } from './actor-words.js';
import type { EventWords } from './event-lexicon.js';
import { baseDep, type DepTree } from './tree.js';
import { PLACE_TYPES } from '../../lexicon/entity-types.js';
import { isCountryCode } from '../../kb/country-code.js';

const isPlace = (e: Entity | null | undefined) => !!e && PLACE_TYPES.has(e.type);

/** NP-internal relations that carry an actor's name, nationality or title ("businessman … Stephen
 * Schwarzman": the parser hangs a descriptive noun before a name as nmod:desc). */
const NP_DEPS = new Set(['compound', 'amod', 'flat', 'nmod:poss', 'det', 'nummod', 'nmod:npmod', 'nmod:desc', 'compound:prt', 'fixed', 'goeswith']);

/** word kinds that name a state or a place in one */
const PLACE_KINDS = new Set(['country', 'demonym', 'capital', 'place', 'metonym']);
const COMPASS = new Set(['West', 'Western', 'East', 'Eastern', 'North', 'Northern', 'South', 'Southern']);
/** region codes of the actor words (not states) */
const REGION_CODES = new Set(['EUR', 'AFR', 'ASA', 'MEA', 'WST', 'ARB', 'LAM']);
/** sectors that are bodies of a state: owned by a group's pronoun ("their government"), they are that group's state's */
const STATE_ORGANS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'LEG', 'JUD', 'SPY']);
/** a whitespace run that is not one plain space: where replace(/\s+/g, ' ') changes a phrase */
const UNEVEN_SPACING = /\s\s|[^\S ]/;


export class ActorResolver {
  private readonly tree: DepTree;
  private readonly ix: TokenEntityIndex;
  /** the actor words the phrases are read with */
  readonly words: ActorLexicon;
  /** title nouns and organisation anaphors */
  private readonly nouns: EventWords;
  /** entity id → the organisation its person is introduced as a member of (affiliation) */
  private readonly affiliations = new Map<string, Actor | null>();
  /** entity id → the organisation a one-word person name is the short form of (shortNameOf) */
  private readonly shortNames = new Map<string, Actor | null>();

  constructor(tree: DepTree, words: ActorLexicon, nouns: EventWords) {
    this.tree = tree;
    this.words = words;
    this.nouns = nouns;
    this.ix = tokenEntityIndex(tree.doc);
  }

  entityAt(i: number): Entity | null {
    const e = this.ix.tokEnt[i]!;
    return e >= 0 ? this.ix.entities[e]! : null;
  }

  /**
   * A people entity that is an ethnic group of the state it is coded by: placed there from its
   * sentence ('membership', placed-people.ts) or called "ethnic" ("ethnic Albanians in south
   * Serbia"). Such a group is a part of that state's people, not the state acting.
   */
  private isEthnicGroup(ent: Entity, i: number): boolean {
    if (ent.type !== 'NORP') return false;
    if (ent.country_source === 'membership') return true;
    const t = this.tree;
    for (let k = i - 1; k >= 0 && k >= i - 3 && t.tok(k).sent === t.tok(i).sent; k--) if (t.lower(k) === 'ethnic') return true;
    return false;
  }

  /**
   * resolve's answers by token and depth: sources, targets and the refiners ask for the same heads
   * again and again (every frame of a trigger, every token a target scan passes), and the answer is a
   * function of the tree and the entities alone (the per-entity memos above included)
   */
  // (one array per depth indexed by token: a Map keyed by depth × n + token hashed its key on every call)
  private readonly resolved: (readonly Actor[] | undefined)[][] = [];

  /** Actors denoted by the phrase headed by token i (several when modifiers are coordinated). */
  resolve(i: number, depth = 0): Actor[] {
    const n = this.tree.doc.tokens.length;
    if (i < 0 || i >= n) return this.resolveUncached(i, depth);
    const row = (this.resolved[depth] ??= new Array<readonly Actor[] | undefined>(n).fill(undefined));
    let out = row[i];
    if (!out) row[i] = out = this.resolveUncached(i, depth);
    // (a copy: callers may filter or extend the list they get; the actors themselves are read-only)
    return out.slice();
  }

  private resolveUncached(i: number, depth: number): Actor[] {
    const t = this.tree;
    // the whole phrase's head, kept for its title and nationality words when the person sits inside it
    const phraseHead = i;
    const person = this.personInside(i);
    if (person >= 0) i = person;
    const ent = this.entityAt(i);
    if (ent) {
      const code = ent.actor_code ?? (ent.country ? ent.country + (ent.sector ?? '') : null);
      const mention = { start: this.ix.tokMentionStart[i]!, end: this.ix.tokMentionEnd[i]! };
      if (isPoliticalCode(code)) {
        return [{ entity: ent.id, actor_code: code, mention, country: ent.country ?? countryOf(code), political: true, head: i, rule: 'entity', origin: 'entity', ...(this.isEthnicGroup(ent, i) ? { ethnic: true } : {}) }];
      }
      // an entity without a country ("President Elias Hrawi" with code GOV): the phrase's own words
      // ("Lebanon's new President …", "Israeli Prime Minister …") may give one
      let nominal = this.nominal(i, depth).filter((a) => a.political);
      if (!nominal.length && phraseHead !== i) nominal = this.nominal(phraseHead, depth).filter((a) => a.political);
      if (nominal.length) {
        return nominal.map((a) => ({ ...a, actor_code: code && a.country ? a.country + code : a.actor_code, entity: ent.id, mention, rule: 'entity+phrase', origin: 'entity-phrase' }));
      }
      // a named person or organisation with only a role code (President Bush: GOV) is still an actor;
      // a person the entities layer gives no role takes the one its phrase states ("businessman
      // Stephen Schwarzman": BUS), so that the story's country can complete it (refine-actors.ts)
      if (ent.type === 'PERSON' && !code && depth === 0) {
        const org = this.affiliation(ent);
        if (org) return [{ ...org, entity: ent.id, mention, head: i, rule: 'entity+affiliation', origin: 'entity-phrase' }];
        // ("Labour Party leader Jeremy Corbyn" speaks for the party: the entities layer codes him,
        // entities/served-organisation.ts)
      }
      // the short form of a coded organisation's name ("Mahan" after "Mahan Air"; a named person or
      // organisation the text describes — "Iranian airline Mahan Air" — is coded by the entities
      // layer, entities/described-as.ts)
      if ((ent.type === 'PERSON' || ent.type === 'ORG') && !code && depth === 0) {
        const role = this.shortNameOf(ent);
        if (role) return [{ ...role, entity: ent.id, mention, head: i, rule: `entity+${role.rule}`, origin: 'entity-phrase' }];
      }
      // an uncoded one-word place may be that short form too ("Kish" after "Kish Air": the NER model
      // reads an unseen short name as a person or a place about equally)
      if (ent.type === 'GPE' && !code && depth === 0) {
        const role = this.shortNameOf(ent);
        if (role) return [{ ...role, entity: ent.id, mention, head: i, rule: `entity+${role.rule}`, origin: 'entity-phrase' }];
      }
      const role = code ?? (ent.type === 'PERSON' ? this.phraseRole(i, phraseHead, depth) : null);
      if (role && !code) return [{ entity: ent.id, actor_code: role, mention, country: null, political: true, head: i, rule: 'entity+phrase-role', origin: 'entity-phrase' }];
      return [{ entity: ent.id, actor_code: code, mention, country: null, political: code !== null, head: i, rule: 'entity', origin: 'entity' }];
    }
    // a pronoun is resolved by coreference or not at all — but "anyone wearing a niqab", "everyone
    // who protested" is a class of people its clause defines (the actor words read it: CVL)
    if (t.tok(i).pos === 'PRON' && !t.kidsWhere(i, (d) => d.startsWith('acl')).length) return [];
    const named = this.namedOrgAfter(i);
    if (named) return [named];
    // "in the capital Kabul", "the city of … ": a common noun heading the place name right after it
    // (the parser's flat or appos; as a compound the name is the head) is that place
    if (depth === 0 && t.tok(i).pos === 'NOUN' && i + 1 < t.doc.tokens.length && t.head(i + 1) === i && /^(flat|appos)/.test(t.dep(i + 1)) && isPlace(this.entityAt(i + 1))) {
      const place = this.resolve(i + 1, depth + 1);
      if (place.length) return place;
    }
    const ante = this.definiteOrg(i);
    if (ante) return [ante];
    const own = this.nominal(i, depth);
    if (own.some((a) => a.political) || depth > 0) return own;
    // "the Trump legal team", "the Biden campaign": a body named after a coded person (as "the Trump
    // administration" is) acts for that person
    if (t.tok(i).pos === 'NOUN') {
      for (const k of t.kidsWhere(i, (d, x) => d === 'compound' && x < i)) {
        const e = this.entityAt(k);
        if (e?.type !== 'PERSON' || !isPoliticalCode(e.actor_code)) continue;
        const [a] = this.resolve(k, depth + 1);
        if (a?.political) return [{ ...a, mention: { start: a.mention.start, end: t.tok(i).end }, head: i, rule: 'phrase:named-body', origin: 'entity-phrase' }];
      }
    }
    // "allies such as Germany", "countries such as France and Italy": a class noun no actor word
    // reads stands for the members it lists
    const listed = t.kidsWhere(i, (d, k) => baseDep(d) === 'nmod' && k > i && t.caseOf(k) === 'such as');
    if (listed.length) {
      const members = t.conjuncts(listed[0]!).flatMap((k) => this.resolve(k, depth + 1)).filter((a) => a.political);
      if (members.length) return members;
    }
    return own;
  }

  /**
   * "Joanna Cherry of the Scottish National Party", "Sharif Hotak, of the provincial council": a
   * person the entities layer gives no code, introduced anywhere in the text as of an organisation
   * of a known state, acts as a member of it (its country and sector) in every mention. Only an
   * of-phrase on the name itself, not on a title or a place.
   */
  /** the first token inside mention m that the index gives to ent (-1 none): a binary search to the
   * mention, not a scan of the document per mention (that made the events stage quadratic) */
  private firstTokenOf(ent: Entity, m: Span): number {
    const tokens = this.tree.doc.tokens;
    for (let x = firstEndingAfter(tokens, m.start); x < tokens.length && tokens[x]!.start < m.end; x++) {
      const tok = tokens[x]!;
      if (tok.start >= m.start && tok.end <= m.end && this.ix.entities[this.ix.tokEnt[x]!] === ent) return x;
    }
    return -1;
  }

  private affiliation(ent: Entity): Actor | null {
    const t = this.tree;
    const memo = this.affiliations.get(ent.id);
    if (memo !== undefined) return memo;
    let out: Actor | null = null;
    for (const m of ent.mentions) {
      const k = this.firstTokenOf(ent, m);
      if (k < 0) continue;
      // the name's head: climb its flat links
      let h = k;
      for (let hop = 0; hop < 4 && t.head(h) >= 0 && /^flat/.test(t.dep(h)); hop++) h = t.head(h);
      const ofs = [...t.prepKids(h, 'of'), ...t.kidsWhere(h, (d, c) => (d === 'list' || d === 'appos') && t.caseOf(c) === 'of')];
      for (const o of ofs) {
        if (this.entityAt(o)?.type === 'PERSON' || this.entityAt(o)?.type === 'GPE') continue;
        // (an organisation of no stated state — "the provincial council": GOV — keeps its sector for
        // the story's country to complete, refine-actors.ts)
        const org = this.resolve(o, 1).find((a) => a.political && a.actor_code && (a.actor_code.length === 3 ? !a.country && this.words.politicalSectors.has(a.actor_code) : !!a.country && isCountryCode(a.country)));
        if (org) {
          out = org;
          break;
        }
      }
      if (out) break;
    }
    this.affiliations.set(ent.id, out);
    return out;
  }

  /**
   * "Mahan" after "Mahan Air": a one-word name the entities layer took for a person (or a place), with no code
   * of its own, is the short form of the one organisation of the document whose name begins with it;
   * it acts as that organisation (its code: a described one has it from entities/described-as.ts). None when two organisations or a
   * longer person's name begin with it ("Ford" beside "Gerald Ford" and "Ford Motor").
   */
  private shortNameOf(ent: Entity): Actor | null {
    if ((ent.type !== 'PERSON' && ent.type !== 'GPE') || /\s/.test(ent.name)) return null;
    // (memoised per entity: a scan of the document's entities per mention would be quadratic)
    const memo = this.shortNames.get(ent.id);
    if (memo !== undefined) return memo;
    this.shortNames.set(ent.id, null);
    const prefix = ent.name + ' ';
    const longer = this.tree.doc.entities.filter((e) => e !== ent && e.name.startsWith(prefix));
    if (longer.length !== 1 || longer[0]!.type !== 'ORG') return null;
    const org = longer[0]!;
    let out: Actor | null = null;
    if (org.actor_code) out = { entity: org.id, actor_code: org.actor_code, mention: org.mentions[0]!, country: org.country ?? countryOf(org.actor_code), political: isPoliticalCode(org.actor_code), head: -1, rule: 'short-name', origin: 'entity' };
    this.shortNames.set(ent.id, out);
    return out;
  }

  /** the sector a person's own phrase names ("businessman Stephen Schwarzman"), country-less */
  private phraseRole(i: number, phraseHead: number, depth: number): string | null {
    for (const h of phraseHead !== i ? [i, phraseHead] : [i]) {
      const role = this.nominal(h, depth).find((a) => a.origin === 'sector-phrase' && a.actor_code);
      if (role) return role.actor_code;
    }
    return null;
  }

  /**
   * "The rebel Kurdistan Workers' Party issued …": a sector noun right before an organisation's name
   * describes the organisation (the parser may head the phrase by the noun). The named organisation,
   * with its own code, is the actor when its name hangs under the noun.
   */
  private namedOrgAfter(i: number): Actor | null {
    const t = this.tree;
    const k = i + 1;
    if (t.tok(i).pos !== 'NOUN' || this.words.common.get(t.lemma(i))?.kind !== 'sector' || k >= t.doc.tokens.length) return null;
    const ent = this.entityAt(k);
    if (!ent || ent.type !== 'ORG' || this.ix.tokMentionStart[k] !== t.tok(k).start) return null;
    const code = ent.actor_code ?? (ent.country ? ent.country + (ent.sector ?? '') : null);
    if (!isPoliticalCode(code)) return null;
    // the name's tokens hang under the noun (within a few steps)
    let inside = false;
    for (let x = k, step = 0; step < 4 && x >= 0; step++, x = t.head(x)) if (t.head(x) === i) inside = true;
    if (!inside) return null;
    const mention = { start: t.tok(i).start, end: this.ix.tokMentionEnd[k]! };
    return { entity: ent.id, actor_code: code, mention, country: ent.country ?? countryOf(code), political: true, head: k, rule: 'entity-after-sector-noun', origin: 'entity' };
  }

  /**
   * "He accused the organization of …": a definite organisation noun ("the organization", "the
   * bloc", "the alliance") no mention covers refers to the last organisation with an actor code
   * named before it. A binary search over mention ends: logarithmic per lookup.
   */
  private definiteOrg(i: number): Actor | null {
    const t = this.tree;
    if (t.tok(i).pos !== 'NOUN' || !this.nouns.orgAnaphors.has(t.lemma(i))) return null;
    const det = t.kid(i, 'det');
    if (det < 0 || !['the', 'this', 'that'].includes(t.lower(det))) return null;
    if (t.kids(i).some((c) => t.dep(c) === 'amod' || t.dep(c) === 'compound' || t.dep(c) === 'nmod:poss')) return null;
    const at = t.tok(i).start;
    let lo = 0;
    let hi = this.ix.orgStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ix.orgStarts[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return null;
    const ent = this.ix.entities[this.ix.orgEnts[lo - 1]!]!;
    const code = ent.actor_code ?? null;
    return { entity: ent.id, actor_code: code, mention: { start: at, end: t.tok(i).end }, country: ent.country ?? countryOf(code), political: true, head: i, rule: 'definite-org-anaphor', origin: 'org-anaphor' };
  }

  /**
   * "U.S. Defense Secretary Pete Hegseth": parsers often head such a phrase by its first word, so the
   * country or the title stands in for the person. When a non-person head has a flat/compound/
   * appositive descendant that a PERSON entity covers, the person is the actor.
   */
  private personInside(i: number): number {
    const t = this.tree;
    const own = this.entityAt(i);
    // only a proper-noun head can be a misplaced title or country ("U.S." heading "U.S. … Pete Hegseth");
    // "the Trump administration" is the administration, not Trump
    // a title noun heading its holder's name ("ousted president Jean-Bertrand Aristide") stands in too
    if (own?.type === 'PERSON') return -1;
    if (t.tok(i).pos !== 'PROPN' && !(t.tok(i).pos === 'NOUN' && this.words.common.get(t.lemma(i))?.kind === 'sector' && this.nouns.holderTitles.has(t.lemma(i)))) return -1;
    const stack: Array<[number, number]> = [[i, 0]];
    while (stack.length) {
      const [x, d] = stack.pop()!;
      for (const c of t.kids(x)) {
        const dep = t.dep(c);
        if (!(dep === 'flat' || dep.startsWith('flat:') || dep === 'nmod:desc' || dep === 'appos' || dep === 'compound')) continue;
        const e = this.entityAt(c);
        if (e?.type === 'PERSON' && t.tok(c).pos !== 'PRON') return c;
        if (d < 3) stack.push([c, d + 1]);
      }
    }
    return -1;
  }

  /**
   * Countries, IGOs and groups named by the modifiers of a non-actor head ("a U.S. request", "Israeli
   * towns"); `statesOnly`: no city ("a Kabul car bombing" names where, not who).
   */
  modifierCountries(i: number, statesOnly = false): Actor[] {
    const t = this.tree;
    const lex = this.words;
    const out: Actor[] = [];
    // a capitalised head that is no actor word: the phrase is a proper name of a thing
    const properThing = /^[A-Z]/.test(t.tok(i).form) && !lex.common.has(t.lemma(i)) && !lex.common.has(t.lower(i));
    for (const k of t.kids(i)) {
      const d = t.dep(k);
      if (d !== 'amod' && d !== 'compound' && d !== 'nmod:poss') continue;
      const ent = this.entityAt(k);
      // "the Paris Agreement", "the Oslo Accords": a city inside a thing's proper name says where it was
      // made, it is no nationality of the thing ("the Moscow plan", lower case, may be Russia's; a
      // possessor owns it: "Moscow's demands")
      if ((statesOnly || (d === 'compound' && properThing)) && this.isCityName(k)) continue;
      let code = ent ? (ent.actor_code ?? ent.country) : null;
      if (!code) {
        const w = lex.names.get(t.doc.text.slice(t.tok(k).start, t.tok(k).end));
        if (w && w.kind !== 'sector') code = w.code;
      }
      if (code && !out.some((a) => a.actor_code === code)) {
        out.push({ entity: ent?.id ?? null, actor_code: code, mention: { start: t.tok(k).start, end: t.tok(k).end }, country: countryOf(code), political: true, head: k, rule: 'phrase:modifier', origin: 'modifier' });
      }
    }
    return out;
  }

  /** the name at token k (its mention's text, else the token) is a capital in the actor words: a city, not a state */
  private isCityName(k: number): boolean {
    const t = this.tree;
    const inMention = this.ix.tokEnt[k]! >= 0;
    const start = inMention ? this.ix.tokMentionStart[k]! : t.tok(k).start;
    const end = inMention ? this.ix.tokMentionEnd[k]! : t.tok(k).end;
    return this.words.names.get(t.doc.text.slice(start, end))?.kind === 'capital';
  }

  /** The country of an in/of/from place phrase on head i, or on a participle modifying it ("operating in Macedonia"). */
  private placedIn(i: number, depth: number, preps: readonly string[]): string | null {
    const t = this.tree;
    const heads = [i, ...t.kidsWhere(i, (d, c) => d.startsWith('acl') && t.tok(c).pos === 'VERB')];
    for (const h of heads) {
      for (const prep of preps) {
        for (const c of t.prepKids(h, prep)) {
          const inner = this.resolve(c, depth + 1).find((a) => a.country && a.origin !== 'sector-phrase');
          if (inner?.country && isCountryCode(inner.country) && !REGION_CODES.has(inner.country)) return inner.country;
        }
      }
    }
    return null;
  }

  /** Collects the noun phrase around head i and reads actor words from it. */
  private nominal(i: number, depth: number): Actor[] {
    const t = this.tree;
    const lex = this.words;
    const np = new Set<number>([i]);
    // (the depth-first stack as two parallel lists, popped in the same order: no pair allocated per token)
    const nodes: number[] = [i];
    const depths: number[] = [0];
    while (nodes.length) {
      const x = nodes.pop()!;
      const d = depths.pop()!;
      if (d >= 3) continue;
      for (const c of t.kids(x)) {
        const dep = t.dep(c);
        // coordinated modifiers ("Hungarian and Romanian officials") stay in the phrase; coordinated heads do not
        if (NP_DEPS.has(dep) || NP_DEPS.has(baseDep(dep)) || (dep === 'conj' && x !== i) || (dep === 'cc' && x !== i)) {
          if (np.size > 24) break;
          np.add(c);
          nodes.push(c);
          depths.push(d + 1);
        }
      }
    }
    const toks = [...np].sort((a, b) => a - b);
    const text = t.doc.text;
    const hits: Array<{ word: ActorWord; from: number; to: number }> = [];
    for (let a = 0; a < toks.length; a++) {
      let best: { word: ActorWord; to: number } | null = null;
      for (let b = a; b < toks.length && b - a < lex.maxWords + 2; b++) {
        if (b > a && toks[b]! !== toks[b - 1]! + 1) break;
        const raw = text.slice(t.tok(toks[a]!).start, t.tok(toks[b]!).end);
        // (spacing made single only where it is not: most phrases are one word or single-spaced)
        const phrase = UNEVEN_SPACING.test(raw) ? raw.replace(/\s+/g, ' ') : raw;
        const lower = phrase.toLowerCase();
        const w = lex.names.get(phrase) ?? lex.common.get(lower) ?? (a === b ? lex.common.get(t.lemma(toks[a]!)) : undefined);
        if (w) best = { word: w, to: b };
        // no entry begins with this phrase: no longer one from this word can be an entry either
        // (most windows end here, after one word, instead of running to maxWords + 2)
        if (!lex.continues(phrase, lower)) break;
      }
      if (best) {
        hits.push({ word: best.word, from: a, to: best.to });
        a = best.to;
      }
    }
    // a compass word before a place is part of the place's name, not the West ("Western Cambodia",
    // "West Darfur State"): the region word gives way to the place that follows it
    for (let h = hits.length - 2; h >= 0; h--) {
      const a = hits[h]!;
      const b = hits[h + 1]!;
      if (a.word.kind === 'region' && COMPASS.has(text.slice(t.tok(toks[a.from]!).start, t.tok(toks[a.to]!).end)) && b.from === a.to + 1 && PLACE_KINDS.has(b.word.kind)) hits.splice(h, 1);
    }
    const headHit = hits.find((h) => toks[h.to] === i || toks[h.from] === i);
    const headWord = headHit?.word;
    const headPos = t.tok(i).pos;
    // a nationality only makes an actor of a group noun, a name or a country word ("Panamanian army",
    // "Iraqi officials"), never of a thing ("Chinese food")
    // "Israeli army bulldozers": a group word and a nationality inside the phrase also make an actor
    // "the APEC forum", "NATO troops": an organisation named inside the phrase makes it an actor too
    const headIsActorish =
      !!headWord ||
      headPos === 'PROPN' ||
      hits.some((h) => h.word.kind === 'igo' || h.word.kind === 'group') ||
      (hits.some((h) => h.word.kind === 'sector') && hits.some((h) => h.word.kind !== 'sector'));
    let sector: string | null = null;
    if (headWord?.kind === 'sector') sector = headWord.sector;
    else if (headWord?.sector) sector = headWord.sector;
    else {
      for (let h = hits.length - 1; h >= 0; h--) {
        if (hits[h]!.word.kind === 'sector') {
          sector = hits[h]!.word.sector;
          break;
        }
      }
    }
    const countries: string[] = [];
    let org: string | null = null;
    // a named modifier the entities layer knows ("the Trump administration": Trump is a US person)
    for (const k of toks) {
      // "his counterpart" is not of his country: possessive pronouns give no nationality — but a
      // state body owned by a group or a state ("representatives from Iran acknowledged their
      // government had …") is that group's state's own
      if (k !== i && t.tok(k).pos === 'PRON' && t.dep(k) === 'nmod:poss' && t.head(k) === i && sector && STATE_ORGANS.has(sector)) {
        const e = this.entityAt(k);
        const c = e && e.type !== 'PERSON' ? (e.country ?? countryOf(e.actor_code ?? null)) : null;
        if (c && isCountryCode(c) && !REGION_CODES.has(c) && !countries.includes(c)) countries.push(c);
        continue;
      }
      if (k === i || t.tok(k).pos === 'PRON' || t.tok(k).pos === 'DET') continue;
      const e = this.entityAt(k);
      const c = e?.country ?? countryOf(e?.actor_code ?? null);
      if (c && !countries.includes(c)) countries.push(c);
    }
    const fromEntities = countries.length > 0;
    // "the United States-led Iraq War", "a Saudi-led coalition": the state of an "X-led" modifier is
    // the one that leads; another state inside the phrase is where it happens or whom it is waged on
    const leader = ledBy(t, toks, (k) => this.entityAt(k)?.country ?? countryOf(this.entityAt(k)?.actor_code ?? null) ?? null);
    if (leader) countries.splice(0, countries.length, leader);
    for (const h of hits) {
      if (leader) break;
      const k = h.word.kind;
      // "Bosnian Serbs", "Iraqi Kurds": a people qualified by a state's name belongs to that state, as
      // CAMEO codes it; the people's own nationality gives way
      if (h === headHit && k === 'demonym' && hits.some((o) => o !== h && PLACE_KINDS.has(o.word.kind) && o.word.code !== h.word.code)) continue;
      if (k === 'country' || k === 'demonym' || k === 'capital' || k === 'place' || k === 'metonym' || k === 'region') {
        if (!countries.includes(h.word.code)) countries.push(h.word.code);
        // a capital acting as subject or object stands for its government ("Tokyo rejected…"); elsewhere it is a place
        if (k === 'metonym' && !sector && h.word === headWord) sector = h.word.sector ?? 'GOV';
        if (k === 'capital' && !sector && h.word === headWord && /^(nsubj|obj|iobj)/.test(t.dep(i))) sector = 'GOV';
      } else if ((k === 'igo' || k === 'group') && !org) org = h.word.code;
    }
    const span = { start: t.tok(toks[0]!).start, end: t.tok(toks[toks.length - 1]!).end };
    // "protesters' demands have expanded to … an investigation": an act noun (event-words.tsv) whose
    // actor words all stand in its possessor is the possessor's act, no party of its own — the
    // possessor is, where a rule asks for it (targets.ts targetActors, sources.ts ownerActors);
    // "the government's lawyer" and "Israeli army bulldozers" stay actors
    if (!headWord && headPos !== 'PROPN' && this.nouns.actNouns.has(t.lower(i)) && ownedAct(t, i, toks, hits)) return [];
    if (!headIsActorish && !(fromEntities && sector)) return [];
    // "the 2020 US Presidential Election": a name dated by its year is an occurrence, not an actor;
    // the country modifying it names where it happens
    if (!headWord && t.kids(i).some((c) => (t.dep(c) === 'nummod' || t.dep(c) === 'compound') && t.tok(c).pos === 'NUM' && /^(1[89]|20)\d\d$/.test(t.lower(c)))) return [];
    if (org && !countries.length) {
      return [{ entity: null, actor_code: org, mention: span, country: null, political: true, head: i, rule: 'phrase:group', origin: 'group' }];
    }
    const ethnic = toks.some((k) => t.lower(k) === 'ethnic');
    if (depth === 0 && countries.length === 1 && (ethnic || headWord?.kind === 'demonym')) {
      // "ethnic Albanians in south Serbia", "the Albanians of southern Serbia", "ethnic Albanian
      // guerrillas operating in Macedonia": a people placed in another state is coded by that state.
      // Without "ethnic" only an of-phrase places a people: "Americans in Iraq" are still Americans
      const placed = this.placedIn(i, depth, ethnic ? ['in', 'of', 'from'] : ['of']);
      if (placed && placed !== countries[0]) {
        const code = placed + (sector ?? '');
        return [{ entity: null, actor_code: code, mention: span, country: placed, political: true, head: i, rule: 'phrase:placed-people', origin: 'placed-people' }];
      }
    }
    if (!countries.length && sector && depth === 0) {
      // "leaders of Romania's new government", "police in Jericho", "the spokesperson for the German
      // government": the country sits in an of/in/for phrase
      for (const prep of ['of', 'in', 'from', 'throughout', 'across', 'for']) {
        for (const c of t.prepKids(i, prep)) {
          const resolved = this.resolve(c, depth + 1);
          const inner = resolved.filter((a) => a.country);
          if (inner.length) return inner.map((a) => ({ ...a, entity: null, actor_code: a.country! + sector, mention: span, head: i, rule: 'phrase:of', origin: 'of-phrase' }));
          // "a spokesman for the PMF": one who serves a group with no country speaks as that group
          const group = prep === 'for' ? resolved.find((a) => a.political && a.actor_code && !a.country) : undefined;
          if (group) return [{ ...group, mention: span, head: i, rule: 'phrase:for-group', origin: 'of-phrase' }];
        }
      }
    }
    if (countries.length) {
      return countries.map((c) => ({
        entity: null,
        actor_code: c + (sector ?? ''),
        mention: span,
        country: c,
        political: true,
        head: i,
        rule: 'phrase:country', origin: 'country-phrase',
        ...(ethnic ? { ethnic: true } : {}),
      }));
    }
    // a bare state, armed or protest group ("rebels", "the police", "protesters", "officials") is an
    // actor; a bare business, school or union word ("the company") is not: reviews are full of them
    if (sector) return [{ entity: null, actor_code: sector, mention: span, country: null, political: this.words.politicalSectors.has(sector), head: i, rule: 'phrase:sector', origin: 'sector-phrase' }];
    return [];
  }
}

/** every actor word of the phrase headed by `i` stands inside its possessor ("protesters' demands") */
function ownedAct(t: DepTree, i: number, toks: readonly number[], hits: ReadonlyArray<{ word: ActorWord; from: number }>): boolean {
  const poss = t.kid(i, 'nmod:poss');
  if (poss < 0) return false;
  const inPoss = (k: number) => {
    for (let x = k, hop = 0; x >= 0 && hop < 4; x = t.head(x), hop++) if (x === poss) return true;
    return false;
  };
  return hits.length > 0 && hits.every((h) => inPoss(toks[h.from]!));
}

/**
 * The country of an "X-led" modifier among the phrase tokens ("United States-led": the participle
 * "led" right after a hyphen, its compound or subject a named state), or null.
 */
function ledBy(t: DepTree, toks: readonly number[], countryAt: (k: number) => string | null): string | null {
  for (const k of toks) {
    if (t.lower(k) !== 'led' || k < 2 || t.tok(k - 1).form !== '-') continue;
    for (const m of t.kids(k)) {
      if (!/^(compound|nsubj|obl|nmod)/.test(t.dep(m)) || m > k) continue;
      const c = countryAt(m);
      if (c) return c;
    }
  }
  return null;
}
