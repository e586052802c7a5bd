// Shared set-up for the real-Chromium tests: Debian's Chromium (or CHROME_PATH) driven by
// playwright-core, against dist/ served the way a static host serves it.
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type LaunchOptions } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer, type StaticServer } from '../../src/server/static-server.ts';
import { chromePath } from '../setup/system-deps-plan.ts';

export const CHROME_PATH = chromePath(process.env.CHROME_PATH);
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

export function launchOptions(extra: LaunchOptions = {}): LaunchOptions {
  return { executablePath: CHROME_PATH, args: CHROME_ARGS, headless: true, timeout: 30_000, ...extra };
}

/** Serve a built directory (default dist/) on a free loopback port. */
export async function serveDist(dir = process.env.DIST_DIR ?? 'dist'): Promise<StaticServer> {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/index.html missing: run \`vite build\` before the browser tests`);
  return startStaticServer(dir, 0);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

/**
 * A persistent (non-incognito) context: needed where Chromium treats incognito differently
 * (installability, storage persistence). Returns a disposer that also deletes the profile.
 */
export async function launchPersistent(viewport = PHONE): Promise<{ context: BrowserContext; dispose(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'antq-chromium-'));
  const context = await chromium.launchPersistentContext(dir, { ...launchOptions(), viewport });
  return {
    context,
    dispose: async () => {
      await context.close().catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The built app served and one Chromium launched for a test file (or describe block): registers
 * beforeAll/afterAll and returns an object whose `server` and `browser` are set once they run.
 */
export function servedApp(): { server: StaticServer; browser: Browser } {
  const app = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    app.server = await serveDist();
    app.browser = await launchBrowser();
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
