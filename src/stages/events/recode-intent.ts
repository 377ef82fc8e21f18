// CAMEO's own convention for unrealised actions: a cooperative action stated as future or
// conditional is an *intent* (03x: "will visit" → 036, "will provide aid" → 033), a future or
// conditional use of force or sanction is a *threat* (13x), and "will not accept" / "would not
// meet" is a *rejection* (12x). The modality stays recorded on the event; only the code changes,
// and the rule id says so. Verbal codes (01, 02, 09–13) keep their code: "will criticise" is a
// future criticism, not another kind of event. A purpose clause ("came to Iraq to fight ISIS")
// threatens no one: its force or sanction keeps its own code, modality future. A modal perfect ("may
// have killed") speculates about the past: the code stays, modality hypothetical.
// A pursuit ("would seek to extradite the gunman", "seeks to retake control"; governors.tsv pursue) is
// the subject striving for an act, stated by the narrator to no one: material cooperation that another
// party must give (06x: extradition is done by the state that holds the person) is *asked* of it — an
// appeal (021x, codebook 021 "make an appeal for, request … material cooperation"; our hand frames read
// "sought aid from" as 023 and "sought talks with" as 026 the same way); force or sanction striven for
// keeps its own code, modality future, as a purpose clause does — no warning was given (13x is
// "threats, coercive or forceful warnings"). Other pursued acts take the intent codes above.
import type { Modality } from '../../core/doc.js';

const INTENT: Record<string, string> = {
  '04': '036', '040': '036', '041': '036', '042': '036', '043': '036', '044': '036', '045': '039', '046': '036',
  '05': '032', '051': '032', '052': '032', '053': '032', '054': '032', '057': '032',
  '06': '031', '060': '031', '061': '0311', '062': '0312', '063': '0313', '064': '0314',
  '07': '033', '070': '033', '071': '0331', '072': '0332', '073': '0333', '074': '0334', '075': '033',
  '08': '035', '080': '035', '081': '0351', '082': '0352', '083': '034', '0831': '0341', '0832': '0342', '0833': '0343', '0834': '0344', '084': '0353', '0841': '0353', '0842': '0353',
  '085': '0354', '086': '0355', '0862': '0355', '087': '0356', '0871': '0356', '0872': '0356', '0873': '0356', '0874': '0356',
};
const THREAT: Record<string, string> = {
  '08': '136', '087': '136', '0872': '136', '0873': '136', '1661': '136', '1662': '136',
  '14': '133', '15': '138', '16': '131', '160': '131', '161': '1313', '162': '1311', '163': '1312', '164': '134',
  '165': '135', '166': '136', '17': '132', '171': '131', '1711': '131', '1712': '131', '172': '132', '1722': '1322',
  '1723': '1323', '1724': '1324', '173': '132', '174': '132', '18': '138', '19': '138', '190': '1384', '191': '1381',
  '192': '1382', '195': '1384', '20': '138', '204': '1385',
};
// "would not consider requests of this nature": refusing even to consider (014, consider policy option)
// is a refusal — codebook 12, "all rejections and refusals" (the GSR's "would not meet demands", "will
// not accept any more refugees" are REJECT)
const REJECT: Record<string, string> = {
  '014': '120', '03': '120', '04': '125', '05': '120', '06': '121', '07': '122', '08': '124',
};

/** material cooperation (06x) sought of the party that must give it: the appeal for it (021x) */
const APPEAL: Record<string, string> = { '06': '021', '060': '021', '061': '0211', '062': '0212', '063': '0213', '064': '0214' };

export interface Recode {
  readonly cameo: string;
  readonly negated: boolean;
  readonly suffix: string | null;
}

export function recodeForModality(cameo: string, modality: Modality, negated: boolean, ultimatum = false, attempted = false, purpose = false, pastPossibility = false, pursued = false): Recode {
  const root = cameo.slice(0, 2);
  // "tried to hack into", "attempted to assassinate": an attempt is the act itself, not a plan or threat
  if (attempted && !negated) return { cameo, negated, suffix: null };
  // "may have killed", "would have faced": a speculation about the past is no intent and no threat
  if (pastPossibility) return { cameo, negated, suffix: null };
  if (ultimatum && !negated && root >= '03' && root !== '13') {
    // "will withdraw its peacekeepers unless…", "will boycott the elections unless…"
    const threat = THREAT[cameo] ?? THREAT[cameo.slice(0, 3)] ?? THREAT[root] ?? '130';
    return { cameo: threat, negated, suffix: 'conditional-as-threat' };
  }
  if (modality !== 'future' && modality !== 'hypothetical') return { cameo, negated, suffix: null };
  if (negated) {
    // "will not meet", "would not accept": a refusal, stated as a fact about the source's position
    const r = REJECT[cameo] ?? REJECT[root];
    return r ? { cameo: r, negated: false, suffix: 'negated-intent-as-reject' } : { cameo, negated, suffix: null };
  }
  if (pursued) {
    // "would seek to extradite the gunman": asked of the state that holds him
    const appeal = APPEAL[cameo] ?? APPEAL[root];
    if (appeal) return { cameo: appeal, negated, suffix: 'pursuit-as-appeal' };
    // "seeks to retake control": striven for, no threat
    if (THREAT[cameo] ?? THREAT[cameo.slice(0, 3)] ?? THREAT[root]) return { cameo, negated, suffix: null };
  }
  const intent = INTENT[cameo] ?? INTENT[cameo.slice(0, 3)] ?? INTENT[root];
  if (intent) return { cameo: intent, negated, suffix: 'future-as-intent' };
  // "came to Iraq to fight ISIS": what an act was done for is intended, but threatens no one
  if (purpose) return { cameo, negated, suffix: null };
  const threat = THREAT[cameo] ?? THREAT[cameo.slice(0, 3)] ?? THREAT[root];
  if (threat) return { cameo: threat, negated, suffix: 'future-as-threat' };
  return { cameo, negated, suffix: null };
}
