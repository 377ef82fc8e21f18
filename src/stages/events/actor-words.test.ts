// ActorLexicon.continues lets resolve-actor.ts stop growing a phrase window: it must say yes for
// every proper prefix of an entry (else a multi-word actor phrase would never be read) and no for a
// phrase no entry begins with (else the window runs to maxWords + 2 as before).
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../resources.js';

describe('ActorLexicon.continues', () => {
  const lex = defaultResources().lexicons.events.actors;

  it('continues every proper prefix of every multi-word name and common word', () => {
    let checked = 0;
    for (const key of lex.names.keys()) {
      for (let n = 1; n < key.length; n++) {
        const p = key.slice(0, n);
        if (!lex.continues(p, p.toLowerCase())) throw new Error(`names prefix "${p}" of "${key}" does not continue`);
        checked++;
      }
    }
    for (const key of lex.common.keys()) {
      for (let n = 1; n < key.length; n++) {
        const p = key.slice(0, n);
        // a common word is looked up lower-cased: the phrase as written may be capitalised
        const cap = p[0]!.toUpperCase() + p.slice(1);
        if (!lex.continues(cap, p)) throw new Error(`common prefix "${p}" of "${key}" does not continue`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('stops a phrase no entry begins with, and a whole entry nothing extends', () => {
    expect(lex.continues('Xqzzv', 'xqzzv')).toBe(false);
    // "United" begins "United States", "United Nations"
    expect(lex.continues('United', 'united')).toBe(true);
    const longest = [...lex.names.keys()].sort((a, b) => b.length - a.length)[0]!;
    expect(lex.continues(longest, longest.toLowerCase())).toBe(false);
  });

  it('answers as the set of every proper prefix of the entries would (names and common words apart)', () => {
    const prefixes = (keys: Iterable<string>) => {
      const out = new Set<string>();
      for (const k of keys) for (let n = 1; n < k.length; n++) out.add(k.slice(0, n));
      return out;
    };
    const names = prefixes(lex.names.keys());
    const common = prefixes(lex.common.keys());
    const sigma = [...lex.common.keys()].some((k) => /[σς]/.test(k));
    const asked = (keys: Iterable<string>) => [...keys].flatMap((k) => [k, `${k} `, `${k}s`, k.slice(0, -1), k.slice(1), k.toUpperCase(), ''].filter((x, i, a) => a.indexOf(x) === i));
    // '\u0000' begins no entry: each call asks one of the two tables
    for (const p of asked(lex.names.keys())) expect([p, lex.continues(p, '\u0000')]).toEqual([p, names.has(p) || sigma]);
    for (const p of asked(lex.common.keys())) expect([p, lex.continues('\u0000', p)]).toEqual([p, sigma || common.has(p)]);
  });
});
