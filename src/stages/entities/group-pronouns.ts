// "they"/"them"/"their" for a group: sector groups ("protesters", "police", "the government") are
// built after pronoun coreference (sector-groups.ts needs the earned countries), and nationality
// groups ("Greek authorities") are no antecedents of coreference there, so a plural pronoun
// no organisation took up may still refer to one of them: "Protesters gathered outside parliament.
// They demanded …". This pass gives each such pronoun the nearest group subject before it in its
// sentence or the one before (not its own clause's subject for "them": "police fired at them"), never across quotation marks (the speaker's
// "they" is not the narrator's). The group's country was earned or read from context before; the
// pronoun only repeats who acts. One sweep over the sorted group mentions: linear.
import type { Doc, Entity, Mention } from '../../core/doc.js';
import { firstEndingAfter } from '../../core/span.js';
import { quotedTokens } from './coref-pronouns.js';
import { copyEntity, newEntityMention } from './entity-record.js';

const PLURAL = new Set(['they', 'them', 'their']);
/** sentences back a pronoun may reach */
const WINDOW = 1;

/**
 * A group with a country: an organisation named only by nominal group phrases ("protesters",
 * "police", "Greek authorities"), as sector-groups.ts and the nationality groups make them.
 */
function isGroup(e: Entity): boolean {
  return e.type === 'ORG' && !!e.country && e.mentions.length > 0 && e.mentions.every((m) => m.kind === 'nominal' || m.kind === 'pronoun');
}

function sentenceOf(doc: Doc, at: number): number {
  return firstEndingAfter(doc.sentences, at);
}

/** relations inside one noun phrase ("thousands of protesters" is a subject through "thousands") */
const INSIDE_NP = new Set(['nmod', 'compound', 'amod', 'appos', 'conj', 'flat']);

function isSubject(doc: Doc, k: number): boolean {
  for (let step = 0; step < 3 && k >= 0; step++) {
    const dep = doc.tokens[k]!.dep;
    if (dep.startsWith('nsubj')) return true;
    if (!INSIDE_NP.has(dep.split(':')[0]!)) return false;
    k = doc.tokens[k]!.head;
  }
  return false;
}

/** the verb whose clause token k is in (its nearest verb ancestor), or -1 */
function clauseOf(doc: Doc, k: number): number {
  for (let step = 0; step < 5 && k >= 0; step++) {
    if (doc.tokens[k]!.pos === 'VERB') return k;
    k = doc.tokens[k]!.head;
  }
  return -1;
}

export function groupPronouns(doc: Doc, entities: readonly Entity[]): Entity[] {
  const { tokens } = doc;
  const groups = entities.filter(isGroup);
  if (!groups.length) return [...entities];
  // tokens any entity mention already covers (a pronoun coreference resolved stays as it is)
  const covered = new Uint8Array(tokens.length);
  // plural pronouns coreference gave an organisation, with that organisation's last named mention
  // before them: a group subject named after it takes the pronoun over ("Police said they …")
  const taken = new Map<number, { e: Entity; lastNamed: number }>();
  for (const e of entities) {
    // pushed, not filtered and mapped: one elements kind whether or not this function is optimised
    const named: number[] = [];
    for (const m of e.mentions) if (m.kind !== 'pronoun') named.push(m.start);
    named.sort((a, b) => a - b);
    for (const m of e.mentions) {
      const k0 = firstEndingAfter(tokens, m.start);
      for (let k = k0; k < tokens.length && tokens[k]!.start < m.end; k++) covered[k] = 1;
      if (m.kind === 'pronoun' && PLURAL.has(doc.text.slice(m.start, m.end).toLowerCase())) {
        let lastNamed = -1;
        for (const at of named) if (at < m.start) lastNamed = at;
        taken.set(k0, { e, lastNamed });
      }
    }
  }
  const quoted = quotedTokens(doc);
  const heads: Array<{ e: Entity; m: Mention; sent: number; subject: boolean; tok: number }> = [];
  for (const e of groups) {
    for (const m of e.mentions) {
      const tok = firstEndingAfter(tokens, m.end - 1);
      heads.push({ e, m, sent: sentenceOf(doc, m.start), subject: isSubject(doc, tok), tok });
    }
  }
  heads.sort((a, b) => a.m.start - b.m.start);
  const added = new Map<Entity, Mention[]>();
  /** pronoun token -> the entity it is taken from */
  const moved = new Map<number, Entity>();
  let next = 0;
  const seen: typeof heads = [];
  for (let k = 0; k < tokens.length; k++) {
    const tk = tokens[k]!;
    while (next < heads.length && heads[next]!.m.end <= tk.start) seen.push(heads[next++]!);
    // (the part of speech first: it rules out most tokens without lower-casing each)
    if (quoted[k] || tk.pos !== 'PRON' || !PLURAL.has(tk.form.toLowerCase())) continue;
    const sent = sentenceOf(doc, tk.start);
    const was = taken.get(k);
    // "police fired tear gas at them": an object pronoun is not its own clause's subject ("their" may be)
    const clause = tk.form.toLowerCase() === 'their' ? -2 : clauseOf(doc, k);
    const allowed = (h: (typeof heads)[number]) => clause === -2 || clauseOf(doc, h.tok) !== clause;
    if (covered[k]) {
      // only a group subject of the pronoun's own sentence, named after the organisation, takes it over
      let h: (typeof heads)[number] | undefined;
      for (let i = seen.length - 1; was && !h && i >= 0 && seen[i]!.sent >= sent; i--) if (seen[i]!.sent === sent && seen[i]!.subject && allowed(seen[i]!)) h = seen[i];
      if (!was || !h || h.m.start <= was.lastNamed) continue;
      moved.set(k, was.e);
      (added.get(h.e) ?? added.set(h.e, []).get(h.e)!).push(newEntityMention(tk.start, tk.end, 'pronoun', 'entities:pronoun-group'));
      continue;
    }
    let pick: (typeof heads)[number] | null = null;
    for (let back = 0; back <= WINDOW && !pick; back++) {
      for (let i = seen.length - 1; i >= 0; i--) {
        const h = seen[i]!;
        if (h.sent > sent - back) continue;
        if (h.sent < sent - back) break;
        // a subject only: a group in an adjunct or object is too weak a cue (and parses of such
        // sentences are the least reliable)
        if (!allowed(h) || !h.subject) continue;
        pick = h;
        break;
      }
    }
    if (!pick) continue;
    const list = added.get(pick.e) ?? [];
    list.push(newEntityMention(tk.start, tk.end, 'pronoun', 'entities:pronoun-group'));
    added.set(pick.e, list);
  }
  if (!added.size) return [...entities];
  const gone = new Map<Entity, Set<number>>();
  for (const [k, e] of moved) (gone.get(e) ?? gone.set(e, new Set()).get(e)!).add(tokens[k]!.start);
  return entities.map((e) => {
    const more = added.get(e);
    const drop = gone.get(e);
    if (!more && !drop) return e;
    const kept = drop ? e.mentions.filter((m) => !(m.kind === 'pronoun' && drop.has(m.start))) : e.mentions;
    return copyEntity(e, { mentions: [...kept, ...(more ?? [])].sort((a, b) => a.start - b.start || a.end - b.end) });
  });
}
