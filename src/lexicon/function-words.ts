// Closed classes of English function words that several stages read, one definition each. A stage
// that needs a variant derives it here or beside its use from these sets, saying why (e.g. the
// deadline rule leaves out "may", which is also a month). Forms are lower case; clitics are listed
// as the tokenizer splits them ("'ll", "n't", "wo" of "won't", "ca" of "can't"). Open-class lists
// (speech verbs, title words, frames…) live in data/ with a source line and an example per entry.

/** auxiliaries that put a verb in the future: "will visit", "'ll sign", "won't attend" */
export const FUTURE_MODALS: ReadonlySet<string> = new Set(['will', 'shall', "'ll", 'wo']);

/** modal auxiliaries of possibility, necessity and condition: "could strike", "must leave", "can't stay" */
export const HYPOTHETICAL_MODALS: ReadonlySet<string> = new Set(['would', 'could', 'might', 'may', 'should', 'must', 'can', "'d", 'ca']);

/** every modal auxiliary */
export const MODALS: ReadonlySet<string> = new Set([...FUTURE_MODALS, ...HYPOTHETICAL_MODALS]);

/** subordinators of a condition: "if the suspension is not lifted", "unless talks resume" */
export const CONDITIONALS: ReadonlySet<string> = new Set(['if', 'unless']);

/** words that open an embedded question: "asked whether he would run", "said how it happened" */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set(['whether', 'if', 'how', 'what', 'why', 'when', 'where', 'who', 'which']);

/** words that open a complement clause: "that" and the question openers ("said that …", "told them why …") */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', ...QUESTION_OPENERS]);

/** relative pronouns that open a relative clause: "the minister who resigned" */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'which', 'that']);

/** object pronouns: "told him", "those close to them" */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me']);

/** possessive determiners: "his remarks", "their statement" */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

/** determiners that make a noun phrase definite: the article, demonstratives and possessives */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'these', 'those', ...POSSESSIVE_DETERMINERS]);

/** forms of "be", with the clitic "'s" (straight and curly): "is expected", "was told", "he's said" */
export const BE_FORMS: ReadonlySet<string> = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', "'re", '’re', "'m", '’m']);

/** present-tense forms of "be" (straight apostrophes): "is closed on Monday" is no past */
export const PRESENT_BE_FORMS: ReadonlySet<string> = new Set(['am', 'is', 'are', "'s", "'re"]);

/** negation words and clitics: "did not attack", "didn't", "never visited" */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'n’t', 'nt', 'never']);

/** adverbs that mark a clause as the alternative to a negated or refused act: "ruled out sending troops, instead encouraging allies" */
export const CONTRASTIVE_ALTERNATIVES: ReadonlySet<string> = new Set(['instead', 'rather']);

/** the temporal connectives that also open a finite clause ("years after Clinton claimed …"); "during", "upon", "following" take a noun phrase only */
export const TEMPORAL_SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'while', 'when', 'since']);

/** words that place one event in time against another: "after meeting Wanjala", "announced the ban following the attack" */
export const TEMPORAL_CONNECTIVES: ReadonlySet<string> = new Set([...TEMPORAL_SUBORDINATORS, 'upon', 'during', 'following']);

/** prepositions of location: "in Kyiv", "near the border", "outside the embassy" */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'inside', 'outside']);

/** prepositions that only ever take a noun phrase, never a finite clause or a bare participle: "over alleged plots", "for alleged fraud" */
export const NOMINAL_PREPOSITIONS: ReadonlySet<string> = new Set(['over', 'of', 'for', 'about', 'against', 'despite', 'amid', 'with', 'without', 'from', 'on', 'at', 'by', 'into', 'among', 'regarding', 'concerning']);

/** adverbs that tell an act as one more of the same kind: "was further sanctioned", "was again arrested" */
export const REPETITION_ADVERBS: ReadonlySet<string> = new Set(['further', 'again', 'also', 'too', 'likewise']);
