// "The protesters clashed in front of parliament with the police": a clash of people who are no
// state body with the police or the army is a riot — CAMEO 145, protest violently (the codebook's
// "demonstrators clashed with police") — not the verbal disagreement the "clash" row reads (110:
// "Trump clashed with Zelensky over the deal"). Two politicians or two governments clashing stay 110.
import { sectorOf, type Actor, type Recoding } from './actor.js';

/** security forces a crowd can fight */
const SECURITY_SECTORS: ReadonlySet<string> = new Set(['COP', 'MIL']);
/** people and groups that are no state body */
const CROWD_SECTORS: ReadonlySet<string> = new Set(['CVL', 'OPP', 'EDU', 'LAB', 'RAD', 'REL']);

/** 145 with its rule suffix when a clash pits crowds against security forces, else null (the row's code stands). */
export function riotCode(cameo: string, lemma: string, sources: readonly Actor[], targets: readonly Actor[]): Recoding | null {
  if (cameo !== '110' || lemma !== 'clash' || !sources.length || !targets.length) return null;
  const crowd = sources.every((a) => CROWD_SECTORS.has(sectorOf(a.actor_code)));
  const forces = targets.every((a) => SECURITY_SECTORS.has(sectorOf(a.actor_code)));
  // a crowd's clash with security forces recoded as a riot
  return crowd && forces ? { cameo: '145', suffix: 'clash-as-riot' } : null;
}
