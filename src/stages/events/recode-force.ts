// CAMEO 19 is conventional *military* force; violence by anyone else — police shooting an attacker,
// a gunman, a crowd — is unconventional violence, 18 (codebook v1.1b3: "all non-military uses of
// violence"). "The attacker was shot dead by police" is 180 (the "shoot" row reads 193, small arms
// in combat), "Turkish troops shot…" stays 193. Only the generic and the small-arms codes are
// recoded: artillery, air strikes, blockades and occupations (191, 192, 194–196) are military by
// their nature, whoever the parser took for their doer.
import { sectorOf, type Actor, type Recoding } from './actor.js';

/** sectors whose violence is no military force (CAMEO actor sector codes) */
const NON_MILITARY_SECTORS: ReadonlySet<string> = new Set(['COP', 'CRM', 'CVL', 'OPP', 'RAD', 'EDU', 'LAB', 'BUS', 'MED', 'REL']);

/** military codes a non-military doer can carry out: the generic code and small arms */
const RECODED: ReadonlySet<string> = new Set(['190', '193']);

/** 180 with its rule suffix when every source is of a non-military sector of a state, else null (the frame's code stands). */
export function nonMilitaryForceCode(cameo: string, sources: readonly Actor[]): Recoding | null {
  if (!RECODED.has(cameo) || !sources.length) return null;
  const civil = (a: Actor) => NON_MILITARY_SECTORS.has(sectorOf(a.actor_code));
  // non-military force recoded as unconventional violence
  return sources.every(civil) ? { cameo: '180', suffix: 'non-military-force' } : null;
}
