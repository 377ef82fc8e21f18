// Where a parser model loses on the dev sets (EWT dev, GUM dev; the shipped tagger's tags, as the
// trainer's dev lines): UAS/LAS per GUM genre (the genre is in each sentence's sent_id), the label
// confusions on arcs whose head is right (the LAS − UAS gap), and the head errors by gold relation.
// Also the verb-vs-noun prepositional-phrase attachment confusions (session 20): obl/nmod dependents
// with a gold ADP `case` child whose gold head is a verb and predicted head a noun, or the reverse
// (heads' parts of speech by gold UPOS; the parser alone, without the repair chain).
// For choosing what to train on and what to look at — dev data only, never test.
//   npx tsx scripts/parser-dev-errors.ts [FILE[@WIDTH[:MARGIN]]] [--top N]   (default models/parser.bin)
import { readFileSync } from 'node:fs';
import { readConllu } from '../src/nlp/conllu.js';
import { modelPath, sharedPath } from '../src/core/paths.js';
import { ParserModel } from '../src/nlp/parser-model.js';
import { getTagger } from '../src/nlp/tagger.js';

const args = process.argv.slice(2);
const ti = args.indexOf('--top');
const top = ti >= 0 ? Number(args[ti + 1]) : 20;
const spec = args.find((a, i) => !a.startsWith('--') && (ti < 0 || i !== ti + 1)) ?? 'shipped';
const [file, decode] = spec.split('@');
const path = file === 'shipped' ? modelPath('parser.bin') : file!;
const model = ParserModel.fromBuffer(readFileSync(path), path);
if (decode) {
  const [w, m] = decode.split(':');
  model.setBeam(Number(w), m ? Number(m) : Infinity);
}
const tagger = getTagger();
const uni = (l: string) => l.split(':')[0]!;

interface Tally { n: number; uas: number; las: number }
const tally = (): Tally => ({ n: 0, uas: 0, las: 0 });
const pct = (a: number, n: number) => (n ? ((100 * a) / n).toFixed(2) : '-');
const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);
const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);

for (const f of ['en_ewt-ud-dev.conllu', 'en_gum-ud-dev.conllu']) {
  const sents = readConllu(readFileSync(sharedPath('data', 'ud', f), 'utf8'));
  const all = tally();
  const byGenre = new Map<string, Tally>();
  const confusions = new Map<string, number>();
  // of those confusions, how many have a wrong predicted UPOS on the dependent or the head (the tagger's share)
  const confTagWrong = new Map<string, number>();
  let labelErrTagWrong = 0;
  const headErr = new Map<string, number>();
  const goldCount = new Map<string, number>();
  // PP attachment: gold obl/nmod words with an ADP case child; their head errors by (gold head → predicted head) kind
  const pp = { n: 0, headErr: 0, verbToNoun: 0, nounToVerb: 0, oblOnNoun: 0, nmodOnVerb: 0, classic: 0 };
  const nounish = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
  let heads = new Int32Array(256);
  let labs = new Int32Array(256);
  for (const s of sents) {
    const forms = s.words.map((w) => w.form);
    const tags = tagger.tag(forms);
    const k = forms.length;
    if (k > heads.length) {
      heads = new Int32Array(k * 2);
      labs = new Int32Array(k * 2);
    }
    model.parseInput(model.prepare(forms, tags.upos, tags.xpos), heads, labs);
    const id = s.comments.find((c) => c.startsWith('# sent_id'))?.split('=')[1]?.trim() ?? '';
    // GUM sent_ids are GUM_<genre>_<doc>-<n>; EWT's name the source (answers, email, newsgroup, reviews, weblog)
    const genre = id.startsWith('GUM_') ? id.split('_')[1]! : id.split('-')[0]!;
    let g = byGenre.get(genre);
    if (!g) byGenre.set(genre, (g = tally()));
    // the PP noun's first ADP case child (index + 1; 0: none)
    const caseAt = new Int32Array(k);
    s.words.forEach((w, i) => {
      if (uni(w.deprel) === 'case' && w.upos === 'ADP' && w.head > 0 && caseAt[w.head - 1] === 0) caseAt[w.head - 1] = i + 1;
    });
    s.words.forEach((w, i) => {
      const gl = uni(w.deprel);
      if ((gl === 'obl' || gl === 'nmod') && caseAt[i]) {
        pp.n++;
        if (heads[i] !== w.head) {
          pp.headErr++;
          const gu = w.head > 0 ? s.words[w.head - 1]!.upos : 'ROOT';
          const pu = heads[i]! > 0 ? s.words[heads[i]! - 1]!.upos : 'ROOT';
          const vn = gu === 'VERB' && nounish.has(pu);
          const nv = nounish.has(gu) && pu === 'VERB';
          if (vn) {
            pp.verbToNoun++;
            if (gl === 'obl') pp.oblOnNoun++;
          } else if (nv) {
            pp.nounToVerb++;
            if (gl === 'nmod') pp.nmodOnVerb++;
          }
          if (vn || nv) {
            // the textbook layout "V NP PP": the verb is the nearest verb left of the preposition, the noun between them
            const prep = caseAt[i]!;
            const verb = vn ? w.head : heads[i]!;
            const noun = vn ? heads[i]! : w.head;
            let nearest = 0;
            for (let j = prep - 1; j >= 1; j--) if (s.words[j - 1]!.upos === 'VERB') { nearest = j; break; }
            if (verb === nearest && noun > verb && noun < prep) pp.classic++;
          }
        }
      }
      bump(goldCount, gl);
      all.n++;
      g!.n++;
      if (heads[i] !== w.head) {
        bump(headErr, gl);
        return;
      }
      all.uas++;
      g!.uas++;
      const pl = uni(model.header.labels[labs[i]!]!);
      if (pl === gl) {
        all.las++;
        g!.las++;
      } else {
        bump(confusions, `${gl} → ${pl}`);
        const h = w.head - 1;
        if (tags.upos[i] !== w.upos || (h >= 0 && tags.upos[h] !== s.words[h]!.upos)) {
          bump(confTagWrong, `${gl} → ${pl}`);
          labelErrTagWrong++;
        }
      }
    });
  }
  console.log(`\n== ${f} (${spec}): ${all.n} words, UAS ${pct(all.uas, all.n)} LAS ${pct(all.las, all.n)}, label errors on right heads ${all.uas - all.las} (${pct(all.uas - all.las, all.n)} LAS points), head errors ${all.n - all.uas}`);
  console.log('by genre/source (words, UAS, LAS, LAS points lost to the whole set):');
  for (const [genre, t] of [...byGenre].sort((a, b) => (b[1].n - b[1].las) - (a[1].n - a[1].las))) {
    console.log(`  ${genre.padEnd(14)} ${String(t.n).padStart(6)}  UAS ${pct(t.uas, t.n)}  LAS ${pct(t.las, t.n)}  lost ${pct(t.n - t.las, all.n)}`);
  }
  console.log(`label confusions on right heads (gold → predicted; how many with a wrong UPOS on the dependent or head), top ${top} — ${labelErrTagWrong} of ${all.uas - all.las} with a wrong UPOS:`);
  for (const [k, c] of sorted(confusions)) console.log(`  ${String(c).padStart(5)}  ${k.padEnd(22)} tag wrong ${confTagWrong.get(k) ?? 0}`);
  console.log(`PP attachment (gold obl/nmod with an ADP case child): ${pp.n}, head errors ${pp.headErr}; verb head → hung on a noun ${pp.verbToNoun} (obl ${pp.oblOnNoun}), noun head → hung on a verb ${pp.nounToVerb} (nmod ${pp.nmodOnVerb}); of these two, "V NP PP" ${pp.classic}`);
  console.log(`head errors by gold relation (count, share of that relation), top ${top}:`);
  for (const [k, c] of sorted(headErr)) console.log(`  ${String(c).padStart(5)}  ${k.padEnd(12)} ${pct(c, goldCount.get(k)!)}%`);
}
