// The quotes stage: who said what. Candidates first, then refiners, one concern per module:
//   quote-marks      quote-mark spans (curly/straight/PTB, AP multi-paragraph continuation)
//   transcript       "NAME: …" transcript and headline labels
//   not-speech       naming ("called her “Sunday cake”") claimed first; cue uses that are acts
//   attach-direct    speaker and cue for each quoted span (before, after, inverted, dash)
//   indirect         indirect and mixed speech from surface patterns; according-to; fronted "Asked …,"
//   passive-attitude "X was criticized by Y (for Z)": the by-agent's stance (called from indirect's passive branch)
//   as-clause        "As X put it, …", "…, as X said.": the source after "as"
//   coordinated-cues a side clause with its own cue ("…, while X suggests …") cut from a forward content, read again
//   appositive-relative "…, a charge that X denied": the apposition is X's, cut from the content before it
//   cue-poll         "In a CNN poll, …": the poll is the source, "In" the cue
//   cue-raising      "X seemed/appears to …": perception with no source (cue-raising.ts)
//   asked-passive    "X was asked about …", "…, he said when asked why …": the question as content
//   raising-subjects "…, who is expected to …", "But she is expected to …": raising passives past the sentence's first phrase
//   noun-cues        "her criticism of X", "the mayor's warning that S" (data/quote-nouns.tsv)
//   stance-predicates "X is critical of Y", "X is a staunch opponent of Y" (data/quotes/stance-predicates.tsv)
//   characterizations "X played down the comments as “…”" (any verb casting its object as a quoted label)
//   regard-as        "Critics see the levy as a burden" (see/view/paint/portray … X as Y: the subject's view)
//   fronted-participle "After saying …, the man …": the main clause's subject is the -ing cue's source;
//                    "…, before insisting …" likewise after the clause
//   no-response      "X did not respond to a request for comment": the unanswered inquiry as content
//   backing          "voters backed Clinton", "a super PAC backing Bush": the object of support as content
//   parse-rules      ccomp/nsubj under a cue verb, for what the surface rules left (needs 'parse')
//   construction-cues a verb lemma in a construction PolNeAR marks most of the time ("polls show X",
//                    data/quotes/cue-constructions.tsv, needs 'parse')
//   verb-stances     "voted for X", "commented on Y": stance verbs no speech list holds, in
//                    the constructions PolNeAR train marks (data/quotes/verb-stances.tsv, needs 'parse')
//   noun-construction-cues "calls for X", "concerns about X" (noun rows of the same file)
//   hearsay-adverbs  "The FBI is reportedly making …": the adverb the cue, the clause the content, no source
//   that-complement  "Trump groused that …": any verb with a subject and a "that" clause no rule took (needs 'parse')
//   colon-block      "Hewitt writes: ⏎ <an unmarked block quotation>": the next paragraph is the content
//   outer-report     "X said he believes …" read at the inner cue only: moved out to the outer cue (no nesting)
//   inner-report     "X says he's proud … and expects to …" read as two: the inner report kept in the outer content
//   partial          quoted fragments in narrative sentences with a non-speech cue
//   floating         follow-on quote paragraphs inherit the previous speaker
//   kinds            direct / indirect / mixed
//   speaker-check    a source that is no speaker (an adverb, a preposition's object) → speaker
//                    null with a reason
//   resolve-speaker  source → entity (names, surnames, titles, pronouns), addressee likewise
// Quotes that attach to no cue (scare quotes, nicknames, titles of works) yield nothing.
// Needs tokens and entities; uses the tagger's pos and the parse when the syntax stage ran (they
// sharpen phrase edges and add the ccomp rule) but works on tokens alone, so it requires neither.
// Dates are the dating stage's: it writes them to its own layer. Option quotesParseRules: false turns the parse rule off.
import { withLayers, type Doc, type Quote } from '../../core/doc.js';
import { emptyObjects } from '../../core/object-arrays.js';
import type { Stage, StageContext } from '../stage.js';
import { defaultResources, type Resources } from '../resources.js';
import type { QuoteLexicon } from './words.js';
import { attachDirect } from './attach-direct.js';
import { attachAccordingTo } from './according-to.js';
import { attachPollAttributions } from './cue-poll.js';
import { attachAsked } from './asked.js';
import { attachIndirect } from './indirect.js';
import { cutCoordinatedCues } from './coordinated-cues.js';
import { cutSubordinateCues } from './subordinate-cues.js';
import { attachAppositiveRelatives } from './appositive-relative.js';
import { liftOuterReports } from './outer-report.js';
import { keepInnerReports } from './inner-report.js';
import { attachAsClauses } from './as-clause.js';
import { attachRaisingVerbs } from './cue-raising.js';
import { attachRaisingSubjects } from './raising-subjects.js';
import { attachAskedPassive } from './asked-passive.js';
import { assignKind } from './kinds.js';
import { findQuoteMarks } from './quote-marks.js';
import { indexMentions, resolveParty } from './resolve-speaker.js';
import { newState } from './state.js';
import { attachTranscript } from './transcript.js';
import { buildView } from './view.js';
import { attachPartial } from './partial.js';
import { attachFloating } from './floating.js';
import { attachParsed } from './parse-rules.js';
import { attachColonBlocks } from './colon-block.js';
import { attachThatComplements } from './that-complement.js';
import { attachNounCues } from './noun-cues.js';
import { attachStancePredicates } from './stance-predicates.js';
import { attachCharacterizations } from './characterizations.js';
import { attachRegardAs } from './regard-as.js';
import { attachNoResponse } from './no-response.js';
import { attachBacking } from './backing.js';
import { attachConstructionCues } from './construction-cues.js';
import { attachHearsayAdverbs } from './hearsay-adverbs.js';
import { attachNounConstructionCues } from './noun-construction-cues.js';
import { attachVerbStances } from './verb-stances.js';
import { attachFrontedParticiples, attachPostposedParticiples } from './fronted-participle.js';
import { claimNamings } from './not-speech.js';
import { groupName, speakerProblem } from './speaker-check.js';

const NO_SPEAKER = { entity: null, name: null, mention: null } as const;

/** A switch in the free-form options: on unless set to false. */
function ctxOption(ctx: { options: Readonly<Record<string, unknown>> } | undefined, name: string): boolean {
  return ctx?.options?.[name] !== false;
}

/** The quotes stage reading the word classes, cues and speech nouns of `res`. */
export function createQuotesStage(res: Resources): Stage {
  return { ...quotesStage, run: (doc, ctx) => runQuotes(doc, ctx, res.lexicons.quotes) };
}

/** The quotes stage of the default resources. */
export const quotesStage: Stage = {
  name: 'quotes',
  description: 'direct, indirect and mixed quotes with speaker, cue and addressee (date left to the dating stage)',
  requires: ['paragraphs', 'sentences', 'tokens', 'entities'],
  // lemma: the parse subject of participial and coordinated cues comes from the events stage's
  // resolver (cue-subject.ts), which reads lemmas
  uses: ['pos', 'lemma', 'parse'],
  assigns: ['quotes'],
  modifies: [],
  run(doc, ctx) {
    return runQuotes(doc, ctx, defaultResources().lexicons.quotes);
  },
};

function runQuotes(doc: Doc, ctx: StageContext, lex: QuoteLexicon): Doc {
  const marks = findQuoteMarks(doc.text, doc.paragraphs);
  const v = buildView(doc, marks, lex);
  const st = newState(v);
  claimNamings(st);
  attachTranscript(st);
  attachDirect(st);
  // (before the verb rules: the block's own cue words are inside its content, which PolNeAR never nests)
  attachColonBlocks(st);
  attachAccordingTo(st);
  attachPollAttributions(st);
  attachAsked(st);
  attachAsClauses(st);
  attachIndirect(st);
  // a side clause with its own cue cut from a forward content is read by the same rules again
  // and so is the main clause a relative or adverbial clause's cue had swallowed
  if (cutCoordinatedCues(st) + cutSubordinateCues(st) + attachAppositiveRelatives(st)) attachIndirect(st);
  attachRaisingVerbs(st);
  attachRaisingSubjects(st);
  attachAskedPassive(st);
  if (ctxOption(ctx, 'quotesParseRules')) attachParsed(st);
  attachNounCues(st);
  if (ctxOption(ctx, 'quotesStancePredicates')) attachStancePredicates(st);
  if (ctxOption(ctx, 'quotesCharacterizations')) attachCharacterizations(st);
  attachRegardAs(st);
  attachFrontedParticiples(st);
  attachPostposedParticiples(st);
  attachNoResponse(st);
  attachBacking(st);
  if (ctxOption(ctx, 'quotesConstructionCues')) attachConstructionCues(st);
  if (ctxOption(ctx, 'quotesVerbStances')) attachVerbStances(st);
  attachHearsayAdverbs(st);
  if (ctxOption(ctx, 'quotesConstructionCues')) attachNounConstructionCues(st);
  if (ctxOption(ctx, 'quotesThatComplement')) attachThatComplements(st);
  liftOuterReports(st);
  keepInnerReports(st);
  attachFloating(st);
  attachPartial(st);
  // (no attribution: no speaker to resolve, so no mention index to build)
  if (!st.atts.length) return withLayers(doc, { quotes: emptyObjects() }, quotesStage.assigns);
  const ix = indexMentions(doc);
  for (const a of st.atts) a.content.sort((x, y) => x.start - y.start);
  const atts = [...st.atts].sort((a, b) => a.content[0]!.start - b.content[0]!.start);
  const quotes: Quote[] = atts.map((a, i) => {
    assignKind(doc.text, a);
    const problem = speakerProblem(v, a);
    const party = problem ? null : resolveParty(doc, ix, a.source, a.sourceHead);
    // a group noun is named by its phrase ("Greek authorities"), not by its head or a modifier
    const speaker = party ? { ...party, name: groupName(v, a) ?? party.name } : party;
    const addressee = resolveParty(doc, ix, a.addressee, a.addressee);
    // (two literals in the same key order, not a spread of a fresh object per quote)
    return problem
      ? { id: `q${i + 1}`, kind: a.kind, content: a.content, cue: a.cue, speaker: speaker ?? NO_SPEAKER, speakerReason: problem, addressee, rule: a.rule }
      : { id: `q${i + 1}`, kind: a.kind, content: a.content, cue: a.cue, speaker: speaker ?? NO_SPEAKER, addressee, rule: a.rule };
  });
  return withLayers(doc, { quotes }, quotesStage.assigns);
}
