// PLOVER JSON records from a contract document, in the field names of the PLOVER specification and
// its gold-standard records (id, date, event, mode, context, source/target as lists of
// { actorText, code, sector }, eventText, text, eventLoc, language, publication), plus newsgraph's
// own provenance (cameo, negated, modality, evidence offsets, rule; an actor's entity and, when its
// country is the article's story country rather than the text's, country_source "story"). Choices:
// - CAMEO 01x statements have no PLOVER type and are left out; so are negated events (PLOVER has
//   no negation field) unless asked for.
// - `date` is the event's date, else the publication date (the PLOVER fallback), else null.
// - `mode` comes from the CAMEO→PLOVER crosswalk; `context` is not coded (an empty list).
import type { ContractDoc } from './write-json.js';

export interface PloverOptions {
  readonly includeNegated?: boolean;
}

type ContractEvent = ContractDoc['events'][number];
type ContractParty = ContractEvent['source'];

export interface PloverActor {
  readonly actorText: string;
  readonly code: string;
  readonly sector?: string;
  readonly entity?: string;
  /** newsgraph's provenance: "story" when `code` is the article's country, not one the text gives the actor */
  readonly country_source?: 'story';
}

export interface PloverRecord {
  readonly id: string;
  readonly date: string | null;
  readonly event: string;
  readonly mode: string | null;
  readonly context: readonly string[];
  readonly source: readonly PloverActor[];
  readonly target: readonly PloverActor[];
  readonly eventText: string;
  readonly text: string;
  readonly eventLoc?: string;
  readonly language: 'en';
  readonly publication: string | null;
  readonly cameo: string;
  readonly negated: boolean;
  readonly modality: string;
  readonly evidence: { readonly start: number; readonly end: number };
  readonly rule: string;
}

const TYPE = /^(IGO|NGO|IMG|MNC|GOV|MIL|COP|REB|OPP|LEG|JUD|CVL|EDU|LAB|BUS|MED|REF|REL|CRM|HLH|SPY|ELI|PTY)$/;

function actor(doc: ContractDoc, p: ContractParty): PloverActor[] {
  if (!p.actor_code && !p.entity && !p.mention) return [];
  const ent = p.entity ? doc.entities.find((e) => e.id === p.entity) : undefined;
  const code = p.actor_code ?? '';
  const first = code.slice(0, 3);
  // PLOVER puts the country (or IGO) in `code` and the role in `sector`
  const country = TYPE.test(first) && first !== 'IGO' && first !== 'NGO' ? '' : first;
  const sector = country ? code.slice(3, 6) : TYPE.test(first) && first !== 'IGO' && first !== 'NGO' ? first : '';
  return [
    {
      actorText: p.mention?.text ?? ent?.name ?? '',
      code: country,
      ...(sector ? { sector } : {}),
      ...(p.entity ? { entity: p.entity } : {}),
      ...(country && p.country_source ? { country_source: p.country_source } : {}),
    },
  ];
}

function sentenceAt(doc: ContractDoc, at: number): string {
  for (const s of doc.sentences) if (s.start <= at && at < s.end) return doc.text.slice(s.start, s.end);
  return '';
}

export function toPloverRecords(doc: ContractDoc, options: PloverOptions = {}): PloverRecord[] {
  const out: PloverRecord[] = [];
  for (const e of doc.events) {
    if (!e.plover) continue;
    if (e.negated && !options.includeNegated) continue;
    out.push({
      id: `${doc.id}-${e.id}`,
      date: e.date ?? doc.published ?? null,
      event: e.plover,
      mode: ('plover_mode' in e ? (e.plover_mode as string | undefined) : undefined) ?? null,
      context: [],
      source: actor(doc, e.source),
      target: actor(doc, e.target),
      eventText: e.evidence.text,
      text: sentenceAt(doc, e.evidence.start),
      ...(e.location ? { eventLoc: e.location } : {}),
      language: 'en',
      publication: doc.url ?? doc.title ?? null,
      cameo: e.cameo,
      negated: e.negated,
      modality: e.modality,
      evidence: { start: e.evidence.start, end: e.evidence.end },
      rule: e.rule,
    });
  }
  return out;
}
