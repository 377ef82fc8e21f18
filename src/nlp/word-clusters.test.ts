import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isNewsgraphError } from '../core/errors.js';
import { gzipFingerprint, readDerived } from './derived-tables.js';
import { decodeWordClusters, defaultWordClusters, encodeWordClusters, readWordClusters, wordClustersPath, writeDerivedWordClusters } from './word-clusters.js';

const meta = { levels: [4, 2], source: 'test', license: 'test', seed: 1, fitWords: 5 };
const table = () =>
  encodeWordClusters({ meta, words: ['the', 'paris', 'london', 'monday', 'élan'], fine: new Uint16Array([0, 1, 1, 2, 3]), maps: new Map([[2, new Uint16Array([0, 1, 0, 1])]]) });

describe('word clusters table', () => {
  it('answers every level from one lookup, in lower case; unknown words are -1', () => {
    const wc = decodeWordClusters(table());
    expect(wc.size).toBe(5);
    expect(wc.clusterOf('Paris', 4)).toBe(1);
    expect(wc.clusterOf('LONDON', 4)).toBe(1);
    expect(wc.clusterOf('Monday', 2)).toBe(0);
    expect(wc.clusterOf('Élan', 4)).toBe(3);
    expect(wc.clusterOf('Élan', 2)).toBe(1);
    expect(wc.clusterOf('zyzzyva', 4)).toBe(-1);
    expect(wc.clusterOf('zyzzyva', 2)).toBe(-1);
  });

  it('finds words by exact UTF-8 match: multi-byte and astral characters, prefixes and extensions are different words, a repeated word resolves to its last entry', () => {
    const words = ['東京', 'naïve', 'naïv', '😀x', 'a', 'ab', 'naïve', ''];
    const wc = decodeWordClusters(encodeWordClusters({ meta: { ...meta, levels: [8] }, words, fine: new Uint16Array([0, 1, 2, 3, 4, 5, 6, 7]), maps: new Map() }));
    expect(wc.clusterOf('東京', 8)).toBe(0);
    expect(wc.clusterOf('NAÏVE', 8)).toBe(6);
    expect(wc.clusterOf('naïv', 8)).toBe(2);
    expect(wc.clusterOf('naïvex', 8)).toBe(-1);
    expect(wc.clusterOf('😀x', 8)).toBe(3);
    expect(wc.clusterOf('😀', 8)).toBe(-1);
    expect(wc.clusterOf('\ud83dx', 8)).toBe(-1); // a lone surrogate is not the emoji
    expect(wc.clusterOf('A', 8)).toBe(4);
    expect(wc.clusterOf('ab', 8)).toBe(5);
    expect(wc.clusterOf('abc', 8)).toBe(-1);
    expect(wc.clusterOf('東', 8)).toBe(-1);
  });

  it('a level the table lacks is a coded error naming the levels', () => {
    const wc = decodeWordClusters(table());
    try {
      wc.clusterOf('paris', 128);
      expect.unreachable();
    } catch (e) {
      expect(isNewsgraphError(e) && e.code).toBe('E021');
      expect(String((e as Error).message)).toMatch(/level 128.*levels: 4, 2/);
    }
  });

  it('a corrupt or foreign file is a coded error', () => {
    const bytes = table();
    bytes[bytes.length - 1] ^= 0xff;
    expect(() => decodeWordClusters(bytes)).toThrow(/checksum/);
    expect(() => decodeWordClusters(new Uint8Array(20))).toThrow(/E021|magic/);
  });
});

describe.skipIf(!existsSync(wordClustersPath()))('shipped word clusters (models/word-clusters.bin.gz)', () => {
  const wc = defaultWordClusters()!;
  const same = (a: string, b: string, level: number) => wc.clusterOf(a, level) === wc.clusterOf(b, level);
  it('covers a large vocabulary at every level, nested from fine to coarse', () => {
    expect(wc.size).toBeGreaterThan(100_000);
    for (const level of wc.meta.levels) expect(wc.clusterOf('government', level)).toBeGreaterThanOrEqual(0);
    const [fine, ...coarse] = wc.meta.levels;
    // words sharing a fine cluster share every coarser one
    const words = ['monday', 'tuesday', 'paris', 'london', 'minister', 'president', 'smith', 'johnson'];
    for (const a of words) for (const b of words) if (same(a, b, fine!)) for (const l of coarse) expect(same(a, b, l)).toBe(true);
  });
  it('groups words of a kind and keeps unlike words apart', () => {
    expect(same('monday', 'thursday', 2048)).toBe(true);
    expect(same('smith', 'johnson', 512)).toBe(true);
    expect(same('paris', 'berlin', 128)).toBe(true);
    expect(same('monday', 'berlin', 128)).toBe(false);
    expect(same('smith', 'berlin', 128)).toBe(false);
    expect(same('minister', 'seventeen', 128)).toBe(false);
  });
});

describe.skipIf(!existsSync(wordClustersPath()))('derived copy of the word clusters (models/derived/)', () => {
  it('answers every word as the gzip file does, with the index read ready-built', () => {
    writeDerivedWordClusters();
    const fromGzip = decodeWordClusters(gunzipSync(readFileSync(wordClustersPath())));
    const derived = readDerived('word-clusters.bin', 'word-clusters-indexed', gzipFingerprint(wordClustersPath()));
    expect(derived).not.toBeNull();
    const viaCopy = readWordClusters(wordClustersPath());
    expect(viaCopy.size).toBe(fromGzip.size);
    const words = new TextDecoder().decode(derived!.file.arrays.get('words')).split('\n');
    const levels = fromGzip.meta.levels;
    for (let i = 0; i < words.length; i += 7) for (const l of levels) expect(viaCopy.clusterOf(words[i]!, l)).toBe(fromGzip.clusterOf(words[i]!, l));
    for (const w of ['Zyzzyvas-not-a-word', 'ÉLAN', '東京']) expect(viaCopy.clusterOf(w, levels[0]!)).toBe(fromGzip.clusterOf(w, levels[0]!));
  });

  it('is not used for another gzip file (its fingerprint differs): that file is read', () => {
    writeDerivedWordClusters();
    const dir = mkdtempSync(join(tmpdir(), 'ng-wc-'));
    const other = join(dir, 'clusters.bin.gz');
    writeFileSync(other, gzipSync(table()));
    expect(readWordClusters(other).size).toBe(5);
    expect(readDerived('word-clusters.bin', 'word-clusters-indexed', gzipFingerprint(other))).toBeNull();
  });
});
