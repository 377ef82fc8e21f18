// "Queen Elizabeth II suspended parliament", "Germany suspended Mahan Air's permit": suspending a
// body that is no state — a parliament, a court, a party, a company, a newspaper — halts what it
// does, an administrative sanction (CAMEO 172); suspending a state, a government or an
// organisation's member ("the African Union suspended Mali") reduces relations with it (160, the
// dictionary row's own code). Suspending an activity — "suspended operations", "suspended their
// campaigns", "suspending classes" — halts what the subject itself does: no one's relations are
// reduced, so it is no event.
import { sectorOf, type Actor, type Recoding } from './actor.js';

/** sectors of bodies a state's measures act on, not states dealing with one another (CAMEO actor sector codes) */
const BODY_SECTORS: ReadonlySet<string> = new Set(['LEG', 'JUD', 'PTY', 'BUS', 'MED', 'EDU', 'LAB', 'OPP', 'REL', 'NGO']);

/** the trigger's lemmas whose 160 reading is a suspension */
const SUSPENSION_LEMMAS: ReadonlySet<string> = new Set(['suspend']);

/** The code of a suspension whose every target is a body of a sector (172) with its rule suffix, else null (the frame's own code stands). */
export function suspensionCode(cameo: string, lemma: string, targets: readonly Actor[]): Recoding | null {
  if (cameo !== '160' || !SUSPENSION_LEMMAS.has(lemma) || !targets.length) return null;
  const body = (a: Actor) => BODY_SECTORS.has(sectorOf(a.actor_code));
  // a suspension recoded as an administrative sanction
  return targets.every(body) ? { cameo: '172', suffix: 'suspension-as-sanction' } : null;
}

/**
 * "The embassy had suspended operations", "Yang and Bennet suspended their campaigns": a suspension
 * (160) that names no actor it is aimed at halts the subject's own activity — no reduction of
 * relations with anyone (and no reaction to whoever did an earlier "operation" either).
 */
export function isActivitySuspension(cameo: string, lemma: string, targets: readonly Actor[], recip: boolean): boolean {
  return cameo === '160' && SUSPENSION_LEMMAS.has(lemma) && !targets.length && !recip;
}
