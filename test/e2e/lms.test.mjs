// The LMS kit, as lecturers and learners meet it (run `npm run build` first):
//   1. dist/embed.html framed by a real course page on another origin, for each resize
//      protocol, under a strict Content-Security-Policy;
//   2. dist/pekso-fields-scorm12.id.zip unpacked and launched under a stand-in SCORM 1.2 API;
//   3. dist/static/*.html through HTMLPurifier with its default configuration.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DIST, loadContent, serve } from './lib/paths.mjs';
import { launchChromium, waitFor } from './lib/lms-browser.mjs';
import { HOSTS, hostPage } from './lib/lms-hosts.mjs';
import { setUpPurifier } from './lib/lms-purifier.mjs';
import { unzipSync } from 'fflate';

const dist = DIST;
const content = loadContent();
const names = (lang, ids) => ids.map((id) => content.fields.find((f) => f.id === id).name[lang]);
const ALL_IDS = content.fields.map((f) => f.id);
/** The fields' header buttons: those with a level badge (the frame's sections have none). */
const FIELD_BUTTONS = 'button[part~="button"]:has([part~="badge"])';

// As strict as a careful host could make it: no inline script or style at all.
const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'";

let chromium;
let widgetSite; // serves dist/ (the embed page) on one origin
let courseSite; // serves the course pages and the unpacked SCORM package on another
let courseDir;

before(async () => {
  chromium = await launchChromium();
  widgetSite = await serve({ root: dist, headers: (path) => (path.endsWith('.html') ? { 'content-security-policy': STRICT_CSP } : {}) });
  courseDir = mkdtempSync(join(tmpdir(), 'pekso-lms-course-'));
  courseSite = await serve({ root: courseDir });
});

after(async () => {
  await chromium?.close();
  await widgetSite?.close();
  await courseSite?.close();
  if (courseDir) rmSync(courseDir, { recursive: true, force: true });
});

/** A new tab that records what a person would call trouble: errors, warnings, failed loads. */
async function newTab({ width = 800 } = {}) {
  const page = await chromium.browser.newPage();
  await page.setViewport({ width, height: 700 });
  const problems = [];
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (['error', 'warn', 'warning'].includes(m.type()) && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`${r.status()} ${r.url()}`);
  });
  return { page, problems, requests };
}

const widgetReady = () => document.querySelector('pekso-fields, pekso-check')?.shadowRoot?.querySelector('[part~="button"], legend');

/** Clicks the header button of the n-th field, as a reader would. */
async function clickField(frame, n) {
  const button = await frame.evaluateHandle((i, selector) => document.querySelector('pekso-fields').shadowRoot.querySelectorAll(selector)[i], n, FIELD_BUTTONS);
  await button.click();
}

/** Opens a course page framing embed.html?query, listening as `platform` does. */
async function openCoursePage(platform, query, options) {
  writeFileSync(join(courseDir, `${platform}.html`), hostPage(platform, `${widgetSite.url}/embed.html${query}`, widgetSite.url));
  const tab = await newTab(options);
  await tab.page.goto(`${courseSite.url}/${platform}.html`);
  const frame = await (await tab.page.$('iframe')).contentFrame();
  await frame.waitForFunction(widgetReady);
  return { ...tab, frame };
}

/** The frame's height, and what its document needs. */
async function measure(page, frame) {
  const frameHeight = await page.$eval('iframe', (f) => f.clientHeight);
  const inside = await frame.evaluate(() => ({
    contentHeight: Math.ceil(document.body.getBoundingClientRect().height),
    scrollHeight: document.documentElement.scrollHeight,
  }));
  return { frameHeight, ...inside };
}

/**
 * Waits until the frame fits its content snugly (no scrollbar, no gap), or takes the most
 * its host allows (`cap`: WordPress's 1000 px), and `also` holds.
 */
function fitted(page, frame, also = (/** @type {any} */ _m) => true, cap = Infinity) {
  return waitFor(
    async () => {
      const m = await measure(page, frame);
      const fits = m.contentHeight <= cap ? m.scrollHeight <= m.frameHeight && m.frameHeight === m.contentHeight : m.frameHeight === cap;
      return fits && also(m) && m;
    },
    { what: 'the frame to fit its content' }
  );
}

describe('embed.html in a course page', () => {
  for (const platform of Object.keys(HOSTS)) {
    // WordPress's wp-embed.js allows a frame 1000 px at most; past that the frame scrolls.
    const cap = platform === 'wordpress' ? 1000 : Infinity;
    test(`${platform}: the frame grows when a field opens and shrinks back when it closes, never scrolling${cap < Infinity ? ` below ${cap} px` : ''}`, async () => {
      const { page, frame, problems } = await openCoursePage(platform, '?lang=en&fields=community,groupwork&intro=off&glossary=off&references=off');
      try {
        const closed = await fitted(page, frame);
        await clickField(frame, 0);
        const open = await fitted(page, frame, (m) => m.frameHeight > closed.frameHeight + 100, cap);
        await clickField(frame, 0);
        const closedAgain = await fitted(page, frame, (m) => m.frameHeight < open.frameHeight);
        assert.equal(closedAgain.frameHeight, closed.frameHeight);
        assert.deepEqual(problems, [], 'no errors, warnings or Content-Security-Policy violations');
      } finally {
        await page.close();
      }
    });
  }

  test('?view=check frames the check, which the frame follows as feedback appears', async () => {
    const { page, frame, problems } = await openCoursePage('plain', '?view=check&lang=en&count=2');
    try {
      await frame.waitForFunction(() => document.querySelector('pekso-check')?.shadowRoot?.querySelector('legend'));
      const asking = await fitted(page, frame);
      await frame.evaluate(async () => {
        const check = /** @type {any} */ (document.querySelector('pekso-check'));
        check.shadowRoot.querySelector('input[type=radio]').click();
        check.shadowRoot.querySelector('button.action').click();
        await check.updateComplete;
      });
      await fitted(page, frame, (m) => m.frameHeight > asking.frameHeight);
      assert.equal(await frame.evaluate(() => document.querySelector('pekso-fields')), null, 'the check instead of the overview');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  test('the frame grows when the course page gets narrower', async () => {
    const { page, frame } = await openCoursePage('plain', '?open=casework', { width: 800 });
    try {
      const wide = await fitted(page, frame);
      await page.setViewport({ width: 360, height: 700 });
      await fitted(page, frame, (m) => m.frameHeight > wide.frameHeight);
    } finally {
      await page.close();
    }
  });

  test('the query string chooses language, fields, order, open panel, theme and accent', async () => {
    const query = '?lang=en&fields=policy,casework&open=policy&single&theme=dark&accent=b5179e';
    const { page, frame, problems } = await openCoursePage('plain', query);
    try {
      const shown = await frame.evaluate((selector) => {
        const widget = document.querySelector('pekso-fields');
        const buttons = [...widget.shadowRoot.querySelectorAll(selector)];
        return {
          names: buttons.map((b) => b.querySelector('[part~="name"]').textContent.trim()),
          expanded: buttons.map((b) => b.getAttribute('aria-expanded')),
          theme: widget.getAttribute('theme'),
          single: widget.hasAttribute('single'),
          accent: getComputedStyle(widget).getPropertyValue('--pekso-accent').trim(),
          pageLang: document.documentElement.lang,
          title: document.title,
        };
      }, FIELD_BUTTONS);
      assert.deepEqual(shown, {
        names: names('en', ['policy', 'casework']),
        expanded: ['true', 'false'],
        theme: 'dark',
        single: true,
        accent: '#b5179e',
        pageLang: 'en',
        title: content.ui.title.en,
      });
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  test('bad query values warn and fall back; an accent that is not a colour never reaches the CSS', async () => {
    const evil = 'red;background:url(http://127.0.0.1:9/x)';
    for (const accent of [evil, 'var(--x,url(http://127.0.0.1:9/y))']) {
      const query = `?lang=xx&fields=casework,nope&accent=${encodeURIComponent(accent)}`;
      const { page, frame, problems, requests } = await openCoursePage('plain', query);
      try {
        const shown = await frame.evaluate((selector) => {
          const widget = document.querySelector('pekso-fields');
          return {
            fields: widget.shadowRoot.querySelectorAll(selector).length,
            accent: getComputedStyle(widget).getPropertyValue('--pekso-accent').trim(),
          };
        }, FIELD_BUTTONS);
        assert.deepEqual(shown, { fields: 1, accent: '' });
        const warned = (what) => problems.some((p) => p.includes(what));
        // Each bundle holds one language: the warning names those of the bundle the page loaded.
        assert.ok(warned('lang="xx"') && warned('Valid: id'), `lang warning in ${problems}`);
        assert.ok(warned('fields="nope"'), `fields warning in ${problems}`);
        assert.ok(warned('accent=') && warned('CSS colour'), `accent warning in ${problems}`);
        assert.ok(!requests.some((url) => url.includes('127.0.0.1:9')), 'nothing was fetched from the accent');
      } finally {
        await page.close();
      }
    }
  });
});

describe('SCORM 1.2 package', () => {
  let entries;
  const packageDir = () => join(courseDir, 'scorm');

  before(() => {
    // Unpacked with a maintained zip library, as an LMS would.
    entries = new Map(Object.entries(unzipSync(readFileSync(join(dist, 'pekso-fields-scorm12.id.zip')))).map(([name, data]) => [name, Buffer.from(data)]));
    for (const [name, data] of entries) {
      mkdirSync(dirname(join(packageDir(), name)), { recursive: true });
      writeFileSync(join(packageDir(), name), data);
    }
    // A stand-in LMS: window.API records every call; the package is framed one or two levels down.
    writeFileSync(join(courseDir, 'scorm-api.js'), `
      window.calls = [];
      const data = { 'cmi.core.lesson_status': 'not attempted' };
      const record = (name, result) => (...args) => { window.calls.push([name, ...args]); return result(...args); };
      window.API = {
        LMSInitialize: record('LMSInitialize', () => 'true'),
        LMSGetValue: record('LMSGetValue', (key) => data[key] ?? ''),
        LMSSetValue: record('LMSSetValue', (key, value) => { data[key] = value; return 'true'; }),
        LMSCommit: record('LMSCommit', () => 'true'),
        LMSFinish: record('LMSFinish', () => 'true'),
        LMSGetLastError: () => '0', LMSGetErrorString: () => '', LMSGetDiagnostic: () => '',
      };`);
    writeFileSync(join(courseDir, 'lms.html'), '<!doctype html><title>LMS</title><script src="scorm-api.js"></script><iframe src="scorm/index.html"></iframe>');
    writeFileSync(join(courseDir, 'lms-nested.html'), '<!doctype html><title>LMS</title><script src="scorm-api.js"></script><iframe src="lms-middle.html"></iframe>');
    writeFileSync(join(courseDir, 'lms-middle.html'), '<!doctype html><title>player</title><iframe src="scorm/index.html"></iframe>');
  });

  const calls = (page) => page.evaluate(() => window.calls.map((/** @type {string[]} */ c) => c.join(' ')));
  const COMPLETED = 'LMSSetValue cmi.core.lesson_status completed';

  test('the LMS hears: initialize, then "completed" only once every field was opened, then finish on leaving', async () => {
    const { page, problems } = await newTab();
    try {
      await page.goto(`${courseSite.url}/lms.html`);
      const frame = await (await page.$('iframe')).contentFrame();
      await frame.waitForFunction(widgetReady);
      assert.equal((await calls(page))[0], 'LMSInitialize ');

      for (let i = 0; i < ALL_IDS.length - 1; i++) {
        await clickField(frame, i); // open
        await clickField(frame, i); // and close again: opened once is enough
      }
      assert.ok(!(await calls(page)).includes(COMPLETED), 'not completed with one field never opened');

      await clickField(frame, ALL_IDS.length - 1);
      await waitFor(async () => (await calls(page)).includes(COMPLETED), { what: 'lesson_status completed' });

      await page.$eval('iframe', (f) => (f.src = 'about:blank'));
      const log = await waitFor(async () => {
        const c = await calls(page);
        return c.includes('LMSFinish ') && c;
      }, { what: 'LMSFinish' });

      assert.equal(log[0], 'LMSInitialize ');
      assert.equal(log.at(-1), 'LMSFinish ');
      assert.equal(log.filter((c) => c === COMPLETED).length, 1);
      assert.equal(log[log.indexOf(COMPLETED) + 1], 'LMSCommit ', 'committed right after completing');
      const INCOMPLETE = 'LMSSetValue cmi.core.lesson_status incomplete';
      assert.ok(log.includes(INCOMPLETE) && log.indexOf(INCOMPLETE) < log.indexOf(COMPLETED), 'incomplete first, then completed');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  test('the package finds the API two frames up, as SCORM 1.2 players nest it', async () => {
    const { page } = await newTab();
    try {
      await page.goto(`${courseSite.url}/lms-nested.html`);
      await waitFor(async () => (await calls(page))[0] === 'LMSInitialize ', { what: 'LMSInitialize from the nested package' });
    } finally {
      await page.close();
    }
  });

  test('with no LMS at all, the package still works and reports no error', async () => {
    const { page, problems } = await newTab();
    try {
      await page.goto(`${courseSite.url}/scorm/index.html`);
      await page.waitForFunction(widgetReady);
      for (let i = 0; i < ALL_IDS.length; i++) await clickField(page.mainFrame(), i);
      const expanded = await page.evaluate((selector) =>
        [...document.querySelector('pekso-fields').shadowRoot.querySelectorAll(selector)].map((b) => b.getAttribute('aria-expanded')),
      FIELD_BUTTONS);
      assert.deepEqual(expanded, ALL_IDS.map(() => 'true'));
      await page.goto('about:blank');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  test('the manifest is well-formed SCORM 1.2 XML and every file it names is in the zip', async () => {
    const { page } = await newTab();
    try {
      const manifest = await page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror').textContent };
        const adlcp = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
        return {
          root: doc.documentElement.localName,
          version: doc.querySelector('metadata > schemaversion')?.textContent,
          sco: [...doc.querySelectorAll('resource')].map((r) => r.getAttributeNS(adlcp, 'scormtype')),
          named: [...doc.querySelectorAll('resource[href], file[href]')].map((e) => e.getAttribute('href')),
          title: doc.querySelector('organization > title')?.textContent,
        };
      }, entries.get('imsmanifest.xml').toString('utf8'));
      assert.equal(manifest.error, undefined, manifest.error);
      assert.equal(manifest.root, 'manifest');
      assert.equal(manifest.version, '1.2');
      assert.deepEqual(manifest.sco, ['sco']);
      assert.equal(manifest.title, content.ui.title.id);
      for (const name of manifest.named) assert.ok(entries.has(name), `${name} is named in the manifest but missing from the zip`);
      assert.deepEqual(new Set(manifest.named), new Set([...entries.keys()].filter((n) => n !== 'imsmanifest.xml')));
    } finally {
      await page.close();
    }
  });
});

describe('static HTML through HTMLPurifier (Moodle)', () => {
  let purifier;
  before(() => {
    purifier = setUpPurifier();
  });
  after(() => purifier?.dispose());

  /** What a reader meets, in order: [kind, text] for headings, paragraphs, list items and loose lines. */
  const readingOrder = (page, html) =>
    page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'text/html');
      const blocks = [];
      const tidy = (text) => text.replace(/\s+/g, ' ').trim();
      const walk = (node) => {
        for (const child of node.childNodes) {
          if (child.nodeType === Node.TEXT_NODE) {
            if (tidy(child.textContent)) blocks.push(['line', tidy(child.textContent)]);
          } else if (/^(H[1-6]|P|LI)$/.test(child.tagName)) {
            blocks.push([child.tagName.toLowerCase(), tidy(child.textContent)]);
          } else if (child.tagName === 'SUMMARY') {
            blocks.push(['line', tidy(child.textContent)]);
          } else {
            walk(child);
          }
        }
      };
      walk(doc.body);
      return { blocks, lang: doc.querySelector('.pekso-static')?.getAttribute('lang') };
    }, html);

  for (const lang of ['id', 'en']) {
    test(`pekso-fields.${lang}.html keeps all its text, headings, paragraphs and lists in order`, async () => {
      const original = readFileSync(join(dist, 'static', `pekso-fields.${lang}.html`), 'utf8');
      const cleaned = purifier.purify(original);
      const { page } = await newTab();
      try {
        const before = await readingOrder(page, original);
        const afterCleaning = await readingOrder(page, cleaned);
        assert.deepEqual(afterCleaning.blocks, before.blocks);
        assert.equal(afterCleaning.lang, lang, 'still marked as its language');
        const headings = afterCleaning.blocks.filter(([kind]) => kind === 'h3').map(([, text]) => text);
        const frame = (id) => content.ui[`${id}Name`][lang];
        // A field's static heading reads "Name, Level".
        const fieldHeadings = content.fields.map((f) => `${f.name[lang]}, ${content.ui[f.level][lang]}`);
        assert.deepEqual(headings, [frame('intro'), frame('methods'), ...fieldHeadings, frame('glossary'), frame('references')], 'a heading per item survives without <details>');
      } finally {
        await page.close();
      }
    });
  }
});
