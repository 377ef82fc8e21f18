import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelPath } from '../../core/paths.js';
import { runParse } from './parse.js';

const haveModels = ['tagger.bin', 'lemma.json', 'parser.bin'].every((f) => existsSync(modelPath(f)));
const dir = mkdtempSync(join(tmpdir(), 'ng-parse-'));
const row = (id: number, form: string, head: string, rel: string) => [id, form, 'GOLDLEMMA', 'X', 'GX', 'Feat=Gold', head, rel, '_', id === 1 ? 'SpaceAfter=No' : '_'].join('\t');

function run(file: string, conllu: boolean): { code: number; out: string; err: string[] } {
  let out = '';
  const err: string[] = [];
  const code = runParse(file, { conllu }, (s) => (out += s), (l) => err.push(l));
  return { code, out, err };
}

describe('newsgraph parse --conllu', () => {
  it.skipIf(!haveModels)('keeps tokens and sentence breaks, replaces the gold columns by predictions', () => {
    const input = [
      '# sent_id = a',
      row(1, 'Reporters', '0', 'root'),
      row(2, 'asked', '0', 'root'),
      row(3, 'the', '0', 'root'),
      row(4, 'minister', '0', 'root'),
      row(5, '.', '0', 'root'),
      '',
      '# sent_id = b',
      row(1, 'She', '2', 'nsubj'),
      row(2, 'refused', '0', 'root'),
      row(3, '.', '2', 'punct'),
      '',
    ].join('\n');
    const f = join(dir, 'in.conllu');
    writeFileSync(f, input);
    const { code, out, err } = run(f, true);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const sents = out.trim().split('\n\n');
    expect(sents).toHaveLength(2);
    expect(sents[0]!.split('\n')[0]).toBe('# sent_id = a');
    for (const s of sents) {
      const words = s.split('\n').filter((l) => !l.startsWith('#')).map((l) => l.split('\t'));
      expect(words.every((w) => w.length === 10)).toBe(true);
      // predicted columns, not the input's
      expect(words.some((w) => w[2] === 'GOLDLEMMA' || w[3] === 'X' || w[5] === 'Feat=Gold')).toBe(false);
      const heads = words.map((w) => Number(w[6]));
      expect(heads.filter((h) => h === 0)).toHaveLength(1);
      expect(heads.every((h) => h >= 0 && h <= words.length)).toBe(true);
    }
    expect(out).toContain('SpaceAfter=No');
    expect(out).toMatch(/\tReporters\t/);
    expect(out).toMatch(/\tasked\task\tVERB\tVBD\t_\t0\troot\t/);
  });

  it('prints one E020 line naming the line number and exits non-zero on malformed input', () => {
    const f = join(dir, 'bad.conllu');
    writeFileSync(f, [row(1, 'a', '0', 'root'), row(3, 'b', '1', 'dep'), ''].join('\n'));
    const { code, out, err } = run(f, true);
    expect(code).not.toBe(0);
    expect(out).toBe('');
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^newsgraph parse: E020 .*line 2: expected word id 2, found 3/);
  });

  it('writes nothing for empty input', () => {
    const f = join(dir, 'empty.conllu');
    writeFileSync(f, '');
    expect(run(f, true)).toEqual({ code: 0, out: '', err: [] });
  });

  it('reports a missing file as one line', () => {
    const { code, err } = run(join(dir, 'nope.conllu'), true);
    expect(code).not.toBe(0);
    expect(err[0]).toMatch(/^newsgraph parse: E001 /);
  });
});

describe('newsgraph parse (raw text)', () => {
  it.skipIf(!haveModels)('segments, tags and parses raw text into CoNLL-U', () => {
    const f = join(dir, 'in.txt');
    writeFileSync(f, 'The mayor said on Tuesday that the bridge would reopen. Engineers disagreed.\n');
    const { code, out } = run(f, false);
    expect(code).toBe(0);
    const sents = out.trim().split('\n\n');
    expect(sents).toHaveLength(2);
    expect(sents[0]).toContain('# text = The mayor said on Tuesday that the bridge would reopen.');
    const words = sents[1]!.split('\n').filter((l) => !l.startsWith('#')).map((l) => l.split('\t'));
    expect(words.map((w) => w[1])).toEqual(['Engineers', 'disagreed', '.']);
  });

  it.skipIf(!haveModels)('names a repair of the parse in MISC, beside SpaceAfter, and nothing on an untouched word', () => {
    const f = join(dir, 'dateline.txt');
    writeFileSync(f, 'TOKYO (Reuters) - Japan and the Philippines signed a defense pact on Friday.\n');
    const { code, out } = run(f, false);
    expect(code).toBe(0);
    const misc = new Map(out.trim().split('\n').filter((l) => !l.startsWith('#')).map((l) => l.split('\t')).map((w) => [w[1]!, w[9]!]));
    expect(misc.get('TOKYO')).toBe('Repair=syntax:dateline-apart');
    expect(misc.get('Friday')).toBe('SpaceAfter=No');
    expect(misc.get('Japan')).toBe('_');
  });

  it.skipIf(!haveModels)('replaces an input Repair= attribute with what this parse did (--conllu)', () => {
    const f = join(dir, 'repair.conllu');
    writeFileSync(f, [row(1, 'She', '2', 'nsubj'), row(2, 'refused', '0', 'root'), row(3, '.', '2', 'punct')].join('\n').replace('\t_\n', '\tRepair=syntax:old|Gloss=x\n') + '\n\n');
    const { code, out } = run(f, true);
    expect(code).toBe(0);
    expect(out).not.toContain('syntax:old');
    expect(out).toContain('Gloss=x');
  });
});
