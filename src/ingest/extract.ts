// What one worker does to one article: run the pipeline and shape the result for the store.
// Tokens are dropped here (the store keeps sentences, not tokens) so that the structured clone
// back to the main thread stays small.
import { analyzeArticle } from './extract-contract.js';
import type { InputArticle } from '../io/read-inputs.js';
import type { StoreDoc } from '../store/store.js';

export function extractForStore(a: InputArticle): StoreDoc {
  const doc = analyzeArticle(a);
  return { ...doc, tokens: [], source: a.source, byline: a.byline ?? null };
}
