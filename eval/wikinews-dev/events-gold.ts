// The gold events of the Wikinews dev set (events.jsonl, built by events-build.ts): types, the
// loader, and the sentence rule the gold uses (the scorer matches predictions inside these spans,
// so the gold does not depend on the pipeline's own sentence splitter).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const MODALITIES = ['asserted', 'future', 'hypothetical', 'reported', 'negated'] as const;
/** text: a time expression of the event's own clause; context: the narrative (an earlier date, the
 *  speech act's date); published: the publication date as a reader assumes it (speech with no date);
 *  none: the text gives no date */
export const DATE_HOW = ['text', 'context', 'published', 'none'] as const;

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
}
export interface GoldActor {
  /** null for an implicit actor (a passive with no agent named): matched by its code alone */
  mention: GoldSpan | null;
  /** CAMEO actor code; `---` for the country part when the text gives none */
  code: string;
}
export interface GoldEvent {
  id: string;
  doc: string;
  sentence: GoldSpan;
  trigger: GoldSpan;
  source: GoldActor;
  target: GoldActor | null;
  cameo: string;
  root: string;
  modality: (typeof MODALITIES)[number];
  date: string | null;
  date_how: (typeof DATE_HOW)[number];
  optional: boolean;
  note?: string;
}

export const EVENTS_JSONL = join(new URL('.', import.meta.url).pathname, 'events.jsonl');

export function loadGoldEvents(path = EVENTS_JSONL): GoldEvent[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldEvent);
}

// a full stop after these does not end a sentence ("U.S.", "Sen.", "Jan.")
const ABBREV = /(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Sen|Rep|Gen|Gov|Lt|Col|Capt|Sgt|Prof|No|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Co|Corp|Ltd|vs|etc|approx))\.$/;

/** The sentence around `at`: ends at .!? (+ closing quotes/brackets) before a space and a capital,
 *  digit or opening quote, or at a line break; leading/trailing white space trimmed. */
export function goldSentenceAt(text: string, at: number): GoldSpan {
  const ends: number[] = [];
  const re = /[.!?]["'”’)\]]*(?=\s+["“'‘(]?[A-Z0-9])|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] !== '\n' && ABBREV.test(text.slice(Math.max(0, m.index - 12), m.index + 1))) continue;
    ends.push(m.index + m[0].length);
  }
  let start = 0;
  let end = text.length;
  for (const e of ends) {
    if (e <= at) start = e;
    else {
      end = e;
      break;
    }
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end) };
}
