// Issue 13, round 11 (the annotated happenings with nothing predicted in their sentence): each rule
// is shown on our own sentence where it acts, beside a control the rule must leave alone.
import { describe, expect, it } from 'vitest';
import { eventArrows as show, hasParser } from '../helpers/event-briefs.js';

describe.skipIf(!hasParser)('issue 13 recall rules, round 11', () => {
  it('a past participle with no auxiliary of its own is passive: the noun it modifies is whom the act befell', () => {
    expect(show('A Russian journalist arrested by Belarusian police was released on Friday.')).toContain('173 BLRCOP→RUSMED');
    // control: a participle hung on the noun heading a sentence with no verb is that sentence's own verb
    expect(show('Doctors from two American aid groups donated and personally delivered medicine to Baghdad University.')).toEqual(['073 USANGODEV→IRQEDU']);
    // control: a participle on the object of a verb of saying is the reported clause's own verb
    expect(show('Organizers indicate one million Britons marched in London on Saturday.')).toEqual(['141 GBR→GBRGOV']);
    // control: a participle after "have" with the object between them is the perfect tense, active
    expect(show('The Russian ministry has, in a statement, called on Ukraine to release the sailors.')).toEqual(['025 RUSGOV→UKR']);
  }, 60_000);

  it('a participle clause with no subject of its own is passive: the subject of its clause is whom it befell', () => {
    // the place of the clause it hangs from ("a court, Kenya") is where the police charged him
    expect(show('An Australian man appeared in Wellington District Court, New Zealand, yesterday, charged with one count of murder.')).toEqual(['1121 NZLCOP→AUSCVL']);
    // control: the active verb with its own subject and object keeps its roles and the accusation code
    expect(show('Peru charged Chile with spying.')).toEqual(['112 PER→CHL']);
    // control: "When asked …" is the reporter's interview, no act of an unnamed asker
    expect(show('When asked about the sanctions, the German chancellor criticised Russia.')).toEqual(['111 DEUGOV→RUS']);
  }, 60_000);

  it('a participle coordinated with a passive verb shares its passive subject', () => {
    expect(show('A Kenyan man was arrested and charged with murder in Nairobi.')).toEqual(['173 KENCOP→KENCVL', '1121 KENCOP→KENCVL']);
    // control: an active conjunct with its own object keeps the first verb's subject as its doer
    expect(show('Kenyan police arrested a Somali man and charged him with murder.')).toEqual(['173 KENCOP→SOMCVL', '1121 KENCOP→-']);
  }, 60_000);

  it('a passive with its auxiliary but no subject of its own befell the subject of the clause it hangs from', () => {
    expect(show('The Russian opposition leader was released on Friday after being detained by Belarusian police for two weeks.')).toContain('173 BLRCOP→RUSOPP');
    // control: a passive clause with its own subject befell that subject, not the main clause's
    expect(show('The activist left Minsk after the Russian opposition leader was detained by Belarusian police.')).toEqual(['173 BLRCOP→RUSOPP']);
  }, 60_000);

  it('an event noun that only modifies another noun reads its phrases from that noun', () => {
    expect(show('Egypt undertook a mediation mission between Sudan and Ethiopia.')).toEqual(expect.arrayContaining(['045 EGY→SDN', '045 EGY→ETH']));
    // control: a phrase on a noun the event noun does not modify is not its slot
    expect(show('The Egyptian mediation team left Khartoum after the clashes between Sudan and Ethiopia.')).toEqual([]);
  }, 60_000);

  it('a light verb whose object carries an event noun with that noun\'s phrase leaves the event to the noun', () => {
    expect(show("Qatar's emir launched a mediation effort on Saturday between the Emirates and Saudi Arabia.")).toEqual(['045 QATGOV→ARE', '045 QATGOV→SAU']);
    // control: an event noun whose phrase the object does not hold names a kind of thing: the verb keeps its event
    expect(show('Russia sent attack helicopters to Syria.')).toEqual([expect.stringMatching(/^062 RUS→/)]);
  }, 60_000);

  it('"shot" tagged as a noun between a noun and a noun phrase is read as the past tense of shoot', () => {
    expect(show('Turkey shot down a Russian jet.')).toEqual(['193 TUR→RUS']);
    expect(show('Israeli soldiers shot dead a Palestinian man in Hebron.')).toEqual(['193 ISRMIL→PSECVL']);
    // controls: the noun "shot" after a determiner or before a preposition stays a noun
    expect(show('The police released a mug shot of the suspect.')).toEqual([]);
    expect(show('The officer fired a warning shot at the boat.').filter((e) => e.startsWith('193'))).toEqual([]);
  }, 60_000);

  it('releasing a thing (data, a book, a video) is no release of persons', () => {
    expect(show('The former adviser released a book critical of the American president.')).toEqual([]);
    // control: released people are still a release
    expect(show('Iran released the British sailors.')).toEqual(['0841 IRN→GBR']);
  }, 60_000);
});
