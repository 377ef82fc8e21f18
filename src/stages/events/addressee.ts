// An appeal (02), a consultation (04) and a criticism, accusation or denunciation (11) are addressed
// to someone: CAMEO codes "appeal to X", "meet X", "accuse X". When neither the sentence nor an earlier act (targetFromEarlierEvent)
// gives it an addressee — "He also claimed that the wall was crucial", "have always claimed they
// have public support" — it is a statement, not a codable event. Runs after the targets from earlier
// acts are filled in, so "condemned the attack" keeps the attack's author. Other roots may stand
// without a target: statements (01), intents (03), refusals (12: "Russia vetoed the resolution",
// "declined to resign"), protests (14), and the victim-only records of force, which PLOVER codes.
import type { NewsEvent } from '../../core/doc.js';

/** CAMEO roots whose events need an addressee */
const ADDRESSED_ROOTS: ReadonlySet<string> = new Set(['02', '04', '11']);

export function withAddressee(events: readonly NewsEvent[]): NewsEvent[] {
  return events.filter((e) => !ADDRESSED_ROOTS.has(e.root) || e.target.actor_code !== null || e.target.mention !== null);
}
