// "A gunman shot three police officers", "Police shot two protesters in Lagos", "Turkey shot down a
// Russian jet": the tagger reads past-tense "shot" between two noun phrases as the noun (a shot) and
// the parser then builds one long noun phrase, so no shooting is found. The tagger should learn the
// verb there (a noun right before it, a noun phrase or "down"/"dead" right after it); until it does,
// the event rules read the three words as the clause they are — on their own view of the tree only
// (the syntax layer is untouched), as tree.ts's other repairs do.
import type { Token } from '../../core/doc.js';

/** words that open the noun phrase a transitive verb takes as its object */
const OBJECT_START = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PRON']);

/** parts of speech inside the object noun phrase before its head */
const OBJECT_INNER = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);

/** "shot down", "shot dead": the word after the verb that belongs to it, not to the object */
const VERB_COMPLEMENT: Readonly<Record<string, string>> = { down: 'compound:prt', dead: 'xcomp' };

/**
 * The object after "shot" at v (both repairs read it alike): an optional complement word ("down", "dead")
 * the object's first token k, and its head o — the last noun of the run of noun-phrase words after it, in the same sentence.
 */
function objectAfterShot(tokens: readonly Token[], v: number): { comp: string | undefined; k: number; o: number } | null {
  const sent = tokens[v]!.sent;
  let k = v + 1;
  if (k >= tokens.length) return null;
  const comp = VERB_COMPLEMENT[tokens[k]!.form.toLowerCase()];
  if (comp) k++;
  if (k >= tokens.length || !OBJECT_START.has(tokens[k]!.pos) || tokens[k]!.sent !== sent) return null;
  let o = -1;
  for (let j = k; j < tokens.length && tokens[j]!.sent === sent && (OBJECT_INNER.has(tokens[j]!.pos) || (j === k && tokens[j]!.pos === 'PRON')); j++) {
    if (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'PROPN' || tokens[j]!.pos === 'PRON') o = j;
    if (tokens[j]!.pos === 'PRON') break;
  }
  return o < 0 ? null : { comp, k, o };
}

/**
 * Finds "NOUN shot (down|dead)? NP" with "shot" tagged as a noun; rewires subject, verb and object in
 * heads/deps and returns the tokens to read as the verb (index → token with pos VERB, lemma shoot).
 */
export function repairShotVerbs(tokens: readonly Token[], heads: Int32Array, deps: string[]): Map<number, Token> {
  const out = new Map<number, Token>();
  for (let v = 1; v + 1 < tokens.length; v++) {
    const tv = tokens[v]!;
    // (the length first: a lower-cased copy of every noun was most of the tree repairs' garbage)
    if (tv.pos !== 'NOUN' || tv.form.length !== 4 || tv.form.toLowerCase() !== 'shot') continue;
    const s = v - 1;
    const ts = tokens[s]!;
    if ((ts.pos !== 'NOUN' && ts.pos !== 'PROPN') || ts.sent !== tv.sent) continue;
    const obj = objectAfterShot(tokens, v);
    if (!obj) continue;
    const { comp, k, o } = obj;
    // the phrase's old top (the one of subject, "shot" and object hung from outside the three) gives
    // the verb its place in the sentence: the root stays root, a phrase hung on another verb is a clause of it
    const group = (x: number) => x >= s && x <= o;
    const top = [s, v, o].find((x) => !group(heads[x]!));
    if (top === undefined) continue;
    const oldHead = heads[top]!;
    const oldDep = deps[top]!;
    heads[v] = oldHead;
    deps[v] = oldHead < 0 ? 'root' : 'parataxis';
    heads[s] = v;
    deps[s] = 'nsubj';
    heads[o] = v;
    deps[o] = 'obj';
    if (comp) {
      heads[v + 1] = v;
      deps[v + 1] = comp;
    }
    // the object's own modifiers hang on it; what hung on the old top from elsewhere (places, times,
    // punctuation) now hangs on the verb
    for (let j = k; j < o; j++) if (group(heads[j]!) && heads[j] !== o) heads[j] = o;
    for (let j = 0; j < tokens.length; j++) {
      if (j === v || j === s || j === o || heads[j] !== top || top === v) continue;
      if (j > o || deps[j] === 'punct') heads[j] = v;
    }
    if (oldDep === 'root' || oldHead < 0) deps[v] = 'root';
    out.set(v, { ...tv, pos: 'VERB', xpos: 'VBD', lemma: 'shoot' });
  }
  repairPerfectShot(tokens, heads, deps, out);
  return out;
}

/** forms of "have" that make a perfect with a following participle */
const HAVE_FORMS = new Set(['have', 'has', 'had', "'ve", "'d"]);

/** what may stand between "have" and its participle: adverbs and the quotation marks around them */
function betweenHaveAndVerb(t: Token): boolean {
  return t.pos === 'ADV' || (t.pos === 'PUNCT' && /^["“”'‘’]$/.test(t.form));
}

/**
 * "their government had 'unintentionally' shot down a Ukrainian passenger jet": after a form of
 * "have" (adverbs and quotation marks may stand between) "shot" is the participle of a perfect,
 * never the noun; the tagger reads the noun, the parser then hangs "shot" and the subject apart
 * (both objects of the reporting verb) and the jet under "down". Read as the clause it is: the noun
 * before "have" is the subject, "have" the auxiliary, the noun phrase after (past "down"/"dead")
 * the object; the clause takes the place the subject's phrase had (a reporting verb's object
 * becomes its clausal complement).
 */
function repairPerfectShot(tokens: readonly Token[], heads: Int32Array, deps: string[], out: Map<number, Token>): void {
  for (let v = 2; v + 1 < tokens.length; v++) {
    const tv = tokens[v]!;
    const f = tv.form;
    if (f.length !== 4 || (f.charCodeAt(0) | 32) !== 115 || tv.pos === 'VERB' || f.toLowerCase() !== 'shot' || out.has(v)) continue;
    let a = v - 1;
    while (a > 0 && betweenHaveAndVerb(tokens[a]!) && tokens[a]!.sent === tv.sent) a--;
    if (!HAVE_FORMS.has(tokens[a]!.form.toLowerCase()) || tokens[a]!.sent !== tv.sent) continue;
    const s = a - 1;
    const ts = tokens[s]!;
    if (s < 0 || (ts.pos !== 'NOUN' && ts.pos !== 'PROPN' && ts.pos !== 'PRON') || ts.sent !== tv.sent) continue;
    const obj = objectAfterShot(tokens, v);
    if (!obj) continue;
    const { comp, k, o } = obj;
    // the subject's phrase gives the clause its place: the root stays root, a verb's object or
    // clause becomes its clausal complement, anything else a loose clause of its head
    const oldHead = heads[s]!;
    const oldDep = deps[s]!;
    if (oldHead >= s && oldHead <= o) continue;
    heads[v] = oldHead;
    deps[v] = oldHead < 0 ? 'root' : /^(obj|ccomp|nsubj)/.test(oldDep) ? 'ccomp' : 'parataxis';
    heads[s] = v;
    deps[s] = 'nsubj';
    heads[a] = v;
    deps[a] = 'aux';
    for (let j = a + 1; j < v; j++) {
      heads[j] = v;
      deps[j] = tokens[j]!.pos === 'ADV' ? 'advmod' : 'punct';
    }
    heads[o] = v;
    deps[o] = 'obj';
    if (comp) {
      heads[v + 1] = v;
      deps[v + 1] = comp;
    }
    for (let j = k; j < o; j++) if (heads[j] !== o && heads[j]! >= k && heads[j]! <= o) heads[j] = o;
    out.set(v, { ...tv, pos: 'VERB', xpos: 'VBN', lemma: 'shoot' });
  }
}
