// The tokenizer: English news text → token spans following the Universal Dependencies EWT/GUM
// conventions (don't → do n't, Hegseth's → Hegseth 's, cannot → can not, long-term → long - term,
// $10 → $ 10, 3.5% → 3.5 %), with exact half-open UTF-16 offsets into the unchanged text.
//
// One left-to-right pass: the text is cut into white-space chunks; from each chunk opening marks are
// split off the front and closing marks off the back (a final period stays when the word is an
// abbreviation or initials: U.S., Gen., a.m.), then the core is scanned once for inner splits
// (hyphens, dashes, slashes, clitics). Every step moves an index forward or backward inside its
// chunk, so the cost is linear in the text however it is written (no regex runs over a chunk).
import type { AbbrevKind, TokenizeLexicon } from './tokenize-lexicon.js';
import { tokenizeLexicon } from './tokenize-lexicon.js';
import * as chars from './tokenize-chars.js';

// Local bindings, read once: calling through an imported binding costs a getter per call under
// some loaders (tsx), and these run several times per character.
const { isAlnum, isApostrophe, isCloser, isCurrency, isDash, isDigit, isHighSurrogate, isHyphen, isInfixPunct, isLetter, isLower, isOpener, isSpace, isUpper } = chars;

export interface RawToken {
  readonly start: number;
  readonly end: number;
  /** set when the token keeps a final period as an abbreviation (U.S., Inc., Gen.) */
  readonly abbrev: AbbrevKind | null;
}

/** Tokenizes text[from, to). */
export function tokenize(text: string, from = 0, to = text.length, lex: TokenizeLexicon = tokenizeLexicon()): RawToken[] {
  const t = new ChunkTokenizer(text, lex, to);
  let i = from;
  while (i < to) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i >= to) break;
    let j = i + 1;
    while (j < to && !isSpace(text.charCodeAt(j))) j++;
    t.chunk(i, j);
    i = j;
  }
  return t.out;
}

const EMOTICONS: ReadonlySet<string> = new Set([':)', ':(', ';)', ':D', ':P', ';P', ':-)', ':-(', ';-)', ':-D', ':-P', ':/', ':-/', '<3', ':o', ':O', ':p', 'XD', '=)']);
/** the first code units of EMOTICONS: a short chunk opening on any other needs no string cut to look it up */
const EMOTICON_FIRST: ReadonlySet<number> = new Set([...EMOTICONS].map((e) => e.charCodeAt(0)));

// URL schemes and the web top-level domains that make "example.com" a single token.
const SCHEMES = ['http://', 'https://', 'ftp://', 'www.'];
const TLDS: ReadonlySet<string> = new Set([
  'com', 'org', 'net', 'gov', 'edu', 'mil', 'int', 'info', 'biz', 'io', 'co', 'uk', 'us', 'ca', 'au', 'de', 'fr', 'ru', 'cn',
  'jp', 'in', 'eu', 'tv', 'me', 'ly', 'news', 'ie', 'nz', 'za', 'es', 'it', 'nl', 'ch', 'se', 'no', 'br', 'mx', 'il', 'ua',
]);

// Compound numerals stay one word (twenty-one), as in the treebanks.
const TENS: ReadonlySet<string> = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const ONES: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);

/** the apostrophes contraction keys write straight (a literal in a method body is a new RegExp per call) */
const CURLY_APOSTROPHES = /[’`]/g;

// An abbreviation (with its period) is never longer than this; the backward scan stops here.
const MAX_ABBREV = 12;

class ChunkTokenizer {
  readonly out: RawToken[] = [];
  /** end of a digit-hyphen chain already judged, and whether it stays one token (713-853-3989) */
  private chainEnd = -1;
  private chainJoin = false;
  private readonly sfx: number[] = [];

  constructor(
    private readonly text: string,
    private readonly lex: TokenizeLexicon,
    private readonly limit: number,
  ) {}

  private code(i: number): number {
    return this.text.charCodeAt(i);
  }

  private push(start: number, end: number, abbrev: AbbrevKind | null = null): void {
    this.out.push({ start, end, abbrev });
  }

  /** length of a run of the same code unit starting at i (bounded by e) */
  private run(i: number, e: number): number {
    const c = this.code(i);
    let j = i + 1;
    while (j < e && this.code(j) === c) j++;
    return j - i;
  }

  /** the length of the single mark at i: a surrogate pair (emoji) is never cut in half */
  private unit(i: number, e: number): number {
    return isHighSurrogate(this.code(i)) && i + 1 < e ? 2 : 1;
  }

  private contractionParts(a: number, e: number): readonly number[] | undefined {
    if (e - a > this.lex.maxContraction || e - a < 2) return undefined;
    // cheap filter before building the key: first and last letters of some entry
    if (!this.lex.contractionEnds.has(foldEnd(this.code(a)) * 65536 + foldEnd(this.code(e - 1)))) return undefined;
    const key = this.text.slice(a, e).toLowerCase().replace(CURLY_APOSTROPHES, "'");
    return this.lex.contractions.get(key);
  }

  chunk(a: number, b: number): void {
    const text = this.text;
    if (b - a <= 3 && EMOTICON_FIRST.has(this.code(a)) && EMOTICONS.has(text.slice(a, b))) {
      this.push(a, b);
      return;
    }
    // the common chunk, ASCII letters with at most a comma after them ("the", "said,"): no mark to
    // split off the front, no period to judge, no URL, no inner split — only a whole-word contraction
    // ("cannot"), which piece reads; the steps below would come to the same tokens
    let w = a;
    while (w < b && isAsciiLetter(this.code(w))) w++;
    if (w > a && (w === b || (w === b - 1 && this.code(w) === 44))) {
      this.piece(a, w, null);
      if (w < b) this.push(w, b);
      return;
    }
    // 1. opening marks off the front
    while (a < b) {
      const c = this.code(a);
      if (isQuoteRunMark(c) && a + 1 < b && isQuoteRunMark(this.code(a + 1))) {
        let n = 2;
        while (a + n < b && isQuoteRunMark(this.code(a + n))) n++;
        this.push(a, a + n);
        a += n;
        continue;
      }
      if (c === 39 || c === 0x2019) {
        // 'em, 'til, '90s and a bare clitic ('s) keep their apostrophe; otherwise it opens a quote
        if (this.keepsLeadingApostrophe(a, b)) break;
        const n = this.run(a, b);
        this.push(a, a + n);
        a += n;
        continue;
      }
      if (c === 96 || c === 60) {
        // `` and << open as one mark
        const n = this.run(a, b);
        this.push(a, a + n);
        a += n;
        continue;
      }
      if (isOpener(c)) {
        const n = isRunMark(c) ? this.run(a, b) : 1;
        this.push(a, a + n);
        a += n;
        continue;
      }
      if (isUpper(c) && a + 3 < b) {
        // US$5, HK$10, C$3: the currency is one token
        const d = this.code(a + 1) === 36 ? a + 1 : isUpper(this.code(a + 1)) && this.code(a + 2) === 36 ? a + 2 : -1;
        if (d > 0 && isDigit(this.code(d + 1))) {
          this.push(a, d + 1);
          a = d + 1;
          continue;
        }
      }
      if (isCurrency(c) && a + 1 < b && isDigit(this.code(a + 1))) {
        this.push(a, a + 1);
        a++;
        continue;
      }
      if (isHyphen(c) || isDash(c)) {
        if (isHyphen(c) && a + 1 < b && isDigit(this.code(a + 1))) break; // a negative number
        const n = this.run(a, b);
        this.push(a, a + n);
        a += n;
        continue;
      }
      if (c === 46 && a + 1 < b && this.code(a + 1) === 46) {
        const n = this.run(a, b);
        this.push(a, a + n);
        a += n;
        continue;
      }
      if (c === 0x2026) {
        const n = this.run(a, b);
        this.push(a, a + n);
        a += n;
        continue;
      }
      break;
    }
    // 2. closing marks off the back, kept on a stack and emitted after the core
    const sfx = this.sfx;
    const base = sfx.length;
    let e = b;
    let abbrev: AbbrevKind | null = null;
    while (e > a) {
      const c = this.code(e - 1);
      if (c === 46) {
        let s = e - 1;
        while (s > a && this.code(s - 1) === 46) s--;
        if (e - s >= 2) {
          sfx.push(s, e);
          e = s;
          continue;
        }
        abbrev = this.abbrevBefore(a, e, b);
        if (abbrev) break;
        sfx.push(e - 1, e);
        e--;
        continue;
      }
      if (isCloser(c)) {
        if ((c === 39 || c === 0x2019) && this.contractionParts(a, e)) break; // 'n'
        let s = e - 1;
        if (c === 33 || c === 63) {
          while (s > a && (this.code(s - 1) === 33 || this.code(s - 1) === 63)) s--; // ?!, !!!
        } else if (isQuoteRunMark(c)) {
          while (s > a && isQuoteRunMark(this.code(s - 1))) s--; // '' ’’ ‘’
        } else if (isRunMark(c)) {
          while (s > a && this.code(s - 1) === c) s--; // … >> **
        }
        sfx.push(s, e);
        e = s;
        continue;
      }
      if (isHyphen(c) || isDash(c)) {
        let s = e - 1;
        // a word cut off in speech keeps its hyphen ("I w- went"), as GUM writes it
        if (isHyphen(c) && this.isCutOff(a, s)) break;
        while (s > a && this.code(s - 1) === c) s--;
        sfx.push(s, e);
        e = s;
        continue;
      }
      break;
    }
    // 3. the core
    if (e > a) this.core(a, e, abbrev);
    // (popped, not cut with `sfx.length = base`: setting an array's length is a runtime call, and it
    // ran once per chunk — most chunks push nothing here)
    while (sfx.length > base) {
      const end = sfx.pop()!;
      this.push(sfx.pop()!, end);
    }
  }

  /** text[a, h) is a short word fragment before a hyphen: "w-", "th-", "pro-" (in "pro- and anti-war") */
  private isCutOff(a: number, h: number): boolean {
    if (h - a < 1 || h - a > 3) return false;
    for (let k = a; k < h; k++) if (!isLetter(this.code(k))) return false;
    return true;
  }

  private keepsLeadingApostrophe(a: number, b: number): boolean {
    let j = a + 1;
    while (j < b && isLetter(this.code(j))) j++;
    if (j < b && isApostrophe(this.code(j)) && this.contractionParts(a, j + 1)) return true; // 'n'
    if (this.contractionParts(a, j)) return true; // 'em 'til 'cause
    const w = this.text.slice(a + 1, j).toLowerCase();
    if (j === b && (w === 's' || w === 'm' || w === 'd' || w === 're' || w === 've' || w === 'll')) return true;
    // '90s, '08
    if (a + 2 < b && isDigit(this.code(a + 1)) && isDigit(this.code(a + 2)) && (a + 3 === b || !isDigit(this.code(a + 3)))) return true;
    return false;
  }

  /**
   * e - 1 is a single period ending the chunk's core. Returns the abbreviation kind when the word
   * before it keeps the period: a listed abbreviation, or initials (U.S., a.m., N.Y., F.).
   */
  private abbrevBefore(a: number, e: number, chunkEnd: number): AbbrevKind | null {
    let w = e - 1;
    while (w > a && e - w < MAX_ABBREV && (isLetter(this.code(w - 1)) || this.code(w - 1) === 46)) w--;
    if (w === e - 1) return null;
    if (w > a) {
      const p = this.code(w - 1);
      if (isLetter(p) || p === 46 || isDigit(p)) return null; // too long, or glued to digits
    }
    const cand = this.text.slice(w, e);
    const kind = this.lex.abbrevExact.get(cand) ?? this.lex.abbrevLower.get(cand.toLowerCase());
    if (kind && kind !== 'number') return kind;
    if (kind && e === chunkEnd) {
      // No. 10 / p. 5: only an abbreviation before a number (else "P." may still be an initial)
      let k = chunkEnd;
      while (k < this.limit && isSpace(this.code(k))) k++;
      if (k < this.limit && isDigit(this.code(k))) return kind;
    }
    // initials: letter . letter . …; a lone letter must be a capital (John F. Kennedy)
    const n = e - w;
    if (n % 2 !== 0) return null;
    for (let k = w; k < e; k += 2) {
      if (!isLetter(this.code(k)) || this.code(k + 1) !== 46) return null;
    }
    if (n === 2 && !isUpper(this.code(w))) return null;
    return 'initials';
  }

  private core(a: number, e: number, abbrev: AbbrevKind | null): void {
    const c0 = this.code(a);
    // @handles and #hashtags
    if ((c0 === 64 || c0 === 35) && a + 1 < e && isWordChar(this.code(a + 1))) {
      let h = a + 1;
      while (h < e && isWordChar(this.code(h))) h++;
      this.push(a, h);
      if (h === e) return;
      a = h;
    }
    if (this.isUrlOrEmail(a, e)) {
      this.push(a, e);
      return;
    }
    // inner splits; ps = start of the current piece, seg = start of its current hyphen segment
    let ps = a;
    let seg = a;
    let i = a;
    while (i < e) {
      const c = this.code(i);
      if (isHyphen(c)) {
        let j = i + 1;
        while (j < e && isHyphen(this.code(j))) j++;
        if (j === e && j - i === 1 && this.isCutOff(ps, i)) break; // cut-off word (see chunk)
        if (j - i === 1 && i > ps && j < e && isAlnum(this.code(i - 1)) && isAlnum(this.code(j)) && this.joinHyphen(ps, seg, i, j, e)) {
          seg = j;
          i = j;
          continue;
        }
        this.piece(ps, i, null);
        this.push(i, j);
        ps = seg = i = j;
        continue;
      }
      if (isDash(c) || isInfixPunct(c) || (c === 46 && i + 1 < e && this.code(i + 1) === 46)) {
        let j = i + 1;
        if (c === 33 || c === 63) while (j < e && (this.code(j) === 33 || this.code(j) === 63)) j++;
        else if (c === 46 || isDash(c) || isRunMark(c)) while (j < e && this.code(j) === c) j++;
        this.piece(ps, i, null);
        this.push(i, j);
        ps = seg = i = j;
        continue;
      }
      if (c === 46 && this.missingSpaceAfterPeriod(ps, i, e)) {
        this.piece(ps, i, null);
        this.push(i, i + 1);
        ps = seg = i = i + 1;
        continue;
      }
      if (c === 44 || c === 58 || c === 47) {
        // 1,000 and 10:30 and 11/20/2000 stay whole; so do l/c and w/o; and/or splits
        const keep =
          i > ps && i + 1 < e &&
          ((isDigit(this.code(i - 1)) && isDigit(this.code(i + 1))) ||
            (c === 47 && isLetter(this.code(i - 1)) && isLetter(this.code(i + 1)) &&
              (i - 1 === ps || !isAlnum(this.code(i - 2))) && (i + 2 === e || !isAlnum(this.code(i + 2)))));
        if (keep) {
          i++;
          continue;
        }
        this.piece(ps, i, null);
        this.push(i, i + 1);
        ps = seg = i = i + 1;
        continue;
      }
      if (isHighSurrogate(c)) {
        // an emoji or other astral symbol inside a word is its own token
        const n = this.unit(i, e);
        if (n === 2 && !isLetter(c)) {
          this.piece(ps, i, null);
          const j = this.emojiEnd(i + 2, e);
          this.push(i, j);
          ps = seg = i = j;
          continue;
        }
      }
      i++;
    }
    this.piece(ps, e, abbrev);
  }

  /**
   * A period at i between a lower-case word and a capitalised one is a sentence end with its space
   * left out ("service.There are"); "Node.JS", "U.S" and "e.g" do not qualify.
   */
  private missingSpaceAfterPeriod(ps: number, i: number, e: number): boolean {
    if (i + 2 >= e || i - ps < 2 || !isUpper(this.code(i + 1)) || !isLower(this.code(i + 2))) return false;
    for (let k = ps; k < i; k++) if (!isLower(this.code(k))) return false;
    return true;
  }

  /** end of an emoji sequence whose first symbol ends at j: variation selector, skin tone, ZWJ joins */
  private emojiEnd(j: number, e: number): number {
    while (j < e) {
      const c = this.code(j);
      if (c === 0xfe0f || c === 0x20e3) j++;
      else if (c === 0xd83c && j + 1 < e && this.code(j + 1) >= 0xdffb && this.code(j + 1) <= 0xdfff) j += 2;
      else if (c === 0x200d && j + 1 < e) j += isHighSurrogate(this.code(j + 1)) && j + 2 < e ? 3 : 2;
      else break;
    }
    return j;
  }

  /** a single hyphen at i (next segment starts at j) between seg..i and j..: does the word stay whole? */
  private joinHyphen(ps: number, seg: number, i: number, j: number, e: number): boolean {
    if (i - seg <= 8 && seg === ps) {
      const left = this.text.slice(seg, i).toLowerCase();
      if (this.lex.hyphenPrefixes.has(left)) return true;
      if (TENS.has(left)) {
        let k = j;
        while (k < e && isLetter(this.code(k))) k++;
        if (ONES.has(this.text.slice(j, k).toLowerCase())) return true;
      }
    }
    if (isDigit(this.code(i - 1)) && isDigit(this.code(j))) {
      if (i < this.chainEnd) return this.chainJoin;
      // judge the whole digit chain once: phone numbers and dates stay whole (713-853-3989,
      // 2025-03-06, 345-9945, extension 3-5213); ranges split (5-10, 1969-1970)
      let k = seg;
      while (k < i && isDigit(this.code(k))) k++;
      if (k !== i) return false;
      const lens: number[] = [i - seg];
      k = j;
      for (;;) {
        const g = k;
        while (k < e && isDigit(this.code(k))) k++;
        lens.push(k - g);
        if (k + 1 < e && isHyphen(this.code(k)) && isDigit(this.code(k + 1))) k++;
        else break;
      }
      this.chainEnd = k;
      this.chainJoin = lens.length >= 3 || (lens.length === 2 && lens[0]! <= 3 && lens[1] === 4);
      return this.chainJoin;
    }
    return false;
  }

  /** one word between inner splits: contractions, clitics and number-unit splits */
  private piece(ps: number, pe: number, abbrev: AbbrevKind | null): void {
    if (pe <= ps) return;
    const parts = this.contractionParts(ps, pe);
    if (parts) {
      let k = ps;
      for (const n of parts) {
        this.push(k, k + n);
        k += n;
      }
      return;
    }
    const len = pe - ps;
    if (isDigit(this.code(ps)) && isLetter(this.code(pe - 1))) {
      let k = ps;
      while (k < pe && (isDigit(this.code(k)) || this.code(k) === 46 || this.code(k) === 44 || this.code(k) === 58)) k++;
      if (k < pe && isDigit(this.code(k - 1)) && pe - k <= 3 && this.lex.units.has(this.text.slice(k, pe).toLowerCase())) {
        let ok = true;
        for (let q = k; q < pe; q++) if (!isLetter(this.code(q))) ok = false;
        if (ok) {
          this.push(ps, k);
          this.push(k, pe);
          return;
        }
      }
    }
    if (len >= 3 && !abbrev) {
      const last = this.code(pe - 1) | 32;
      // n't (don't, can't → ca n't, won't → wo n't)
      if (last === 116 && isApostrophe(this.code(pe - 2)) && (this.code(pe - 3) | 32) === 110 && pe - 3 > ps) {
        this.push(ps, pe - 3);
        this.push(pe - 3, pe);
        return;
      }
      // 's 'm 'd
      // after a letter, or the period of initials (I.B.M.'s); "1990's" stays whole as in EWT
      if ((last === 115 || last === 109 || last === 100) && isApostrophe(this.code(pe - 2)) && (isLetter(this.code(pe - 3)) || (this.code(pe - 3) === 46 && pe - 3 > ps))) {
        this.push(ps, pe - 2);
        this.push(pe - 2, pe);
        return;
      }
      // 're 've 'll
      if (len >= 4 && isApostrophe(this.code(pe - 3)) && isLetter(this.code(pe - 4))) {
        const x = this.code(pe - 2) | 32;
        if ((x === 114 && last === 101) || (x === 118 && last === 101) || (x === 108 && last === 108)) {
          this.push(ps, pe - 3);
          this.push(pe - 3, pe);
          return;
        }
      }
    }
    this.push(ps, pe, abbrev);
  }

  /** text at a starts with `lower` (lower-case ASCII) in any case — what slicing the chunk's head,
   * lower-casing it and testing startsWith answered, without the two strings per word: no other
   * character lower-cases to an ASCII letter or mark of a scheme */
  private startsCaseless(a: number, lower: string): boolean {
    for (let k = 0; k < lower.length; k++) {
      const c = this.code(a + k);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== lower.charCodeAt(k)) return false;
    }
    return true;
  }

  private isUrlOrEmail(a: number, e: number): boolean {
    if (e - a < 4) return false;
    const c0 = this.code(a) | 32;
    if (c0 === 104 || c0 === 119 || c0 === 102) {
      for (const s of SCHEMES) if (e - a > s.length && this.startsCaseless(a, s)) return true;
    }
    // one forward scan over the host part: name@host.tld or host.tld[/path]
    let at = -1;
    let lastDot = -1;
    let k = a;
    for (; k < e; k++) {
      const c = this.code(k);
      if (c === 47) break;
      if (c === 64) {
        if (at >= 0 || k === a) return false;
        at = k;
      } else if (c === 46) {
        // a run of dots only in the name part: "franz...@gmail.com" as mailing-list archives hide it
        if (k === a || (this.code(k - 1) === 46 && at >= 0)) return false;
        lastDot = k;
      } else if (!(isAlnum(c) || c === 45 || c === 95 || (at < 0 && (c === 43 || c === 37)))) {
        return false;
      }
    }
    if (lastDot < 0 || lastDot <= at || lastDot + 1 >= k) return false;
    if (at >= 0) return isLetter(this.code(lastDot + 1)) && isLetter(this.code(k - 1));
    const tld = this.text.slice(lastDot + 1, k);
    if (!TLDS.has(tld)) return false; // lower case only: "U.S" and "Node.js" are not hosts
    return lastDot - a >= 2;
  }
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** marks whose runs are one token (***, ==, >>, ……) */
function isRunMark(c: number): boolean {
  return c === 42 || c === 61 || c === 95 || c === 126 || c === 35 || c === 43 || c === 60 || c === 62 || c === 0x2026 || c === 0x2022;
}

/** single quote marks: a run of them ('' ’’ ‘’) is one double-quote token */
function isQuoteRunMark(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 96;
}

/** case- and apostrophe-folded code unit, as the contraction keys are written */
export function foldEnd(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  return c === 0x2019 || c === 96 ? 39 : c;
}

function isWordChar(c: number): boolean {
  return isAlnum(c) || c === 95;
}
