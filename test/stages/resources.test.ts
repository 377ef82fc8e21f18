// Resources are passed in: a pipeline over other resources reads their knowledge base (here with a
// user actor file), each part loads once per Resources, and two Resources share no state.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { createResources, resourceOptionsFromEnv } from '../../src/stages/resources.js';

const TEXT = 'Tove Aalto said on Monday that the talks would resume in Helsinki next week.\n';

function userFile(): string {
  const f = join(mkdtempSync(join(tmpdir(), 'ng-res-')), 'actors.tsv');
  writeFileSync(f, '# source: test\n# license: test\nname\taliases\tcountry\trole\tsector\tfrom\tto\nTove Aalto\tAalto\tFIN\tTrade Minister\tGOV\t\t\n');
  return f;
}

describe('resources passed in', () => {
  it('a pipeline over resources with a user actor file knows that person; the default one does not', () => {
    const plain = defaultPipeline(createResources()).run(createDoc(TEXT, { published: '2025-03-07' }));
    const user = defaultPipeline(createResources({ userActorFiles: [userFile()] })).run(createDoc(TEXT, { published: '2025-03-07' }));
    const person = (d: typeof plain) => d.entities.find((e) => e.name === 'Tove Aalto');
    expect(person(plain)?.country ?? null).toBeNull();
    expect(person(user)).toMatchObject({ country: 'FIN', role: 'Trade Minister', actor_code: 'FINGOV' });
  });

  it('loads each part once per Resources, and two Resources share no knowledge base', () => {
    const a = createResources({ nerModel: null });
    const b = createResources({ nerModel: null });
    expect(a.kb).toBe(a.kb);
    expect(a.lexicons.events).toBe(a.lexicons.events);
    expect(a.models.ner).toBeNull();
    expect(a.kb).not.toBe(b.kb);
    a.kb.addObservation({ person: 'Tove Aalto', country: 'FIN', sector: 'GOV', title: 'Trade Minister', date: '2025-01-01', rule: 'test' });
    expect(a.kb.roleOf('Tove Aalto', '2025-02-01')).toMatchObject({ country: 'FIN' });
    expect(b.kb.roleOf('Tove Aalto', '2025-02-01')).toBeNull();
  });

  it('maps NEWSGRAPH_ACTORS and NEWSGRAPH_NER_MODEL to options in one place', () => {
    const f = userFile();
    const o = resourceOptionsFromEnv({ NEWSGRAPH_ACTORS: f, NEWSGRAPH_NER_MODEL: '/nowhere/ner' });
    expect(o.userActorFiles).toContain(f);
    expect(o.nerModel).toBe('/nowhere/ner');
    expect(createResources(o).models.ner).toBeNull();
    expect(resourceOptionsFromEnv({}).userActorFiles).not.toContain(undefined);
  });

  it('a bad user actor file fails with E030 naming it', () => {
    const f = join(mkdtempSync(join(tmpdir(), 'ng-res-')), 'bad.tsv');
    writeFileSync(f, '# source: test\nwho\twhere\nA\tB\n');
    expect(() => createResources({ userActorFiles: [f] }).kb).toThrow(/E030.*bad\.tsv/);
  });
});
