// entities/suffix-ends-name.ts: a corporate suffix ends a company's name.
import { describe, expect, it } from 'vitest';
import { analyzeEntities } from './run.js';

const orgNames = (text: string) => analyzeEntities(text).entities.filter((e) => e.type === 'ORG').map((e) => e.name);

describe('a corporate suffix ends the name', () => {
  it('a capitalised word after "Corporation" is not part of the company ("the J.M. Huber Corporation Guaranty", UNER EWT dev)', () => {
    expect(orgNames('Please forward a copy of the J.M. Huber Corporation Guaranty to my attention.')).toEqual(['J.M. Huber Corporation']);
  });

  it('a suffix before a connector is inside the name, and two suffixes in a row end it together', () => {
    expect(orgNames('The Corporation for Public Broadcasting said on Monday it would close.')).toEqual(['Corporation for Public Broadcasting']);
    expect(orgNames('Samsung Electronics Co. Ltd. said profits rose.')).toEqual(['Samsung Electronics Co. Ltd.']);
  });
});
