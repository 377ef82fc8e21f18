// The syntax chain's repairs named on the tokens they changed (src/nlp/syntax-repair-rules.ts), with
// the real tagger and parser, through the syntax stage and into the contract: a moved token carries
// `repair` with its rule id, a token as the parser left it carries none (no key in the JSON), and
// every id is one the rule catalogue describes. Each sentence below is one the shipped parser gets
// wrong in the way its repair mends (found on the Wikinews bench).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc, type Doc } from '../../src/core/doc.js';
import { modelPath } from '../../src/core/paths.js';
import { toContract } from '../../src/io/write-json.js';
import { REPAIR_RULES } from '../../src/nlp/syntax-repair-rules.js';
import { buildDefaultPipeline } from '../../src/pipeline/default.js';
import { createResources } from '../../src/stages/resources.js';
import { buildCatalogue } from '../../scripts/rule-catalogue.js';
import { explainRule } from '../../src/server/catalogue.js';

const haveModels = ['tagger.bin', 'lemma.json', 'parser.bin'].every((f) => existsSync(modelPath(f)));

const TEXT = [
  'TOKYO (Reuters) - Japan and the Philippines signed a defense pact on Friday.',
  'Further charges may be laid in the future, police said.',
  'Yesterday, Eliud Kipchoge from Kenya ran a marathon in less than two hours.',
].join('\n');

function throughSyntax(text: string): Doc {
  const p = buildDefaultPipeline(createResources());
  let doc = createDoc(text, {});
  for (const s of p.stages.slice(0, 2)) doc = s.run(doc, { published: null, options: {} });
  return doc;
}

describe.skipIf(!haveModels)('repair provenance on tokens', () => {
  const doc = throughSyntax(TEXT);
  const tok = (form: string) => doc.tokens.find((t) => t.form === form)!;

  it('names the repair on each token it changed', () => {
    expect(tok('TOKYO').repair).toBe('syntax:dateline-apart');
    // "laid" is the root again, "said" its parataxis
    expect(tok('laid').repair).toBe('syntax:attribution-parataxis');
    expect(tok('said').repair).toBe('syntax:attribution-parataxis');
    expect([tok('said').dep, doc.tokens[tok('said').head]!.form]).toEqual(['parataxis', 'laid']);
    expect(tok('Yesterday').repair).toBe('syntax:time-word-subject');
    expect([tok('Yesterday').dep, tok('Eliud').dep]).toEqual(['obl:unmarked', 'nsubj']);
    expect(tok('Eliud').repair).toBe('syntax:time-word-subject');
  });

  it('gives a token the parser left alone no repair', () => {
    for (const form of ['Japan', 'signed', 'charges', 'police', 'marathon']) expect(tok(form).repair, form).toBeUndefined();
  });

  it('writes `repair` into the contract only where a repair changed the token', () => {
    const c = toContract(doc);
    const byForm = (form: string) => c.tokens[doc.tokens.indexOf(tok(form))]!;
    expect(byForm('TOKYO')).toMatchObject({ repair: 'syntax:dateline-apart', dep: 'dep' });
    expect('repair' in byForm('Japan')).toBe(false);
    expect(JSON.stringify(byForm('signed'))).not.toContain('repair');
    const written = c.tokens.filter((t) => 'repair' in t).length;
    expect(written).toBe(doc.tokens.filter((t) => t.repair !== undefined).length);
    expect(written).toBeGreaterThanOrEqual(5);
  });

  it('uses only rule ids the catalogue describes', () => {
    const catalogue = new Set(buildCatalogue().map((r) => r.id));
    for (const id of REPAIR_RULES) expect(catalogue.has(id), id).toBe(true);
    for (const t of doc.tokens) {
      if (!t.repair) continue;
      for (const part of t.repair.slice('syntax:'.length).split('+')) expect(catalogue.has(`syntax:${part}`), t.repair).toBe(true);
    }
  });

  it("is explained part by part by the API's rule explainer (GET /rules/{id}), from the committed catalogue", () => {
    const e = explainRule('syntax:marked-root+punct-convention');
    expect(e.parts.map((p) => p.id)).toEqual(['syntax:marked-root', 'syntax:punct-convention']);
    for (const p of e.parts) {
      expect(p.description, p.id).toBeTruthy();
      expect(p.evidence.code, p.id).toMatch(/^src\/nlp\/syntax-repair-rules\.ts:\d+$/);
    }
  });
});
