// How far a source reaches to the left (issue 14): PolNeAR marks the cue verb's whole subject —
// quantifiers, coordinations, of-phrases and participial modifiers — which the parse gives where the
// surface rule stops early; and "according to" after a dash or a quotation closed on its comma.
// Invented sentences, through the default pipeline (the parse is needed).
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';

const pipeline = defaultPipeline();

function sourceOf(text: string, cue: string): string | null | undefined {
  const doc = pipeline.run(createDoc(text, { id: 't' }));
  const q = doc.quotes.find((x) => x.cue && text.slice(x.cue.start, x.cue.end) === cue);
  return q && (q.speaker.mention ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : null);
}

describe('the source is the cue verb’s whole subject', () => {
  it('a quantified group with its prepositional phrases', () => {
    expect(sourceOf('Large majorities of Republican voters in six states said they want a wall.', 'said')).toBe('Large majorities of Republican voters in six states');
  });

  it('a coordination of a pronoun and a noun phrase', () => {
    expect(sourceOf('She and her defenders argue that the emails were harmless.', 'argue')).toBe('She and her defenders');
  });

  it('not an object or a time phrase the parse attaches to the subject', () => {
    expect(sourceOf('The senator called him a liar and the newspaper said the claim was false.', 'said')).not.toMatch(/liar/);
    expect(sourceOf('A few weeks after the vote, the mayor said the bridge would close.', 'said')).toBe('the mayor');
  });
});

describe('a list of sources keeps every member (source-np.ts listStart)', () => {
  it('a list opening the sentence or a clause after a subordinator', () => {
    expect(sourceOf('The family, protesters and civic leaders have demanded the release of the video.', 'have demanded')).toBe('The family, protesters and civic leaders');
    expect(sourceOf('Germany, France, Italy and Spain said they would join the mission.', 'said')).toBe('Germany, France, Italy and Spain');
    expect(sourceOf('Russia backs the government, as the United States, Britain and France support the rebels.', 'support')).toBe('the United States, Britain and France');
  });

  it('not a fronted adjunct before the comma, nor the content before a parenthetical cue', () => {
    expect(sourceOf('On Monday, Britain and France said the deal was dead.', 'said')).toBe('Britain and France');
    expect(sourceOf('The source of the appeal, union members and leaders say, is the wage issue.', 'say')).toBe('union members and leaders');
  });
});

describe('"according to" after a dash or a closed quotation', () => {
  it('after a dash', () => {
    expect(sourceOf('The city had 115 violent crimes — including robbery — according to the police department.', 'according to')).toBe('the police department');
  });

  it('after a quotation closed on its comma', () => {
    expect(sourceOf('The visit became “the high point of their relationship,” according to Mr. Rhodes.', 'according to')).toBe('Mr. Rhodes');
  });
});

describe('an approximator before a quantity is part of the source', () => {
  it('"About half of …", "At least four …"', () => {
    expect(sourceOf('About half of the primary voters said they want a change.', 'said')).toBe('About half of the primary voters');
    expect(sourceOf('At least four senators claim the vote was rigged.', 'claim')).toBe('At least four senators');
  });

  it('not a fronted time phrase', () => {
    expect(sourceOf('Over the weekend, officials said the vote was rigged.', 'said')).toBe('officials');
  });
});

describe('a cue after a linker takes its clause’s subject', () => {
  it('"… and joked", "went on to say", "began by saying"', () => {
    expect(sourceOf('He adopted a fake accent and joked, “I will make it easier for them.”', 'joked')).toBe('He');
    expect(sourceOf('She went on to say: “None of them will come.”', 'went on to say')).toBe('She');
    expect(sourceOf('The judge began by saying, “I do not think that is necessary.”', 'began by saying')).toBe('The judge');
  });

  it('a new subject after "and" is its own source', () => {
    expect(sourceOf('The senator voted for the bill and the mayor said it was a mistake.', 'said')).toBe('the mayor');
  });
});

describe('an inverted source keeps its age', () => {
  it('"said Stacey Edwards, 31, of Meridian"', () => {
    expect(sourceOf('“We need a change,” said Stacey Edwards, 31, of Meridian, Ind.', 'said')).toBe('Stacey Edwards, 31, of Meridian, Ind');
    expect(sourceOf('“We need a change,” said Mona Edwards, 59.', 'said')).toBe('Mona Edwards, 59');
  });
});

describe('a dateline is no part of the source', () => {
  it('"WASHINGTON (Reuters) - …", "PHILADELPHIA ― …"', () => {
    expect(sourceOf('WASHINGTON (Reuters) - The party’s candidate Jane Doe said on Sunday that the vote was close.', 'said')).toBe('The party’s candidate Jane Doe');
    expect(sourceOf('PHILADELPHIA ― The mayor’s campaign said the race was close.', 'said')).toBe('The mayor’s campaign');
  });
});

describe('an inverted source may open with a lower-case title', () => {
  it('"said former Gov. …", "said undecided Republican voter …"', () => {
    expect(sourceOf('“It has become mainstream,” said former Gov. Bill Richardson.', 'said')).toBe('former Gov. Bill Richardson');
    expect(sourceOf('“I do not know where he stands,” said undecided Republican voter Stephanie Hooton.', 'said')).toBe('undecided Republican voter Stephanie Hooton');
  });

  it('but not a lower-case word that is no title', () => {
    expect(sourceOf('“We will see,” said quickly the man.', 'said')).not.toBe('quickly the man');
  });
});

describe('a participle cue takes its clause’s subject', () => {
  it('not the object before it', () => {
    expect(sourceOf('The senator spoke to reporters on Tuesday criticizing the new tax plan.', 'criticizing')).toBe('The senator');
  });

  it('but an absolute "with X V-ing" names its own subject', () => {
    expect(sourceOf('The ministers renewed their support for the plan on Monday with the bloc’s trade chief Anna Berg stating that the talks had failed.', 'stating')).toBe('the bloc’s trade chief Anna Berg');
  });

  it('a gerund after a preposition is left to its own cue', () => {
    expect(sourceOf('The panel voted to hold the aide in contempt for refusing to testify about the server.', 'refusing')).not.toBe('The panel');
  });
});

describe('a sentence adverb is the author’s, not the source’s', () => {
  it('"Even economists …", "Then the senator …"', () => {
    expect(sourceOf('Even economists who favor the tax agree that it would hurt the poor.', 'agree')).toBe('economists who favor the tax');
    expect(sourceOf('Then the senator asked whether the bridge was safe.', 'asked')).toBe('the senator');
  });
});

describe('a participle set off by a comma is the reporting clause’s', () => {
  it('not the subject or object of the clause it follows', () => {
    expect(sourceOf('The mayor said he saw no need to change the plan, telling reporters that the bridge was safe.', 'telling')).toBe('The mayor');
    expect(sourceOf('The senator argued that a wall would keep people from crossing the border, saying it is all about security.', 'saying')).toBe('The senator');
  });

  it('not the noun a clause of the sentence modifies', () => {
    expect(sourceOf('The governor has pursued a strategy of uniting farmers behind him, arguing that he can win the state.', 'arguing')).toBe('The governor');
  });
});

describe('the description after an inverted source', () => {
  it('keeps a relative clause and a participle that describe the source', () => {
    expect(sourceOf('“It is out of touch,” said Anna Berg, a researcher at the university who spends 60 hours a week in the lab.', 'said')).toBe('Anna Berg, a researcher at the university who spends 60 hours a week in the lab');
    expect(sourceOf('“We feel cheated,” said Tom Hale, the founder of a group called Citizens for Roads, which has 500 members.', 'said')).toBe('Tom Hale, the founder of a group called Citizens for Roads');
  });

  it('leaves out a relative clause that is itself a report', () => {
    expect(sourceOf('“It is not enough,” said Tom Hale, a local consultant who said he would not vote.', 'said')).toBe('Tom Hale, a local consultant');
  });
});

describe('the source phrase before the cue', () => {
  it('not the connective that opens the sentence', () => {
    expect(sourceOf('Still, Tom Hale, a senior adviser to the mayor, said on Tuesday that the bridge would close.', 'said')).toBe('Tom Hale, a senior adviser to the mayor');
  });

  it('a participle with its phrase after the noun (a reduced relative clause)', () => {
    expect(sourceOf('People briefed on the situation say the company will close.', 'say')).toBe('People briefed on the situation');
    expect(sourceOf('The mayor said on Monday that the bridge was safe.', 'said')).toBe('The mayor');
  });
});

describe('quotation marks inside a source', () => {
  it('a quoted title in the description stays in the inverted source', () => {
    expect(sourceOf('“It is over,” said Tom Hale, author of “The Bitter Pill,” a history of the debate.', 'said')).toBe('Tom Hale, author of “The Bitter Pill,” a history of the debate');
  });

  it('a participle cue after a quotation closed on its comma takes the clause’s subject', () => {
    expect(sourceOf('The senator told the radio station that the plan “was a disaster,” adding, “It lost every vote.”', 'adding')).toBe('The senator');
  });
});

describe('an adjunct after the source is the author’s', () => {
  it('a prepositional time phrase or "in particular"', () => {
    expect(sourceOf('The Security Council on Friday said the attack was a crime.', 'said')).toBe('The Security Council');
    expect(sourceOf('Britain and France in particular feared that the deal would fail.', 'feared')).toBe('Britain and France');
  });

  it('not a time phrase inside a relative clause', () => {
    expect(sourceOf('Tom Hale, who served as ambassador from 2012 until earlier this year, said the talks had failed.', 'said')).toBe('Tom Hale, who served as ambassador from 2012 until earlier this year');
  });
});

describe('a comma-set adjunct after the source is the author’s, a list stays', () => {
  it('a participle or prepositional phrase between commas', () => {
    expect(sourceOf('At the rally, the senator, citing the polls, argued the law was needed.', 'argued')).toBe('the senator');
  });

  it('"including …" keeps the members of the group', () => {
    expect(sourceOf('Other major unions, including the teachers and the nurses, said the law was needed.', 'said')).toBe('Other major unions, including the teachers and the nurses');
  });
});

describe('a distributive determiner continues the source’s prepositional phrase', () => {
  it('"donors in both parties", "voters in each state"', () => {
    expect(sourceOf('Female donors in both parties said the law was needed.', 'said')).toBe('Female donors in both parties');
    expect(sourceOf('About 4 in 10 Republican voters in each state want a wall.', 'want')).toBe('About 4 in 10 Republican voters in each state');
  });
});

describe('a relative clause after a source the reader already knows is the author’s aside', () => {
  it('left out after a bare name named earlier', () => {
    const text = 'Paulson bet against the banks. In October, Mr. Paulson, who made billions of dollars on that bet, told investors that the worst was over.';
    expect(sourceOf(text, 'told')).toBe('Mr. Paulson');
  });

  it('kept on a first mention and after a full name', () => {
    expect(sourceOf('Mr. Paulson, who made billions of dollars on a bet, told investors that the worst was over.', 'told')).toBe('Mr. Paulson, who made billions of dollars on a bet');
    const text = 'Compton spoke first. Ann Compton, who covered the White House for 40 years, said the photo was a mistake.';
    expect(sourceOf(text, 'said')).toBe('Ann Compton, who covered the White House for 40 years');
  });
});

describe('a relative clause saying the source spoke anonymously is no part of the source', () => {
  it('after an inverted cue', () => {
    expect(sourceOf('“The deal is dead,” said a senior aide to the governor, who spoke on the condition of anonymity.', 'said')).toBe('a senior aide to the governor');
  });

  it('a descriptive relative clause after an inverted cue stays', () => {
    expect(sourceOf('“The deal is dead,” said a senior aide to the governor, who has worked on the talks for a year.', 'said')).toBe('a senior aide to the governor, who has worked on the talks for a year');
  });
});

describe('a time phrase before a clause-opening connective is no part of the source', () => {
  it('"Three years after Republicans vowed …": the source is the clause’s subject', () => {
    expect(sourceOf('Three years after Republicans vowed that they would repeal the law, the law still stands.', 'vowed')).toBe('Republicans');
  });

  it('"during" opens no clause: the subject before it is the source', () => {
    expect(sourceOf('The government was angry. Another report from the government during the weekend said eight people died.', 'said')).not.toBe('the weekend');
  });
});

describe('a comma-set adjunct the parse hangs on a participle cue’s subject is the author’s', () => {
  it('"Mr. Trump, in an interview on Friday, barely dwelled on …, saying …"', () => {
    expect(sourceOf('Mr. Trump, in an interview on Friday, barely dwelled on those two rivals, saying that he was already looking ahead to the general election.', 'saying')).toBe('Mr. Trump');
  });
});

describe('an adverb opening a comma-set segment after the source starts the author’s aside', () => {
  it('"Clinton, clearly frustrated, said …"', () => {
    expect(sourceOf('Clinton, clearly frustrated, said that the question was unfair.', 'said')).toBe('Clinton');
  });

  it('an apposition after "now" stays', () => {
    expect(sourceOf('Mr. Lewandowski, now a paid CNN commentator, has denied that he wrote the memo.', 'has denied')).toBe('Mr. Lewandowski, now a paid CNN commentator');
  });
});

describe('the cue verb behind an auxiliary the tagger reads as a verb', () => {
  it('"Both Blocher and the SVP have long complained …": the whole coordinated subject', () => {
    expect(sourceOf('Both Blocher and the SVP have long complained that the rules are unfair.', 'have long complained')).toBe('Both Blocher and the SVP');
  });
});

describe('a quantity noun heading the subject stays in the source', () => {
  it('"A series of photos from his most recent rally is revealing …"', () => {
    expect(sourceOf('A series of photos from his most recent rally is revealing that the crowd was small.', 'is revealing')).toBe('A series of photos from his most recent rally');
  });
});
