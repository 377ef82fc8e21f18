import { describe, expect, it } from 'vitest';
import type { Token } from './doc.js';
import { lowerForms } from './lower-forms.js';

const tok = (form: string) => ({ form }) as Token;

describe('lowerForms', () => {
  it('lower-cases every form once per token array, and a new array anew', () => {
    const tokens = [tok('The'), tok('NATO'), tok('Élysée'), tok(',')];
    const first = lowerForms(tokens);
    expect(first).toEqual(['the', 'nato', 'élysée', ',']);
    expect(lowerForms(tokens)).toBe(first);
    const other = [tok('Said')];
    expect(lowerForms(other)).toEqual(['said']);
    expect(lowerForms(other)).not.toBe(first);
  });
});
