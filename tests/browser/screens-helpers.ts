// Shared by the screens' browser tests.
import type { Page } from 'playwright-core';

/** Open a screen and wait until the app (not only the prerendered HTML) has drawn it and its data. */
export async function openScreen(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
  await waitForScreen(page);
}

/** Wait for the app's render and for loading states ("Đang tải…", "Đang tìm…") to clear. */
export async function waitForScreen(page: Page): Promise<void> {
  await page.waitForSelector('html[data-app=ready]', { timeout: 15_000 });
  await page.waitForFunction(() => !document.querySelector('main [role=status]')?.textContent?.startsWith('Đang '), null, { timeout: 10_000 });
}
