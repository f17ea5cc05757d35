// The embed page inside a frame sandboxed with `allow-scripts` alone, as WordPress frames a
// wp-embed: no forms, no same origin (so no storage), no modals, no downloads. In Chromium
// and Firefox, each view works to its end, and what the sandbox forbids degrades to
// something the reader sees: copying selects the citation and says how to copy it; the
// RIS and BibTeX are shown as text beside their download links.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { loadContent } from '../../build/content/load.mjs';
import { launchChromium } from '../../tools/chromium.mjs';
import { serve } from '../../tools/serve.mjs';
import { findProgram } from '../../tools/test-programs.mjs';

const content = loadContent();
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const SANDBOX = 'allow-scripts';

// A host page beside dist/ (linked in), whose frame takes the host's own query string.
const root = mkdtempSync(join(tmpdir(), 'pekso-sandbox-'));
symlinkSync(dist, join(root, 'dist'));
writeFileSync(
  join(root, 'host.html'),
  `<!doctype html><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,">
<iframe sandbox="${SANDBOX}" style="width:800px;height:2000px" title="pekso"></iframe>
<script>document.querySelector('iframe').src = 'dist/embed.html' + location.search;</script>`
);
let server;
before(async () => (server = await serve({ root })));
after(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

const BROWSERS = {
  Chromium: () => launchChromium(),
  Firefox: () => puppeteer.launch({ browser: 'firefox', executablePath: findProgram('firefox'), headless: true }),
};

/** The host page with the embed's query, the sandboxed frame, and every error either logged. */
async function openEmbed(browser, query) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
  await page.goto(`${server.url}/host.html?${query}`);
  let frame;
  for (let i = 0; i < 100 && !frame; i++) {
    frame = page.frames().find((f) => f.url().includes('embed.html'));
    if (!frame) await new Promise((done) => setTimeout(done, 50));
  }
  assert.ok(frame, 'the frame loaded');
  return { page, frame, errors };
}


for (const [name, launch] of Object.entries(BROWSERS)) {
  describe(`the embed page in a frame sandboxed with "${SANDBOX}" only, in ${name}`, { timeout: 120_000 }, () => {
    let browser;
    before(async () => (browser = await launch()));
    after(async () => browser?.close());

    it('the overview: a panel opens and closes with a click, and nothing fails', async () => {
      const { page, frame, errors } = await openEmbed(browser, 'view=fields&lang=en');
      await frame.waitForFunction(() => document.querySelector('pekso-fields')?.shadowRoot?.querySelector('.button'));
      assert.equal(await frame.evaluate(() => window.origin), 'null', 'an opaque origin: the sandbox holds');
      const expanded = () => frame.evaluate(() => document.querySelector('pekso-fields').shadowRoot.querySelector('.button').getAttribute('aria-expanded'));
      await frame.click('pekso-fields >>> .button');
      await frame.waitForFunction(() => document.querySelector('pekso-fields').shadowRoot.querySelector('.button').getAttribute('aria-expanded') === 'true');
      await frame.click('pekso-fields >>> .button');
      assert.equal(await expanded(), 'false');
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('copying the citation, which the sandbox refuses, selects it and says how to copy it; RIS and BibTeX are shown as text', async () => {
      const { page, frame } = await openEmbed(browser, 'view=fields&lang=en&open=references');
      await frame.waitForFunction(() => document.querySelector('pekso-fields')?.shadowRoot?.querySelector('.copy'));
      await frame.click('pekso-fields >>> .copy');
      await frame.waitForFunction(() => document.querySelector('pekso-fields').shadowRoot.querySelector('.copy-status').textContent !== '');
      const seen = await frame.evaluate(() => {
        const root = document.querySelector('pekso-fields').shadowRoot;
        return {
          status: root.querySelector('.copy-status').textContent,
          selected: String(getSelection()),
          citation: root.querySelector('.citation').textContent.trim(),
          exports: [...root.querySelectorAll('.exports pre')].map((pre) => pre.textContent),
        };
      });
      // Chromium refuses with no clipboard permission; were a browser to allow it, "copied" is as good.
      assert.ok([content.ui.copyFailed.en, content.ui.copied.en].includes(seen.status), seen.status);
      if (seen.status === content.ui.copyFailed.en) assert.equal(seen.selected.trim(), seen.citation);
      assert.match(seen.exports[0], /^TY {2}- /m, 'the RIS, as text');
      assert.match(seen.exports[1], /^@\w+\{/m, 'the BibTeX, as text');
      await page.close();
    });

    it('the check: answered by clicks to its score, with no form to submit', async () => {
      const { page, frame, errors } = await openEmbed(browser, 'view=check&lang=en&count=2');
      await frame.waitForFunction(() => document.querySelector('pekso-check')?.shadowRoot?.querySelector('legend'));
      for (let i = 0; i < 2; i++) {
        await frame.click('pekso-check >>> input[type=radio]');
        await frame.click('pekso-check >>> button.action');
        await frame.waitForFunction(() => document.querySelector('pekso-check').shadowRoot.querySelector('.next'));
        assert.notEqual(await frame.evaluate(() => document.querySelector('pekso-check').shadowRoot.querySelector('.feedback').textContent.trim()), '', 'feedback shown');
        await frame.click('pekso-check >>> .next');
      }
      await frame.waitForFunction(() => document.querySelector('pekso-check').shadowRoot.querySelector('.result'));
      const result = await frame.evaluate(() => document.querySelector('pekso-check').shadowRoot.querySelector('.result [role=status]').textContent);
      const [before] = content.ui.checkScore.en.split('{score}');
      assert.ok(result.startsWith(before) && / 2 /.test(result), result);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('the check without storage: nothing is kept and nothing fails; copying the result shows it, selected, to copy by hand', async () => {
      const { page, frame, errors } = await openEmbed(browser, 'view=check&lang=en&count=1');
      await frame.waitForFunction(() => document.querySelector('pekso-check')?.shadowRoot?.querySelector('legend'));
      await frame.click('pekso-check >>> input[type=radio]');
      await frame.click('pekso-check >>> button.action');
      await frame.waitForFunction(() => document.querySelector('pekso-check').shadowRoot.querySelector('.next'));
      assert.equal(await frame.evaluate(() => document.querySelector('pekso-check').shadowRoot.querySelector('.notice')), null, 'no "kept on this device" notice');
      await frame.click('pekso-check >>> .next');
      await frame.waitForFunction(() => document.querySelector('pekso-check').shadowRoot.querySelector('.copy-result'));
      await frame.click('pekso-check >>> .copy-result');
      await frame.waitForFunction(() => document.querySelector('pekso-check').shadowRoot.querySelector('.copy-status').textContent !== '');
      const seen = await frame.evaluate(() => {
        const root = document.querySelector('pekso-check').shadowRoot;
        return { status: root.querySelector('.copy-status').textContent, shown: !(/** @type {HTMLElement} */ (root.querySelector('.result-text')).hidden), text: root.querySelector('.result-text').textContent };
      });
      assert.ok([content.ui.checkResultCopyFailed.en, content.ui.checkResultCopied.en].includes(seen.status), seen.status);
      if (seen.status === content.ui.checkResultCopyFailed.en) assert.ok(seen.shown, 'the result is shown to copy by hand');
      assert.match(seen.text, new RegExp(`^${content.ui.checkTitle.en}\\n`));
      // Chromium reports the refusal itself on the console ("Permissions policy violation: The
      // Clipboard API has been blocked…"): the sandbox saying no, which the check has handled.
      assert.deepEqual(errors.filter((e) => !e.startsWith('Permissions policy violation: The Clipboard API')), []);
      await page.close();
    });

    it('the check by keyboard: Enter on a choice checks', async () => {
      const { page, frame } = await openEmbed(browser, 'view=check&lang=en&count=1');
      await frame.waitForFunction(() => document.querySelector('pekso-check')?.shadowRoot?.querySelector('legend'));
      await frame.focus('pekso-check >>> input[type=radio]');
      await page.keyboard.press('ArrowDown'); // moves to the next choice and picks it
      await page.keyboard.press('Enter');
      await frame.waitForFunction(() => document.querySelector('pekso-check').shadowRoot.querySelector('.next'));
      await page.close();
    });
  });
}
