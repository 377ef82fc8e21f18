// Span conventions of PolNeAR attributions (issue 14) that the rules follow, through the whole
// default pipeline (several need the tagger): where content ends and starts, which fragments are
// quotes of their own, and which phrase is the source. Invented sentences, one convention each;
// every convention was measured on the PolNeAR train split before it was adopted.
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';

const pipeline = defaultPipeline();

function quotes(text: string) {
  const doc = pipeline.run(createDoc(text, { id: 't' }));
  const t = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return doc.quotes.map((q) => ({ cue: t(q.cue), source: t(q.speaker.mention), kind: q.kind, content: q.content.map(t).join(' … ') }));
}

function cued(text: string, cue: string) {
  const q = quotes(text).find((x) => x.cue === cue);
  expect(q, `a quote cued by "${cue}" in: ${text}`).toBeDefined();
  return q!;
}

describe('where content ends', () => {
  it('before a dash after an attitude verb’s object that no second dash closes (the author’s comment)', () => {
    const q = cued('The governor praised Pence for cutting taxes - moves that he said improved the economy.', 'praised');
    expect(q.content).toBe('Pence for cutting taxes');
  });

  it('before a comma and a subordinator after an attitude verb’s object (the author’s adjunct)', () => {
    expect(cued('The senator criticized the trade deal, despite voting for it two years ago.', 'criticized').content).toBe('the trade deal');
    // "as" after a comma goes on with the object's predicate
    expect(cued('Critics described Mr. Bush, known as Jeb, as a reluctant candidate.', 'described').content).toBe('Mr. Bush, known as Jeb, as a reluctant candidate');
  });

  it('before a time adjunct closing an attitude verb’s object (the report’s time), not an event noun’s own', () => {
    expect(cued('The union endorsed Hillary Clinton in November.', 'endorsed').content).toBe('Hillary Clinton');
    expect(cued('The governor praised the new budget last week.', 'praised').content).toBe('the new budget');
    expect(cued('The senator criticized Clinton’s remarks on Thursday.', 'criticized').content).toBe('Clinton’s remarks on Thursday');
  });

  it('before the medium or occasion closing an attitude verb’s object (occasion-end.ts), not before a verb after it', () => {
    expect(cued('The senator attacked the new budget in a statement.', 'attacked').content).toBe('the new budget');
    expect(cued('The mayor praised the volunteers on Twitter.', 'praised').content).toBe('the volunteers');
    // a bare time word before the phrase is the report's time too
    expect(cued('The governor called the plan a “disgrace” Wednesday at a rally in Ohio.', 'called').content).toBe('the plan a “disgrace”');
    // no medium noun: the phrase is the object's own
    expect(cued('The senator criticized the tax on fuel.', 'criticized').content).toBe('the tax on fuel');
    // a verb after the phrase: the object's clause goes on past it
    expect(cued('The senator criticized the decision at a rally held by the union.', 'criticized').content).toBe('the decision at a rally held by the union');
  });

  it('not at a dash pair inside the object, nor at a hyphen', () => {
    expect(cued('She called for all candidates to lay out specifics — including the cost — of their plans.', 'called for').content).toBe('all candidates to lay out specifics — including the cost — of their plans');
    expect(cued('The senator praised the Dodd-Frank law for its reach.', 'praised').content).toBe('the Dodd-Frank law for its reach');
  });

  it('before a semicolon that joins the author’s next clause', () => {
    const q = cued('The agency said the plan would cost $3 billion; other analysts put the figure far lower.', 'said');
    expect(q.content).toBe('the plan would cost $3 billion');
  });

  it('after a closing quote whose comma hands back to the author (", but …")', () => {
    const q = cued('The fact-checkers concluded that the mayor’s claim was “true,” but they added a long list of caveats.', 'concluded');
    expect(q.content).toBe('that the mayor’s claim was “true,”');
  });

  it('not at ", but" when a verb follows: the content’s own clause goes on', () => {
    const q = cued('The senator said the tax would hurt revenue at first, but would eventually add billions.', 'said');
    expect(q.content).toBe('the tax would hurt revenue at first, but would eventually add billions');
  });

  it('before ", even suggesting …", a participle the author adds', () => {
    const q = cued('The governor criticized the new budget on Monday, even suggesting it was illegal.', 'criticized');
    expect(q.content).not.toContain('suggesting');
  });

  it('where the main clause begins after a fronted clause holding the cue', () => {
    const q = cued('After the senator warned that the bill would fail, the leaders postponed the vote.', 'warned');
    expect(q.content).toBe('that the bill would fail');
  });

  it('where the main clause begins after a fronted clause whose opener comes after a few words of its own', () => {
    expect(cued('Less than a week after the senator warned that the bill would fail, the leaders postponed the vote.', 'warned').content).toBe('that the bill would fail');
    expect(cued('Just as the mayor announced that the bridge would close, the governor ordered an inquiry.', 'announced').content).toBe('that the bridge would close');
    // the main clause's subject may be a bare plural or a number
    expect(cued('After the senator warned that the bill would fail, lawmakers postponed the vote.', 'warned').content).toBe('that the bill would fail');
    // a comma before the cue: the cue is the main clause's, and its content runs on
    expect(cued('Only days after the vote, the senator warned that the bill would fail, the leaders would resign and the party would split.', 'warned').content).toBe('that the bill would fail, the leaders would resign and the party would split');
  });

  it('before "and" + the source’s next predicate after an object', () => {
    const q = cued('The anchor criticized the assignment and has since left the network.', 'criticized');
    expect(q.content).toBe('the assignment');
  });

  it('before an adjunct of occasion after an object ("during …", "when …")', () => {
    const q = cued('The former president blasted the health law as a “crazy system” during a campaign stop in Ohio.', 'blasted');
    expect(q.content).toBe('the health law as a “crazy system”');
  });
});

describe('where content starts', () => {
  it('at the relative pronoun before the source ("which Comey said were careless")', () => {
    const q = cued('The emails, which the director said were careless, did not warrant charges.', 'said');
    expect(q.content).toBe('which … were careless');
  });

  it('at a relative "that" before the source when what was said has no subject ("a deadline that insiders said went unnoticed")', () => {
    const q = cued('The party missed a filing deadline that several insiders said went unnoticed in three districts.', 'said');
    expect(q.content).toBe('that … went unnoticed in three districts');
  });

  it('at the noun phrase a relative clause without a pronoun hangs on ("a probe the agency said was ongoing")', () => {
    const q = cued('The files were part of a probe the agency said was ongoing as of this month.', 'said');
    expect(q.content).toBe('a probe … was ongoing as of this month');
  });

  it('not at a complementizer "that" when the reported clause has its own subject', () => {
    const q = cued('It was clear that the governor said the bridge was safe.', 'said');
    expect(q.content).toBe('the bridge was safe');
  });

  it('after a sentence-initial "But"', () => {
    const q = cued('But the economy will recover next year, the minister said.', 'said');
    expect(q.content).toBe('the economy will recover next year');
  });

  it('with the object of an infinitive after urge/ask/tell ("urged supporters to …")', () => {
    const q = cued('The candidate urged supporters to monitor polling places.', 'urged');
    expect(q.content).toBe('supporters to monitor polling places');
  });
});

describe('which quoted fragments are quotes of their own', () => {
  it('the reason after "for" in an attitude’s content is a partial quote', () => {
    const qs = quotes('The minister praised the volunteers for “stepping up” during the floods.');
    expect(qs.some((q) => q.kind === 'partial' && q.content === 'stepping up')).toBe(true);
  });

  it('a quoted word inside an attitude’s content is not a second quote', () => {
    const qs = quotes('The governor called the proposal “outrageous” at a news conference.');
    expect(qs.filter((q) => q.kind === 'partial')).toEqual([]);
  });
});

describe('which phrase is the source', () => {
  it('not the author’s connective after it ("The minister, however, said")', () => {
    expect(cued('The minister, however, said the deal was fine.', 'said').source).toBe('The minister');
  });

  it('an adverb after an apposition’s comma is the cue’s ("…, also praised")', () => {
    const q = cued('Clinton, the former secretary of state, also praised the deal.', 'also praised');
    expect(q.source).toBe('Clinton, the former secretary of state');
  });

  it('an apposition with a plural possessive ("Sanders\' campaign manager")', () => {
    const q = cued('Jeff Weaver, Sanders\' campaign manager, said: “The numbers put our campaign on pace.”', 'said');
    expect(q.source).toBe('Jeff Weaver, Sanders\' campaign manager');
  });

  it('a participle modifier inside the source phrase ("registered voters")', () => {
    const q = cued('Most registered voters say the economy is their top issue.', 'say');
    expect(q.source).toBe('Most registered voters');
  });

  it('the clause’s subject for a participle after a verb’s object', () => {
    const q = cued('A group of parents sent a letter to the board urging it to reconsider.', 'urging');
    expect(q.source).toBe('A group of parents');
  });

  it('a colon-introduced quote after a fronted clause takes the main clause’s subject', () => {
    const q = quotes('Facing a lack of enthusiasm among young voters, the president is rolling out a new message: “It is about me.”').find((x) => x.kind === 'direct');
    expect(q?.source).toBe('the president');
  });
});
