// Setup file for `npm run test:mutation` only (test/contract/vitest.mutation.config.ts): wraps the
// contract writer so every document it writes has the offsets of one layer shifted, as named by
// NEWSGRAPH_MUTATION ("quotes.cue:both:+1"); the covered text is re-sliced at the new offsets, as the
// writer does. Each wrapped call appends how many spans it shifted to NEWSGRAPH_MUTATION_LOG, so the
// script can tell a mutation that changed nothing from one the tests missed.
import { vi } from 'vitest';

vi.mock('../../src/io/write-json.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/io/write-json.js')>();
  const spec = process.env.NEWSGRAPH_MUTATION;
  if (!spec) return real;
  const { parseMutation, mutateDoc } = await import('../helpers/mutate.js');
  const { appendFileSync } = await import('node:fs');
  const mutation = parseMutation(spec);
  const log = process.env.NEWSGRAPH_MUTATION_LOG;
  const toContract: typeof real.toContract = (...args) => {
    const { mutant, shifted } = mutateDoc(real.toContract(...args), args[0].text, mutation);
    if (log) appendFileSync(log, `${shifted}\n`);
    return mutant;
  };
  return { ...real, toContract };
});
