// "The military strike follows rocket attacks on the United States Embassy in Iraq; Business Insider
// reported that the rocket strikes were carried out by sympathizers of the PMF": an act of force
// named by a noun with no doer of its own takes the doer the same sentence names for it afterwards —
// the by-agent of a passive verb of performing (governors.tsv `perform`: carried out, conducted,
// perpetrated …) whose subject is that noun or a definite act noun of force taking it up ("the
// rocket strikes"). A verb that only reacts to the act ("the attacks were condemned by the UN") is
// no verb of performing and names no doer.
import { actorsOf, type Ctx } from './context.js';
import type { Actor } from './actor.js';

/** determiners that make an act noun take up an act told before ("the strikes", "these attacks") */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);

/** the act noun at k names a use of force (event-words.tsv act-noun, roots 18–20) */
function isForceNoun(c: Ctx, k: number): boolean {
  return !!c.lex.words.actNouns.get(c.t.lemma(k).toLowerCase())?.some((r) => r >= '18');
}

/** The doer of the force noun at p told by a later passive of performing in its sentence; [] when none. */
export function performedActAgent(c: Ctx, p: number): Actor[] {
  const t = c.t;
  const sent = t.tok(p).sent;
  for (let v = p + 1; v < t.doc.tokens.length && t.tok(v).sent === sent; v++) {
    if (t.tok(v).pos !== 'VERB' || !c.lex.governors.perform.has(t.lemma(v)) || !t.isPassive(v)) continue;
    const n = t.kid(v, 'nsubj:pass');
    if (n < 0) continue;
    const det = t.kid(n, 'det');
    if (n !== p && !(isForceNoun(c, n) && det >= 0 && DEFINITE.has(t.lower(det)))) continue;
    const agent = t.kid(v, 'obl:agent') >= 0 ? t.kid(v, 'obl:agent') : (t.prepKids(v, 'by')[0] ?? -1);
    const a = actorsOf(c, agent).filter((x) => x.political);
    if (a.length) return a;
    const side = affiliatesOf(c, agent);
    if (side.length) return side;
  }
  return [];
}

/**
 * "carried out by sympathizers of the PMF": a by-agent that names no party itself but people of a
 * party (an of-phrase) is of that party's country — not the party itself (sympathizers are not its
 * members), so the country alone is the code.
 */
function affiliatesOf(c: Ctx, agent: number): Actor[] {
  if (agent < 0 || c.r.resolve(agent).length) return [];
  const of = c.t.prepKids(agent, 'of')[0] ?? -1;
  return actorsOf(c, of)
    .filter((x) => x.political && x.country)
    .map((x) => ({ ...x, entity: null, actor_code: x.country, rule: `${x.rule}+affiliate` }));
}
