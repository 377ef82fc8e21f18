// Hand-made contract documents for the store conformance suite and the API tests. Spans are given
// as substrings (the n-th occurrence) and turned into offsets here, so the fixtures stay readable
// and every span's text is exactly text.slice(start, end). The countries and people are fictional.
import type { StoreDoc } from './store.js';

interface EntitySpec {
  id: string;
  type: string;
  name: string;
  country?: string | null;
  role?: string | null;
  sector?: string | null;
  actor_code?: string | null;
  mentions: readonly (string | [string, number])[];
  title?: string;
}
interface QuoteSpec {
  id: string;
  kind?: string;
  content: string;
  cue?: string;
  speaker: string | null;
  speakerName?: string;
  date?: string | null;
  /** the about stage's field: local entity and event ids */
  about?: { entities: string[]; events: string[] };
}
interface EventSpec {
  id: string;
  cameo: string;
  quad: number;
  goldstein: number;
  plover?: string | null;
  source: string | null;
  target: string | null;
  evidence: string;
  date?: string | null;
}
interface DocSpec {
  id: string;
  url?: string | null;
  title?: string | null;
  published?: string | null;
  text: string;
  entities?: readonly EntitySpec[];
  quotes?: readonly QuoteSpec[];
  events?: readonly EventSpec[];
  timexes?: readonly { text: string; type: string; value: string | null }[];
  role_observations?: StoreDoc['role_observations'];
}

function find(text: string, needle: string, nth = 1): { start: number; end: number; text: string } {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: "${needle}" (occurrence ${nth}) not in text`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

export function makeDoc(spec: DocSpec): StoreDoc {
  const { text } = spec;
  const ents = spec.entities ?? [];
  const mentionOf = (entityId: string | null) => {
    const e = ents.find((x) => x.id === entityId);
    if (!e) return null;
    const m = e.mentions[0]!;
    return typeof m === 'string' ? find(text, m) : find(text, m[0], m[1]);
  };
  const doc = {
    schema: 'newsgraph/1',
    id: spec.id,
    text,
    title: spec.title ?? null,
    url: spec.url ?? null,
    published: spec.published ?? null,
    paragraphs: [{ start: 0, end: text.length }],
    sentences: [{ start: 0, end: text.length }],
    tokens: [],
    entities: ents.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      country: e.country ?? null,
      sector: e.sector ?? null,
      role: e.role ?? null,
      actor_code: e.actor_code ?? null,
      rule: 'entities:fixture',
      mentions: e.mentions.map((m, i) => {
        const sp = typeof m === 'string' ? find(text, m) : find(text, m[0], m[1]);
        return { ...sp, kind: i === 0 ? 'name' : 'surname', ...(i === 0 && e.title ? { title: find(text, e.title) } : {}), rule: 'entities:fixture-mention' };
      }),
    })),
    timexes: (spec.timexes ?? []).map((t) => ({ ...find(text, t.text), type: t.type, value: t.value, rule: 'time:fixture' })),
    quotes: (spec.quotes ?? []).map((q) => ({
      id: q.id,
      kind: q.kind ?? 'direct',
      content: [find(text, q.content)],
      cue: q.cue ? find(text, q.cue) : null,
      speaker: { entity: q.speaker, name: q.speakerName ?? ents.find((e) => e.id === q.speaker)?.name ?? null, mention: mentionOf(q.speaker) },
      addressee: null,
      date: q.date ?? spec.published ?? null,
      rule: 'quotes:fixture',
      ...(q.about ? { about: { ...q.about, rule: 'about:fixture' } } : {}),
    })),
    events: (spec.events ?? []).map((v) => ({
      id: v.id,
      cameo: v.cameo,
      root: v.cameo.slice(0, 2),
      plover: v.plover ?? null,
      quad: v.quad,
      goldstein: v.goldstein,
      source: { entity: v.source, actor_code: ents.find((e) => e.id === v.source)?.actor_code ?? null, mention: mentionOf(v.source) },
      target: { entity: v.target, actor_code: ents.find((e) => e.id === v.target)?.actor_code ?? null, mention: mentionOf(v.target) },
      date: v.date ?? spec.published ?? null,
      location: null,
      negated: false,
      modality: 'asserted',
      evidence: find(text, v.evidence),
      rule: 'events:fixture',
    })),
    ...(spec.role_observations ? { role_observations: spec.role_observations } : {}),
  };
  return doc as unknown as StoreDoc;
}

const BERG = { id: 'e1', type: 'PERSON', name: 'Anna Berg', country: 'NRL', actor_code: 'NRLGOV' };

/** Four fictional articles: two weeks of Norland–Vestria relations and Anna Berg's change of role. */
export function sampleDocs(): StoreDoc[] {
  const t1 =
    'Defence Minister Anna Berg of Norland said on Monday that "we will not retreat from the talks." ' +
    'Norland praised Vestria for reopening the border crossing. Later, Norland accused Vestria of shelling a village.';
  const t2 =
    'Prime Minister Anna Berg said Norland would send grain to Vestria. "Our neighbours are hungry and we will help," Berg told reporters on Wednesday. ' +
    'Vestria attacked a Norland patrol on Tuesday.';
  const t3 = 'Vestria and Kessel signed a fisheries accord. Kessel thanked Vestria, officials said.';
  const t4 = 'General Tomas Vik said the army "stands ready". Norland threatened Kessel with sanctions.';
  return [
    makeDoc({
      id: 'a1', url: 'https://news.example/norland/talks', title: 'Norland stays at the table', published: '2025-03-03', text: t1,
      entities: [
        { ...BERG, role: 'Defence Minister', sector: 'GOV', mentions: ['Anna Berg'], title: 'Defence Minister' },
        { id: 'e2', type: 'GPE', name: 'Norland', country: 'NRL', actor_code: 'NRL', mentions: ['Norland', ['Norland', 2], ['Norland', 3]] },
        { id: 'e3', type: 'GPE', name: 'Vestria', country: 'VST', actor_code: 'VST', mentions: ['Vestria', ['Vestria', 2]] },
      ],
      quotes: [{ id: 'q1', content: 'we will not retreat from the talks.', cue: 'said', speaker: 'e1', date: '2025-03-03' }],
      events: [
        { id: 'v1', cameo: '051', quad: 1, goldstein: 3.4, plover: 'SUPPORT', source: 'e2', target: 'e3', evidence: 'praised Vestria' },
        { id: 'v2', cameo: '112', quad: 3, goldstein: -2, plover: 'ACCUSE', source: 'e2', target: 'e3', evidence: 'accused Vestria' },
      ],
      timexes: [{ text: 'Monday', type: 'DATE', value: '2025-03-03' }],
    }),
    makeDoc({
      id: 'a2', url: 'https://news.example/norland/grain', title: 'Grain for Vestria', published: '2025-03-12T09:30:00Z', text: t2,
      entities: [
        { ...BERG, role: 'Prime Minister', sector: 'GOV', mentions: ['Anna Berg', 'Berg'], title: 'Prime Minister' },
        { id: 'e2', type: 'GPE', name: 'Norland', country: 'NRL', actor_code: 'NRL', mentions: ['Norland', ['Norland', 2]] },
        { id: 'e3', type: 'GPE', name: 'Vestria', country: 'VST', actor_code: 'VST', mentions: ['Vestria', ['Vestria', 2]] },
      ],
      quotes: [
        { id: 'q1', kind: 'indirect', content: 'Norland would send grain to Vestria', cue: 'said', speaker: 'e1', date: '2025-03-12' },
        { id: 'q2', content: 'Our neighbours are hungry and we will help,', cue: 'told', speaker: 'e1', date: '2025-03-12' },
      ],
      events: [
        { id: 'v1', cameo: '071', quad: 2, goldstein: 7.4, plover: 'AID', source: 'e2', target: 'e3', evidence: 'send grain to Vestria', date: '2025-03-12' },
        { id: 'v2', cameo: '190', quad: 4, goldstein: -10, plover: 'ASSAULT', source: 'e3', target: 'e2', evidence: 'attacked a Norland patrol', date: '2025-03-11' },
      ],
      timexes: [{ text: 'Wednesday', type: 'DATE', value: '2025-03-12' }, { text: 'Tuesday', type: 'DATE', value: '2025-03-11' }],
    }),
    makeDoc({
      id: 'a3', url: 'https://news.example/kessel/fish', title: 'Fisheries accord', published: '2025-03-20', text: t3,
      entities: [
        { id: 'e1', type: 'GPE', name: 'Vestria', country: 'VST', actor_code: 'VST', mentions: ['Vestria', ['Vestria', 2]] },
        { id: 'e2', type: 'GPE', name: 'Kessel', country: 'KSL', actor_code: 'KSL', mentions: ['Kessel', ['Kessel', 2]] },
      ],
      events: [
        { id: 'v1', cameo: '057', quad: 1, goldstein: 8, plover: 'AGREE', source: 'e1', target: 'e2', evidence: 'signed a fisheries accord' },
        { id: 'v2', cameo: '041', quad: 1, goldstein: 1, plover: 'CONSULT', source: 'e2', target: 'e1', evidence: 'thanked Vestria' },
      ],
    }),
    makeDoc({
      id: 'a4', url: null, title: null, published: null, text: t4,
      entities: [
        { id: 'e1', type: 'PERSON', name: 'Tomas Vik', country: 'NRL', role: 'General', sector: 'MIL', actor_code: 'NRLMIL', mentions: ['Tomas Vik'], title: 'General' },
        { id: 'e2', type: 'GPE', name: 'Norland', country: 'NRL', actor_code: 'NRL', mentions: ['Norland'] },
        { id: 'e3', type: 'GPE', name: 'Kessel', country: 'KSL', actor_code: 'KSL', mentions: ['Kessel'] },
      ],
      quotes: [{ id: 'q1', kind: 'partial', content: 'stands ready', cue: 'said', speaker: 'e1', date: null }],
      events: [{ id: 'v1', cameo: '138', quad: 3, goldstein: -7, plover: 'THREATEN', source: 'e2', target: 'e3', evidence: 'threatened Kessel', date: null }],
      role_observations: [{ entity: 'e1', role: 'Army Chief', date: '2024-11-02', rule: 'entities:fixture-role' }],
    }),
  ];
}

// Words for the filler sentences of crossDocs(): random word strings share almost no 4-word
// shingles across stories, so only the copies of one story look alike.
const FILLER = ('harbour river council market winter bridge tunnel railway season harvest village valley school doctor nurse ' +
  'station ferry island coast summit forest desert garden museum theatre stadium library factory airport hospital parliament ' +
  'budget pension salary tariff export import reserve deficit surplus ledger contract permit licence statute treaty protocol ' +
  'morning evening midnight weekend holiday festival parade concert lecture seminar verdict appeal hearing inquiry ballot ' +
  'copper silver timber cotton wheat barley coffee sugar salt oil gas coal wind solar cable pipeline reactor turbine engine').split(' ');

function filler(rand: () => number, n: number): string {
  return Array.from({ length: n }, () => FILLER[Math.floor(rand() * FILLER.length)]).join(' ');
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const CROSS_ACTORS = [
  { name: 'Norland', code: 'NRL' }, { name: 'Vestria', code: 'VST' }, { name: 'Kessel', code: 'KSL' },
  { name: 'Ostmark', code: 'OSK' }, { name: 'Valdor', code: 'VLD' },
];

/**
 * A corpus for the cross-article tests: stories of fictional countries, each published by one
 * outlet and republished by others (sentences reordered, a new lead, a new headline, another day),
 * with events (some dated, some generic-coded, some with an unidentified party) and quotes. Two
 * different stories report one meeting on the same day. Ids are chosen so that copies often sort
 * before their original (a story merge re-labels stored articles).
 */
export function crossDocs(): StoreDoc[] {
  const outlets = ['wire.example', 'daily.example', 'herald.example', 'post.example'];
  const docs: StoreDoc[] = [];
  for (let k = 0; k < 6; k++) {
    const rand = lcg(100 + k);
    const A = CROSS_ACTORS[k % CROSS_ACTORS.length]!;
    const B = CROSS_ACTORS[(k + 1 + (k % 3)) % CROSS_ACTORS.length]!;
    const day = `2025-04-${String(3 + k * 2).padStart(2, '0')}`;
    const lead = `${A.name} accused ${B.name} of ${filler(rand, 10)}.`;
    const meet = `Envoys of ${A.name} met ${B.name} officials on ${filler(rand, 8)}.`;
    const said = `"We will ${filler(rand, 6)} with ${B.name}," a spokesman for ${A.name} said.`;
    const body = Array.from({ length: 5 }, () => `${filler(rand, 14)}.`);
    const copies = k % 2 === 0 ? 3 : 2;
    for (let c = 0; c < copies; c++) {
      // copy 0 is the original; copy 1 reorders the body; copy 2 rewrites the lead and its headline
      const sentences = c === 0 ? [lead, meet, said, ...body] : c === 1 ? [lead, meet, said, body[2]!, body[0]!, body[1]!, body[4]!, body[3]!]
        : [`${A.name} on ${day} accused ${B.name} of ${filler(lcg(900 + k), 9)}.`, meet, said, ...body];
      const text = sentences.join(' ');
      const published = c === 0 ? day : `2025-04-${String(3 + k * 2 + c).padStart(2, '0')}`;
      docs.push(makeDoc({
        // copies get ids that sort before the original's now and then
        id: `${c === 1 ? 'a' : c === 2 ? 'm' : 's'}${k}-${c}`,
        url: `https://${outlets[(k + c) % outlets.length]}/story-${k}-${c}`,
        title: c === 2 ? `${A.name} and ${B.name}: a new row` : `${A.name} accuses ${B.name}`,
        published,
        text,
        entities: [
          { id: 'e1', type: 'GPE', name: A.name, country: A.code, actor_code: A.code, mentions: [A.name] },
          { id: 'e2', type: 'GPE', name: B.name, country: B.code, actor_code: B.code, mentions: [B.name] },
          { id: 'e3', type: 'ORG', name: 'Officials', sector: 'GOV', actor_code: 'GOV', mentions: ['officials'] },
        ],
        // the spokesman's words mention B and come with the accusation
        quotes: [{ id: 'q1', content: said.slice(1, said.indexOf('"', 1)), cue: 'said', speaker: 'e1', about: { entities: ['e2'], events: ['v1'] } }],
        events: [
          // the accusation: dated to the original's day in every copy
          { id: 'v1', cameo: '112', quad: 3, goldstein: -2, source: 'e1', target: 'e2', evidence: `accused ${B.name}`, date: day },
          // the meeting: a generic code in the rewritten copy, specific elsewhere
          { id: 'v2', cameo: c === 2 ? '030' : '036', quad: 1, goldstein: 4, source: 'e1', target: 'e2', evidence: `met ${B.name}`, date: day },
          // a party that names no one in particular: clusters only within its story
          { id: 'v3', cameo: '010', quad: 1, goldstein: 0, source: 'e3', target: 'e2', evidence: 'officials', date: published },
        ],
      }));
    }
  }
  // a different story (its own text) reporting story 0's meeting on the same day
  const rand = lcg(77);
  const A = CROSS_ACTORS[0]!;
  const B = CROSS_ACTORS[1]!;
  const text = `Envoys of ${A.name} met ${B.name} officials on ${filler(rand, 8)}. ${filler(rand, 30)}.`;
  docs.push(makeDoc({
    id: 'z-other', url: 'https://gazette.example/meeting', title: 'Talks', published: '2025-04-03', text,
    entities: [
      { id: 'e1', type: 'GPE', name: A.name, country: A.code, actor_code: A.code, mentions: [A.name] },
      { id: 'e2', type: 'GPE', name: B.name, country: B.code, actor_code: B.code, mentions: [B.name] },
    ],
    events: [{ id: 'v1', cameo: '036', quad: 1, goldstein: 4, source: 'e1', target: 'e2', evidence: `met ${B.name}`, date: '2025-04-03' }],
  }));
  return docs;
}
