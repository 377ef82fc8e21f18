// The syntax chain's repairs as rule ids, so that a token whose tag, head or relation a repair changed
// says which. That is the `repair` field of an output token; the parser's own output carries none. During
// the chain a repair only sets its bit in a per-token code (a Uint16Array the chain reuses, no
// string per token); the code becomes the rule id when the token is written (`repairRule`). Several
// repairs on one token are joined as the other stages join refinements: "syntax:marked-root+punct-convention".
// The ids here are what data/rule-catalogue.json describes (scripts/rule-catalogue.ts reads this file).

/** rule id of each repair, by bit (bit i of a token's code = REPAIR_RULES[i]) */
export const REPAIR_RULES = [
  // a full-stop sentence with no finite verb: the "-ed" word after its opening noun phrase is its verb, re-tagged VBD (syntax-repair.ts)
  'syntax:finite-verb',
  // no clause has two subjects: a second bare nominal subject after its verb is the verb's object (syntax-repair.ts)
  'syntax:second-subject',
  // "On Friday, Youssef Chahed, the Prime Minister …, signed": the apposition of a fronted phrase is the subjectless verb's subject (syntax-repair.ts)
  'syntax:subject-apposition',
  // "a message on Twitter blaming Israel": in/on/at is the noun's preposition, not the mark of a clause with the noun as subject (syntax-repair.ts)
  'syntax:preposition-case',
  // "Yesterday, Indonesia's security minister Wiranto was stabbed": a fronted day word is an oblique of time, the nominal under it the subject (syntax-repair-time-subject.ts)
  'syntax:time-word-subject',
  // "As they tried to storm parliament, police fired …": a clause opened by a subordinator is an advcl, the clause after the comma the root (syntax-repair-marked-root.ts)
  'syntax:marked-root',
  // "…, an editor at the agency said.": the reported clause is the root, the attribution after its comma its parataxis (syntax-repair-attribution.ts)
  'syntax:attribution-parataxis',
  // a wire dateline ("BRUSSELS (Reuters) -") is parsed apart from its clause and its head hung from the clause's root as dep (dateline-split.ts, parser-annotate.ts)
  'syntax:dateline-apart',
  // punctuation re-hung by UD's attachment convention given the rest of the tree (syntax-repair-punct.ts)
  'syntax:punct-convention',
] as const;

export const FINITE_VERB = 1 << 0;
export const SECOND_SUBJECT = 1 << 1;
export const SUBJECT_APPOSITION = 1 << 2;
export const PREPOSITION_CASE = 1 << 3;
export const TIME_WORD_SUBJECT = 1 << 4;
export const MARKED_ROOT = 1 << 5;
export const ATTRIBUTION_PARATAXIS = 1 << 6;
export const DATELINE_APART = 1 << 7;
export const PUNCT_CONVENTION = 1 << 8;

/** per-token repair codes of one sentence, 0-based like the chain's arrays (absent: nothing records) */
export type RepairMarks = Uint16Array | undefined;

/** sets token i's head (1-based, 0 = root) and relation; a change marks the token with `bit` */
export function moveTo(heads: number[], deprels: string[], i: number, head: number, rel: string, marks: RepairMarks, bit: number): void {
  if (heads[i] === head && deprels[i] === rel) return;
  heads[i] = head;
  deprels[i] = rel;
  if (marks) marks[i] = marks[i]! | bit;
}

/** sets token i's head only; a change marks the token with `bit` */
export function hangFrom(heads: number[], i: number, head: number, marks: RepairMarks, bit: number): void {
  if (heads[i] === head) return;
  heads[i] = head;
  if (marks) marks[i] = marks[i]! | bit;
}

/** sets token i's relation only; a change marks the token with `bit` */
export function relabel(deprels: string[], i: number, rel: string, marks: RepairMarks, bit: number): void {
  if (deprels[i] === rel) return;
  deprels[i] = rel;
  if (marks) marks[i] = marks[i]! | bit;
}

const STAGE_PREFIX = 'syntax:';
/** the rule id of each code met so far (codes are few: a handful of combinations in a corpus) */
const byCode: (string | undefined)[] = [];

/** The `repair` provenance of a token's code: undefined for 0 (no repair touched it), else the rule id. */
export function repairRule(code: number): string | undefined {
  if (code === 0) return undefined;
  const hit = byCode[code];
  if (hit !== undefined) return hit;
  let body = '';
  for (let b = 0; b < REPAIR_RULES.length; b++) {
    if (!(code & (1 << b))) continue;
    const id = REPAIR_RULES[b]!.slice(STAGE_PREFIX.length);
    body = body ? `${body}+${id}` : id;
  }
  const rule = STAGE_PREFIX + body;
  byCode[code] = rule;
  return rule;
}
