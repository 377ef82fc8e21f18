// The objects-kind arrays: what callers rely on (a fresh, writable, empty array; the input kept when
// it has elements), and the elements kind itself, read by V8's own intrinsics in a child node
// (--allow-natives-syntax is a runtime flag this test process cannot turn on).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './paths.js';
import { emptyObjects, objectsOrEmpty } from './object-arrays.js';

describe('emptyObjects', () => {
  it('gives a new empty array each time, which takes elements like any other', () => {
    const a = emptyObjects<{ n: number }>();
    const b = emptyObjects<{ n: number }>();
    expect(a).toEqual([]);
    expect(a).not.toBe(b);
    a.push({ n: 1 }, { n: 2 });
    expect(a).toEqual([{ n: 1 }, { n: 2 }]);
    expect(b).toEqual([]);
    expect(Array.isArray(a)).toBe(true);
  });
});

describe('objectsOrEmpty', () => {
  it('keeps an array that has elements and replaces an empty one with a new empty array', () => {
    const xs = [{ n: 1 }];
    expect(objectsOrEmpty(xs)).toBe(xs);
    const empty: Array<{ n: number }> = [];
    const out = objectsOrEmpty(empty);
    expect(out).toEqual([]);
    expect(out).not.toBe(empty);
  });
});

describe('elements kind (V8)', () => {
  it('is the objects kind, where an empty literal and an empty map result are small-integer arrays', () => {
    const url = new URL(`file://${join(repoRoot, 'src/core/object-arrays.ts')}`).href;
    const code = [
      `import { emptyObjects, objectsOrEmpty } from ${JSON.stringify(url)};`,
      `const kind = (a) => (%HasObjectElements(a) ? 'objects' : %HasSmiElements(a) ? 'smi' : 'other') + (%HasHoleyElements(a) ? '-holey' : '');`,
      `console.log(JSON.stringify([kind([]), kind([1].filter(() => false).map((x) => ({ x }))), kind(emptyObjects()), kind(objectsOrEmpty([].map((x) => ({ x })))), kind(objectsOrEmpty([{ x: 1 }]))]));`,
    ].join('\n');
    const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', code], { cwd: repoRoot, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(['smi', 'smi', 'objects', 'objects', 'objects']);
  });
});
