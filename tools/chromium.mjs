// Starts Debian's Chromium headless through puppeteer-core, with the flags this machine
// needs (no sandbox as root, no background network) and a throw-away profile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findProgram } from './test-programs.mjs';

/**
 * @param {import('puppeteer-core').LaunchOptions & { extraArgs?: string[] }} [options] puppeteer's
 *   options; `extraArgs` adds flags to these (`args` would replace them)
 */
export async function launchChromium({ extraArgs = [], ...options } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'pekso-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: findProgram('chromium'),
    headless: true,
    args: [
      '--no-sandbox', '--headless=new', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // New headless Chromium loads the address bar's pop-up (chrome://omnibox-popup.top-chrome,
      // hundreds of scripts) for every new window and browser context: CPU taken from the page.
      '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
      `--user-data-dir=${profile}`,
      ...extraArgs,
    ],
    ...options,
  });
  // Chromium may still be writing its profile as it exits: retry, and never fail on it.
  browser.once('disconnected', () => {
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch {
      /* a temp folder left behind is harmless */
    }
  });
  return browser;
}
