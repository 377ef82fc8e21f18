// What `extract` does to one article, in-process or on a worker: the pipeline, then the contract
// document, checked (E052) before anyone can write it.
import { analyze } from '../index.js';
import { checkContract } from '../io/contract-check.js';
import type { InputArticle } from '../io/read-inputs.js';
import type { ContractDoc } from '../io/write-json.js';

/** The pipeline's contract document for one input article (its id, title, URL, date, source, byline). */
export function analyzeArticle(a: InputArticle): ContractDoc {
  return analyze(a.text, {
    ...(a.id !== undefined ? { id: a.id } : {}),
    title: a.title,
    url: a.url,
    published: a.published,
    source: a.source,
    byline: a.byline ?? null,
  });
}

export function extractContract(a: InputArticle): ContractDoc {
  return checkContract(analyzeArticle(a), a.source);
}
