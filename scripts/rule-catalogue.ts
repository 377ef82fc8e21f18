// Builds data/rule-catalogue.json: for each rule id the stages can write, one line of human
// description and its evidence, so the web app's "why?" says what a rule means, not only its id.
// Generated, never hand-written: (1) event frames from data/events/frames.tsv (trigger lemma, the
// frame's source and target slots, the constraint pattern, the CAMEO code and its name, the example);
// (2) every other rule id found as a string literal in src/stages/<stage>/*.ts (and, for the syntax
// stage, its chain's repairs in src/nlp/syntax-repair-rules.ts), described by the comment nearest
// above it (else the file's header comment), with the file and line as evidence.
// Run: npx tsx scripts/rule-catalogue.ts (test/server/rule-catalogue.test.ts checks the committed file is current).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadTsv } from '../src/core/data-loader.js';
import { dataPath, repoRoot } from '../src/core/paths.js';

export interface RuleEntry {
  readonly id: string;
  readonly description: string;
  /** what the rule looks for: cue/lemma, frame slots, pattern, CAMEO code, example, or the code location */
  readonly evidence: Readonly<Record<string, string>>;
}

const STAGES = ['segment', 'syntax', 'entities', 'time', 'quotes', 'events', 'dating'];
/** rule ids a stage writes that are defined outside its folder: the syntax chain lives in src/nlp */
const MORE_FILES: Readonly<Record<string, readonly string[]>> = { syntax: ['src/nlp/syntax-repair-rules.ts'] };
const LITERAL = /(['`])((?:[a-z]+:)?[a-z][a-z0-9]*(?:-[a-z0-9]+)+)\1/g;
// kebab-case literals that are not rule ids (option names, kinds, sources)
const NOT_RULES = new Set(['quote-anchor', 'non-finite', 'co-operation']);

function commentAbove(lines: readonly string[], at: number): string | null {
  for (let i = at; i >= Math.max(0, at - 6); i--) {
    const m = /\/\/\s*(.+)$/.exec(lines[i]!) ?? /^\s*\/?\*+\s*(.+?)\s*(\*\/)?$/.exec(lines[i]!);
    if (m && m[1]!.length > 12 && !/^(eslint|@ts-|biome)/.test(m[1]!)) return m[1]!.replace(/\*\/$/, '').trim();
  }
  return null;
}

function headerComment(lines: readonly string[]): string {
  const out: string[] = [];
  for (const l of lines) {
    const m = /^\/\/\s?(.*)$/.exec(l);
    if (!m) break;
    out.push(m[1]!);
  }
  const text = out.join(' ').trim();
  // the first sentence (a heading such as "Name candidates:" runs on into what it introduces)
  const first = /^(.+?[.;])(\s|$)/.exec(text);
  return (first ? first[1]! : text).slice(0, 240);
}

function* tsFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* tsFiles(p);
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) yield p;
  }
}

function cameoNames(): Map<string, string> {
  return new Map(loadTsv('events/cameo-codes.tsv', ['code', 'name']).rows.map((r) => [r.code!, r.name!]));
}

export function buildCatalogue(): RuleEntry[] {
  const out = new Map<string, RuleEntry>();
  const names = cameoNames();
  for (const f of loadTsv('events/frames.tsv', ['id', 'lemma', 'pos', 'cameo']).rows) {
    const name = names.get(f.cameo!) ?? '';
    const word = f.pos === 'N' ? 'noun' : 'verb';
    out.set(`events:${f.id}`, {
      id: `events:${f.id}`,
      description: `the ${word} "${f.lemma}${f.prt ? ` ${f.prt}` : ''}" codes CAMEO ${f.cameo}${name ? ` (${name})` : ''}: source = ${f.source || '—'}, target = ${f.target || '—'}`,
      evidence: {
        cue: `${f.lemma}${f.prt ? ` ${f.prt}` : ''} (${word})`,
        frame: `source ${f.source || '—'}; target ${f.target || '—'}`,
        ...(f.constraint ? { pattern: f.constraint } : {}),
        cameo: `${f.cameo}${name ? ` ${name}` : ''}`,
        ...(f.example ? { example: f.example } : {}),
        data: 'data/events/frames.tsv',
      },
    });
  }
  for (const stage of STAGES) {
    const dir = join(repoRoot, 'src', 'stages', stage);
    for (const file of [...tsFiles(dir), ...(MORE_FILES[stage] ?? []).map((f) => join(repoRoot, f))]) {
      const lines = readFileSync(file, 'utf8').split('\n');
      const header = headerComment(lines);
      lines.forEach((line, i) => {
        if (/^\s*(import|export \* from)/.test(line)) return;
        const add = (id: string) => {
          if (!out.has(id)) out.set(id, { id, description: commentAbove(lines, i) ?? header ?? id, evidence: { code: `${relative(repoRoot, file)}:${i + 1}` } });
        };
        // template ids (`gazetteer-${kind}`, `+actor-${how}`, `+infer-country:${how}`): one entry for
        // the family, its id ending in "*"
        for (const m of line.matchAll(/[`+]((?:[a-z-]+:)?[a-z][a-z0-9]*(?:-[a-z0-9]+)*[-:])\$\{/g)) {
          const fam = m[1]!;
          if (fam.endsWith(':')) add(`${fam}*`);
          else if (fam.includes(':')) add(`${fam}*`);
          else add(`${stage}:${fam}*`);
        }
        // one-word rules set as a property (`rule: 'year'`)
        for (const m of line.matchAll(/\brule:\s*(['`])([a-z][a-z0-9-]*)\1/g)) add(`${stage}:${m[2]}`);
        const ruleLine = /rule|accept|push|return|:\s*['`]|\?\s*['`]/.test(line);
        for (const m of line.matchAll(LITERAL)) {
          const raw = m[2]!;
          if (NOT_RULES.has(raw) || raw.includes('${')) continue;
          // an id with its stage prefix is unambiguous anywhere; a bare one only where a rule is set
          if (!raw.startsWith(`${stage}:`) && !ruleLine) continue;
          const id = raw.includes(':') ? raw : `${stage}:${raw}`;
          if (!id.startsWith(`${stage}:`) || out.has(id)) continue;
          out.set(id, {
            id,
            description: commentAbove(lines, i) ?? header ?? id,
            evidence: { code: `${relative(repoRoot, file)}:${i + 1}` },
          });
        }
      });
    }
  }
  return [...out.values()].sort((a, b) => a.id.localeCompare(b.id));
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/scripts\//, 'scripts/'));
if (isMain) {
  const rules = buildCatalogue();
  const doc = {
    source: 'generated by scripts/rule-catalogue.ts from src/stages/**/*.ts (rule ids and their comments) and data/events/frames.tsv (event frames)',
    license: 'MIT (newsgraph)',
    rules,
  };
  writeFileSync(dataPath('rule-catalogue.json'), JSON.stringify(doc, null, 1) + '\n');
  process.stdout.write(`data/rule-catalogue.json: ${rules.length} rules\n`);
}
