// "<person> administration / government / campaign" names an organisation (the person's
// government or team): "the Trump administration" is an ORG, not a mention of Trump. A person
// name followed by one of these words (data/actors/place-words.tsv, person-org) becomes an ORG span
// covering both.
import type { Doc } from '../../core/doc.js';
import type { NameWords } from '../../kb/index.js';
import type { WorkMention } from './mention.js';

export function personOrgs(doc: Doc, words: NameWords, names: WorkMention[]): WorkMention[] {
  const { tokens } = doc;
  for (const m of names) {
    if (m.type !== 'PERSON') continue;
    const next = tokens[m.tokTo];
    if (!next || next.sent !== tokens[m.tokFrom]!.sent || !words.personOrgHeads.has(next.form.toLowerCase())) continue;
    m.type = 'ORG';
    m.tokTo += 1;
    m.end = next.end;
    m.title = undefined;
    m.titleEntry = undefined;
    m.gaz = undefined;
    m.kind = 'name';
    m.rule = 'entities:person-org';
  }
  return names;
}
