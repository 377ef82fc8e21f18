// A titled person is one entity with their later mentions: the model may start a name inside its
// title ("Chief | Executive Tim Cook"; split-titles.ts peels the title's tail), and a surname of
// several words ("de Blasio", "De La Fuente") joins the full name it ends (cluster.ts byTail).
// Invented people where the case is not about the knowledge base; Tim Cook is one the shipped
// model starts inside his title.
import { describe, expect, it } from 'vitest';
import { analyzeEntities, entityWith, mentionTexts } from './run.js';

describe('titled names and surnames of several words', () => {
  it('a name the model began inside its title keeps only the name', () => {
    const doc = analyzeEntities('Chief Executive Tim Cook of Apple spoke at the event. Cook said sales rose.');
    const e = entityWith(doc, 'Tim Cook');
    expect(e).toBeDefined();
    expect(mentionTexts(doc, e!)).toContain('Cook');
    expect(doc.entities.some((x) => mentionTexts(doc, x).some((t) => /Executive/.test(t)))).toBe(false);
  });

  it('a lower-case particle surname joins the full name, also capitalised at a sentence start', () => {
    const doc = analyzeEntities('Mayor Bill de Varlo said the city was ready. De Varlo added that the plan was sound. Critics said de Varlo was wrong.');
    const e = entityWith(doc, 'Bill de Varlo');
    expect(e).toBeDefined();
    expect(mentionTexts(doc, e!)).toContain('De Varlo');
    // every mention of the man is in the one entity
    expect(doc.entities.filter((x) => x.type === 'PERSON' && mentionTexts(doc, x).some((t) => /Varlo/.test(t)))).toHaveLength(1);
  });

  it('a double surname joins the full name; another person with the last word alone does not', () => {
    const doc = analyzeEntities('Governor Pedro Ramal Quintero signed the bill on Monday. Ramal Quintero said it would pass. Ana Quintero, a senator, disagreed.');
    const e = entityWith(doc, 'Pedro Ramal Quintero');
    expect(e).toBeDefined();
    expect(mentionTexts(doc, e!)).toContain('Ramal Quintero');
    expect(mentionTexts(doc, e!)).not.toContain('Ana Quintero');
  });
});
