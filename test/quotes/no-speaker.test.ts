// Sentences with no valid speaker or no quote at all, through the whole default pipeline (tagger and
// parser included, as users run it). Each must yield no quote, or quotes whose speaker is empty
// with a reason (speaker_reason): never an adverb, a page label, a title, a thing or a force
// presented as someone who spoke. Attitude verbs with a noun-phrase object ("rejected the
// results") are not here: PolNeAR's guidelines count attitudes toward a thing as attributions
// ("Lowell dislikes pickles", "Lowell denies it"), and the stage follows them.
import { describe, expect, it } from 'vitest';
import { createDoc, defaultPipeline } from '../../src/index.js';

const pipeline = defaultPipeline();

const CASES: Record<string, readonly string[]> = {
  'adverbs, connectives and participles in the source slot': [
    'Instead, encouraging allies to lead has become the official line.',
    'Meanwhile, saying no to the offer would cost the city dearly.',
    '“We will not stop,” reportedly said.',
    '“We will not stop,” however, was all the banner said.',
    // (the main clause holds no cue: "the committee praised the choice" is the committee's attitude,
    // an attribution of its own once the participle's content ends at the comma)
    'In a statement announcing the pick, the committee ended its search.',
    // (a bare adjective the phrase finder stopped on: "little" of "little mention")
    'The senator lost three races on Tuesday, but his speech carried little mention of them.',
  ],
  'not speech: acts, forces, namings, descriptions (PolNeAR guidelines pp. 5-6)': [
    'The storm threatened the coast all week.',
    'Floodwaters threatened to swamp the levee.',
    'The virus is expected to spread further.',
    'The court has ruled the province for decades.',
    'The president declared the drought a national disaster.',
    'The general ruled out sending more troops.',
    'The striker attacked from the first whistle.',
    'My grandmother called her “Sunday cake” every Sunday.',
    'Fans dubbed the stadium “The Cauldron” years ago.',
    'Lowell was happy.',
    'Lowell felt hungry because he had not eaten all day.',
    'Lowell felt tired after the long march.',
    'Lowell chased after the bus.',
    'Lowell will jump around.',
    'Fans saw the final as it happened.',
    'The storm saw the harbour as its first target.',
    // ("as" clauses, as-clause.ts: only a source and a speech verb or "put it" after "as" cue)
    'As a result, the ferry left the harbour late.',
    'As usual, the storm reached the coast before dawn, as the forecast put on the map.',
    // (unanswered inquiries, no-response.ts: only a negated reply to a named inquiry)
    'The patient did not respond to the treatment.',
    'The ferry did not return to the harbour until Friday.',
    // (backing.ts: only an object of support, never a physical or phrasal sense)
    'The truck backed into the harbour wall on Monday.',
    'The mayor backed down after the vote.',
  ],
  'headlines, page labels, adverts and captions': [
    'Breaking News: Markets Tumble As Oil Prices Surge',
    'Senate Passes “Historic” Climate Bill',
    'Watch: “The Moment The Bridge Collapsed”',
    'Photo: Protesters gather outside the parliament building on Tuesday.',
    'Caption: “Sunset over the harbour,” 2019, oil on canvas.',
    'Advertisement: “Lose ten pounds in ten days!”',
    'Sponsored: “The only mattress you will ever need.”',
    'Subscribe: “Get the morning briefing in your inbox.”',
    'Related: “How the ceasefire collapsed”',
    'Read more: “Five things to know about the budget”',
    'Analysis: Why the talks failed',
    'Opinion: The budget deal is a missed chance',
  ],
  'scare quotes, titles of works and names': [
    'The so-called “peace plan” left most questions open.',
    'Critics of the “reform” were not consulted.',
    'The “experts” turned out to be interns.',
    'It was a “historic” day for the club.',
    'The band opened with “Hey Jude” and closed with “Let It Be”.',
    'She starred in “The Quiet Harbour” last year.',
    'The documentary “Voices of the Delta” premiered in Cannes.',
    'He read “War and Peace” on the train.',
    'The ship “Northern Star” docked at noon.',
    'The operation, code-named “Desert Wind,” began at midnight.',
    'The hashtag “#StopTheCuts” trended all day.',
    'The words “Made in Italy” were stamped on every box.',
    'A banner reading “Welcome home” hung over the door.',
    'The letter was signed “Your friend.”',
    'The company\'s motto is “Do no harm.”',
    'He is known as “the Butcher of the Balkans.”',
    'The menu lists a dish called “Grandma\'s stew.”',
    'The file was labelled “Top Secret.”',
    'The podcast “Hard Facts” returns next month.',
    'Her latest single, “Gold Rush,” topped the charts.',
    'Her hit song “Runaway” plays on every station.',
    'The term “fake news” has lost its meaning.',
    'The album, “Blue Hour,” sold a million copies.',
    'Tickets for “Hamilton” sold out in minutes.',
    'The storm warned residents nothing.',
    'Earlier, the report was published online.',
    'The plan was praised as bold.',
    'Crowds lined up for the film “Oppenheimer” all weekend.',
    'Dwayne “The Rock” Johnson arrived at the premiere.',
    'The deal was a “win” for both sides, at least on paper.',
    'It was not so much a “truce” as mutual exhaustion.',
  ],
  'no speaker stated (agentless passives)': [
    'The storm reached the coast on Tuesday and flooded hundreds of homes.',
    'The hurricane is expected to make landfall on Friday.',
    'Separately, announcing the merger cost the firm a fortune.',
    'It is widely believed that the ferry sank in a storm.',
    'The final vote is expected to take place next week.',
    'Yet the hurricane is expected to make landfall on Friday.',
    'The ferry, which is expected to dock at noon, left the harbour late.',
    'The players were asked to leave the pitch at half time.',
    'When asked why the ferry was late, the timetable gave no answer.',
  ],
};

describe('no valid speaker, or no quote', () => {
  it('has at least 50 sentences', () => {
    expect(Object.values(CASES).flat().length).toBeGreaterThanOrEqual(50);
  });
  for (const [group, texts] of Object.entries(CASES)) {
    describe(group, () => {
      for (const text of texts) {
        it(text, () => {
          const doc = pipeline.run(createDoc(text, { id: 't' }));
          const spoken = doc.quotes
            .filter((q) => q.speaker.name !== null || q.speaker.entity !== null || q.speaker.mention !== null || !q.speakerReason)
            .map((q) => ({ speaker: q.speaker.name, cue: q.cue ? text.slice(q.cue.start, q.cue.end) : null }));
          expect(spoken).toEqual([]);
        });
      }
    });
  }
});

describe('speaker_reason', () => {
  it('says why a source is no speaker: an adverb in the subject slot', () => {
    const doc = pipeline.run(createDoc('“We will not stop,” reportedly said.', { id: 't' }));
    for (const q of doc.quotes) expect(q.speakerReason).toBeDefined();
  });
  it('marks an agentless passive as not stated', () => {
    const doc = pipeline.run(createDoc('It is widely believed that the ferry sank in a storm.', { id: 't' }));
    expect(doc.quotes.map((q) => q.speakerReason)).toEqual(['not-stated']);
  });
  it('keeps a real group speaker, named by its phrase', () => {
    const doc = pipeline.run(createDoc('Greek authorities said the ferry had sunk. Aid agencies said the convoy was blocked.', { id: 't' }));
    expect(doc.quotes.map((q) => q.speaker.name)).toEqual(['Greek authorities', 'Aid agencies']);
    expect(doc.quotes.every((q) => q.speakerReason === undefined)).toBe(true);
  });
  it('takes "people familiar with the plans" whole, headed by "people"', () => {
    const doc = pipeline.run(createDoc('Diplomats familiar with the plans said the deal was close.', { id: 't' }));
    const [q] = doc.quotes;
    expect(q && doc.text.slice(q.speaker.mention!.start, q.speaker.mention!.end)).toBe('Diplomats familiar with the plans');
  });
});
