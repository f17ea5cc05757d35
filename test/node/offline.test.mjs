// The offline file, as a student gets it: shared as an attachment (copied on its own to
// another folder, under another name) and opened from file:// with the network disabled,
// in Chromium and Firefox. Everything it needs is inside it.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findProgram } from '../../tools/test-programs.mjs';
import { launchChromium } from '../../tools/chromium.mjs';
import { loadContent } from '../../build/content/load.mjs';

const content = loadContent();
const folder = mkdtempSync(join(tmpdir(), 'pekso-attachment-'));
after(() => rmSync(folder, { recursive: true, force: true }));

/**
 * Every request must stay on the disk: a request to the network would fail here anyway.
 * `data:` URLs are not requests to anywhere (Firefox loads a font of its own that way now
 * and then): the test looks at the rest.
 */
const leavesTheDisk = (url) => !url.startsWith('file:') && !url.startsWith('data:');

async function openOffline(browser, file, { offline }) {
  const page = await browser.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  if (offline) await page.setOfflineMode(true);
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => document.querySelector('pekso-fields')?.shadowRoot?.querySelector('.button') && document.querySelector('pekso-check')?.shadowRoot?.querySelector('legend'));
  const seen = await page.evaluate(async () => {
    const fields = /** @type {any} */ (document.querySelector('pekso-fields'));
    fields.shadowRoot.querySelector('.button').click();
    await fields.updateComplete;
    return {
      open: fields.shadowRoot.querySelectorAll('[aria-expanded="true"]').length,
      names: fields.shadowRoot.querySelectorAll('.item').length,
      legend: document.querySelector('pekso-check').shadowRoot.querySelector('legend').textContent,
    };
  });
  await page.close();
  return { seen, requests, errors };
}

describe('the offline file, shared as an attachment', { timeout: 120_000 }, () => {
  for (const { code: lang } of content.languages) {
    it(`pekso-fields.${lang}.html carries the script, the styles and the no-script text in itself`, () => {
      const html = readFileSync(new URL(`../../dist/pekso-fields.${lang}.html`, import.meta.url), 'utf8');
      assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+href=|@import|url\(/i, 'nothing to fetch');
      assert.match(html, new RegExp(`<pekso-fields lang="${lang}" heading-level="2"><div class="pekso-static" lang="${lang}">`));
      assert.match(html, /<pekso-check lang="\w+" heading-level="2"><div class="pekso-static"[^>]*><h2>[^<]+<\/h2><p>[^<]+<\/p><ol class="questions">/);
    });
  }

  const file = join(folder, 'Bidang praktik (kiriman WhatsApp).html');
  copyFileSync(new URL('../../dist/pekso-fields.id.html', import.meta.url), file);

  it('opens from file:// with the network off in Chromium: the widget and the check work', async () => {
    const browser = await launchChromium();
    try {
      const { seen, requests, errors } = await openOffline(browser, file, { offline: true });
      assert.equal(seen.open, 1);
      assert.equal(seen.names, content.fields.length + 3);
      assert.match(seen.legend, /Kasus 1 dari/);
      assert.deepEqual(requests.filter(leavesTheDisk), []);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });

  it('opens from file:// with the network off in Firefox: the widget and the check work', async () => {
    // Every connection goes to a proxy that is not there: no network at all.
    const noNetwork = Object.fromEntries(
      ['http', 'ssl'].flatMap((kind) => [[`network.proxy.${kind}`, '127.0.0.1'], [`network.proxy.${kind}_port`, 9]])
    );
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: findProgram('firefox'),
      headless: true,
      extraPrefsFirefox: { ...noNetwork, 'network.proxy.type': 1, 'network.proxy.allow_hijacking_localhost': true },
    });
    try {
      const { seen, requests, errors } = await openOffline(browser, file, { offline: false });
      assert.equal(seen.open, 1);
      assert.match(seen.legend, /Kasus 1 dari/);
      assert.deepEqual(requests.filter(leavesTheDisk), []);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
});
