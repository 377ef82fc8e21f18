// Character classes for the tokenizer, on UTF-16 code units. ASCII is decided by comparisons; other
// characters go through one cached Unicode-property test, so scanning stays a cheap linear loop.

const letterCache = new Map<number, boolean>();
const LETTER_RE = /^[\p{L}\p{M}]$/u;

/** exactly the characters of the JS regex class \s, so spans agree with trimSpan and /\s/ elsewhere */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  // (the rest of ASCII and Latin-1 up to the no-break space decided in one test: the tokenizer asks
  // this of every character of a text)
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let v = letterCache.get(c);
  if (v === undefined) {
    v = LETTER_RE.test(String.fromCharCode(c));
    letterCache.set(c, v);
  }
  return v;
}

export function isAlnum(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

export function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return isLetter(c) && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase();
}

export function isLower(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return isLetter(c) && String.fromCharCode(c) !== String.fromCharCode(c).toUpperCase();
}

/** apostrophe-like marks that can start a clitic ('s, ’s, `s) */
export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 96;
}

/** hyphen-minus, hyphen and non-breaking hyphen (a dash – — is not a hyphen) */
export function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** en dash, em dash, horizontal bar, minus sign */
export function isDash(c: number): boolean {
  return c === 0x2013 || c === 0x2014 || c === 0x2015 || c === 0x2212;
}

export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Marks split off the front of a chunk: opening quotes and brackets, bullets, currency before a number. */
export function isOpener(c: number): boolean {
  switch (c) {
    case 34: // "
    case 0x201c: // “
    case 0x2018: // ‘
    case 0x201e: // „
    case 0x201a: // ‚
    case 0xab: // «
    case 0x2039: // ‹
    case 40: // (
    case 91: // [
    case 123: // {
    case 60: // <
    case 0xbf: // ¿
    case 0xa1: // ¡
    case 42: // *
    case 0x2022: // •
    case 0xb7: // ·
    case 126: // ~
      return true;
    default:
      return false;
  }
}

export function isCurrency(c: number): boolean {
  return c === 36 || c === 0xa3 || c === 0x20ac || c === 0xa5 || c === 0x20b9 || c === 0x20bd || c === 0x20a9 || c === 35;
}

/** Marks split off the end of a chunk (the period is decided separately: abbreviations keep it). */
export function isCloser(c: number): boolean {
  switch (c) {
    case 34: // "
    case 0x201d: // ”
    case 0x2019: // ’
    case 39: // '
    case 0xbb: // »
    case 0x203a: // ›
    case 41: // )
    case 93: // ]
    case 125: // }
    case 62: // >
    case 44: // ,
    case 59: // ;
    case 58: // :
    case 33: // !
    case 63: // ?
    case 37: // %
    case 42: // *
    case 0x2026: // …
    case 0x201c: // “ (mis-typed closing quote)
    case 0x2018: // ‘
      return true;
    default:
      return false;
  }
}

/** Marks always split off inside a chunk. */
export function isInfixPunct(c: number): boolean {
  switch (c) {
    case 34:
    case 0x201c:
    case 0x201d:
    case 0x2018:
    case 0xab:
    case 0xbb:
    case 40:
    case 41:
    case 91:
    case 93:
    case 123:
    case 125:
    case 33:
    case 63:
    case 59:
    case 0x2026:
    case 60:
    case 62:
    case 61: // =
    case 42: // *
      return true;
    default:
      return false;
  }
}
