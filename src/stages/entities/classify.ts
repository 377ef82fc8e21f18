// Fine types for place names the model calls LOC: a facility when its last word names a building
// or structure ("Oval Office", "Dulles Airport"), a natural location when it names a feature of
// the landscape ("Black Sea", "Mount Kenya"), otherwise a geopolitical entity (most places in news
// are cities, regions and states). Gazetteer-backed names already carry their type.
import type { Doc } from '../../core/doc.js';
import type { WorkMention } from './mention.js';

const FAC_WORDS = new Set(['office', 'airport', 'bridge', 'base', 'palace', 'house', 'tower', 'stadium', 'hospital', 'station', 'port', 'harbor', 'harbour', 'museum', 'center', 'centre', 'hall', 'building', 'square', 'street', 'road', 'avenue', 'highway', 'plant', 'prison', 'embassy', 'cathedral', 'church', 'mosque', 'temple', 'dam', 'canal', 'tunnel', 'arena', 'park', 'library', 'complex', 'facility', 'terminal', 'camp', 'gate', 'wall', 'theater', 'theatre', 'mall', 'hotel', 'parliament', 'capitol', 'overpass']);
const LOC_WORDS = new Set(['sea', 'ocean', 'river', 'lake', 'mountain', 'mountains', 'mount', 'mt.', 'valley', 'island', 'islands', 'peninsula', 'desert', 'gulf', 'strait', 'bay', 'coast', 'basin', 'plain', 'plains', 'forest', 'region', 'continent', 'sahel', 'alps', 'channel', 'swamp', 'hill', 'hills', 'canyon', 'delta', 'reef', 'cape', 'strip', 'bank']);

export function refineTypes(doc: Doc, names: WorkMention[]): WorkMention[] {
  for (const m of names) {
    if (m.type !== 'LOC' || m.gaz) continue;
    const toks = doc.tokens.slice(m.tokFrom, m.tokTo);
    const last = toks[toks.length - 1]!.form.toLowerCase();
    const first = toks[0]!.form.toLowerCase();
    if (FAC_WORDS.has(last)) m.type = 'FAC';
    else if (LOC_WORDS.has(last) || LOC_WORDS.has(first)) m.type = 'LOC';
    else m.type = 'GPE';
  }
  return names;
}
