// The web app in headless Chromium: each page loads without errors, a person can be found by
// search, an article shows its quotes highlighted, the "why?" popover names the rule, and the
// timeline and network draw. Screenshots go to test-artifacts/ (git-ignored) for a human look.
// Skips with a message when /usr/bin/chromium is absent.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { repoRoot } from '../../src/core/paths.js';
import { createApp } from '../../src/server/app.js';
import type { Store } from '../../src/store/store.js';
import { fixtureStore } from '../server/helpers.js';
import { CHROMIUM, closeBrowserRun, hasChromium, launchChromium, serveApp } from '../helpers/browser.js';

if (!hasChromium) console.warn(`browser tests skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);
const shots = join(repoRoot, 'test-artifacts');

describe.runIf(!hasChromium)('web app in headless Chromium (skipped)', () => {
  it.skip(`skipped: ${CHROMIUM} is absent — install it (apt-get install -y chromium) to run the browser tests`, () => {});
});

describe.skipIf(!hasChromium)('web app in headless Chromium', () => {
  let store: Store;
  let dir: string;
  let server: ReturnType<typeof serve>;
  let base: string;
  let browser: BrowserContext;
  let profile: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ({ store, dir } = await fixtureStore());
    ({ server, base } = await serveApp(createApp({ store })));
    mkdirSync(shots, { recursive: true });
    ({ browser, profile } = await launchChromium());
  }, 60_000);

  afterAll(() => closeBrowserRun(browser, server, store, dir, profile));

  async function open(hash: string): Promise<Page> {
    const page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(`${hash}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(`${hash}: ${m.text()}`);
    });
    await page.goto(`${base}${hash}`);
    return page;
  }

  it('searches for a person and opens their page with quotes over time and roles', async () => {
    const page = await open('#/search');
    await page.waitForSelector('.article-hit');
    await page.screenshot({ path: join(shots, 'home.png'), fullPage: true });
    await page.fill('#search-q', 'Berg');
    await page.press('#search-q', 'Enter');
    await page.waitForSelector('a[href="#/person/person-anna-berg"]');
    await page.screenshot({ path: join(shots, 'search.png'), fullPage: true });
    await page.click('a[href="#/person/person-anna-berg"]');
    await page.waitForSelector('#person-quotes .quote-item');
    const quotes = await page.locator('#person-quotes .quote-item .quote-text').allTextContents();
    expect(quotes).toEqual(['we will not retreat from the talks.', 'Norland would send grain to Vestria', 'Our neighbours are hungry and we will help,']);
    const roles = await page.locator('#roles tbody tr td:first-child').allTextContents();
    expect(roles).toEqual(['Defence Minister', 'Prime Minister']);
    await page.screenshot({ path: join(shots, 'person.png'), fullPage: true });
    await page.close();
  });

  it('opens an article with quotes highlighted and a "why?" popover naming the rule', async () => {
    const page = await open('#/article/a2');
    await page.waitForSelector('#article-text .hl-quote');
    const highlighted = await page.locator('#article-text .hl-quote').allTextContents();
    expect(highlighted.join('')).toContain('Our neighbours are hungry and we will help,');
    expect(await page.locator('#article-text .hl-entity').count()).toBeGreaterThan(3);
    expect(await page.locator('#article-text .hl-event').count()).toBeGreaterThan(0);
    // the rendered text is the article text, unchanged
    expect(await page.locator('#article-text').textContent()).toMatch(/^Prime Minister Anna Berg said Norland would send grain/);
    await page.locator('#article-text .hl-quote', { hasText: 'hungry' }).first().click();
    await page.waitForSelector('#popover:not([hidden])');
    const pop = await page.locator('#popover').textContent();
    expect(pop).toContain('why?');
    expect(pop).toContain('quotes:fixture');
    await page.screenshot({ path: join(shots, 'article.png'), fullPage: true });
    await page.close();
  });

  it('draws the actor page, the timeline chart and the network graph', async () => {
    let page = await open('#/actor/gpe-norland');
    await page.waitForSelector('#actor-events tbody tr');
    expect(await page.locator('#actor-events tbody tr').count()).toBe(5);
    await page.waitForFunction(() => ((document.querySelector('#actor-chart') as HTMLCanvasElement | null)?.width ?? 0) > 0);
    await page.screenshot({ path: join(shots, 'actor.png'), fullPage: true });
    await page.close();

    page = await open('#/timeline?dyad=gpe-norland,gpe-vestria&bucket=day');
    await page.waitForSelector('#timeline-chart');
    const drawn = await page.waitForFunction(() => {
      const w = window as unknown as { Chart?: { getChart: (c: Element) => { data: { labels: string[] } } | undefined } };
      const c = document.querySelector('#timeline-chart');
      return c && w.Chart?.getChart(c)?.data.labels;
    });
    // a real time axis: every day from the first to the last event, the quiet ones too
    expect(await drawn.jsonValue()).toEqual(['2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07', '2025-03-08', '2025-03-09', '2025-03-10', '2025-03-11', '2025-03-12']);
    await page.screenshot({ path: join(shots, 'timeline.png'), fullPage: true });
    await page.close();

    page = await open('#/network');
    await page.waitForFunction(() => (window as unknown as { __cy?: { edges: () => { length: number } } }).__cy?.edges().length);
    const counts = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: { nodes: () => { length: number }; edges: () => { length: number } } }).__cy;
      return [cy.nodes().length, cy.edges().length];
    });
    expect(counts).toEqual([3, 7]);
    await page.screenshot({ path: join(shots, 'network.png'), fullPage: true });
    await page.close();
  });

  it('shows server errors as messages, not blank pages', async () => {
    const page = await open('#/article/no-such-article');
    await page.waitForSelector('.error');
    expect(await page.locator('.error').textContent()).toContain('E041');
    await page.close();
    expect(pageErrors.filter((e) => !e.includes('404'))).toEqual([]);
  });
});
