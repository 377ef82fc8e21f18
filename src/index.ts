// Library entry point: analyse one article text and get the contract JSON.
import { createDoc, type Doc, type DocMeta } from './core/doc.js';
import { defaultPipeline } from './pipeline/default.js';
import { toContract } from './io/write-json.js';
import { contentId } from './io/content-id.js';

export interface AnalyzeOptions extends Partial<DocMeta> {
  id?: string;
}

export function analyzeDoc(text: string, opts: AnalyzeOptions = {}): Doc {
  const doc = createDoc(text, { ...opts, id: opts.id ?? contentId(text) });
  return defaultPipeline().run(doc);
}

export function analyze(text: string, opts: AnalyzeOptions = {}) {
  return toContract(analyzeDoc(text, opts));
}

export { createDoc, toContract, defaultPipeline };
export type { Doc };
