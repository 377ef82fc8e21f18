// End-to-end generalisation beyond the seed: six invented wire stories (fiction written for this
// project; see the header of each *.gold.json) run through analyze() and scored with scoreSeed, the
// port of `score.py seed`. The floors are what a good system must do on every article — every
// non-optional quote found with its speaker and cue, every gold addressee and quote date, every
// non-optional date with its value, every person with the right country, every non-optional event
// with its CAMEO root, source and target. Where the system falls short today the assertion stays
// and the test is marked `it.fails` with the gap named in KNOWN_GAPS, so a fix shows up as a
// failing `it.fails` (remove the entry then). Golds are never edited to match the output.
//
// Negative texts (negative-*.txt: sports, weather, product review, recipe) check that scare quotes,
// nicknames and titles of works yield no quote, that every quote found is one of the genuine ones,
// and that they yield fewer than one event per ten sentences.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlesDir, loadArticles, runArticle } from '../../eval/articles.js';
import { spanViolations } from '../helpers/assert-spans.js';

type Layer = 'direct quotes' | 'indirect quotes' | 'addressees' | 'quote dates' | 'dates' | 'people' | 'IGO officials' | 'entity types' | 'events';

// article/layer → the gap, measured on the current pipeline (details in the report).
const KNOWN_GAPS: Record<string, string> = {
  'chad-au-suspension/addressees': 'quotes: "demanded that the junta …" has no addressee (gold: Chad, the side the envoy met); a demand names no listener in the text',
  'chad-au-suspension/events':
    'events: "the United States said it would halt $80 million in development aid" (16) not extracted: the tagger reads "halt" as an adverb of "$"',
  'japan-philippines-pact/events':
    'events: "Japan delivered the first of five patrol vessels to the Philippine coast guard" (07) not extracted (the parser heads the object by "first"; "coast guard" is no actor word)',
  'kenya-drought-aid/entity types':
    'entities: "said Abdi Hassan, a herder from Lodwar who walked three days" — the NER model retrained without UNER EWT (session 16) reads the unknown town "Lodwar" as a person (the old model found a place); no refiner yet makes a one-word name after "a <person noun> from" a place',
  'kashmir-shelling/events':
    'events: "Indian troops shelled villages" not coded: the parser reads "shelled" as an adjective of "villages" (no verb to trigger on)',
};

// article → the span violations (assertSpans) the current output has, each exactly as reported, so
// the check stays exact: a new violation (a shifted span) fails, and so does a fixed one (remove it).
const KNOWN_SPAN_VIOLATIONS: Record<string, string[]> = {};

const articles = loadArticles();

describe('end-to-end articles (invented, test/articles)', () => {
  it('has six articles, each with a publication date and non-empty layers', () => {
    expect(articles.length).toBe(6);
    for (const a of articles) {
      expect(a.gold.article.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(a.gold.quotes.length).toBeGreaterThan(0);
      expect(a.gold.events.length).toBeGreaterThan(0);
      // every gold span is really in the text (a typo in a gold would silently score as a miss)
      for (const q of a.gold.quotes) for (const part of q.content.split(/(?<=[,.]) (?=[A-Z])/)) expect(a.text).toContain(part.replace(/,$/, ''));
      for (const d of a.gold.dates) expect(a.text).toContain(d.text);
    }
  });

  for (const a of articles) {
    describe(a.name, () => {
      const { doc, score: r } = runArticle(a);
      const check = (layer: Layer, body: () => void) => {
        const gap = KNOWN_GAPS[`${a.name}/${layer}`];
        if (gap) it.fails(`${layer} [known gap: ${gap}]`, body);
        else it(layer, body);
      };

      // Against the input text, not the output's own text (which the writer slices from the same
      // offsets, so comparing the two could never fail).
      it('keeps every span of every layer consistent with the input text', () => {
        expect(spanViolations(doc, a.text)).toEqual(KNOWN_SPAN_VIOLATIONS[a.name] ?? []);
      });

      check('direct quotes', () => {
        const direct = r.quotes.detail.filter((d) => d.kind === 'direct' || d.kind === 'partial');
        expect(direct.filter((d) => !(d.found && d.speaker && d.cue))).toEqual([]);
      });
      check('indirect quotes', () => {
        const indirect = r.quotes.detail.filter((d) => d.kind !== 'direct' && d.kind !== 'partial');
        expect(indirect.filter((d) => !(d.found && d.speaker && d.cue))).toEqual([]);
      });
      check('addressees', () => expect(r.quotes.detail.filter((d) => !d.addressee)).toEqual([]));
      check('quote dates', () => expect(r.quotes.detail.filter((d) => !d.date)).toEqual([]));
      check('dates', () => expect(r.dates.detail.filter((d) => !d.right)).toEqual([]));
      check('people', () => expect(r.people.detail.filter((d) => !d.right)).toEqual([]));
      // The scorer accepts any country for a person whose gold country is not ISO (an IGO official:
      // UN, EU, AU); but these officials are invented and nothing in the text gives a nationality,
      // so a state's code (typically the dateline's) is unsupported as an earned country; a country
      // from the article's context is marked (country_source story/dateline, issue 12/13) and allowed.
      check('IGO officials', () => {
        const wrong = a.gold.entities
          .filter((g) => g.type === 'PERSON' && (g.country ?? '').length !== 3)
          .flatMap((g) => {
            const surname = g.name.split(' ').at(-1)!.toLowerCase();
            const e = doc.entities.find((e) => e.type === 'PERSON' && e.name.toLowerCase().split(' ').includes(surname));
            const context = e?.country_source === 'story' || e?.country_source === 'dateline';
            return e && !context && /^[A-Z]{3}$/.test(e.country ?? '') ? [`${e.name}: ${e.country}`] : [];
          });
        expect(wrong).toEqual([]);
      });
      check('entity types', () => {
        const places = new Set(a.gold.entities.filter((g) => g.type !== 'PERSON').map((g) => g.name.toLowerCase()));
        expect(doc.entities.filter((e) => e.type === 'PERSON' && places.has(e.name.toLowerCase())).map((e) => e.name)).toEqual([]);
      });
      check('events', () => expect(r.events.detail.filter((d) => !d.found)).toEqual([]));
    });
  }
});

// Quoted strings that are not speech (scare quotes, nicknames, names, titles of works) and the
// genuine quotes each negative text contains.
const NEGATIVES: Record<string, { notSpeech: string[]; genuine: string[] }> = {
  sports: {
    notSpeech: ['The Engine', 'Red and White'],
    genuine: ['We were patient, and the goals came,', 'The players deserve this.', 'his side had been "too soft" in midfield'],
  },
  weather: {
    notSpeech: ['bomb cyclone'],
    genuine: [
      'A powerful storm will bring heavy rain and strong winds to much of the northeast on Thursday',
      'that up to 3 inches of rain could fall in parts of New England',
    ],
  },
  review: { notSpeech: ['Night Vision', 'The Long Harbour', 'AI assistant', 'Sage'], genuine: [] },
  recipe: { notSpeech: ['Sunday cake'], genuine: [] },
};

const NEGATIVE_GAPS: Record<string, string> = {
};

describe('negative texts', () => {
  for (const [name, spec] of Object.entries(NEGATIVES)) {
    describe(name, () => {
      const text = readFileSync(join(articlesDir, `negative-${name}.txt`), 'utf8');
      const doc = runArticle({ name: `negative-${name}`, text, gold: { article: { file: '', published: '2026-01-10' }, entities: [], quotes: [], dates: [], events: [] } }).doc;
      const at = (s: string) => {
        const i = text.indexOf(s);
        if (i < 0) throw new Error(`negative-${name}: "${s}" is not in the text`);
        return [i, i + s.length] as const;
      };
      const quoteText = (q: (typeof doc.quotes)[number]) => q.content.map((s) => s.text).join(' | ');
      const check = (title: string, body: () => void) => {
        const gap = NEGATIVE_GAPS[`${name}/${title}`];
        if (gap) it.fails(`${title} [known gap: ${gap}]`, body);
        else it(title, body);
      };

      it('keeps every span of every layer consistent with the input text', () => {
        expect(spanViolations(doc, text)).toEqual([]);
      });

      check('no quote from scare quotes, nicknames or titles', () => {
        const bad = doc.quotes.filter((q) =>
          spec.notSpeech.some((s) => {
            const [a, b] = at(s);
            return q.content.some((c) => c.start < b && c.end > a);
          }),
        );
        expect(bad.map(quoteText)).toEqual([]);
      });

      check('only genuine quotes', () => {
        const spans = spec.genuine.map(at);
        const bad = doc.quotes.filter((q) => !q.content.every((c) => spans.some(([a, b]) => c.start < b && c.end > a)));
        expect(bad.map((q) => `${q.kind} "${quoteText(q)}" cue=${q.cue?.text ?? null}`)).toEqual([]);
      });

      check('fewer than one event per ten sentences', () => {
        expect(doc.sentences.length).toBeGreaterThanOrEqual(10);
        expect(doc.events.length * 10).toBeLessThan(doc.sentences.length);
      });

      check('no conflict event (roots 14-20) in a text with no political actor', () => {
        const conflict = doc.events.filter((v) => Number(String(v.root ?? String(v.cameo).slice(0, 2))) >= 14);
        expect(conflict.map((v) => `${v.cameo} "${v.evidence.text}"`)).toEqual([]);
      });
    });
  }
});
