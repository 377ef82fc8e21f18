// "The foreign minister said Mexico would consider charging the gunman … and would seek to extradite
// the gunman to face charges in Mexico": an extradition is done by the state that holds the person,
// so one sought names that state as whom it is asked of (recode-intent.ts reads the pursuit as the
// appeal 0213). When the sentence names no such state, the person is held where the story happened:
// the article's story country (entities/lead-country.ts), as a context target with no mention —
// only when that is another state than the seeker's (a state does not ask itself).
import type { Actor } from './actor.js';
import type { Ctx } from './context.js';
import { isCountryCode } from '../../kb/country-code.js';

/** the story country's government as the context target of a sought extradition at p, or null */
export function extraditionHolder(c: Ctx, sources: readonly Actor[], p: number): Actor | null {
  const story = c.storyCountry;
  if (!story || !isCountryCode(story) || !sources.length || sources.some((a) => !a.country || a.country === story)) return null;
  const at = c.t.tok(p).start;
  return { entity: null, actor_code: `${story}GOV`, mention: { start: at, end: at }, country: story, political: true, head: p, rule: 'extradition-holder', origin: 'place', storyCountry: true };
}
