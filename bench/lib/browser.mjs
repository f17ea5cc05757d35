// Headless Debian Chromium through puppeteer-core, and a fresh browser context per
// measurement so that no run inherits another's caches, heap or compiled code.
import { launchChromium } from '../../tools/chromium.mjs';

export const VIEWPORT = { width: 1280, height: 800 };

export async function launchBrowser() {
  const browser = await launchChromium({ defaultViewport: VIEWPORT });
  return { browser, close: () => browser.close() };
}

/**
 * Opens `url` in a new, empty browser context, runs `fn(page)` and closes the context.
 * `init` is a function evaluated in the page before any of its own scripts; `viewport`
 * replaces the default 1280×800; `before(page)` runs before the navigation (throttling).
 */
export async function withFreshPage(browser, url, fn, { init, viewport, before } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    if (viewport) await page.setViewport(viewport);
    page.on('pageerror', (error) => console.error(`  page error on ${url}: ${error.message}`));
    if (init) await page.evaluateOnNewDocument(init);
    if (before) await before(page);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    return await fn(page);
  } finally {
    await context.close();
  }
}

/** Waits for window.__ready (set by the page once rendered and painted) and returns it. */
export async function readyTime(page) {
  const handle = await page.waitForFunction(() => window.__ready, { timeout: 60_000, polling: 50 });
  return handle.jsonValue();
}
