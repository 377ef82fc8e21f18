// "Germany banned Iranian airline Mahan Air", "Richard Keen, the government's lawyer,", "X is the
// head of the party": a named person or organisation no other rule gives a code or a country takes,
// in every mention, the code the text describes it by — a noun in apposition with one of its
// mentions (before or after the name) or the predicate noun of a copula whose subject it is. The
// description must name a state (a country word or an entity with a country inside the phrase) or a
// political sector (data/actors/sectors.tsv); its sector is its head noun's (titles.tsv, then the
// sector nouns of group-nouns.tsv + sector-nouns.tsv), else that of a sector noun inside it. "A United
// States Department of State spokesperson, Morgan Ortagus,": when the parser heads the phrase by a
// coded organisation with the role noun under it, the person is that organisation's. The first
// description in text order wins. Moved from the events layer (events/resolve-actor.ts describedAs,
// review debt of sessions 9-10) so that quotes and every consumer see the code; runs last, after
// the context country and the served organisation, so it only fills what nothing else gave.
import type { Doc, Entity, Token } from '../../core/doc.js';
import { firstEndingAfter } from '../../core/span.js';
import type { ActorKB } from '../../kb/index.js';
import { codeSector } from './actors.js';
import { copyEntity } from './entity-record.js';
import { mapObjects } from '../../core/object-arrays.js';
import { isCountryCode } from '../../kb/country-code.js';

/** NP-internal relations that carry a description's nationality or sector words (as the events layer reads phrases) */
const NP_DEPS = new Set(['compound', 'amod', 'flat', 'nmod:poss', 'det', 'nummod', 'nmod:npmod', 'nmod:desc', 'compound:prt', 'fixed', 'goeswith']);

interface Description {
  readonly code: string;
  readonly country: string | null;
  readonly sector: string | null;
  readonly evidence: { start: number; end: number };
}

/** the country an actor code starts with (not a sector, IGO, NGO or group code) */
function codeCountry(kb: ActorKB, code: string | null): string | null {
  if (!code) return null;
  const c = code.slice(0, 3);
  return isCountryCode(c) && !kb.tables.sectors.has(c) && !/^(IGO|NGO|IMG|MNC|UIS|SEP)$/.test(c) ? c : null;
}

export function describedAs(doc: Doc, kb: ActorKB, entities: readonly Entity[]): Entity[] {
  const { tokens } = doc;
  const open = entities.filter((e) => (e.type === 'PERSON' || e.type === 'ORG') && !e.actor_code && !e.country);
  if (!open.length) return [...entities];
  // token -> entity of the smallest mention covering it
  const at = new Int32Array(tokens.length).fill(-1);
  const len = new Int32Array(tokens.length).fill(0x7fffffff);
  entities.forEach((e, ei) => {
    for (const m of e.mentions) {
      for (let k = firstEndingAfter(tokens, m.start); k < tokens.length && tokens[k]!.start < m.end; k++) {
        if (m.end - m.start >= len[k]!) continue;
        at[k] = ei;
        len[k] = m.end - m.start;
      }
    }
  });
  const kids: number[][] = tokens.map(() => []);
  tokens.forEach((t, k) => {
    if (t.head >= 0 && t.head !== k) kids[t.head]!.push(k);
  });
  const entityAt = (k: number) => (at[k]! >= 0 ? entities[at[k]!]! : null);
  const sectorOf = (t: Token) => kb.nounSector(t.form.toLowerCase()) ?? kb.nounSector(t.lemma.toLowerCase());
  const political = (code: string | null) => !!code && (codeCountry(kb, code) !== null || /^(IGO|NGO|IMG)/.test(code));

  /** the code the noun phrase headed by d describes, when it names a state or a political sector */
  const read = (d: number): Description | null => {
    const np = new Set<number>([d]);
    const stack: Array<[number, number]> = [[d, 0]];
    while (stack.length) {
      const [x, depth] = stack.pop()!;
      if (depth >= 3) continue;
      for (const c of kids[x]!) {
        const dep = tokens[c]!.dep;
        if ((NP_DEPS.has(dep) || NP_DEPS.has(dep.split(':')[0]!) || (dep === 'conj' && x !== d) || (dep === 'cc' && x !== d)) && np.size <= 24) {
          np.add(c);
          stack.push([c, depth + 1]);
        }
      }
    }
    const toks = [...np].sort((a, b) => a - b);
    let sector = sectorOf(tokens[d]!);
    for (let h = toks.length - 1; h >= 0 && !sector; h--) if (toks[h] !== d) sector = sectorOf(tokens[toks[h]!]!);
    let country: string | null = null;
    for (const k of toks) {
      if (k === d || tokens[k]!.pos === 'PRON' || tokens[k]!.pos === 'DET') continue;
      // "an Ethiopian-backed militia" is not Ethiopia's: a state before a hyphen modifies the
      // participle after it; only "X-led" makes the led body X's
      // (and says whose it is not: no description then)
      if (tokens[k + 1]?.form === '-' && tokens[k + 1]!.start === tokens[k]!.end && tokens[k + 2] && tokens[k + 2]!.lemma.toLowerCase() !== 'lead') return null;
      const e = entityAt(k);
      country = e?.country ?? codeCountry(kb, e?.actor_code ?? null) ?? (/^\p{Lu}/u.test(tokens[k]!.form) ? kb.countryOf(tokens[k]!.form) : null);
      if (country && isCountryCode(country)) break;
      country = null;
    }
    const evidence = { start: tokens[toks[0]!]!.start, end: tokens[toks[toks.length - 1]!]!.end };
    if (country) return { code: country + (sector ?? ''), country, sector, evidence };
    if (sector && kb.tables.politicalSectors.has(sector)) return { code: sector, country: null, sector, evidence };
    return null;
  };

  const describe = (ent: Entity): Description | null => {
    for (const m of ent.mentions) {
      if (m.kind === 'pronoun') continue;
      const k = firstEndingAfter(tokens, m.start);
      if (k >= tokens.length || entityAt(k) !== ent) continue;
      // the name's head: climb its flat/compound links inside the name
      let h = k;
      for (let hop = 0; hop < 4 && tokens[h]!.head >= 0 && /^(flat|compound)/.test(tokens[h]!.dep) && entityAt(tokens[h]!.head) === ent; hop++) h = tokens[h]!.head;
      const up = tokens[h]!.head;
      const descriptors: number[] = [];
      if (up >= 0 && tokens[h]!.dep === 'appos' && tokens[up]!.pos === 'NOUN') descriptors.push(up);
      // the noun right before the name, whatever relation the parser hung the name from it by ("list")
      else if (up >= 0 && up === k - 1 && tokens[up]!.pos === 'NOUN' && /^(list|flat|compound)/.test(tokens[h]!.dep)) descriptors.push(up);
      descriptors.push(...kids[h]!.filter((c) => tokens[c]!.dep === 'appos' && tokens[c]!.pos === 'NOUN'));
      // "Iranian airline Mahan Air" parsed with the noun as a modifier of the name's head (compound,
      // or nmod:desc as titles are) rather than the name in apposition to the noun: the same description
      descriptors.push(...kids[h]!.filter((c) => tokens[c]!.start < m.start && (tokens[c]!.dep === 'compound' || tokens[c]!.dep === 'nmod:desc') && tokens[c]!.pos === 'NOUN'));
      if (up >= 0 && /^nsubj/.test(tokens[h]!.dep) && tokens[up]!.pos === 'NOUN' && kids[up]!.some((c) => tokens[c]!.dep === 'cop')) descriptors.push(up);
      // the phrase headed by a coded organisation with the role noun under it: the organisation's
      const org = up >= 0 && tokens[h]!.dep === 'appos' ? entityAt(up) : null;
      if (org && org !== ent && org.type === 'ORG' && political(org.actor_code) && kids[up]!.some((r) => r < h && tokens[r]!.pos === 'NOUN' && sectorOf(tokens[r]!) !== null)) {
        const om = org.mentions.find((x) => x.start <= tokens[up]!.start && tokens[up]!.end <= x.end) ?? org.mentions[0]!;
        return { code: org.actor_code!, country: org.country ?? codeCountry(kb, org.actor_code), sector: codeSector(kb, org.actor_code!, codeCountry(kb, org.actor_code) ? 3 : 0), evidence: { start: om.start, end: om.end } };
      }
      for (const d of descriptors) {
        if (entityAt(d)) continue;
        const got = read(d);
        if (got) return got;
      }
      // a nationality noun in apposition with an article ("Rocky Halvorsen, a Briton,", "X, an American,"):
      // the person's country, no sector; the demonym is a NORP entity of its own, so read() skips it
      if (ent.type === 'PERSON') {
        const appos = kids[h]!.filter((c) => tokens[c]!.dep === 'appos');
        if (up >= 0 && tokens[h]!.dep === 'appos') appos.push(up);
        for (const d of appos) {
          const nat = entityAt(d);
          if (!nat || nat.type !== 'NORP' || !nat.country || !isCountryCode(nat.country)) continue;
          if (!kids[d]!.some((c) => tokens[c]!.dep === 'det' && /^an?$/i.test(tokens[c]!.form))) continue;
          // "an ethnic Palestinian from Jordan": an ethnicity, not a nationality
          if (kids[d]!.some((c) => tokens[c]!.lemma.toLowerCase() === 'ethnic')) continue;
          const first = Math.min(d, ...kids[d]!.filter((c) => tokens[c]!.dep === 'det'));
          return { code: nat.country, country: nat.country, sector: null, evidence: { start: tokens[first]!.start, end: tokens[d]!.end } };
        }
      }
    }
    return null;
  };

  return mapObjects(entities, (e) => {
    if (!open.includes(e)) return e;
    const d = describe(e);
    if (!d) return e;
    return copyEntity(e, {
      actor_code: d.code,
      country: d.country,
      sector: d.sector ?? e.sector,
      country_source: d.country ? 'appositive' : null,
      ...(d.country ? { country_evidence: d.evidence } : {}),
      rule: `${e.rule}+described-as`,
    });
  });
}
