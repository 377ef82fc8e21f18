import { describe, expect, it } from 'vitest';
import { NewsgraphError } from '../core/errors.js';
import { readConlluStrict } from './conllu-strict.js';

const row = (id: string, form: string, head = '_', rel = '_') => [id, form, '_', '_', '_', '_', head, rel, '_', '_'].join('\t');

function errorOf(text: string): NewsgraphError {
  try {
    readConlluStrict(text);
  } catch (e) {
    if (e instanceof NewsgraphError) return e;
    throw e;
  }
  throw new Error('expected an E020 error, none was thrown');
}

describe('readConlluStrict', () => {
  it('reads sentences, comments, multi-word ranges and empty nodes', () => {
    const text = ['# text = I dont', row('1', 'I', '2', 'nsubj'), row('2-3', 'dont'), row('2', 'do', '0', 'root'), row('3', 'nt', '2', 'advmod'), row('3.1', 'x'), '', row('1', 'Hi', '0', 'root'), ''].join('\n');
    const s = readConlluStrict(text);
    expect(s).toHaveLength(2);
    expect(s[0]!.comments).toEqual(['# text = I dont']);
    expect(s[0]!.words.map((w) => w.form)).toEqual(['I', 'do', 'nt']);
    expect(s[0]!.multiwords).toEqual([{ from: 2, to: 3, form: 'dont', misc: '_' }]);
    expect(s[1]!.words[0]!.head).toBe(0);
    expect(s[1]!.line).toBe(8);
  });

  it('accepts unparsed input (HEAD "_") and CRLF line ends', () => {
    const s = readConlluStrict([row('1', 'a'), row('2', 'b')].join('\r\n'));
    expect(s[0]!.words.map((w) => w.head)).toEqual([-1, -1]);
  });

  it('returns nothing for empty input', () => {
    expect(readConlluStrict('')).toEqual([]);
    expect(readConlluStrict('\n\n')).toEqual([]);
  });

  const cases: [string, string, number, RegExp][] = [
    ['a bad column count', [row('1', 'a'), '2\tb\t_\t_'].join('\n'), 2, /10 tab-separated columns, found 4/],
    ['a non-numeric id', [row('1', 'a'), row('two', 'b')].join('\n'), 2, /numeric word id, found "two"/],
    ['ids out of order', ['# c', row('1', 'a'), row('3', 'b')].join('\n'), 3, /expected word id 2, found 3/],
    ['a second sentence not starting at 1', [row('1', 'a'), '', row('2', 'b')].join('\n'), 3, /expected word id 1, found 2/],
    ['a head out of range', [row('1', 'a', '0'), row('2', 'b', '7')].join('\n'), 2, /HEAD in 0\.\.2, found 7/],
    ['a non-numeric head', [row('1', 'a', 'x')].join('\n'), 1, /numeric HEAD/],
    ['a cycle in the heads', [row('1', 'a', '0'), row('2', 'b', '3'), row('3', 'c', '2')].join('\n'), 2, /cycle through word 2/],
    ['a word that is its own head', [row('1', 'a', '1')].join('\n'), 1, /own head/],
    ['a bad multi-word range', [row('1', 'a'), row('3-4', 'bc')].join('\n'), 2, /multi-word range starting at 2/],
  ];
  for (const [what, text, line, msg] of cases) {
    it(`rejects ${what} with E020 naming line ${line}`, () => {
      const e = errorOf(text);
      expect(e.code).toBe('E020');
      expect(e.message).toContain(`line ${line}:`);
      expect(e.message).toMatch(msg);
    });
  }
});
