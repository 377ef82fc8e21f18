// "special effects companies Weta Workshop and Weta Digital", 'the newspaper "Die Zeit"': the text
// says what the capitalised words are, and the NER model found no name there at all (Re-DocRED and
// wikigold dev, eval/ner-session-19.md §1). Where described-orgs.ts corrects the type of a name the
// model did find, this file makes the mention: a run of proper nouns no mention covers, right after
// an organisation noun (data/actors/org-descriptors.tsv) that the parse joins to it (the run's head
// hangs from the noun, or the noun from the run), is an organisation name; after a plural noun, so is
// a second run coordinated with the first ("companies X and Y"), also when the model found the first;
// a place name after "of" ends the name ("newspaper Star of Mysore", the place mention gives way). An opening quotation mark may come
// between the noun and the name. Without a parse (no tags) the refiner does nothing.
import type { Doc, Token } from '../../core/doc.js';
import type { ActorKB } from '../../kb/index.js';
import { PLACE_TYPES } from '../../lexicon/entity-types.js';
import { MARKS_THAT_CLOSE, MARKS_THAT_OPEN } from '../../lexicon/quote-marks.js';
import { singular } from './described-orgs.js';
import { newMention, type WorkMention } from './mention.js';
import { startsUpper } from '../../core/letter-case.js';

const OPENING_QUOTES: ReadonlySet<string> = new Set(MARKS_THAT_OPEN);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(MARKS_THAT_CLOSE);
const NAME_PART_POS = new Set(['ADJ', 'NOUN', 'NUM']);
/** the longest name we make, in tokens */
const MAX_RUN = 6;
// made once: a regular expression literal in the per-token loop was a new RegExp object per noun
// (describedMentions was 15 MB of a Wikinews pass's 1,060 MB of allocation, 2026-12-07)
const LOWER_WORD = /^[a-z]+$/;

export function describedMentions(doc: Doc, kb: ActorKB, names: WorkMention[]): WorkMention[] {
  const nouns = kb.tables.words.orgDescriptors;
  const { tokens } = doc;
  if (!nouns.size || !tokens.length || !tokens[0]!.pos) return names;
  let covered: Uint8Array | null = null;
  const added: WorkMention[] = [];
  const dropped = new Set<WorkMention>();
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'NOUN' || !LOWER_WORD.test(t.form)) continue;
    const lemma = singular(t.form);
    const plural = lemma !== t.form;
    if (!nouns.has(lemma)) continue;
    if (!covered) {
      covered = new Uint8Array(tokens.length);
      for (const m of names) for (let i = m.tokFrom; i < m.tokTo; i++) covered[i] = 1;
    }
    const quoted = OPENING_QUOTES.has(tokens[k + 1]!.form);
    const from = quoted ? k + 2 : k + 1;
    // the first name: one the model found (an organisation: its other types are described-orgs.ts's
    // to correct), or a run of words to make one of
    const found: WorkMention | undefined = covered[from] ? names.find((m) => m.kind === 'name' && m.tokFrom === from) : undefined;
    if (found && found.type !== 'ORG') continue;
    let first: [number, number] | null = found ? [found.tokFrom, found.tokTo] : run(tokens, covered, from, t.sent, quoted);
    if (!first || !joined(tokens, k, first)) continue;
    // "newspaper Star of Mysore": a place name after "of" is the end of the organisation's name
    if (!found && !quoted && tokens[first[1]]?.form === 'of') {
      const place = names.find((m) => m.kind === 'name' && m.tokFrom === first![1] + 1 && PLACE_TYPES.has(m.type));
      if (place && place.sent === t.sent && !(tokens[place.tokTo]?.pos === 'PROPN')) {
        dropped.add(place);
        first = [first[0], place.tokTo];
      }
    }
    const made = found ? [] : [first];
    // "companies X and Y": a second run coordinated with the first
    const and = first[1];
    if (plural && tokens[and]?.form === 'and') {
      const second = run(tokens, covered, and + 1, t.sent, false);
      if (second && tokens.slice(second[0], second[1]).some((x) => inside(x.head, first))) made.push(second);
    }
    for (const [a, b] of made) {
      added.push(newMention({ start: tokens[a]!.start, end: tokens[b - 1]!.end, tokFrom: a, tokTo: b, sent: t.sent, kind: 'name', type: 'ORG', rule: 'entities:described-mention', origin: 'described' }));
      for (let i = a; i < b; i++) covered[i] = 1;
    }
  }
  if (!added.length) return names;
  // (a stable sort keeps the order of mentions starting at one token)
  return names.filter((m) => !dropped.has(m)).concat(added).sort((x, y) => x.start - y.start);
}

/**
 * The proper nouns from `from` on (same sentence, capitalised, none inside a mention), as [from, to),
 * or null. Inside quotation marks every capitalised word counts whatever its tag (the tagger reads
 * the "Die" of "Die Zeit" as a verb), and the run must end at the closing mark.
 */
function run(tokens: readonly Token[], covered: Uint8Array, from: number, sent: number, quoted: boolean): [number, number] | null {
  let to = from;
  // (past the first word a capitalised adjective or noun goes on the name: the tagger reads the
  // "Digital" of "Weta Digital" as an adjective)
  while (to < tokens.length && to - from < MAX_RUN && tokens[to]!.sent === sent && (quoted || tokens[to]!.pos === 'PROPN' || (to > from && NAME_PART_POS.has(tokens[to]!.pos))) && startsUpper(tokens[to]!.form) && !covered[to]) to++;
  if (to === from || to - from === MAX_RUN) return null;
  if (quoted) return CLOSING_QUOTES.has(tokens[to]?.form ?? '') ? [from, to] : null;
  // a run that goes on into a name is part of that name, not one of its own
  if (to < tokens.length && covered[to] && tokens[to]!.pos === 'PROPN') return null;
  return [from, to];
}

const inside = (h: number, [a, b]: [number, number]) => h >= a && h < b;

/** the parse joins the noun and the run: a word of the run hangs from the noun, or the noun from the run */
function joined(tokens: readonly Token[], k: number, r: [number, number]): boolean {
  if (inside(tokens[k]!.head, r)) return true;
  for (let i = r[0]; i < r[1]; i++) if (tokens[i]!.head === k) return true;
  return false;
}
