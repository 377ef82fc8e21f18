import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActorKB } from './index.js';
import { loadKbTables } from './tables.js';
import { CharTrie } from './trie.js';

describe('actor knowledge base', () => {
  const kb = new ActorKB();

  it('lists every UN member once with an ISO alpha-3 code', () => {
    const isos = kb.tables.countries.map((c) => c.iso3);
    expect(new Set(isos).size).toBe(isos.length);
    expect(isos.length).toBeGreaterThanOrEqual(193);
    for (const i of isos) expect(i).toMatch(/^[A-Z]{3}$/);
  });

  it('maps names, short forms, demonyms and capitals to countries', () => {
    expect(kb.countryOf('U.K.')).toBe('GBR');
    expect(kb.countryOf('Britain')).toBe('GBR');
    expect(kb.countryOf('the United States')).toBe('USA');
    expect(kb.countryOf('America')).toBe('USA');
    expect(kb.countryOf('Ukrainian')).toBe('UKR');
    expect(kb.countryOf('Kyiv')).toBe('UKR');
    expect(kb.countryOf('Atlantis')).toBeNull();
  });

  it('answers a role on a date from dated entries', () => {
    expect(kb.roleOf('Donald Trump', '2025-03-07')).toMatchObject({ country: 'USA', role: 'President', sector: 'GOV' });
    expect(kb.roleOf('Donald Trump', '2022-06-01')).toBeNull();
    expect(kb.roleOf('Vladimir Putin', '2010-01-01')).toMatchObject({ role: 'Prime Minister' });
    expect(kb.roleOf('Putin', '2024-01-01')).toMatchObject({ role: 'President', country: 'RUS' });
  });

  it('learns roles from observations and answers by date', () => {
    const k = new ActorKB();
    k.addObservation({ person: 'Lena Vogt', country: 'DEU', sector: 'GOV', title: 'Economy Minister', date: '2023-01-05', rule: 'entities:role-title-name' });
    k.addObservation({ person: 'Lena Vogt', country: 'DEU', sector: 'GOV', title: 'Chancellor', date: '2024-06-01', rule: 'entities:role-title-name' });
    expect(k.roleOf('Lena Vogt', '2023-12-31')).toMatchObject({ role: 'Economy Minister', source: 'observed' });
    expect(k.roleOf('lena vogt', '2024-07-01')).toMatchObject({ role: 'Chancellor' });
    expect(k.roleOf('Lena Vogt', '2020-01-01')).toMatchObject({ role: 'Economy Minister' });
  });

  it('lets a user actor file add and override entries (KbOptions.userActorFiles)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-actors-'));
    const f = join(dir, 'actors.tsv');
    writeFileSync(f, '# source: test\n# license: test\nname\taliases\tcountry\trole\tsector\tfrom\tto\nPete Hegseth\tHegseth\tUSA\tSecretary of War\tMIL\t2025-09-05\t\nTove Aalto\tAalto\tFIN\tTrade Minister\tGOV\t\t\n');
    const k = new ActorKB(loadKbTables({ userActorFiles: [f] }));
    expect(k.roleOf('Tove Aalto', '2025-01-01')).toMatchObject({ country: 'FIN', role: 'Trade Minister' });
    expect(k.roleOf('Pete Hegseth', '2025-10-01')).toMatchObject({ role: 'Secretary of War', sector: 'MIL' });
    expect(k.roleOf('Pete Hegseth', '2025-03-07')).toMatchObject({ role: 'Defense Secretary', source: 'bundled' });
  });

  it('fails with E030 on a user file without the required columns', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-actors-'));
    const f = join(dir, 'bad.tsv');
    writeFileSync(f, '# source: test\nwho\twhere\nA\tB\n');
    expect(() => loadKbTables({ userActorFiles: [f] })).toThrow(/E030.*name/);
  });

  it('matches the trie on token boundaries only, across any white space', () => {
    const t = new CharTrie<string>();
    t.add('United Kingdom', 'GBR');
    t.add('U.K.', 'GBR');
    const text = 'the United  Kingdom and U.K.-based UKraine';
    const toks = [...text.matchAll(/\S+?(?=\s|$|-)|-/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    const starts = toks.map((_, i) => t.longestAt(text, toks, i)?.tokenEnd ?? -1);
    expect(starts[1]).toBe(3);
    expect(starts.filter((x) => x > 0)).toHaveLength(2);
  });

  it('a case-folding trie matches any case, ASCII or not, and curly apostrophes as straight ones', () => {
    const t = new CharTrie<string>(true);
    t.add('Prime Minister', 'pm');
    t.add('Président', 'pres');
    t.add("Chef d'État", 'chef');
    const text = 'PRIME minister PRÉSIDENT chef d’état Prime';
    const toks = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    expect(toks.map((_, i) => t.longestAt(text, toks, i)?.values[0] ?? null)).toEqual(['pm', null, 'pres', 'chef', null, null]);
  });

  it('matches as the character-by-character walk of its keys did, with and without folding, and after more keys are added', () => {
    // the walk as first written: a map per node, one lookup per character of the text
    type RefNode = { next: Map<string, RefNode> | null; values: string[] | null };
    const refAdd = (root: RefNode, key: string, v: string, fold: boolean) => {
      let k = key.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
      if (fold) k = k.toLowerCase();
      if (!k) return 0;
      let n = root;
      for (const ch of k) {
        n.next ??= new Map();
        if (!n.next.has(ch)) n.next.set(ch, { next: null, values: null });
        n = n.next.get(ch)!;
      }
      (n.values ??= []).push(v);
      return k.length;
    };
    const refLongest = (root: RefNode, maxLength: number, fold: boolean, text: string, toks: { start: number; end: number }[], i: number, maxTokens = 12) => {
      let n: RefNode | undefined = root;
      let best: { tokenEnd: number; values: string[] } | null = null;
      let used = 0;
      for (let k = i; k < toks.length && k < i + maxTokens; k++) {
        const t = toks[k]!;
        if (k > i) {
          const gap = t.start - toks[k - 1]!.end;
          if (gap < 0) break;
          if (gap > 0) {
            if (gap > 3 || !/^[ \t\u00a0]+$/.test(text.slice(toks[k - 1]!.end, t.start))) break;
            n = n.next?.get(' ');
            used++;
            if (!n) break;
          }
        }
        for (let p = t.start; p < t.end && n; p++) {
          let ch = text[p]!;
          if (ch === '’' || ch === '‘' || ch === '`') ch = "'";
          if (fold) ch = ch.toLowerCase();
          n = n.next?.get(ch);
          used++;
        }
        if (!n || used > maxLength) break;
        if (n.values) best = { tokenEnd: k + 1, values: n.values };
      }
      return best;
    };
    let seed = 7;
    const rnd = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const alphabet = ['a', 'b', 'A', 'B', 'é', 'É', 'İ', 'ß', "'", '’', '`', '.', '-', 'Σ', 'ς', '😀', 'ab', 'Ab', 'the', 'The'];
    const word = () => Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
    for (const fold of [false, true]) {
      const t = new CharTrie<string>(fold);
      const ref: RefNode = { next: null, values: null };
      let maxLength = 0;
      for (let round = 0; round < 3; round++) {
        for (let e = 0; e < 60; e++) {
          const key = Array.from({ length: 1 + Math.floor(rnd() * 3) }, word).join(rnd() < 0.8 ? ' ' : '  ');
          t.add(key, `v${round}.${e}`);
          maxLength = Math.max(maxLength, refAdd(ref, key, `v${round}.${e}`, fold));
        }
        for (let d = 0; d < 40; d++) {
          const parts = Array.from({ length: 2 + Math.floor(rnd() * 8) }, word);
          let text = '';
          const toks: { start: number; end: number }[] = [];
          for (const w of parts) {
            const sep = ['', ' ', ' ', '  ', '\t', '\u00a0', '    ', '\n'][Math.floor(rnd() * 8)]!;
            text += toks.length ? sep : '';
            toks.push({ start: text.length, end: text.length + w.length });
            text += w;
          }
          for (let i = 0; i < toks.length; i++) {
            const got = t.longestAt(text, toks, i);
            const want = refLongest(ref, maxLength, fold, text, toks, i);
            expect(got && { tokenEnd: got.tokenEnd, values: [...got.values] }).toEqual(want && { tokenEnd: want.tokenEnd, values: [...want.values] });
            expect(t.longestAt(text, toks, i, 2)?.tokenEnd ?? null).toEqual(refLongest(ref, maxLength, fold, text, toks, i, 2)?.tokenEnd ?? null);
          }
        }
      }
    }
  });
});
