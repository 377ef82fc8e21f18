// The proof that a speed change left the output alone: runs the default pipeline over fixed corpora
// (the Wikinews bench articles, the first Reuters stories, the PLOVER gold records' texts, the PolNeAR
// dev inputs) and prints a sha256 of the whole contract output per corpus and per layer (events,
// quotes, timexes, entities; segment: the paragraphs, sentences and tokens, which the contract does
// not carry), so a change that moves one layer shows where.
//   npx tsx scripts/contract-output-hash.ts [--reuters N] [--out FILE]   (FILE: every contract, one JSON a line)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createDoc, type Doc } from '../src/core/doc.js';
import { hasShared, sharedPath } from '../src/core/paths.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { toContract } from '../src/io/write-json.js';
import { reuters, wikinews, type BenchArticle } from '../bench/corpora.js';

interface Input {
  id: string;
  text: string;
  published: string | null;
  title?: string | null;
  url?: string | null;
}

function plover(): Input[] {
  const file = sharedPath('eval', 'plover-gsr', 'PLOVER_GSR_CAMEO.txt');
  if (!existsSync(file)) return [];
  const records = JSON.parse(readFileSync(file, 'utf8')) as { id: string; event: string; text?: string }[];
  // as eval/events.ts runs them: every record with a text, one fixed publication date
  return records.filter((r) => r.event !== 'DOCUMENT' && r.text).map((r) => ({ id: r.id, text: r.text!, published: '2000-01-01' }));
}

function polnearDev(): Input[] {
  const file = sharedPath('eval', 'polnear', 'dev.input.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const d = JSON.parse(l) as { id: string; text: string; published?: string | null };
      const pub = d.published && /^\d{4}-\d\d-\d\d$/.test(d.published) ? d.published : null;
      return { id: d.id, text: d.text, published: pub };
    });
}

const fromBench = (a: BenchArticle): Input => ({ id: a.id, text: a.text, published: a.published, title: a.title, url: a.url });

if (!hasShared()) {
  console.log('contract-output-hash: ../shared is absent; nothing to hash.');
} else {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const reutersN = Number(arg('--reuters') ?? '500');
  const outFile = arg('--out');
  const corpora: [string, Input[]][] = [
    ['wikinews', wikinews().map(fromBench)],
    [`reuters-${reutersN}`, reuters(reutersN).map(fromBench)],
    ['plover-gsr', plover()],
    ['polnear-dev', polnearDev()],
  ];
  const pipeline = defaultPipeline();
  const lines: string[] = [];
  const all = createHash('sha256');
  for (const [name, inputs] of corpora) {
    const whole = createHash('sha256');
    const layers: Record<string, ReturnType<typeof createHash>> = {};
    for (const k of ['events', 'quotes', 'timexes', 'entities', 'segment']) layers[k] = createHash('sha256');
    for (const d of inputs) {
      const doc: Doc = pipeline.run(createDoc(d.text, { id: d.id, published: d.published, title: d.title ?? null, url: d.url ?? null }), {
        published: d.published,
        options: {},
      });
      const c = toContract(doc) as Record<string, unknown>;
      const line = JSON.stringify(c);
      whole.update(line + '\n');
      all.update(line + '\n');
      for (const k of Object.keys(layers)) {
        // (segment: the paragraphs, sentences and tokens the contract leaves out — the tokenizer and
        // sentence splitter's output as the later stages left it)
        const value = k === 'segment' ? [doc.paragraphs, doc.sentences, doc.tokens] : c[k] ?? null;
        layers[k]!.update(JSON.stringify(value) + '\n');
      }
      if (outFile) lines.push(line);
    }
    const short = (h: ReturnType<typeof createHash>) => h.digest('hex').slice(0, 16);
    console.log(`${name.padEnd(14)} ${String(inputs.length).padStart(4)} docs  contract ${short(whole)}  ` + Object.entries(layers).map(([k, h]) => `${k} ${short(h)}`).join('  '));
  }
  console.log(`all            contract ${all.digest('hex').slice(0, 16)}`);
  if (outFile) writeFileSync(outFile, lines.join('\n') + '\n');
}
