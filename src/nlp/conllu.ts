// CoNLL-U reading and writing. Multi-word token lines (1-2) and empty nodes (1.1) are kept apart
// from the syntactic words; offsets are not part of CoNLL-U, so readers that need them rebuild them.
export interface ConlluWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

export interface ConlluMultiword {
  /** first and last word id covered */
  from: number;
  to: number;
  form: string;
  misc: string;
}

export interface ConlluSentence {
  comments: string[];
  words: ConlluWord[];
  multiwords: ConlluMultiword[];
  /** 1-based line number of the sentence's first line in the input */
  line: number;
}

/** Lenient reader for training data (trusted treebanks). The strict, user-facing reader lives in conllu-strict. */
export function readConllu(text: string): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence | null = null;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) {
      if (cur && cur.words.length) out.push(cur);
      cur = null;
      continue;
    }
    cur ??= { comments: [], words: [], multiwords: [], line: i + 1 };
    if (line.startsWith('#')) {
      cur.comments.push(line);
      continue;
    }
    const c = line.split('\t');
    const id = c[0]!;
    if (id.includes('.')) continue;
    if (id.includes('-')) {
      const [a, b] = id.split('-').map(Number);
      cur.multiwords.push({ from: a!, to: b!, form: c[1]!, misc: c[9] ?? '_' });
      continue;
    }
    cur.words.push({
      id: Number(id),
      form: c[1]!,
      lemma: c[2]!,
      upos: c[3]!,
      xpos: c[4]!,
      feats: c[5]!,
      head: c[6] === '_' ? 0 : Number(c[6]),
      deprel: c[7]!,
      deps: c[8]!,
      misc: c[9] ?? '_',
    });
  }
  if (cur && cur.words.length) out.push(cur);
  return out;
}

export function sentenceText(s: ConlluSentence): string | null {
  for (const c of s.comments) {
    const m = /^#\s*text\s*=\s?(.*)$/.exec(c);
    if (m) return m[1]!;
  }
  return null;
}

export function writeConllu(sentences: readonly ConlluSentence[]): string {
  const parts: string[] = [];
  for (const s of sentences) {
    const lines = [...s.comments];
    const mw = new Map(s.multiwords.map((m) => [m.from, m]));
    for (const w of s.words) {
      const m = mw.get(w.id);
      if (m) lines.push([`${m.from}-${m.to}`, m.form, '_', '_', '_', '_', '_', '_', '_', m.misc].join('\t'));
      lines.push([w.id, w.form, w.lemma, w.upos, w.xpos, w.feats, w.head, w.deprel, w.deps, w.misc].join('\t'));
    }
    parts.push(lines.join('\n') + '\n');
  }
  return parts.join('\n') + (parts.length ? '\n' : '');
}
