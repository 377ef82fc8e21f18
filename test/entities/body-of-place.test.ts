// An organisation named "<body> of <place>" and later by its body alone is one entity: the short
// name keeps the long one's country (cluster.ts, byBody). Invented place names where the case is
// not about the knowledge base.
import { describe, expect, it } from 'vitest';
import { analyzeEntities, entityWith, mentionTexts } from './run.js';

describe('"the Parliament of Iraq" … "the Parliament"', () => {
  it('the body alone joins the earlier "<body> of <place>" and takes its country', () => {
    const doc = analyzeEntities("The Parliament of Iraq voted on a resolution on Sunday. The United States was disappointed by the Parliament's decision.");
    const e = entityWith(doc, 'Parliament of Iraq');
    expect(e?.country).toBe('IRQ');
    expect(mentionTexts(doc, e!).some((t) => /^Parliament$/.test(t))).toBe(true);
  });

  it('two bodies of different places leave the short name alone', () => {
    const doc = analyzeEntities('The Ministry of Defence of Iraq met the Ministry of Defence of Jordan. The Ministry of Defence said nothing.');
    const iraq = entityWith(doc, 'Ministry of Defence of Iraq');
    const jordan = entityWith(doc, 'Ministry of Defence of Jordan');
    const joined = [iraq, jordan].filter((e) => e && mentionTexts(doc, e).filter((t) => t === 'Ministry of Defence').length > 0);
    expect(joined).toHaveLength(0);
  });
});
