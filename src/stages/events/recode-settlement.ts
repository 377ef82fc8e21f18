// "Trump said he would prefer to agree a solution with the opposition": "agree" with a noun object
// ("agree a solution / a deal / terms with X") is settling on it — reaching what CAMEO 037 calls "a
// comprehensive settlement, agreement, or resolution to conflict" — not the accord with someone's
// view that the "agree with" row reads (019, "express common understanding, agreement, or accord":
// "Spain agreed with Portugal on the issue"). Stated as future or wanted it is the codebook's intent
// to settle: "offer, promise, agree to, or otherwise indicate willingness or commitment to reach a
// comprehensive settlement" (037). An accord asserted ("agreed with the opposition"), one with a
// clause ("would agree that the vote was fair") or a refusal ("would not agree") keeps the row's code.
import type { Modality } from '../../core/doc.js';
import type { Recoding } from './actor.js';
import { objectOf } from './roles.js';
import type { DepTree } from './tree.js';

/** 037 with its rule suffix for a future or wanted accord (019) of "agree" taking a noun object, else null (the row's code stands). */
export function settlementCode(t: DepTree, p: number, cameo: string, modality: Modality, negated: boolean): Recoding | null {
  if (cameo !== '019' || negated || (modality !== 'future' && modality !== 'hypothetical')) return null;
  if (t.lemma(p) !== 'agree' || t.tok(p).pos !== 'VERB') return null;
  const o = objectOf(t, p);
  // an accord on a settlement recoded as the intent to settle
  return o >= 0 && t.tok(o).pos === 'NOUN' ? { cameo: '037', suffix: 'settlement-as-intent' } : null;
}
