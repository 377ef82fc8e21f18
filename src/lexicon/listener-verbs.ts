// Speech verbs whose direct object is the listener ("told reporters", "assured Kenya"), and speech
// verbs that name the listener after "to" ("said to reporters", "wrote to the council"). One
// definition for the addressee rule and for where content starts after a cue. Open class: every
// entry has an example, checked by test/quotes/listener-verbs.test.ts (the example's quote must
// name the listener given as its addressee). Only cue lemmas of data/speech-verbs.tsv can matter.

export interface ListenerVerb {
  readonly example: string;
  /** the addressee the example names */
  readonly listener: string;
}

/** the object is the listener: "told reporters that …" */
export const OBJECT_LISTENER_VERBS: Readonly<Record<string, ListenerVerb>> = {
  tell: { example: 'The minister told reporters that the talks would resume.', listener: 'reporters' },
  warn: { example: 'The general warned Moscow that the border would stay closed.', listener: 'Moscow' },
  urge: { example: 'The envoy urged Israel that restraint was needed.', listener: 'Israel' },
  ask: { example: 'The mayor asked reporters whether the plan was legal.', listener: 'reporters' },
  assure: { example: 'The minister assured Parliament that no troops would be sent.', listener: 'Parliament' },
  promise: { example: 'The governor promised the voters that taxes would fall.', listener: 'the voters' },
  thank: { example: 'The president thanked Japan for its support.', listener: 'Japan' },
};

/** the listener follows "to": "said to reporters that …", "wrote to the council that …" */
export const TO_LISTENER_VERBS: Readonly<Record<string, ListenerVerb>> = {
  say: { example: 'The minister said to reporters that the talks would resume.', listener: 'reporters' },
  respond: { example: '“The claims are false,” the ministry responded to Ankara.', listener: 'Ankara' },
  reply: { example: 'The envoy replied to the senators that the deal was final.', listener: 'the senators' },
  write: { example: 'The mayor wrote to the governor that the city needed help.', listener: 'the governor' },
  explain: { example: 'The minister explained to Parliament that the plan had changed.', listener: 'Parliament' },
  complain: { example: 'The farmers complained to the ministry that prices had collapsed.', listener: 'the ministry' },
  announce: { example: 'The president announced to the nation that the war was over.', listener: 'the nation' },
  declare: { example: 'The leader declared to the crowd that the election was stolen.', listener: 'the crowd' },
  admit: { example: 'The minister admitted to Parliament that mistakes had been made.', listener: 'Parliament' },
  tweet: { example: 'The senator tweeted to his followers that the vote was delayed.', listener: 'his followers' },
};
