// Browser helpers for the LMS tests: Debian's Chromium (see scripts/chromium.mjs).
import { launchChromium as launch } from '../../../tools/chromium.mjs';

export async function launchChromium() {
  const browser = await launch();
  return { browser, close: () => browser.close() };
}

/** Polls `check` (async, returns a value or falsy) until it gives a truthy value. */
export async function waitFor(check, { timeout = 5000, interval = 50, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await check();
    if (last) return last;
    await new Promise((r) => setTimeout(r, interval));
  }
  throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
}
