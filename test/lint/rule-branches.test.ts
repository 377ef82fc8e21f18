// A rule id ("quotes:direct-after", "phrase:sector") is provenance for the output: renaming one must
// change only the output, never what the code decides. Code that needs to know how something was
// found reads its typed `origin` (MentionOrigin, AttributionOrigin, ActorOrigin). This test fails on
// any branch on a rule-id string in src/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/core/paths.js';

/** Patterns that read a rule id to decide something (composing one, `rule + '+x'`, is fine). */
const RULE_BRANCHES: readonly RegExp[] = [
  /\brule\??\.(startsWith|endsWith|includes|indexOf|lastIndexOf|match|matchAll|search|localeCompare)\s*\(/,
  /\brule\s*(===|!==|==|!=)/,
  /(===|!==|==|!=)\s*[\w.?!]*\brule\b(?!\s*[:(])/,
  /\.test\(\s*[\w.?!]*\brule\s*\)/,
  /switch\s*\(\s*[\w.?!]*\brule\s*\)/,
  /\b(RULE|rule)s?\w*\.has\(\s*[\w.?!]*\brule\s*\)/,
];

function branchesOn(line: string): boolean {
  const code = line.replace(/\/\/.*$/, '');
  return RULE_BRANCHES.some((re) => re.test(code));
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

describe('no branch on rule-id strings', () => {
  it('the detector flags the shapes it is meant to catch, and not rule composition', () => {
    expect(branchesOn("if (!a.rule.startsWith('quotes:direct')) continue;")).toBe(true);
    expect(branchesOn("if (m.rule !== 'entities:nominal-counterpart') continue;")).toBe(true);
    expect(branchesOn("if (found.rule === 'direct-before') continue;")).toBe(true);
    expect(branchesOn("x.rule.includes('appositive') ? 1 : 2")).toBe(true);
    expect(branchesOn("if (/^phrase:/.test(a.rule)) return a;")).toBe(true);
    expect(branchesOn("if ('entities:propagate' === m.rule) return;")).toBe(true);
    expect(branchesOn("switch (a.rule) {")).toBe(true);
    expect(branchesOn("m.rule += '+split-title';")).toBe(false);
    expect(branchesOn("rule: `${a.rule}+place`,")).toBe(false);
    expect(branchesOn("n.rule = `entities:ner-model+${same.rule.slice('entities:'.length)}`;")).toBe(false);
    expect(branchesOn("if (m.origin === 'propagated') continue; // not m.rule === 'x'")).toBe(false);
  });

  it('src/ decides nothing by reading a rule id', () => {
    const src = join(repoRoot, 'src');
    const hits: string[] = [];
    for (const f of sourceFiles(src)) {
      readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (branchesOn(line)) hits.push(`${relative(repoRoot, f)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(hits).toEqual([]);
  });
});
