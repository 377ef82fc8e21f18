// The Phoenix tables are read line by line (src/core/tsv-lines.ts); what they answer must be what
// the rows say, as loadTsv reads them: every group and agent key, and the people of every name.
import { describe, expect, it } from 'vitest';
import { loadTsv } from '../core/data-loader.js';
import { loadPhoenix, phoenixPeopleIndex, writeDerivedPhoenixAgents, writeDerivedPhoenixGroups, writeDerivedPhoenixPeople, type KeyLookup } from './phoenix.js';

const entries = <V>(t: KeyLookup<V>) => [...t.keys()].map((k) => [k, t.get(k)] as const);

const isCountry = (iso: string) => /^[A-Z]{3}$/.test(iso) && !['IGO', 'NGO', 'IMG', 'MNC'].includes(iso);

describe('Phoenix tables read line by line', () => {
  const ph = loadPhoenix(isCountry, { copies: false });

  it('index every group name and alias (our groups.tsv first, then Phoenix; first row wins), countries left out', () => {
    const want = new Map<string, { name: string; code: string }>();
    for (const r of [...loadTsv('actors/groups.tsv').rows, ...loadTsv('actors/phoenix-groups.tsv').rows]) {
      if (/^[A-Z]{3}$/.test(r.code!)) continue;
      const g = { name: r.name!, code: r.code! };
      for (const k of [r.name!, ...r.aliases!.split('|').map((a) => a.trim()).filter(Boolean)]) if (!want.has(k.toLowerCase())) want.set(k.toLowerCase(), g);
    }
    expect(ph.groups.size).toBe(want.size);
    for (const [k, g] of want) expect(ph.groups.get(k), k).toEqual(g);
  });

  it('index every agent noun by its plural (or the singular without one)', () => {
    const rows = loadTsv('actors/phoenix-agents.tsv').rows;
    for (const r of rows) expect(ph.agents.has(r.plural || r.singular!)).toBe(true);
    const first = rows.find((r) => r.plural)!;
    expect(ph.agents.get(first.plural!)).toBe(rows.find((r) => (r.plural || r.singular) === first.plural)!.code);
  });

  it('give the same groups and agent nouns from the build copies (npm run build) as the rows say', () => {
    expect(writeDerivedPhoenixGroups()).toBeGreaterThan(0);
    expect(writeDerivedPhoenixAgents()).toBeGreaterThan(0);
    expect(writeDerivedPhoenixPeople()).toBeGreaterThan(0); // the next test reads the people through it
    const fromCopy = loadPhoenix(isCountry);
    expect(fromCopy.groups).not.toBeInstanceOf(Map); // the packed copy (models/derived/phoenix-groups.bin)
    expect(fromCopy.agents).not.toBeInstanceOf(Map);
    expect(entries(fromCopy.groups)).toEqual(entries(ph.groups));
    expect(fromCopy.groups.size).toBe(ph.groups.size);
    // one object per group, shared by its keys, as in the index built from the files
    const sharing = <V>(t: KeyLookup<V>) => {
      const ids = new Map<V, number>();
      return [...t.keys()].map((k) => {
        const g = t.get(k)!;
        if (!ids.has(g)) ids.set(g, ids.size);
        return ids.get(g);
      });
    };
    expect(sharing(fromCopy.groups)).toEqual(sharing(ph.groups));
    for (const k of ['not a group at all', '', 'THE TALIBAN']) expect(fromCopy.groups.get(k)).toBe(ph.groups.get(k));
    const agents = new Map<string, string>();
    const singular = new Map<string, string>();
    for (const r of loadTsv('actors/phoenix-agents.tsv').rows) {
      if (!agents.has(r.plural || r.singular!)) agents.set(r.plural || r.singular!, r.code!);
      if (r.singular && r.plural && !singular.has(r.singular)) singular.set(r.singular, r.code!);
    }
    expect(entries(fromCopy.agents)).toEqual([...agents]);
    expect(entries(fromCopy.singularAgents)).toEqual([...singular]);
    expect(entries(ph.agents)).toEqual([...agents]);
    const last = new Set([...agents.keys(), ...singular.keys()].map((k) => k.slice(k.lastIndexOf(' ') + 1)));
    for (const w of [...last, 'zyzzyva', 'federal', '']) expect([w, fromCopy.agentLastWords.has(w)]).toEqual([w, last.has(w)]);
    for (const w of [...last, 'zyzzyva', 'federal', '']) expect(ph.agentLastWords.has(w)).toBe(last.has(w));
  });

  it('index every person row by its name and aliases of two or more words (the build copy as the rows say)', () => {
    expect(writeDerivedPhoenixPeople()).toBeGreaterThan(0);
    const rows = loadTsv('actors/phoenix-people.tsv').rows;
    const want = new Map<string, number[]>();
    rows.forEach((r, i) => {
      for (const k of [r.name!, ...r.aliases!.split('|').map((a) => a.trim())]) {
        if (!k.includes(' ')) continue;
        const l = want.get(k.toLowerCase()) ?? [];
        if (!l.includes(i)) l.push(i);
        want.set(k.toLowerCase(), l);
      }
    });
    const index = phoenixPeopleIndex();
    expect(index.keys.size).toBe(want.size);
    for (const [k, ns] of want) expect(index.rowsOf(k), k).toEqual(ns);
    const some = [0, 1, 97, rows.length - 1];
    expect(index.rows(some)).toEqual(some.map((i) => rows[i]));
  });

  it('find people by full name and alias of two or more words, case-insensitively', () => {
    const rows = loadTsv('actors/phoenix-people.tsv').rows;
    const keysOf = (r: (typeof rows)[number]) => [r.name!, ...r.aliases!.split('|').map((a) => a.trim())].map((k) => k.toLowerCase());
    let found = 0;
    for (let i = 0; i < rows.length; i += 97) {
      const key = rows[i]!.name!.toLowerCase();
      if (!key.includes(' ')) continue;
      const got = ph.people(key);
      if (got.length) found++;
      // every entry is of a row that carries the key as its name or an alias
      const carriers = new Set(rows.filter((r) => keysOf(r).includes(key)).map((r) => r.name));
      for (const e of got) expect(carriers.has(e.name), `${key}: ${e.name}`).toBe(true);
    }
    expect(found).toBeGreaterThan(50);
    expect(ph.people('no such person here')).toEqual([]);
  });
});
