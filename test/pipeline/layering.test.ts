// Imports run one way: the pipeline imports the stages, never the reverse, and the document
// model (src/core) depends on no stage code at run time.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/core/paths.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Module specifiers of the import/export-from statements of a file, with whether they are type-only. */
function imports(file: string): { spec: string; typeOnly: boolean }[] {
  const src = readFileSync(file, 'utf8');
  const out: { spec: string; typeOnly: boolean }[] = [];
  for (const m of src.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) out.push({ spec: m[3]!, typeOnly: !!m[2] });
  for (const m of src.matchAll(/import\(\s*'([^']+)'\s*\)/g)) out.push({ spec: m[1]!, typeOnly: false });
  return out;
}

const resolveFrom = (file: string, spec: string) => relative(repoRoot, join(file, '..', spec)).split('\\').join('/');

describe('import direction', () => {
  it('no module under src/stages imports from src/pipeline', () => {
    const offending = sourceFiles(join(repoRoot, 'src/stages')).flatMap((f) =>
      imports(f)
        .filter((i) => i.spec.startsWith('.') && resolveFrom(f, i.spec).startsWith('src/pipeline/'))
        .map((i) => `${relative(repoRoot, f)} → ${i.spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('no module under src/nlp imports stage code (the linguistic core is below the stages)', () => {
    const offending = sourceFiles(join(repoRoot, 'src/nlp')).flatMap((f) =>
      imports(f)
        .filter((i) => i.spec.startsWith('.') && !f.endsWith('.test.ts') && /^src\/(stages|pipeline)\//.test(resolveFrom(f, i.spec)))
        .map((i) => `${relative(repoRoot, f)} → ${i.spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('src/core imports stage code for types only', () => {
    const offending = sourceFiles(join(repoRoot, 'src/core')).flatMap((f) =>
      imports(f)
        .filter((i) => i.spec.startsWith('.') && !i.typeOnly && /^src\/(stages|pipeline)\//.test(resolveFrom(f, i.spec)))
        .map((i) => `${relative(repoRoot, f)} → ${i.spec}`),
    );
    expect(offending).toEqual([]);
  });
});
