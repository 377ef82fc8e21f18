// Candidates for vague references listed in data/time-vague.tsv: "in recent days" → PAST_REF
// (with a range ending at publication), "currently" → PRESENT_REF, "soon" → FUTURE_REF.
import type { Candidate } from '../frame.js';
import { timeLexicon } from '../lexicon.js';
import { wordAfter, wordBefore } from '../patterns.js';
import { foldText, caselessPattern, type FoldedText, type CaselessPattern } from '../../../core/caseless.js';
import { scan } from './scan.js';

let compiled: CaselessPattern | undefined;

export function vagueCandidates(text: string, folded: FoldedText = foldText(text)): Candidate[] {
  const lex = timeLexicon();
  compiled ??= caselessPattern(
    `\\b(${[...lex.vague.keys()].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[^\\S\\n]+')).join('|')})\\b`,
    'gi',
  );
  const out: Candidate[] = [];
  scan(compiled, text, folded, (m) => {
    const phrase = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const entry = lex.vague.get(phrase);
    if (!entry) return null;
    // "as soon as" is a conjunction, not a time
    if (phrase === 'soon' && wordBefore(text, m.index).toLowerCase() === 'as' && wordAfter(text, m.index + m[0].length).toLowerCase() === 'as') return null;
    // a capital inside a sentence makes a name ("the journal Current Biology")
    if (/^\p{Lu}/u.test(m[1]!) && !/(?:^|[.!?:"“”‘’'(\n])[^\S\n]*$/u.test(text.slice(Math.max(0, m.index - 4), m.index))) return null;
    return { start: m.index, end: m.index + m[0].length, type: entry.type, frame: { k: 'vague', entry }, rule: 'vague-ref', priority: 2 };
  }, out);
  return out;
}
