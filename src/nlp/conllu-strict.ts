// The strict, user-facing CoNLL-U reader (`newsgraph parse --conllu`): unlike the lenient training
// reader in conllu.ts it rejects malformed input with NewsgraphError E020 naming the 1-based line:
// a column count other than 10, non-numeric or out-of-order ids, a head outside 0..n, a cycle in
// the given heads. Heads may be "_" (input not parsed yet); gold columns are kept but callers
// ignore them. Multi-word token ranges (3-4) and empty nodes (5.1) are checked and kept apart.
import { NewsgraphError } from '../core/errors.js';
import type { ConlluSentence, ConlluWord } from './conllu.js';

const INT = /^(0|[1-9][0-9]*)$/;
const RANGE = /^([1-9][0-9]*)-([1-9][0-9]*)$/;
const EMPTY_NODE = /^(0|[1-9][0-9]*)\.([1-9][0-9]*)$/;

function fail(line: number, what: string): never {
  throw new NewsgraphError('E020', `line ${line}: ${what}`, `line ${line}`);
}

export function readConlluStrict(text: string): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  const lines = text.split(/\r?\n/);
  let cur: ConlluSentence | null = null;
  /** line number of each word of the current sentence, for head errors */
  let wordLines: number[] = [];
  /** raw HEAD column of each word ("_" or an integer) */
  let rawHeads: string[] = [];
  let emptyAfter = -1;

  const close = () => {
    if (cur && cur.words.length) {
      checkHeads(cur, wordLines, rawHeads);
      out.push(cur);
    } else if (cur && cur.multiwords.length) {
      fail(cur.line, 'a sentence has multi-word token lines but no words');
    }
    cur = null;
    wordLines = [];
    rawHeads = [];
    emptyAfter = -1;
  };

  for (let i = 0; i < lines.length; i++) {
    const ln = i + 1;
    const line = lines[i]!;
    if (line.trim() === '') {
      close();
      continue;
    }
    cur ??= { comments: [], words: [], multiwords: [], line: ln };
    if (line.startsWith('#')) {
      if (cur.words.length || cur.multiwords.length) fail(ln, 'expected a word line, found a comment inside a sentence');
      cur.comments.push(line);
      continue;
    }
    const c = line.split('\t');
    if (c.length !== 10) fail(ln, `expected 10 tab-separated columns, found ${c.length}`);
    const id = c[0]!;
    const next = cur.words.length + 1;
    if (c[1] === '') fail(ln, 'expected a FORM, found an empty column');
    const r = RANGE.exec(id);
    if (r) {
      const a = Number(r[1]);
      const b = Number(r[2]);
      if (a !== next || b <= a) fail(ln, `expected a multi-word range starting at ${next}, found "${id}"`);
      cur.multiwords.push({ from: a, to: b, form: c[1]!, misc: c[9]! });
      continue;
    }
    const e = EMPTY_NODE.exec(id);
    if (e) {
      const a = Number(e[1]);
      const k = Number(e[2]);
      if (a !== next - 1 || (emptyAfter === a ? false : k !== 1)) fail(ln, `expected an empty node ${next - 1}.N after word ${next - 1}, found "${id}"`);
      emptyAfter = a;
      continue;
    }
    if (!INT.test(id)) fail(ln, `expected a numeric word id, found "${id}"`);
    if (Number(id) !== next) fail(ln, `expected word id ${next}, found ${id} (ids out of order)`);
    const head = c[6]!;
    if (head !== '_' && !INT.test(head)) fail(ln, `expected a numeric HEAD or "_", found "${head}"`);
    const w: ConlluWord = {
      id: next,
      form: c[1]!,
      lemma: c[2]!,
      upos: c[3]!,
      xpos: c[4]!,
      feats: c[5]!,
      head: head === '_' ? -1 : Number(head),
      deprel: c[7]!,
      deps: c[8]!,
      misc: c[9]!,
    };
    cur.words.push(w);
    wordLines.push(ln);
    rawHeads.push(head);
  }
  close();
  return out;
}

/** Heads must be in 0..n and, when all are given, form a tree (no cycles). */
function checkHeads(s: ConlluSentence, wordLines: readonly number[], rawHeads: readonly string[]): void {
  const n = s.words.length;
  for (const m of s.multiwords) if (m.to > n) fail(s.line, `multi-word range ${m.from}-${m.to} goes past the last word ${n}`);
  let all = true;
  for (let i = 0; i < n; i++) {
    if (rawHeads[i] === '_') {
      all = false;
      continue;
    }
    const h = s.words[i]!.head;
    if (h > n) fail(wordLines[i]!, `expected HEAD in 0..${n}, found ${h}`);
    if (h === i + 1) fail(wordLines[i]!, `word ${h} is its own head`);
  }
  if (!all) return;
  // cycle check: colour walk, linear in n
  const state = new Uint8Array(n + 1); // 0 unseen, 1 on the current path, 2 reaches ROOT
  state[0] = 2;
  for (let i = 1; i <= n; i++) {
    let x = i;
    while (state[x] === 0) {
      state[x] = 1;
      x = s.words[x - 1]!.head;
    }
    if (state[x] === 1) fail(wordLines[x - 1]!, `the heads form a cycle through word ${x}`);
    x = i;
    while (state[x] === 1) {
      state[x] = 2;
      x = s.words[x - 1]!.head;
    }
  }
}
