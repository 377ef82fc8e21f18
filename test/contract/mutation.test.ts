// The mutation check that runs in CI (`npm test`): take the pipeline's real output on the samples and
// the seed, shift the offsets of one layer (start, end or both, by ±1..3 characters, re-slicing the
// covered text as the writer would), and require that the checks the span and golden tests use
// reject every mutant. Without this, a span test can pass whatever the offsets are, as the old
// "text === doc.text.slice(start, end)" tests did: every mutant here still passes that comparison.
// `npm run test:mutation` does the same through the real test files with the writer wrapped.
import { describe, expect, it } from 'vitest';
import { spanViolations } from '../helpers/assert-spans.js';
import { ANNOTATION_LAYERS, collectSpans } from '../helpers/contract-spans.js';
import { goldenCases, goldenDiff, goldenRecord, runGoldenCase } from '../helpers/golden.js';
import { describeMutation, layerSize, mutateDoc, type Edge, type Mutation } from '../helpers/mutate.js';

const EDGES: readonly Edge[] = ['start', 'end', 'both'];
const DELTAS = [-3, -2, -1, 1, 2, 3];
const SEGMENTATION_LAYERS = ['paragraphs', 'sentences', 'tokens'];

/** The old check: each span's text equals the document's own text at its offsets. */
const selfConsistent = (doc: { text: string }) =>
  collectSpans(doc).every((s) => s.span.text === undefined || s.span.text === doc.text.slice(s.span.start, s.span.end));

const allCases = goldenCases();
const cases = allCases.filter((c) => c.present);
const missing = allCases.filter((c) => !c.present).map((c) => c.name);
// Each mutant is compared with the unmutated output through the same functions (goldenRecord +
// goldenDiff, spanViolations), not with the files: a check that already fails on the real output
// would "catch" every mutant. That the files equal the real output is golden.test.ts's job.
const runs = cases.map((c) => {
  const doc = runGoldenCase(c);
  return { c, doc, golden: goldenRecord(doc, c.keepText), violations: new Set(spanViolations(doc, c.input)) };
});
/** Does the mutant have a span violation the real output does not have? */
const newViolation = (mutant: unknown, input: string, before: ReadonlySet<string>) => spanViolations(mutant, input).some((v) => !before.has(v));

describe('mutation check: shifted offsets are rejected', () => {
  it('has the real output of the six samples (and the seed when ../shared is here) to mutate', () => {
    expect(runs.map((r) => r.c.name).filter((n) => n.startsWith('sample-')).length).toBe(6);
  });

  for (const layer of [...ANNOTATION_LAYERS, ...SEGMENTATION_LAYERS]) {
    it(`${layer}: every shift of the whole layer fails the checks (±1 fails the span check alone)`, (ctx) => {
      const escaped: string[] = [];
      const notSpanCaught: string[] = [];
      let mutants = 0;
      for (const { c, doc, golden, violations } of runs) {
        for (const edge of EDGES) {
          for (const delta of DELTAS) {
            const m: Mutation = { layer, edge, delta };
            const { mutant, shifted } = mutateDoc(doc, c.input, m);
            if (shifted === 0) continue;
            mutants++;
            expect(selfConsistent(mutant)).toBe(true); // a realistic writer output, invisible to the old tests
            const bySpans = newViolation(mutant, c.input, violations);
            const byGolden = goldenDiff(golden, goldenRecord(mutant, c.keepText)).length > 0;
            if (!bySpans && !byGolden) escaped.push(`${c.name}: ${describeMutation(m)}`);
            if (!bySpans && Math.abs(delta) === 1) notSpanCaught.push(`${c.name}: ${describeMutation(m)}`);
          }
        }
      }
      // the samples alone have no merged events (more_evidence): only the seed exercises that layer
      ctx.skip(mutants === 0 && missing.length > 0, `no ${layer} spans without ${missing.join(', ')} (../shared absent)`);
      expect(mutants, `no ${layer} spans in the outputs to mutate`).toBeGreaterThan(0);
      expect(escaped).toEqual([]);
      expect(notSpanCaught).toEqual([]);
    });
  }

  it('shifting any single annotation span by one character (start, end or both) fails the golden check', () => {
    const escaped: string[] = [];
    let mutants = 0;
    for (const { c, doc, golden } of runs) {
      for (const layer of ANNOTATION_LAYERS) {
        const n = layerSize(doc, layer);
        for (let only = 0; only < n; only++) {
          for (const edge of EDGES) {
            for (const delta of [-1, 1]) {
              const m: Mutation = { layer, edge, delta, only };
              const { mutant } = mutateDoc(doc, c.input, m);
              mutants++;
              if (goldenDiff(golden, goldenRecord(mutant, c.keepText)).length === 0) escaped.push(`${c.name}: ${describeMutation(m)}`);
            }
          }
        }
      }
    }
    expect(mutants).toBeGreaterThan(1000);
    expect(escaped).toEqual([]);
  });
});
