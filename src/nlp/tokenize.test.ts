import { describe, expect, it } from 'vitest';
import { loadTsv } from '../core/data-loader.js';
import { tokenize } from './tokenize.js';

const forms = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));

describe('tokenize: UD English conventions', () => {
  it('splits negation and pronoun clitics as EWT does', () => {
    expect(forms("I don't think it's over; they're sure we'll win, you've seen it, I'd go, I'm in.")).toEqual([
      'I', 'do', "n't", 'think', 'it', "'s", 'over', ';', 'they', "'re", 'sure', 'we', "'ll", 'win', ',', 'you', "'ve",
      'seen', 'it', ',', 'I', "'d", 'go', ',', 'I', "'m", 'in', '.',
    ]);
    expect(forms("can't won't ain't")).toEqual(['ca', "n't", 'wo', "n't", 'ai', "n't"]);
  });

  it('splits possessives, with straight and curly apostrophes', () => {
    expect(forms("Hegseth's plan")).toEqual(['Hegseth', "'s", 'plan']);
    expect(forms('Trump’s order')).toEqual(['Trump', '’s', 'order']);
    expect(forms("the parents' choice")).toEqual(['the', 'parents', "'", 'choice']);
    expect(forms("I.B.M.'s chief, the 1990's")).toEqual(['I.B.M.', "'s", 'chief', ',', 'the', "1990's"]);
  });

  it('splits whole-word contractions from the data file into their parts', () => {
    expect(forms('We cannot wait, we are gonna win.')).toEqual(['We', 'can', 'not', 'wait', ',', 'we', 'are', 'gon', 'na', 'win', '.']);
  });

  it('keeps apostrophe-initial words and decades whole', () => {
    expect(forms("Let 'em in since the '90s")).toEqual(['Let', "'em", 'in', 'since', 'the', "'90s"]);
  });

  it('gives each part of a split word its exact sub-offsets', () => {
    const text = 'He cannot go.';
    const t = tokenize(text);
    expect(t.map((x) => [x.start, x.end])).toEqual([[0, 2], [3, 6], [6, 9], [10, 12], [12, 13]]);
  });

  it('splits quotes and brackets off words, curly and straight', () => {
    expect(forms('“We will win,” he said. "No," she said (quietly).')).toEqual([
      '“', 'We', 'will', 'win', ',', '”', 'he', 'said', '.', '"', 'No', ',', '"', 'she', 'said', '(', 'quietly', ')', '.',
    ]);
    expect(forms("‘Single’ quotes")).toEqual(['‘', 'Single', '’', 'quotes']);
  });

  it('splits hyphenated compounds but keeps prefixes and compound numerals', () => {
    expect(forms('a long-term, well-known deal')).toEqual(['a', 'long', '-', 'term', ',', 'well', '-', 'known', 'deal']);
    expect(forms('an e-mail from a non-profit co-founder, twenty-one of them')).toEqual([
      'an', 'e-mail', 'from', 'a', 'non-profit', 'co-founder', ',', 'twenty-one', 'of', 'them',
    ]);
  });

  it('keeps numbers, times, dates and phone numbers whole; splits currency, percent and ranges', () => {
    expect(forms('$1,000.50 and 3.5% at 10:30 on 2025-03-06 or 11/20/2000, call 713-853-3989, in 1969-1970')).toEqual([
      '$', '1,000.50', 'and', '3.5', '%', 'at', '10:30', 'on', '2025-03-06', 'or', '11/20/2000', ',', 'call', '713-853-3989', ',',
      'in', '1969', '-', '1970',
    ]);
    expect(forms('at 7:30pm for 65k')).toEqual(['at', '7:30', 'pm', 'for', '65', 'k']);
    expect(forms('the 1st and 20th, 1990s')).toEqual(['the', '1st', 'and', '20th', ',', '1990s']);
  });

  it('keeps URLs, e-mail addresses, handles and hashtags whole', () => {
    expect(forms('See https://example.com/a-b?x=1. Mail desk@news.org or @POTUS #MeToo (www.bbc.co.uk).')).toEqual([
      'See', 'https://example.com/a-b?x=1', '.', 'Mail', 'desk@news.org', 'or', '@POTUS', '#MeToo', '(', 'www.bbc.co.uk', ')', '.',
    ]);
  });

  it('keeps the period of abbreviations, titles and initials', () => {
    expect(forms('U.S. Defense Secretary Gen. Smith, Sen. Graham (R-S.C.) and Rep. Cole (D-N.Y.) met at 10 a.m.')).toEqual([
      'U.S.', 'Defense', 'Secretary', 'Gen.', 'Smith', ',', 'Sen.', 'Graham', '(', 'R', '-', 'S.C.', ')', 'and', 'Rep.', 'Cole',
      '(', 'D', '-', 'N.Y.', ')', 'met', 'at', '10', 'a.m.',
    ]);
    expect(forms('John F. Kennedy, Mr. and Mrs. Jones, Dr. Who Jr., Acme Inc. vs. Apple Ltd. on Feb. 3, etc.')).toEqual([
      'John', 'F.', 'Kennedy', ',', 'Mr.', 'and', 'Mrs.', 'Jones', ',', 'Dr.', 'Who', 'Jr.', ',', 'Acme', 'Inc.', 'vs.', 'Apple',
      'Ltd.', 'on', 'Feb.', '3', ',', 'etc.',
    ]);
  });

  it('keeps "No." only before a number', () => {
    expect(forms('He lives at No. 10 and said No.')).toEqual(['He', 'lives', 'at', 'No.', '10', 'and', 'said', 'No', '.']);
    // "p." is a page before a number; "P." elsewhere is still an initial
    expect(forms('See p. 5 on Leroy P. Steele')).toEqual(['See', 'p.', '5', 'on', 'Leroy', 'P.', 'Steele']);
  });

  it('groups repeated marks and ellipses', () => {
    expect(forms('Wait... what?! Really!!! *** —no')).toEqual(['Wait', '...', 'what', '?!', 'Really', '!!!', '***', '—', 'no']);
    expect(forms('He paused…then left')).toEqual(['He', 'paused', '…', 'then', 'left']);
  });

  it('splits a period left without its following space', () => {
    expect(forms('great service.The owner')).toEqual(['great', 'service', '.', 'The', 'owner']);
    expect(forms('Node.JS and e.g.')).toEqual(['Node.JS', 'and', 'e.g.']);
  });

  it('keeps an emoji sequence together and a prefixed currency whole', () => {
    expect(forms('Family👨‍👩‍👧 won 👍🏽!')).toEqual(['Family', '👨‍👩‍👧', 'won', '👍🏽', '!']);
    expect(forms('It cost US$4.5 billion')).toEqual(['It', 'cost', 'US$', '4.5', 'billion']);
  });

  it('never splits a surrogate pair and covers the text exactly', () => {
    const text = 'Fans 🎉cheered “loudly”… at 9:00 — O’Brien’s team, the Jets\' fans.';
    const toks = tokenize(text);
    for (const t of toks) {
      expect(t.end).toBeGreaterThan(t.start);
      const s = text.slice(t.start, t.end);
      expect(s.trim()).toBe(s);
      expect(/^[\uDC00-\uDFFF]/.test(s)).toBe(false);
    }
    // tokens are ordered, disjoint, and together cover every non-space character
    let covered = 0;
    for (let i = 0; i < toks.length; i++) {
      if (i) expect(toks[i]!.start).toBeGreaterThanOrEqual(toks[i - 1]!.end);
      covered += toks[i]!.end - toks[i]!.start;
    }
    expect(covered).toBe(text.replace(/\s/g, '').length);
  });
});

describe('tokenize: every data-file example fires', () => {
  it('abbreviations.tsv: the abbreviation is one token in its example', () => {
    for (const r of loadTsv('abbreviations.tsv').rows) {
      expect(forms(r.example!), `${r.abbr}: ${r.example}`).toContain(r.abbr);
    }
  });

  it('tokenize-contractions.tsv: the word splits into its parts in its example', () => {
    for (const r of loadTsv('tokenize-contractions.tsv').rows) {
      const got = forms(r.example!).map((f) => f.toLowerCase());
      const parts = r.parts!.toLowerCase().split(' ');
      const at = got.indexOf(parts[0]!);
      expect(at, `${r.form}: ${r.example} → ${got.join(' | ')}`).toBeGreaterThanOrEqual(0);
      expect(got.slice(at, at + parts.length), r.form).toEqual(parts);
    }
  });

  it('tokenize-hyphen-prefixes.tsv: the prefixed word stays one token', () => {
    for (const r of loadTsv('tokenize-hyphen-prefixes.tsv').rows) {
      const word = forms(r.example!).find((f) => f.toLowerCase().startsWith(`${r.prefix!.toLowerCase()}-`));
      expect(word, `${r.prefix}: ${r.example}`).toBeDefined();
    }
  });

  it('tokenize-units.tsv: the unit splits off the number', () => {
    for (const r of loadTsv('tokenize-units.tsv').rows) {
      const got = forms(r.example!);
      const at = got.findIndex((f) => f.toLowerCase() === r.unit);
      expect(at, `${r.unit}: ${r.example} → ${got.join(' | ')}`).toBeGreaterThan(0);
      expect(/^\d/.test(got[at - 1]!)).toBe(true);
    }
  });
});
