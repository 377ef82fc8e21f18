// Limits and encodings at the reader: JSONL is streamed (an over-long line is refused and the next
// line still read), --split-long parts, UTF-16 without a BOM.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from './read-inputs.js';
import { splitLongText } from './split-long.js';

const dir = mkdtempSync(join(tmpdir(), 'ng-limits-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('reader limits', () => {
  it('refuses a JSONL line over the limit with E009 and goes on with the next', () => {
    const p = file('lines.jsonl', [JSON.stringify({ text: 'a'.repeat(5000) }), JSON.stringify({ text: 'Short one.' })].join('\n') + '\n');
    const items = [...readInputs([p], { limits: { maxTextChars: 100 } })];
    expect(items.map((i) => (i.ok ? 'ok' : i.error.code))).toEqual(['E009', 'ok']);
    expect(items[0]!.ok ? '' : items[0]!.error.message).toContain(`${p}:1`);
  });
  it('refuses a text over maxTextChars, or splits it into whole-paragraph parts with --split-long', () => {
    const text = Array.from({ length: 10 }, (_, i) => `Paragraph ${i} says something.`).join('\n');
    const p = file('long.json', JSON.stringify({ id: 'L', text }));
    const refused = [...readInputs([p], { limits: { maxTextChars: 100 } })];
    expect(refused.map((i) => (i.ok ? 'ok' : i.error.code))).toEqual(['E009']);
    const parts = [...readInputs([p], { limits: { maxTextChars: 100 }, splitLong: true })].map((i) => (i.ok ? i.article : null));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((a) => a!.text).join('')).toBe(text);
    expect(parts.every((a) => a!.text.length <= 100)).toBe(true);
    expect(parts.map((a) => a!.id)).toEqual(parts.map((_, i) => `L-part${i + 1}`));
  });
  it('never cuts a surrogate pair', () => {
    const parts = splitLongText('😀'.repeat(10), 5);
    expect(parts.join('')).toBe('😀'.repeat(10));
    // no part starts with a low surrogate or ends with a high one
    for (const p of parts) expect(/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(p)).toBe(false);
  });
  it('decodes UTF-16BE without a byte-order mark', () => {
    const le = Buffer.from('Rebels attacked the town on Monday.\n', 'utf16le');
    const be = Buffer.from(le.map((_, i) => le[i ^ 1]!));
    const [item] = [...readInputs([file('be.txt', be)])];
    expect(item!.ok && item!.article.text).toBe('Rebels attacked the town on Monday.\n');
  });
});
