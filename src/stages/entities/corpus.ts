// Readers for the entity-annotated corpora used to train and evaluate the NER model (never at run
// time): GUM's CoNLL-2012-style `Entity=` bracketing in CoNLL-U MISC, and Universal NER IOB2 files.
// "Named" mentions are derived the way CoNLL NER annotates names: inside a GUM person/organization/
// place mention whose head (minspan) is a proper noun, the contiguous run of name words around that
// head (so "co-star Jensen Ackles" yields "Jensen Ackles", "the United States" yields "United States").
import { readConllu, sentenceText, type ConlluSentence } from '../../nlp/conllu.js';

export type NerLabel = 'PER' | 'ORG' | 'LOC';

export interface CorpusWord {
  readonly form: string;
  readonly upos: string;
  readonly xpos?: string;
  /** offsets into the sentence text (or -1 when the word could not be aligned) */
  readonly start: number;
  readonly end: number;
}

export interface NamedSpan {
  /** word indices, half-open */
  readonly from: number;
  readonly to: number;
  readonly type: NerLabel;
}

export interface CorefMention {
  readonly from: number;
  readonly to: number;
  readonly group: string;
  readonly etype: string;
  /** minimal head words (word indices in the sentence) */
  readonly heads?: readonly number[];
}

export interface CorpusSentence {
  /** sent_id when the file gives one */
  readonly id?: string;
  readonly text: string;
  readonly words: readonly CorpusWord[];
  readonly named: readonly NamedSpan[];
  readonly mentions: readonly CorefMention[];
  /**
   * word ranges the corpus marks as a name of a type the model does not learn, whose words may
   * still hold one of ours ("2010 [United Kingdom] general election", a CrossNER election): trained
   * as unknown (partial annotation), neither as a name nor as outside any name
   */
  readonly unlabelled?: ReadonlyArray<{ readonly from: number; readonly to: number }>;
}

export interface CorpusDoc {
  readonly id: string;
  readonly sentences: readonly CorpusSentence[];
}

const GUM_TYPES: Record<string, NerLabel> = { person: 'PER', organization: 'ORG', place: 'LOC' };
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', '&', '-', 'du', 'la', 'von', 'van', 'der', 'da', 'del']);

/** Aligns word forms to the sentence text left to right (multiword tokens share their surface span). */
export function alignWords(text: string, s: ConlluSentence): CorpusWord[] {
  const out: CorpusWord[] = [];
  let cur = 0;
  const mwtOf = new Map<number, { form: string; to: number }>();
  for (const m of s.multiwords) mwtOf.set(m.from, { form: m.form, to: m.to });
  let mwtEnd = -1;
  let mwtSpan: [number, number] = [-1, -1];
  let mwtCur = -1;
  for (const w of s.words) {
    const mwt = mwtOf.get(w.id);
    if (mwt) {
      const at = text.indexOf(mwt.form, cur);
      mwtSpan = at >= 0 ? [at, at + mwt.form.length] : [-1, -1];
      mwtCur = at;
      if (at >= 0) cur = at + mwt.form.length;
      mwtEnd = mwt.to;
    }
    if (w.id <= mwtEnd) {
      // words of a multiword token get sub-offsets when their forms spell it (Dalton’s -> Dalton + ’s)
      const surf = mwtSpan[0] >= 0 ? text.slice(mwtCur, mwtSpan[1]) : '';
      const fl = w.form.replace(/'/g, '’');
      let at = surf.toLowerCase().indexOf(w.form.toLowerCase());
      if (at !== 0) at = surf.toLowerCase().indexOf(fl.toLowerCase()) === 0 ? 0 : -1;
      if (at === 0 && mwtSpan[0] >= 0) {
        const end = w.id === mwtEnd ? mwtSpan[1] : mwtCur + w.form.length;
        out.push({ form: w.form, upos: w.upos, xpos: w.xpos, start: mwtCur, end });
        mwtCur = end;
      } else out.push({ form: w.form, upos: w.upos, xpos: w.xpos, start: mwtSpan[0], end: mwtSpan[1] });
      continue;
    }
    const at = text.indexOf(w.form, cur);
    if (at >= 0 && at - cur < 20) {
      out.push({ form: w.form, upos: w.upos, xpos: w.xpos, start: at, end: at + w.form.length });
      cur = at + w.form.length;
    } else out.push({ form: w.form, upos: w.upos, xpos: w.xpos, start: -1, end: -1 });
  }
  return out;
}

interface OpenMention {
  group: string;
  etype: string;
  from: number;
  heads: number[];
}

/** Parses the Entity= brackets of one sentence into mentions (word indices) with minspan heads. */
function gumMentions(s: ConlluSentence): Array<CorefMention & { heads: number[] }> {
  const out: Array<CorefMention & { heads: number[] }> = [];
  const open: OpenMention[] = [];
  s.words.forEach((w, i) => {
    const m = /(?:^|\|)Entity=([^|]*)/.exec(w.misc);
    if (!m) return;
    const v = m[1]!;
    let p = 0;
    while (p < v.length) {
      if (v[p] === '(') {
        let q = p + 1;
        while (q < v.length && v[q] !== '(' && v[q] !== ')') q++;
        const parts = v.slice(p + 1, q).split('-');
        const heads = (parts[5] ?? '1').split(',').map((x) => Number(x) - 1).filter((x) => x >= 0);
        const om: OpenMention = { group: parts[0]!, etype: parts[1] ?? '', from: i, heads };
        if (v[q] === ')') {
          out.push({ from: i, to: i + 1, group: om.group, etype: om.etype, heads });
          q++;
        } else open.push(om);
        p = q;
      } else {
        let q = p;
        while (q < v.length && v[q] !== ')') q++;
        const id = v.slice(p, q);
        for (let k = open.length - 1; k >= 0; k--) {
          if (open[k]!.group === id) {
            const om = open.splice(k, 1)[0]!;
            out.push({ from: om.from, to: i + 1, group: om.group, etype: om.etype, heads: om.heads });
            break;
          }
        }
        p = q + 1;
      }
    }
  });
  return out;
}

function isNameWord(w: CorpusWord): boolean {
  if (w.upos === 'PROPN') return true;
  const c = w.form[0] ?? '';
  return c !== c.toLowerCase() && !['PUNCT', 'DET', 'ADP', 'PRON', 'CCONJ', 'AUX', 'PART'].includes(w.upos);
}

// titles and honorifics are not part of a CoNLL name ("NASA Administrator Charles Bolden" -> "Charles Bolden")
export const TITLE_WORDS: ReadonlySet<string> = new Set(['president', 'senator', 'sen.', 'administrator', 'minister', 'secretary', 'governor', 'gov.', 'mayor', 'general', 'gen.', 'king', 'queen', 'prince', 'princess', 'sir', 'dame', 'dr.', 'dr', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'professor', 'prof.', 'chancellor', 'judge', 'captain', 'capt.', 'pope', 'lord', 'lady', 'director', 'chairman', 'ceo', 'rep.', 'representative', 'commissioner', 'ambassador', 'premier', 'emperor', 'empress', 'duke', 'duchess', 'count', 'countess', 'rev.', 'reverend', 'father', 'chief', 'officer', 'sergeant', 'sgt.', 'colonel', 'col.', 'lieutenant', 'lt.', 'admiral', 'adm.', 'mister', 'miss', 'uncle', 'aunt', 'attorney', 'mp', 'pilot', 'mother', 'candidate', 'candidates']);

function namedSpan(words: readonly CorpusWord[], m: CorefMention & { heads: number[] }, blocked: Uint8Array, all: ReadonlyArray<CorefMention & { heads: number[] }>): NamedSpan | null {
  const type = GUM_TYPES[m.etype];
  if (!type) return null;
  const ok = (i: number) => !blocked[i] && isNameWord(words[i]!) && !TITLE_WORDS.has(words[i]!.form.toLowerCase());
  let head = m.heads.map((h) => m.from + h).find((h) => h < m.to && words[h]?.upos === 'PROPN' && ok(h));
  // a title head ("NASA [Administrator] Charles Bolden"): the name is the last proper-noun run
  if (head === undefined && m.heads.some((h) => words[m.from + h]?.upos === 'PROPN')) {
    for (let i = m.to - 1; i >= m.from; i--) if (words[i]!.upos === 'PROPN' && ok(i)) { head = i; break; }
  }
  if (head === undefined) return null;
  // coordinated names ("Khartoum and Juba") are two names: their own nested mentions yield them
  if (m.etype !== 'person') {
    for (let i = m.from; i < m.to; i++) if (words[i]!.upos === 'CCONJ' && words[i]!.form !== '&' && nestedNames(m, all, i)) return null;
  }
  let a = head;
  let b = head + 1;
  for (;;) {
    if (a - 1 >= m.from && ok(a - 1)) a--;
    else if (a - 2 >= m.from && CONNECTORS.has(words[a - 1]!.form) && words[a - 1]!.form !== 'the' && !blocked[a - 1] && ok(a - 2)) a -= 2;
    else break;
  }
  for (;;) {
    if (b < m.to && ok(b)) b++;
    else if (b + 1 < m.to && CONNECTORS.has(words[b]!.form) && !blocked[b] && ok(b + 1)) b += 2;
    else break;
  }
  // a transcription ("d(ə)ˈvɔːrʒɑːk") or a plural group noun ("Israelis", "San Franciscans") is not a name
  const first = words[a]!.form[0] ?? '';
  if (first === first.toLowerCase() && !/\d/.test(first)) return null;
  if (type === 'PER' && words.slice(a, b).every((w) => w.xpos === 'NNPS')) return null;
  return { from: a, to: b, type };
}

/** true when named sub-mentions of m lie on both sides of word i */
function nestedNames(m: CorefMention, all: ReadonlyArray<CorefMention & { heads: number[] }>, i: number): boolean {
  const inner = all.filter((o) => o !== m && o.from >= m.from && o.to <= m.to && GUM_TYPES[o.etype] && !(o.from === m.from && o.to === m.to));
  return inner.some((o) => o.to <= i) && inner.some((o) => o.from > i);
}

/** Words inside mentions nested in a person mention belong to those mentions, not to m's name. */
function blockedFor(m: CorefMention & { heads: number[] }, all: ReadonlyArray<CorefMention & { heads: number[] }>, n: number): Uint8Array {
  const b = new Uint8Array(n);
  // only a person's name excludes nested names ("NASA Administrator Charles Bolden"); a place or
  // organisation name keeps them ("Washington Dulles International Airport")
  if (m.etype !== 'person') return b;
  for (const o of all) {
    if (o === m || o.from < m.from || o.to > m.to || (o.from === m.from && o.to === m.to)) continue;
    for (let i = o.from; i < o.to; i++) b[i] = 1;
  }
  return b;
}

/** Reads a GUM CoNLL-U file into documents with named spans and coreference mentions. */
export function readGum(conllu: string): CorpusDoc[] {
  const docs: Array<{ id: string; sentences: CorpusSentence[] }> = [];
  for (const s of readConllu(conllu)) {
    const nd = s.comments.map((c) => /^#\s*newdoc id\s*=\s*(.*)$/.exec(c)).find(Boolean);
    if (nd || !docs.length) docs.push({ id: nd ? nd[1]!.trim() : 'doc', sentences: [] });
    const text = sentenceText(s) ?? s.words.map((w) => w.form).join(' ');
    const words = alignWords(text, s);
    const ms = gumMentions(s);
    const seen = new Set<string>();
    const named: NamedSpan[] = [];
    for (const m of ms) {
      const n = namedSpan(words, m, blockedFor(m, ms, words.length), ms);
      if (!n) continue;
      const k = `${n.from}:${n.to}`;
      if (seen.has(k)) continue;
      seen.add(k);
      named.push(n);
    }
    // nested names of a different type inside a name run are dropped: keep the outermost
    const flat = named.filter((n) => !named.some((o) => o !== n && o.from <= n.from && n.to <= o.to && (o.to - o.from) > (n.to - n.from)));
    docs[docs.length - 1]!.sentences.push({ text, words, named: flat, mentions: ms.map((m) => ({ ...m, heads: m.heads.map((h) => m.from + h) })) });
  }
  return docs;
}

/** Reads a Universal NER IOB2 file (with `# text =` comments) as one document per `# newdoc`. */
export function readUner(iob2: string): CorpusDoc[] {
  const docs: Array<{ id: string; sentences: CorpusSentence[] }> = [];
  let text = '';
  let sid = '';
  let forms: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (!forms.length) return;
    if (!docs.length) docs.push({ id: 'uner', sentences: [] });
    const words: CorpusWord[] = [];
    let cur = 0;
    const t = text || forms.join(' ');
    for (const f of forms) {
      const at = t.indexOf(f, cur);
      if (at >= 0 && at - cur < 20) {
        words.push({ form: f, upos: '', start: at, end: at + f.length });
        cur = at + f.length;
      } else words.push({ form: f, upos: '', start: -1, end: -1 });
    }
    const named: NamedSpan[] = [];
    for (let i = 0; i < tags.length; i++) {
      const m = /^B-(PER|ORG|LOC)$/.exec(tags[i]!);
      if (!m) continue;
      let j = i + 1;
      while (j < tags.length && tags[j] === `I-${m[1]}`) j++;
      named.push({ from: i, to: j, type: m[1] as NerLabel });
    }
    docs[docs.length - 1]!.sentences.push({ id: sid, text: t, words, named, mentions: [] });
    forms = [];
    tags = [];
    text = '';
  };
  for (const line of iob2.split(/\r?\n/)) {
    if (!line.trim()) {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      const nd = /^#\s*newdoc id\s*=\s*(.*)$/.exec(line);
      if (nd) {
        flush();
        docs.push({ id: nd[1]!.trim(), sentences: [] });
      }
      const tm = /^#\s*text\s*=\s?(.*)$/.exec(line);
      if (tm) text = tm[1]!;
      const sm = /^#\s*sent_id\s*=\s*(.*)$/.exec(line);
      if (sm) sid = sm[1]!.trim();
      continue;
    }
    const c = line.split('\t');
    forms.push(c[1] ?? '');
    tags.push(c[2] ?? 'O');
  }
  flush();
  return docs;
}

/** Adds gold XPOS tags to UNER sentences from the EWT CoNLL-U file they were drawn from (by sent_id). */
export function withEwtTags(docs: readonly CorpusDoc[], ewtConllu: string): CorpusDoc[] {
  const tags = new Map<string, string[]>();
  for (const s of readConllu(ewtConllu)) {
    const id = s.comments.map((c) => /^#\s*sent_id\s*=\s*(.*)$/.exec(c)).find(Boolean);
    if (id) tags.set(id[1]!.trim(), s.words.map((w) => w.xpos));
  }
  return docs.map((d) => ({
    id: d.id,
    sentences: d.sentences.map((s) => {
      const t = s.id ? tags.get(s.id) : undefined;
      if (!t || t.length !== s.words.length) return s;
      return { ...s, words: s.words.map((w, i) => ({ ...w, xpos: t[i]! })) };
    }),
  }));
}
