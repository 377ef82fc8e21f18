// Converts the Phoenix actor dictionaries of PETRARCH2 (../shared/data/events/petrarch2, MIT,
// Open Event Data Alliance) into the reviewed data files the knowledge base reads:
//   data/actors/phoenix-people.tsv   people: name, aliases, dated CAMEO codes (code@from@to|…)
//   data/actors/phoenix-groups.tsv   named groups and bodies (armies, ministries, parties, militant
//                                    groups, international organisations): name, aliases, code
//   data/actors/phoenix-agents.tsv   agent nouns (sector nouns: "police", "lawmaker", "envoy") with
//                                    their CAMEO role codes, singular and plural forms
// Run once (`npx tsx scripts/convert-phoenix.ts`); the outputs are committed and reviewed like any
// data file, so the runtime never reads ../shared. The MIT notice travels in each file's header.
//
// The TABARI .actors format: an entry is a head line (NAME_WITH_UNDERSCORES, optionally with an
// inline [CODE]), "+ALIAS" lines, then tab-indented "[CODE yymmdd-yymmdd]" lines (">d" from, "<d"
// until, none: any date). People are the entries with dated codes or a CountryInfo comment; the
// rest are groups. Agents: "PHRASE {PLURAL} [~CODE]" with !MACRO! expansions.
import { readFileSync, writeFileSync } from 'node:fs';
import { dataPath, sharedPath } from '../src/core/paths.js';

const DIR = sharedPath('data', 'events', 'petrarch2');
/** the licence line, then the MIT notice of the dictionaries verbatim (it must travel with every copy) */
const NOTICE = [
  '# license: MIT (Open Event Data Alliance); the notice follows',
  ...readFileSync(`${DIR}/LICENSE`, 'utf8')
    .trimEnd()
    .split(/\r?\n/)
    .map((l) => `#   ${l}`.trimEnd()),
];
interface Code {
  code: string;
  from: string | null;
  to: string | null;
}
interface Entry {
  names: string[];
  codes: Code[];
  person: boolean;
}

/** yymmdd or yyyymmdd -> YYYY-MM-DD; two-digit years up to 30 are 20xx (the files end in 2014) */
function isoDate(d: string): string | null {
  let y: string, rest: string;
  if (/^\d{8}$/.test(d)) [y, rest] = [d.slice(0, 4), d.slice(4)];
  else if (/^\d{6}$/.test(d)) [y, rest] = [(Number(d.slice(0, 2)) <= 30 ? '20' : '19') + d.slice(0, 2), d.slice(2)];
  else return null;
  const [m, day] = [rest.slice(0, 2), rest.slice(2, 4)];
  if (Number(m) < 1 || Number(m) > 12 || Number(day) < 1 || Number(day) > 31) return null;
  return `${y}-${m}-${day}`;
}

function parseCode(inner: string): Code | null {
  const [code, dates] = inner.trim().split(/\s+/);
  if (!code || !/^~?[A-Z]{3,15}$/.test(code)) return null;
  if (!dates) return { code, from: null, to: null };
  if (dates.startsWith('>')) return { code, from: isoDate(dates.slice(1)), to: null };
  if (dates.startsWith('<')) return { code, from: null, to: isoDate(dates.slice(1)) };
  const [a, b] = dates.split('-');
  const from = isoDate(a ?? '');
  const to = isoDate(b ?? '');
  if (!from || !to) return null; // a malformed range ("2004017-20061201") says nothing reliable
  return { code, from, to };
}

/** words written in lower case inside a name ("Committee to Protect Journalists", "Lula da Silva") */
const SMALL_WORDS = new Set(['of', 'to', 'for', 'and', 'the', 'on', 'in', 'at', 'de', 'da', 'del', 'la', 'le', 'van', 'von', 'der']);

/** SECRETARY-GENERAL_BAN_KI-MOON_ -> "Secretary-General Ban Ki-Moon"; words with dots stay as written */
function displayName(raw: string): string {
  return raw
    .replace(/\(.*?\)/g, ' ')
    .replace(/_/g, ' ')
    .trim()
    .split(/\s+/)
    .map((w, i) =>
      /[.&]/.test(w) || (/^[A-Z]{2,4}$/.test(w) && !/[AEIOUY]/.test(w)) || (/^[A-Z]{2}$/.test(w) && !SMALL_WORDS.has(w.toLowerCase()))
        ? w
        : i > 0 && SMALL_WORDS.has(w.toLowerCase())
          ? w.toLowerCase()
          : w.toLowerCase().replace(/(^|[-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase()),
    )
    .join(' ');
}

/** acronyms written in parentheses inside a name: "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_" -> AAIA */
const parenAcronyms = (raw: string) => [...raw.matchAll(/\(([A-Z]{2,8})\)/g)].map((m) => m[1]!);

function parseActors(file: string): Entry[] {
  const out: Entry[] = [];
  let cur: Entry | null = null;
  for (const line0 of readFileSync(`${DIR}/${file}`, 'utf8').split(/\r?\n/)) {
    if (/^\s*#/.test(line0)) continue;
    const comment = line0.indexOf('#');
    const line = comment >= 0 ? line0.slice(0, comment) : line0;
    const isPerson = comment >= 0 && /CountryInfo|rulers/i.test(line0.slice(comment));
    if (!line.trim()) continue;
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => parseCode(m[1]!)).filter((c): c is Code => !!c);
    const name = line.replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(line) && !name) {
      if (cur) cur.codes.push(...codes);
      continue;
    }
    if (name.startsWith('+')) {
      if (cur) {
        cur.names.push(name.slice(1));
        cur.codes.push(...codes);
      }
      continue;
    }
    cur = { names: [name], codes, person: isPerson };
    out.push(cur);
  }
  for (const e of out) if (e.codes.some((c) => c.from || c.to)) e.person = true;
  return out.filter((e) => e.codes.length && e.names[0]);
}

function uniqueNames(e: Entry): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const raw of e.names) {
    for (const n of [displayName(raw), ...parenAcronyms(raw)]) {
      const k = n.toLowerCase();
      if (n.length < 2 || seen.has(k) || /[+!{}]/.test(n)) continue;
      seen.add(k);
      names.push(n);
    }
  }
  return names;
}

const clean = (s: string) => s.replace(/[\t|@]/g, ' ');

function convertActors(): { people: string[]; groups: string[] } {
  const people: string[] = [];
  const groups: string[] = [];
  for (const file of ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt']) {
    for (const e of parseActors(file)) {
      const names = uniqueNames(e).map(clean);
      if (!names.length) continue;
      const codes = e.codes.filter((c) => !c.code.startsWith('~'));
      if (!codes.length) continue;
      if (e.person) {
        // a bare role code without a country ("[ELI]") belongs to no one in particular: kept only with one
        const roles = codes.filter((c) => c.code.length >= 3).map((c) => `${c.code}@${c.from ?? ''}@${c.to ?? ''}`);
        people.push([names[0], names.slice(1).join('|'), [...new Set(roles)].join('|'), file.split('.')[1]!.toLowerCase()].join('\t'));
      } else {
        groups.push([names[0], names.slice(1).join('|'), codes[0]!.code, file.split('.')[1]!.toLowerCase()].join('\t'));
      }
    }
  }
  return { people, groups };
}

function pluralOf(w: string): string | null {
  if (/MEN$/.test(w) || /[^S]S$/.test(w)) return null; // already plural ("policemen", "armed forces")
  if (/(MAN)$/.test(w)) return w.replace(/MAN$/, 'MEN');
  if (/[^AEIOU]Y$/.test(w)) return w.slice(0, -1) + 'IES';
  if (/(S|X|Z|CH|SH)$/.test(w)) return w + 'ES';
  return w + 'S';
}

function convertAgents(): string[] {
  const macros = new Map<string, string[]>();
  const rows = new Map<string, string>();
  for (const line0 of readFileSync(`${DIR}/Phoenix.agents.txt`, 'utf8').split(/\r?\n/)) {
    const line = line0.replace(/#.*$/, '').trim();
    if (!line) continue;
    const macro = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line);
    if (macro) {
      macros.set(macro[1]!, macro[2]!.split(',').map((s) => s.trim()));
      continue;
    }
    const m = /^([^[{]+?)\s*(?:\{([^}]*)\})?\s*\[~([A-Z]+)\]/.exec(line);
    if (!m) continue;
    const [, phrase, plural, code] = m;
    let forms = [phrase!.replace(/_+$/, '')];
    for (const [k, vals] of macros) if (forms.some((f) => f.includes(k))) forms = forms.flatMap((f) => (f.includes(k) ? vals.map((v) => f.replace(k, v)) : [f]));
    for (const f of forms) {
      const words = f.split('_').filter(Boolean);
      const singular = words.join(' ').toLowerCase();
      if (!/^[a-z][a-z .'-]*$/.test(singular) || /\b(to|of|in|for|and|the|a|an|on|with)$/.test(singular)) continue; // "ambassador to": a phrase cut off
      const last = words[words.length - 1]!;
      if (words.length > 1 && /[^S]S$/.test(words[0]!)) continue; // "soldiers and their families": a phrase, not a noun
      const pl = plural === undefined ? pluralOf(last) : plural === '' ? null : /(S|MEN)$/.test(plural) ? plural : plural + 'S';
      // a phrase that is itself plural ("soldiers and their families") has no further plural
      const plForm = pl ? [...words.slice(0, -1), pl].join(' ').toLowerCase() : '';
      if (!rows.has(singular)) rows.set(singular, [singular, plForm === singular ? '' : plForm, code].join('\t'));
    }
  }
  return [...rows.values()];
}

const { people, groups } = convertActors();
const agents = convertAgents();
const header = (what: string, cols: string) =>
  [`# source: converted by scripts/convert-phoenix.ts from the PETRARCH2 Phoenix dictionaries (${what}), ../shared/data/events/petrarch2`, ...NOTICE, cols].join('\n');
writeFileSync(
  dataPath('actors', 'phoenix-people.tsv'),
  header('Phoenix.Countries/International/MilNonState.actors.txt', '# roles: CAMEO code@from@to (ISO dates, empty = open), "|"-separated\nname\taliases\troles\tfile') + '\n' + people.join('\n') + '\n',
);
writeFileSync(dataPath('actors', 'phoenix-groups.tsv'), header('Phoenix.Countries/International/MilNonState.actors.txt', 'name\taliases\tcode\tfile') + '\n' + groups.join('\n') + '\n');
writeFileSync(dataPath('actors', 'phoenix-agents.tsv'), header('Phoenix.agents.txt', 'singular\tplural\tcode') + '\n' + agents.join('\n') + '\n');
console.log(`phoenix: ${people.length} people, ${groups.length} groups, ${agents.length} agent nouns`);
