// Nominal coreference that the text settles: (1) role nominals "the [country] <title>['s]" join the
// person the text last gave that role (and country) to; (2) "his/her counterpart" joins the other
// person with the same role head in a different country nearby; (3) "the (adj) nation/country" joins
// the most recently mentioned country. One left-to-right sweep keeps "last seen" maps, so each
// nominal costs a constant number of lookups (no pairs of mentions, linear in the document).
import type { Doc } from '../../core/doc.js';
import type { ActorKB } from '../../kb/index.js';
import { bestGaz } from './candidates.js';
import { gazKey, type Cluster } from './cluster.js';
import { newMention, type WorkMention } from './mention.js';
import { roleOwner } from './split-titles.js';
import { isCountryCode } from '../../kb/country-code.js';

const WINDOW = 6; // sentences
const TITLE_WINDOW = 18; // sentences a role nominal may reach back

/** The role the text gave a person: the first titled mention's title and owner. */
export function personRole(c: Cluster): { title: string; country: string | null } | null {
  for (const m of c.mentions) if (m.titleEntry) return { title: m.titleEntry.title, country: m.roleCountry ?? null };
  return null;
}

export function resolveNominals(doc: Doc, kb: ActorKB, clusters: Cluster[], names: readonly WorkMention[]): WorkMention[] {
  const { text, tokens } = doc;
  const added: WorkMention[] = [];
  const covered = new Uint8Array(tokens.length);
  for (const m of names) for (let i = m.tokFrom; i < m.tokTo; i++) covered[i] = 1;
  // names in text order, consumed as the sweep passes them
  const order = names.filter((m) => m.cluster !== undefined).sort((a, b) => a.start - b.start);
  let next = 0;
  const lastByTitle = new Map<string, { c: Cluster; sent: number }>();
  let lastCountry: { c: Cluster; sent: number } | null = null;
  let lastPerson: { c: Cluster; sent: number } | null = null;
  const roles = new Map<number, { title: string; country: string | null } | null>();
  const roleOf = (c: Cluster) => {
    if (!roles.has(c.id)) roles.set(c.id, personRole(c));
    return roles.get(c.id)!;
  };
  const dead = new Set<WorkMention>();
  const attach = (c: Cluster, m: WorkMention) => {
    c.mentions.push(m);
    m.cluster = c.id;
    added.push(m);
    for (let i = m.tokFrom; i < m.tokTo; i++) covered[i] = 1;
  };
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si]!;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      // take in the names that start before this token
      while (next < order.length && order[next]!.tokFrom < i) {
        const m = order[next++]!;
        if (dead.has(m)) continue;
        const c = clusters[m.cluster!]!;
        if (c.type === 'PERSON') {
          lastPerson = { c, sent: m.sent };
          const r = roleOf(c);
          if (r) {
            lastByTitle.set(r.title, { c, sent: m.sent });
            if (r.country) lastByTitle.set(`${r.title}|${r.country}`, { c, sent: m.sent });
          }
        } else if (c.type === 'GPE' && c.gaz && (c.gaz.kind === 'country' || c.gaz.kind === 'metonym')) lastCountry = { c, sent: m.sent };
      }
      if (covered[i]) continue;
      // every nominal here opens with "the", "his" or "her": a word of another length is none (and
      // is not lower-cased for nothing: this runs for every token)
      if (tokens[i]!.form.length !== 3) continue;
      const lf = tokens[i]!.form.toLowerCase();
      if (lf === 'the' && i + 1 < s.tokenEnd) {
        // (1) the [owner] title['s]
        let q = i + 1;
        let owner: string | null = null;
        const g = kb.names.longestAt(text, tokens, q, s.tokenEnd - q);
        const gv = g ? bestGaz(g.values, kb) : null;
        if (g && gv) {
          owner = roleOwner(gv, kb);
          if (owner) q = g.tokenEnd;
        }
        const t = q < s.tokenEnd ? kb.titles.longestAt(text, tokens, q, s.tokenEnd - q) : null;
        if (t) {
          let end = t.tokenEnd;
          const hit = lastByTitle.get(owner ? `${t.values[0]!.title}|${owner}` : t.values[0]!.title);
          // a name right after ("the minister, Anna Berg") is the name's title, not a nominal
          const named = end < s.tokenEnd && covered[end] && /^\p{Lu}/u.test(tokens[end]!.form);
          if (hit && !named && si - hit.sent <= TITLE_WINDOW) {
            if (end < s.tokenEnd && /^['’]s$/.test(tokens[end]!.form)) end++;
            // a model name over these words ("U.K. Defense" as an ORG) gives way to the nominal
            for (let k = next; k < order.length && order[k]!.tokFrom < end; k++) if (!order[k]!.gaz && order[k]!.kind === 'name') dead.add(order[k]!);
            let ownerNamed = false;
            for (let k = Math.max(0, next - 2); k < Math.min(order.length, next + 3); k++) if (order[k]!.gaz && order[k]!.tokFrom === i + 1) ownerNamed = true;
            if (owner && g && gv && !ownerNamed) {
              const key = gazKey(gv, kb);
              const oc = clusters.find((c) => c.gaz && gazKey(c.gaz, kb) === key);
              if (oc) attach(oc, newMention({ start: tokens[i + 1]!.start, end: tokens[g.tokenEnd - 1]!.end, tokFrom: i + 1, tokTo: g.tokenEnd, sent: si, kind: 'name', type: oc.type, rule: 'entities:nominal-owner', origin: 'owner', gaz: gv }));
            }
            attach(hit.c, newMention({ start: tokens[i]!.start, end: tokens[end - 1]!.end, tokFrom: i, tokTo: end, sent: si, kind: 'nominal', type: 'PERSON', rule: 'entities:nominal-title', origin: 'nominal' }));
            i = end - 1;
            continue;
          }
        }
        // (4) the [lower-case words] <Demonym>: "The sixteen-year-old Swede is …" right after a person
        const person = demonymNominal(doc, kb, i, s.tokenEnd, order, next);
        if (person && lastPerson && si - lastPerson.sent <= 1) {
          dead.add(person.name);
          attach(lastPerson.c, newMention({ start: tokens[i]!.start, end: tokens[person.end - 1]!.end, tokFrom: i, tokTo: person.end, sent: si, kind: 'nominal', type: 'PERSON', rule: 'entities:nominal-demonym', origin: 'nominal', nationality: person.country }));
          i = person.end - 1;
          continue;
        }
        // (3) the [adj] nation/country
        const n1 = tokens[i + 1]?.form.toLowerCase() ?? '';
        const n2 = i + 2 < s.tokenEnd ? tokens[i + 2]!.form.toLowerCase() : '';
        const isNation = (w: string) => w === 'nation' || w === 'country';
        const len = isNation(n1) ? 2 : /^\p{Ll}+$/u.test(n1) && isNation(n2) ? 3 : 0;
        if (len && lastCountry && si - lastCountry.sent <= WINDOW) {
          attach(lastCountry.c, newMention({ start: tokens[i]!.start, end: tokens[i + len - 1]!.end, tokFrom: i, tokTo: i + len, sent: si, kind: 'nominal', type: 'GPE', rule: 'entities:nominal-nation', origin: 'nominal' }));
          i += len - 1;
        }
        continue;
      }
      // (2) his/her counterpart: resolved once the possessive pronoun is (resolveCounterparts)
      if ((lf === 'his' || lf === 'her') && i + 1 < s.tokenEnd && tokens[i + 1]!.form.toLowerCase() === 'counterpart') {
        added.push(newMention({ start: tokens[i]!.start, end: tokens[i + 1]!.end, tokFrom: i, tokTo: i + 2, sent: si, kind: 'nominal', type: 'PERSON', rule: 'entities:nominal-counterpart', origin: 'nominal-counterpart' }));
        covered[i + 1] = 1;
        i++;
      }
    }
  }
  if (dead.size) for (const c of clusters) c.mentions = c.mentions.filter((m) => !dead.has(m));
  return added;
}

/**
 * "the [sixteen-year-old|former|…] Swede": a singular demonym noun heading a definite phrase that
 * is the subject of its clause names one person of that nationality, the one just mentioned. The
 * demonym's own name mention (its gazetteer match) and its country, or null.
 */
function demonymNominal(doc: Doc, kb: ActorKB, the: number, end: number, order: readonly WorkMention[], from: number): { name: WorkMention; end: number; country: string } | null {
  const { tokens } = doc;
  let j = the + 1;
  // modifiers: lower-case words, numbers and the hyphens between them ("sixteen - year - old")
  while (j < end && j - the <= 6 && /^(?:[\p{Ll}\d][\p{Ll}\d-]*|-)$/u.test(tokens[j]!.form)) j++;
  if (j >= end) return null;
  let name: WorkMention | undefined;
  for (let k = from; k < order.length && order[k]!.tokFrom <= j; k++) if (order[k]!.tokFrom === j) name = order[k];
  if (!name || name.tokTo !== j + 1 || name.gaz?.kind !== 'demonym') return null;
  const head = tokens[j]!;
  // a singular noun heading the subject ("Swede", "Briton"), not an adjective ("the Swedish
  // government") nor a people ("the Swedes")
  if (!/^nsubj/.test(head.dep) || head.pos === 'ADJ' || /s$/.test(head.form)) return null;
  const country = roleOwner(name.gaz, kb);
  return country && isCountryCode(country) ? { name, end: j + 1, country } : null;
}

/**
 * Resolves "his/her counterpart" once the possessor is known: the person with the same role head
 * ("Secretary", "Minister") and a different country, nearest within the window.
 */
export function resolveCounterparts(clusters: Cluster[], nominals: readonly WorkMention[], possessorOf: (m: WorkMention) => Cluster | null): void {
  const people = clusters.filter((c) => c.type === 'PERSON' && personRole(c));
  for (const m of nominals) {
    if (m.origin !== 'nominal-counterpart' || m.cluster !== undefined) continue;
    const owner = possessorOf(m);
    const r = owner ? personRole(owner) : null;
    if (!owner || !r) continue;
    const head = r.title.split(' ').pop();
    let best: Cluster | null = null;
    let bestDist = Infinity;
    // people with a text-given role: few per document, and each is checked once per counterpart
    for (const c of people) {
      if (c === owner) continue;
      const cr = personRole(c)!;
      if (cr.title.split(' ').pop() !== head || (cr.country && r.country && cr.country === r.country)) continue;
      let dist = Infinity;
      for (const x of c.mentions) dist = Math.min(dist, Math.abs(x.sent - m.sent));
      if (dist <= WINDOW && dist < bestDist) {
        best = c;
        bestDist = dist;
      }
    }
    if (best) {
      best.mentions.push(m);
      m.cluster = best.id;
    }
  }
}
