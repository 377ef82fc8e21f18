// POST /articles on the extraction workers: a long job answers 202 with a job id that later holds
// the stored ids; an article over the time budget fails with E051; a document that breaks the
// output contract is never stored (E052).
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { makeDoc } from '../../src/store/fixtures.js';
import { fixtureStore } from './helpers.js';

const TOKEN = 'post-workers-token';
const post = (app: ReturnType<typeof createApp>, body: unknown) =>
  app.request('/articles', { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('POST /articles on workers', () => {
  it('answers 202 with a job when the work is long, and the job ends with the stored ids', async () => {
    const { store } = await fixtureStore();
    const app = createApp({ store, token: TOKEN, jobAfterMs: 0 });
    try {
      const res = await post(app, { id: 'job-1', text: 'Rebels attacked the town on Monday, officials said.' });
      expect(res.status).toBe(202);
      const { job, href } = await res.json();
      expect(href).toBe(`/jobs/${job}`);
      let j: { status: string; result?: { ids: string[] } } = { status: 'running' };
      for (let i = 0; i < 240 && j.status === 'running'; i++) {
        await new Promise((r) => setTimeout(r, 250));
        j = await (await app.request(href)).json();
      }
      expect(j.status).toBe('done');
      expect(j.result!.ids).toEqual(['job-1']);
      expect((await app.request('/articles/job-1')).status).toBe(200);
      expect((await app.request('/jobs/no-such-job')).status).toBe(404);
    } finally {
      await app.close();
    }
  }, 120_000);

  it('with the SQLite path, the worker stores the article itself and the server reads it', async () => {
    const { store, path } = await fixtureStore();
    const app = createApp({ store, token: TOKEN, sqlitePath: path, jobAfterMs: 120_000 });
    try {
      const before = (await (await app.request('/stats')).json()).counts.articles;
      const res = await post(app, { articles: [{ id: 'w-1', text: 'Rebels attacked the town on Monday.' }, { id: 'w-2', text: '\u200b' }] });
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body).toMatchObject({ inserted: 1, ids: ['w-1'], failures: [{ index: 1, code: 'E003' }] });
      expect((await app.request('/articles/w-1')).status).toBe(200);
      // the cache was cleared by the insert
      expect((await (await app.request('/stats')).json()).counts.articles).toBe(before + 1);
    } finally {
      await app.close();
    }
  }, 120_000);

  it('fails an article over the time budget with E051', async () => {
    const { store } = await fixtureStore();
    // jobAfterMs: the answer waits for the result even when starting the workers is slow on a loaded
    // machine (the default 2 s turned it into a 202 job under CI load)
    const app = createApp({ store, token: TOKEN, timeoutMs: 1, jobAfterMs: 100_000 });
    try {
      const res = await post(app, { text: 'Rebels attacked the town on Monday.\n'.repeat(50) });
      expect(res.status).toBe(422);
      expect((await res.json()).failures).toEqual([{ index: 0, code: 'E051', message: expect.stringContaining('longer than 1 ms') }]);
    } finally {
      await app.close();
    }
  }, 120_000);

  it('never stores a document that breaks the output contract', async () => {
    const { store } = await fixtureStore();
    const app = createApp({
      store,
      token: TOKEN,
      extract: (a) => {
        const doc = makeDoc({ id: 'bad', text: a.text });
        return { ...doc, sentences: [{ start: 5, end: 2 }], source: a.source };
      },
    });
    const res = await post(app, { id: 'bad', text: 'Rebels attacked the town.' });
    expect(res.status).toBe(422);
    expect((await res.json()).failures[0].code).toBe('E052');
    expect((await app.request('/articles/bad')).status).toBe(404);
  });
});
