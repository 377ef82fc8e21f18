// Whether a word starts with a capital letter (Unicode category Lu: "Éric", "Ünal" as well as "Eric"),
// one definition for the stages' per-token tests. The pattern is made once here: a regular expression
// literal inside a loop is a new RegExp object at every evaluation in V8 (session 22: two such tests
// in the entities stage were 31 MB of a Wikinews pass's 1,060 MB of allocation). A pattern without
// the g or y flag keeps no state between tests, so one object serves every caller.
const STARTS_UPPER = /^\p{Lu}/u;

/** Whether `word` starts with an upper-case letter. */
export function startsUpper(word: string): boolean {
  return STARTS_UPPER.test(word);
}
