// The startup snapshot of `newsgraph extract` (opt-in: scripts/build-snapshot.ts bundles this module
// into one CommonJS script and runs it under `node --build-snapshot`; bin/snapshot.js decides when a
// run may start from the result). Building, it loads every model and table and runs the pipeline
// once on a short warm-up text, so that the lazily loaded parts (the models, the lexicons, the
// knowledge base and its Phoenix tables) are in the saved heap and a cold extract does not read,
// parse and index their files. The warm-up is one more document through the same pipeline, like
// the first of a batch: documents share no state but caches (src/stages/resources.ts).
// What the environment tells a run (arguments, standard streams, NEWSGRAPH_* variables) is read
// after the start: only the main function below runs then.
import { startupSnapshot } from 'node:v8';
import { extractContract } from '../ingest/extract-contract.js';
import { defaultResources } from '../stages/resources.js';
import { formatters } from './formats.js';
import { runExtractCli } from './extract-main.js';

/** Invented sentences in the register of wire news: quotes, titles, dates, places, groups and events. */
const WARM_UP = [
  'During a meeting in London on March 6, the U.S. defense secretary praised Britain for "stepping up", officials said.',
  '"We will keep talking," Prime Minister Keir Starmer told reporters on Thursday, adding that the talks would resume next week.',
  'Russia accused Ukraine of attacking a fuel depot in the Belgorod region last week; Kyiv denied the claim.',
  'The United Nations Security Council condemned the attack by Hamas militants and called for a ceasefire within 48 hours.',
  'Police arrested three protesters outside the parliament in Nairobi on Tuesday, according to a government spokesman.',
].join('\n');

/** Every part of the default resources that is loaded on first use, loaded now. */
function loadEverything(): void {
  const res = defaultResources();
  void res.models.ner;
  void res.lexicons.events;
  void res.lexicons.quotes;
  const phoenix = res.kb.phoenix();
  void phoenix.groups;
  void phoenix.agents;
  void phoenix.singularAgents;
  phoenix.people('warm up');
}

/** Runs `extract` with the arguments of this process (process.argv holds no script path here). */
function main(): Promise<void> {
  return runExtractCli([process.execPath, 'newsgraph', ...process.argv.slice(1)]);
}

if (startupSnapshot.isBuildingSnapshot()) {
  loadEverything();
  const doc = extractContract({ text: WARM_UP, title: 'Warm-up', url: null, published: '2025-03-07', source: 'warm-up' });
  formatters.json(doc, { pretty: false, first: true });
  startupSnapshot.setDeserializeMainFunction(() => void main());
}
