// Loads the time vocabulary from data/time-*.tsv once: calendar words, vague references, set
// adverbs, name blockers and tense markers. Everything the recognizer knows about English words
// lives in those files; the code only knows the grammar.
import { loadTsv } from '../../core/data-loader.js';
import { NewsgraphError } from '../../core/errors.js';

export interface VagueEntry {
  readonly type: 'DATE' | 'DURATION';
  readonly value: string;
  readonly back: string | null;
  readonly ahead: string | null;
}

export interface TenseMarker {
  readonly marker: string;
  readonly parts: readonly string[];
  readonly tense: 'past' | 'future';
}

export interface TimeLexicon {
  /** lower-cased month name or abbreviation (with its dot) → 1..12 */
  readonly months: ReadonlyMap<string, number>;
  /** lower-cased weekday name or abbreviation → ISO weekday 1..7 */
  readonly weekdays: ReadonlyMap<string, number>;
  /** number word → value, or 'X' for an unspecified quantity ("several") */
  readonly numbers: ReadonlyMap<string, number | 'X'>;
  /** unit word (singular) → TIMEX3 unit code (S, MIN, H, D, W, M, Q, Y, DE, CE, NIGHT, FORTNIGHT) */
  readonly units: ReadonlyMap<string, string>;
  readonly seasons: ReadonlyMap<string, string>;
  readonly partsOfDay: ReadonlyMap<string, string>;
  readonly vague: ReadonlyMap<string, VagueEntry>;
  readonly sets: ReadonlyMap<string, string>;
  /** words after a month/weekday name that make it part of a name ("Sunday Times") */
  readonly blockAfter: ReadonlySet<string>;
  /** words before a month name that make it a noun or verb ("the March") */
  readonly blockBefore: ReadonlySet<string>;
  /** words before a weekday that make it the name of a day ("Black Monday", "Good Friday") */
  readonly blockBeforeWeekday: ReadonlySet<string>;
  /** words after a bare four-digit number that make it a quantity ("2000 people") */
  readonly blockAfterYear: ReadonlySet<string>;
  /** words before a bare four-digit number that make it a quantity ("about 2000") or a name ("Windows 2000") */
  readonly blockBeforeYear: ReadonlySet<string>;
  /** tense markers, longest first so that "is scheduled to" is tried before "is" */
  readonly tense: readonly TenseMarker[];
  /** the same markers by their first word, longest first */
  readonly tenseByFirstWord: ReadonlyMap<string, readonly TenseMarker[]>;
}

let cached: TimeLexicon | undefined;

export function timeLexicon(): TimeLexicon {
  if (cached) return cached;
  const months = new Map<string, number>();
  const weekdays = new Map<string, number>();
  const numbers = new Map<string, number | 'X'>();
  const units = new Map<string, string>();
  const seasons = new Map<string, string>();
  const partsOfDay = new Map<string, string>();
  const words = loadTsv('time-words.tsv', ['word', 'class', 'value']);
  for (const r of words.rows) {
    const w = r.word!.toLowerCase();
    const v = r.value!;
    switch (r.class) {
      case 'month': months.set(w, Number(v)); break;
      case 'weekday': weekdays.set(w, Number(v)); break;
      case 'number': numbers.set(w, v === 'X' ? 'X' : Number(v)); break;
      case 'unit': units.set(w, v); break;
      case 'season': seasons.set(w, v); break;
      case 'partofday': partsOfDay.set(w, v); break;
      default:
        throw new NewsgraphError('E030', `data/time-words.tsv: class must be month|weekday|number|unit|season|partofday, found "${r.class}" for "${r.word}"`);
    }
  }
  const vague = new Map<string, VagueEntry>();
  for (const r of loadTsv('time-vague.tsv', ['phrase', 'type', 'value']).rows) {
    vague.set(r.phrase!.toLowerCase(), {
      type: r.type === 'DURATION' ? 'DURATION' : 'DATE',
      value: r.value!,
      back: r.back || null,
      ahead: r.ahead || null,
    });
  }
  const sets = new Map<string, string>();
  for (const r of loadTsv('time-sets.tsv', ['phrase', 'value']).rows) sets.set(r.phrase!.toLowerCase(), r.value!);
  const blockAfter = new Set<string>();
  const blockBefore = new Set<string>();
  const blockAfterYear = new Set<string>();
  const blockBeforeYear = new Set<string>();
  const blockBeforeWeekday = new Set<string>();
  const byPosition: Record<string, Set<string>> = { after: blockAfter, before: blockBefore, 'before-weekday': blockBeforeWeekday, 'after-year': blockAfterYear, 'before-year': blockBeforeYear };
  for (const r of loadTsv('time-blockers.tsv', ['word', 'position']).rows) {
    const set = byPosition[r.position!];
    if (!set) throw new NewsgraphError('E030', `data/time-blockers.tsv: position must be after|before|before-weekday|after-year|before-year, found "${r.position}" for "${r.word}"`);
    // name blockers are case-sensitive ("Times" but not "times"); year blockers are compared lower-cased
    set.add(r.position!.endsWith('-year') ? r.word!.toLowerCase() : r.word!);
  }
  const tense = loadTsv('time-tense.tsv', ['marker', 'tense'])
    .rows.map((r) => ({
      marker: r.marker!.toLowerCase(),
      parts: r.marker!.toLowerCase().split(' '),
      tense: r.tense === 'future' ? ('future' as const) : ('past' as const),
    }))
    .sort((a, b) => b.parts.length - a.parts.length);
  const tenseByFirstWord = new Map<string, TenseMarker[]>();
  for (const t of tense) {
    const list = tenseByFirstWord.get(t.parts[0]!) ?? [];
    list.push(t);
    tenseByFirstWord.set(t.parts[0]!, list);
  }
  cached = { months, weekdays, numbers, units, seasons, partsOfDay, vague, sets, blockAfter, blockBefore, blockBeforeWeekday, blockAfterYear, blockBeforeYear, tense, tenseByFirstWord };
  return cached;
}
