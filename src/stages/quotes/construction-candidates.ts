// Candidates for the learned accept step: verb lemmas in constructions PolNeAR marks only some of
// the time (data/quotes/construction-candidates.tsv: "accept" + an object, "vote", "try" + to-
// infinitive …), read exactly as construction-cues.ts reads its table, after every other rule (on
// the words they left free). A rule keeping them all would cost precision (most occurrences are no
// attribution); the accept model (accept-model.ts) keeps the occurrences whose context it scores
// as an attribution. Proposed only when that model runs (index.ts).
import { attachConstructionCues } from './construction-cues.js';
import type { State } from './state.js';

export function attachConstructionCandidates(st: State): void {
  const lex = st.v.lex;
  // a verb in a construction PolNeAR marks only some of the time, kept when the accept model scores it as a cue
  attachConstructionCues(st, { keys: lex.candidateConstructions, lemmas: lex.candidateLemmas, rule: 'quotes:construction-candidate' });
}
