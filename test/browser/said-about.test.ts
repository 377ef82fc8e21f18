// "Quotes by X about Y" in the browser, on real extractions: the bundled samples and the first
// Wikinews articles (when ../shared is here: test/helpers/shared.ts) are extracted with the default pipeline and stored; a speaker–subject pair is
// taken from the API's answer (none is assumed), then the actor page's "said about them" section,
// filtered by that speaker, must show exactly the quotes GET /quotes?speaker=X&about=Y returns.
// Skips with a message when /usr/bin/chromium is absent.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { wikinews } from '../../bench/corpora.js';
import { analyze } from '../../src/index.js';
import { repoRoot, sharedPath } from '../../src/core/paths.js';
import { createApp } from '../../src/server/app.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { QuoteOut, Store, StoreDoc } from '../../src/store/store.js';
import { sharedPresent } from '../helpers/shared.js';
import { closeBrowserRun, hasChromium, launchChromium, serveApp } from '../helpers/browser.js';

const shots = join(repoRoot, 'test-artifacts');

describe.skipIf(!hasChromium)('"quotes by X about Y" in the web app', () => {
  let store: Store;
  let dir: string;
  let server: ReturnType<typeof serve>;
  let base: string;
  let browser: BrowserContext;
  let profile: string;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-said-about-'));
    store = openSqliteStore(join(dir, 'db.sqlite'));
    const samples = readdirSync(join(repoRoot, 'samples')).filter((f) => f.endsWith('.json')).sort()
      .map((f) => JSON.parse(readFileSync(join(repoRoot, 'samples', f), 'utf8')) as { id: string; text: string; title?: string; url?: string; published?: string });
    const inputs = [...samples, ...(sharedPresent(sharedPath('data', 'wikinews')) ? wikinews().slice(0, 40) : [])];
    const docs = inputs.map((a) => analyze(a.text, { id: a.id, title: a.title ?? null, url: a.url ?? null, published: a.published ?? null }) as unknown as StoreDoc);
    await store.writeBatch(docs.map((doc) => ({ kind: 'doc', doc })));
    app = createApp({ store });
    ({ server, base } = await serveApp(app));
    mkdirSync(shots, { recursive: true });
    ({ browser, profile } = await launchChromium());
  }, 120_000);

  afterAll(() => closeBrowserRun(browser, server, store, dir, profile));

  it('shows the quotes a speaker said about an actor on that actor\'s page', async () => {
    // a pair from the data: the subject most quoted about by someone else
    const quotes = (await (await app.request('/quotes?limit=500')).json()) as { items: QuoteOut[] };
    const pairs = new Map<string, number>();
    for (const q of quotes.items) {
      for (const a of q.about?.actors ?? []) {
        if (q.speaker.actor && a.id !== q.speaker.actor) pairs.set(`${q.speaker.actor}\n${a.id}`, (pairs.get(`${q.speaker.actor}\n${a.id}`) ?? 0) + 1);
      }
    }
    expect(pairs.size).toBeGreaterThan(0);
    const [speaker, subject] = [...pairs].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0].split('\n') as [string, string];
    const api = (await (await app.request(`/quotes?speaker=${encodeURIComponent(speaker)}&about=${encodeURIComponent(subject)}&limit=500`)).json()) as { items: QuoteOut[]; total: number };
    expect(api.total).toBeGreaterThan(0);

    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}#/actor/${encodeURIComponent(subject)}`);
    await page.waitForSelector('#said-about #said-about-speaker');
    const unfiltered = Number(await page.locator('#said-about-count').textContent());
    expect(unfiltered).toBeGreaterThanOrEqual(api.total);
    await page.selectOption('#said-about-speaker', speaker);
    await page.waitForFunction((n) => document.querySelector('#said-about-count')?.textContent === String(n), api.total);
    const shown = await page.locator('#said-about-list .quote-item .quote-text').allTextContents();
    expect(shown).toEqual(api.items.map((q) => q.text));
    const speakers = await page.locator('#said-about-list .quote-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-speaker')));
    expect(new Set(speakers)).toEqual(new Set([speaker]));
    await page.screenshot({ path: join(shots, 'said-about.png'), fullPage: true });
    // the same answer from a link: #/actor/Y?by=X
    await page.goto(`${base}#/actor/${encodeURIComponent(subject)}?by=${encodeURIComponent(speaker)}`);
    await page.reload();
    await page.waitForFunction((n) => document.querySelector('#said-about-count')?.textContent === String(n), api.total);
    await page.close();
    expect(errors).toEqual([]);
  }, 60_000);
});
