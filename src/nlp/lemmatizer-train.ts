// Learns the lemmatizer model (see lemmatizer.ts) from (form, XPOS, lemma) triples: per-XPOS case
// policy, suffix edit rules counted over word types (types generalise to unseen words better than
// tokens), then exceptions for every seen type the rules get wrong.
import { Lemmatizer, LEMMA_FORMAT, LEMMA_KIND, type LemmaModelJson } from './lemmatizer.js';

export interface LemmaTriple {
  readonly form: string;
  readonly xpos: string;
  readonly lemma: string;
}

export interface LemmaTrainOptions {
  maxSuffix?: number;
  /** a suffix needs this many word types behind it to become a rule */
  minTypes?: number;
}

const hasUpper = (s: string) => s !== s.toLowerCase();

export function trainLemmatizer(triples: Iterable<LemmaTriple>, opts: LemmaTrainOptions = {}): LemmaModelJson {
  const maxSuffix = opts.maxSuffix ?? 6;
  const minTypes = opts.minTypes ?? 2;

  // majority lemma per (form, xpos) type
  const counts = new Map<string, Map<string, number>>();
  for (const t of triples) {
    if (!t.lemma || t.lemma === '_' || !t.xpos || t.xpos === '_') continue;
    const key = t.form + '\t' + t.xpos;
    let m = counts.get(key);
    if (!m) counts.set(key, (m = new Map()));
    m.set(t.lemma, (m.get(t.lemma) ?? 0) + 1);
  }
  const types: { form: string; xpos: string; lemma: string }[] = [];
  for (const [key, m] of counts) {
    let best = '';
    let bc = -1;
    for (const [l, c] of m) if (c > bc || (c === bc && l < best)) [best, bc] = [l, c];
    const tab = key.indexOf('\t');
    types.push({ form: key.slice(0, tab), xpos: key.slice(tab + 1), lemma: best });
  }

  // case policy: among capitalised forms of a tag, does the lemma usually keep the capital?
  const caseVotes = new Map<string, [number, number]>();
  for (const t of types) {
    if (!hasUpper(t.form[0] ?? '')) continue;
    const v = caseVotes.get(t.xpos) ?? [0, 0];
    if (t.lemma[0] === t.form[0]) v[0]++;
    else v[1]++;
    caseVotes.set(t.xpos, v);
  }
  const keepCase = [...caseVotes].filter(([, [k, l]]) => k > l).map(([x]) => x).sort();
  const keep = new Set(keepCase);
  // lower-case forms of case-keeping tags: capitalised in the treebank ("kerala"/NNP → "Kerala")?
  const capVotes = new Map<string, [number, number]>();
  for (const t of types) {
    if (!keep.has(t.xpos) || hasUpper(t.form) || t.form.toUpperCase() === t.form) continue;
    const v = capVotes.get(t.xpos) ?? [0, 0];
    if (hasUpper(t.lemma[0] ?? '')) v[0]++;
    else v[1]++;
    capVotes.set(t.xpos, v);
  }
  const capLower = [...capVotes].filter(([, [k, l]]) => k > l).map(([x]) => x).sort();
  const cap = new Set(capLower);
  const vocab = [...new Set(types.map((t) => t.lemma.toLowerCase()))].sort();

  // suffix rules: (xpos, suffix) → rule counts
  const ruleCounts = new Map<string, Map<string, Map<string, number>>>();
  for (const t of types) {
    const low = t.form.toLowerCase();
    let base = keep.has(t.xpos) ? t.form : low;
    if (cap.has(t.xpos) && base === low && base.length > 0) base = base[0]!.toUpperCase() + base.slice(1);
    let p = 0;
    while (p < base.length && p < t.lemma.length && base[p] === t.lemma[p]) p++;
    const rule = `${base.length - p}\t${t.lemma.slice(p)}`;
    let bySuf = ruleCounts.get(t.xpos);
    if (!bySuf) ruleCounts.set(t.xpos, (bySuf = new Map()));
    for (let L = 0; L <= Math.min(maxSuffix, low.length); L++) {
      const suf = low.slice(low.length - L);
      let rc = bySuf.get(suf);
      if (!rc) bySuf.set(suf, (rc = new Map()));
      rc.set(rule, (rc.get(rule) ?? 0) + 1);
    }
  }
  const rules: Record<string, Record<string, string>> = {};
  for (const [xpos, bySuf] of ruleCounts) {
    const best = new Map<string, string>();
    for (const [suf, rc] of bySuf) {
      let total = 0;
      const ranked = [...rc].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      for (const [, c] of ranked) total += c;
      if (suf === '' || total >= minTypes) best.set(suf, ranked.length > 1 ? `${ranked[0]![0]}\t${ranked[1]![0]}` : ranked[0]![0]);
    }
    // keep a suffix only where it changes the decision of its nearest kept shorter suffix
    const table: Record<string, string> = {};
    for (const [suf, r] of best) {
      let parent: string | undefined;
      for (let L = suf.length - 1; L >= 0 && parent === undefined; L--) parent = best.get(suf.slice(suf.length - L));
      if (suf === '' || parent !== r) table[suf] = r;
    }
    rules[xpos] = table;
  }

  const model: LemmaModelJson = { kind: LEMMA_KIND, format: LEMMA_FORMAT, maxSuffix, keepCase, capLower, vocab, rules, exact: {}, lower: {} };
  const ruleOnly = new Lemmatizer(model);
  const lower: Record<string, string> = {};
  const exact: Record<string, string> = {};
  // lower-case forms first: they serve any capitalisation of the word at run time
  for (const t of types) {
    if (hasUpper(t.form)) continue;
    if (ruleOnly.applyRule(t.form, t.form, t.xpos) === t.lemma) continue;
    if (keep.has(t.xpos)) exact[t.form + '\t' + t.xpos] = t.lemma;
    else lower[t.form + '\t' + t.xpos] = t.lemma;
  }
  const withLower = new Lemmatizer({ ...model, lower });
  for (const t of types) {
    if (!hasUpper(t.form)) continue;
    if (withLower.lemmatize(t.form, '', t.xpos) !== t.lemma) exact[t.form + '\t' + t.xpos] = t.lemma;
  }
  return { ...model, exact, lower };
}
