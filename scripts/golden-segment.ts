// Writes test/golden/segment/<case>.json from test/golden/segment/cases/<case>.txt with the current
// segmenter. Run after an intended change and review the diff: npx tsx scripts/golden-segment.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../src/core/paths.js';
import { segmentText } from '../src/nlp/segment-text.js';

export const goldenDir = join(repoRoot, 'test', 'golden', 'segment');

/** The golden record of one text: one line per sentence and per token, so diffs read well. */
export function goldenJson(text: string): string {
  const r = segmentText(text);
  const lines: string[] = ['{'];
  lines.push(`  "paragraphs": [${r.paragraphs.map((p) => `[${p.start}, ${p.end}]`).join(', ')}],`);
  lines.push('  "sentences": [');
  r.sentences.forEach((s, i) => {
    const toks = r.tokens.slice(s.tokenStart, s.tokenEnd);
    lines.push('    {');
    lines.push(`      "span": [${s.start}, ${s.end}], "paragraph": ${s.paragraph}, "tokens": [${s.tokenStart}, ${s.tokenEnd}],`);
    lines.push(`      "text": ${JSON.stringify(text.slice(s.start, s.end))},`);
    lines.push(`      "forms": ${JSON.stringify(toks.map((t) => t.form).join(' | '))},`);
    lines.push(`      "offsets": [${toks.map((t) => `[${t.start}, ${t.end}${t.spaceAfter ? '' : ', "NoSpace"'}]`).join(', ')}]`);
    lines.push(i === r.sentences.length - 1 ? '    }' : '    },');
  });
  lines.push('  ]');
  lines.push('}');
  return lines.join('\n') + '\n';
}

export function goldenCases(): string[] {
  return readdirSync(join(goldenDir, 'cases'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
}

function main(): void {
  for (const c of goldenCases()) {
    const text = readFileSync(join(goldenDir, 'cases', `${c}.txt`), 'utf8');
    writeFileSync(join(goldenDir, `${c}.json`), goldenJson(text));
    process.stdout.write(`wrote test/golden/segment/${c}.json\n`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
