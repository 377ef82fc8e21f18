// "The Parliament of Iraq voted on a resolution to expel United States troops from the country": CAMEO
// 174 is the deportation of individuals ("formal removal or expulsion of individuals from territories,
// typically following legal proceedings"); a foreign army is no set of individuals, and a legislature
// does not remove it — its vote asks the troops to leave, what the codebook calls demanding that the
// target "stops fighting or takes measures to ease military conflict or tension" (1056, demand
// de-escalation of military engagement). Deporting people ("expelled two diplomats", "deported 20
// migrants") and an expulsion by a government or an army keep the row's code.
import { sectorOf, type Actor, type Recoding } from './actor.js';

/** 1056 with its rule suffix when a legislature's expulsion (174) is of armed forces only, else null (the row's code stands). */
export function troopExpulsionCode(cameo: string, sources: readonly Actor[], targets: readonly Actor[]): Recoding | null {
  if (cameo !== '174' || !sources.length || !targets.length) return null;
  const legislature = sources.every((a) => sectorOf(a.actor_code) === 'LEG');
  const forces = targets.every((a) => sectorOf(a.actor_code) === 'MIL');
  // a legislature's expulsion of troops recoded as the demand that they leave
  return legislature && forces ? { cameo: '1056', suffix: 'troop-expulsion-as-demand' } : null;
}
