// The H5P packages (dist/pekso-{fields,check}.<lang>.h5p) against real H5P code:
//   1. H5P's own player, as h5p-standalone bundles it, in Chromium and in Firefox, in
//      both languages: the fields open and close and the frame follows; the check,
//      answered to the end, dispatches `answered` once per case (each a child of the
//      check) and `completed` with its score, all valid xAPI; Moodle's attempt rule,
//      played on what is dispatched (lib/moodle-attempts.mjs), counts one attempt per pass;
//      H5P's saved state resumes the check; the Question Type contract; axe inside the frame.
//   2. @lumieducation/h5p-server, a Node implementation of H5P's server, offline (no hub):
//      it validates and installs each package with no error, and keeps every parameter.
// Run `npm run build` first. The tools come from test/e2e/tools (lib/tools.mjs).
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { unzipSync } from 'fflate';
import puppeteer from 'puppeteer-core';
import xapiValidation from 'xapi-validation';
import { DIST, NODE_MODULES, findProgram, loadContent, serve } from './lib/paths.mjs';
import { answerAll, answerCases, launchChromium, waitFor } from './lib/lms-browser.mjs';
import { listenAsMoodle, moodleAttempts } from './lib/moodle-attempts.mjs';
import { ensureTools } from './lib/tools.mjs';

const validateStatement = /** @type {any} */ (xapiValidation).default ?? xapiValidation;
const content = loadContent();
const LANGS = content.languages.map((l) => l.code);
const VERBS = 'http://adlnet.gov/expapi/verbs/';
/** The content's IRI, as a host gives it (H5PIntegration.contents[…].url): the object of the check's own statements. */
const ACTIVITY = 'https://lms.test/h5p/42';
const PRACTICE = 'urn:pekso:practice';
const { version: VERSION } = JSON.parse(readFileSync(join(DIST, '../package.json'), 'utf8'));

let site;
let dir;
let tools;

before(async () => {
  tools = await ensureTools();
  dir = mkdtempSync(join(tmpdir(), 'pekso-h5p-'));
  // The player, and each package unpacked, as a host serves them.
  cpSync(join(tools.resolve('h5p-standalone'), 'dist'), join(dir, 'player'), { recursive: true });
  for (const lang of LANGS) {
    for (const name of ['pekso-fields', 'pekso-check']) {
      for (const [path, data] of Object.entries(unzipSync(readFileSync(join(DIST, `${name}.${lang}.h5p`))))) {
        if (path.endsWith('/')) continue;
        mkdirSync(join(dir, 'packages', `${name}.${lang}`, path, '..'), { recursive: true });
        writeFileSync(join(dir, 'packages', `${name}.${lang}`, path), data);
      }
    }
  }
  // A lecturer's edit: the check with `resume` off.
  cpSync(join(dir, 'packages/pekso-check.id'), join(dir, 'packages/pekso-check.id.no-resume'), { recursive: true });
  const params = join(dir, 'packages/pekso-check.id.no-resume/content/content.json');
  writeFileSync(params, JSON.stringify({ ...JSON.parse(readFileSync(params, 'utf8')), resume: false }));
  cpSync(join(NODE_MODULES, 'axe-core/axe.min.js'), join(dir, 'axe.min.js'));
  // The host page: it starts H5P's player on a package, as an LMS's H5P page does.
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>H5P host</title><script src="player/main.bundle.js"></script></head>
<body><h1>Week 2</h1><div id="h5p"></div>
<script>
window.start = async (options) => {
  await new H5PStandalone.H5P(document.getElementById('h5p'), { frameJs: 'player/frame.bundle.js', frameCss: 'player/styles/h5p.css', ...options });
  // The actor's account: hosts name their site (h5p-standalone has no option for it).
  H5PIntegration.siteUrl = location.origin;
};
</script></body></html>`
  );
  site = await serve({ root: dir });
});

after(async () => {
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Chromium as npm test starts it, or Firefox through WebDriver BiDi (as test/node/offline.test.mjs). */
const BROWSERS = {
  chromium: async () => {
    const { browser } = await launchChromium();
    return browser;
  },
  firefox: () => puppeteer.launch({ browser: 'firefox', executablePath: findProgram('firefox'), headless: true }),
};

/**
 * Opens the host page and starts H5P's player on `pkg` (say pekso-check.id), saving its
 * state every second. Resolves to the page, the content's frame, and the page's troubles.
 */
async function openPlayer(browser, pkg, options = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width: 800, height: 700 });
  const problems = [];
  page.on('console', (m) => ['error', 'warn', 'warning'].includes(m.type()) && !m.text().startsWith('Failed to load resource') && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`${r.status()} ${r.url()}`));
  await page.goto(`${site.url}/index.html`);
  await page.evaluate((o) => /** @type {any} */ (window).start(o), { h5pJsonPath: `packages/${pkg}`, xAPIObjectIRI: ACTIVITY, saveFreq: 1, ...options });
  const frame = await (await page.waitForSelector('iframe.h5p-iframe')).contentFrame();
  await frame.waitForFunction(() => document.querySelector('pekso-fields, pekso-check')?.shadowRoot?.querySelector('[part~="button"], legend'));
  // Every statement H5P's dispatcher carries; each result H5P's core reports as finished
  // (H5P.setFinished, from which hosts such as the WordPress plugin record results); and what
  // Moodle would post.
  await frame.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.dispatched = [];
    w.H5P.externalDispatcher.on('xAPI', (/** @type {any} */ event) => w.dispatched.push(JSON.parse(JSON.stringify(event.data.statement))));
    w.finished = [];
    const setFinished = w.H5P.setFinished;
    w.H5P.setFinished = (/** @type {any[]} */ ...args) => {
      w.finished.push({ score: args[1], maxScore: args[2] });
      return setFinished(...args);
    };
  });
  await frame.evaluate(listenAsMoodle, await frame.evaluateHandle(() => window));
  return { page, frame, problems };
}

/** The frame's height, and the height its document needs. */
async function heights(page, frame) {
  const frameHeight = await page.$eval('iframe.h5p-iframe', (f) => f.getBoundingClientRect().height);
  const needed = await frame.evaluate(() => Math.ceil(document.querySelector('.h5p-content').getBoundingClientRect().height));
  return { frameHeight: Math.round(frameHeight), needed };
}

/** Waits until the frame is as tall as its content (H5P's resize took effect), and `also` holds. */
const fitted = (page, frame, also = (/** @type {any} */ _h) => true) =>
  waitFor(
    async () => {
      const h = await heights(page, frame);
      return Math.abs(h.frameHeight - h.needed) <= 1 && also(h) && h;
    },
    { what: 'the H5P frame to follow its content', timeout: 10_000 }
  );

/**
 * The rules about the frame's document as a page: H5P's player writes that document (with
 * no title, no main landmark and no h1, in h5p-standalone as in Moodle), and a content type
 * cannot give it those without breaking them where it sits among others (a Question Set).
 */
const FRAME_DOCUMENT_RULES = ['document-title', 'landmark-one-main', 'page-has-heading-one'];

/**
 * axe-core inside the frame, shadow DOM included, as readable lines: on the whole document,
 * less the rules about the player's page (which must then fail on its <html> alone).
 */
async function axeInFrame(frame) {
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.addScriptTag({ url: `${site.url}/axe.min.js` });
  const violations = await frame.evaluate(async () => {
    // Ends the widgets' animations (they live in shadow roots): axe measures contrast mid-fade otherwise.
    for (const host of document.querySelectorAll('*')) for (const animation of host.shadowRoot?.getAnimations() ?? []) animation.finish();
    const axe = /** @type {any} */ (window).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  for (const v of violations.filter((v) => FRAME_DOCUMENT_RULES.includes(v.id))) assert.deepEqual(v.targets, ['html'], `${v.id} is about the player's page only`);
  return violations.filter((v) => !FRAME_DOCUMENT_RULES.includes(v.id)).map((v) => `${v.id}: ${v.targets.join(', ')}`);
}

const statements = (frame) => frame.evaluate(() => /** @type {any} */ (window).dispatched);
const posts = (frame) => frame.evaluate(() => /** @type {any} */ (window).moodlePosts);
const verbOf = (statement) => statement.verb.id.slice(VERBS.length);
const legend = (frame) => frame.evaluate(() => document.querySelector('pekso-check').shadowRoot.querySelector('legend')?.textContent ?? '');
const click = (frame, selector) =>
  frame.evaluate(async (s) => {
    const check = /** @type {any} */ (document.querySelector('pekso-check'));
    check.shadowRoot.querySelector(s).click();
    await check.updateComplete;
  }, selector);

function assertValid(list) {
  for (const statement of list) assert.deepEqual(validateStatement(statement), [], JSON.stringify(statement));
}

for (const [browserName, launch] of Object.entries(BROWSERS)) {
  describe(`H5P's player (h5p-standalone) in ${browserName}`, { timeout: 300_000 }, () => {
    let browser;
    before(async () => {
      browser = await launch();
    });
    after(async () => {
      await browser?.close();
    });

    for (const lang of LANGS) {
      test(`pekso-fields.${lang}.h5p: the fields open and close, the frame follows, axe finds nothing`, async () => {
        const { page, frame, problems } = await openPlayer(browser, `pekso-fields.${lang}`);
        try {
          const shown = await frame.evaluate(() => /** @type {any} */ (document.querySelector('pekso-fields')).shownLang);
          assert.equal(shown, lang, 'the language content.json names');
          const closed = await fitted(page, frame);
          assert.deepEqual(await axeInFrame(frame), [], 'closed');
          const toggle = () =>
            frame.evaluate(async () => {
              const fields = /** @type {any} */ (document.querySelector('pekso-fields'));
              fields.shadowRoot.querySelector('[part~="button"]:has([part~="badge"])').click();
              await fields.updateComplete;
              return fields.shadowRoot.querySelectorAll('[aria-expanded="true"]').length;
            });
          assert.equal(await toggle(), 1, 'one field open');
          const open = await fitted(page, frame, (h) => h.frameHeight > closed.frameHeight + 50);
          assert.deepEqual(await axeInFrame(frame), [], 'a field open');
          assert.equal(await toggle(), 0, 'and closed again');
          const again = await fitted(page, frame, (h) => h.frameHeight < open.frameHeight);
          assert.equal(again.frameHeight, closed.frameHeight);
          assert.deepEqual(problems, []);
        } finally {
          await page.close();
        }
      });

      test(`pekso-check.${lang}.h5p: answered once per case, each a child of the check, then completed with the score; one Moodle attempt`, async () => {
        const { page, frame, problems } = await openPlayer(browser, `pekso-check.${lang}`);
        try {
          const asking = await fitted(page, frame);
          assert.deepEqual(await axeInFrame(frame), [], 'the first case');
          const max = await answerAll(frame, (i) => i % 4 === 0); // a quarter wrong
          const wrong = Math.ceil(max / 4);
          assert.equal(max, content.check.length, 'content.json names no count: every case');
          await fitted(page, frame, (h) => h.frameHeight !== asking.frameHeight);
          assert.deepEqual(await axeInFrame(frame), [], 'the result');

          const sent = await statements(frame);
          assert.deepEqual(sent.map(verbOf), [...Array(max).fill('answered'), 'completed', 'failed']);
          assertValid(sent);
          const answered = sent.slice(0, max);
          assert.equal(new Set(answered.map((s) => s.object.id)).size, max, 'one statement per case');
          for (const s of answered) {
            assert.match(s.object.id, new RegExp(`^${ACTIVITY}\\?subContentId=[\\w%-]+$`));
            assert.deepEqual(s.context.contextActivities.parent.map((a) => a.id), [ACTIVITY]);
            assert.equal(Object.keys(s.object.definition.description)[0], lang, 'the package\'s language first');
            assert.equal(s.object.definition.description['en-US'], s.object.definition.description.en, 'and English as en-US');
            assert.equal(s.object.definition.choices.length, content.fields.length);
            assert.equal(s.object.definition.choices[0].description['en-US'], content.fields.find((f) => f.id === s.object.definition.choices[0].id).name.en);
          }
          assert.equal(answered.filter((s) => !s.result.success).length, wrong);
          const completed = sent[max];
          assert.equal(completed.object.id, ACTIVITY);
          assert.equal(completed.context.contextActivities.parent, undefined, 'the check itself is top-level');
          assert.deepEqual(completed.result.score, { scaled: (max - wrong) / max, raw: max - wrong, min: 0, max });
          assert.equal(completed.object.definition.name['en-US'], content.ui.checkTitle.en);

          // Moodle: one post (at completed), one attempt, with the score and every case.
          const attempts = moodleAttempts(await posts(frame));
          assert.equal(attempts.length, 1, 'one pass is one attempt');
          assert.deepEqual(attempts[0].score, completed.result.score);
          assert.equal(attempts[0].success, false, 'below the pass mark of 80 %');
          assert.equal(attempts[0].results.length, 1 + max, 'the total and each case');
          assertValid((await posts(frame)).flat());
          assert.deepEqual(problems, []);
        } finally {
          await page.close();
        }
      });
    }

    test('pekso-check.en.h5p: a retry of the missed cases is practice, and starts no attempt nor result; "Try again" starts the next', async () => {
      const { page, frame, problems } = await openPlayer(browser, 'pekso-check.en');
      try {
        const max = await answerAll(frame, (i) => i < 2);
        await click(frame, '.retry-missed');
        assert.match(await legend(frame), /Practice: case 1 of 2/);
        await answerCases(frame);
        const sent = await statements(frame);
        const practice = sent.slice(max + 2);
        assert.deepEqual(practice.map(verbOf), ['answered', 'answered'], 'the practice answers, and no completed');
        for (const s of practice) {
          assert.equal(s.context.extensions[PRACTICE], true);
          assert.deepEqual(s.context.contextActivities.parent.map((a) => a.id), [ACTIVITY]);
        }
        assertValid(practice);
        assert.equal(moodleAttempts(await posts(frame)).length, 1, 'practice starts no attempt');
        assert.equal(await frame.evaluate(() => /** @type {any} */ (window).H5P.instances[0].getScore()), max - 2, 'the graded score stays the first pass\'s');

        await click(frame, '.try-again');
        await answerCases(frame);
        const attempts = moodleAttempts(await posts(frame));
        assert.equal(attempts.length, 2, 'a second graded pass, a second attempt');
        assert.deepEqual(attempts.map((a) => a.score.raw), [max - 2, max]);
        // H5P's own result (setFinished, which the WordPress plugin records): one per graded pass, none for practice.
        const finished = await frame.evaluate(() => /** @type {any} */ (window).finished);
        assert.deepEqual(finished, [{ score: max - 2, maxScore: max }, { score: max, maxScore: max }]);
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });

    test("pekso-check.id.h5p resumes from H5P's saved state, not from the device; with resume off it does not", async () => {
      let state;
      // Answer two, then read what H5P saved (its timer calls getCurrentState every second).
      const { page, frame } = await openPlayer(browser, 'pekso-check.id');
      try {
        await answerCases(frame, { count: 2 });
        state = await waitFor(
          () => page.evaluate(() => {
            const saved = Object.values(/** @type {any} */ (window).H5PIntegration.contents)[0].contentUserData?.[0]?.state;
            return saved && JSON.parse(JSON.parse(saved).progress ?? 'null')?.g?.a?.length === 2 && saved;
          }),
          { what: 'H5P to save the state with two answers', timeout: 10_000 }
        );
        assert.deepEqual(await frame.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pekso'))), [], 'nothing on the device');
      } finally {
        await page.close();
      }
      const resumed = await openPlayer(browser, 'pekso-check.id', { contentUserData: [{ state }] });
      try {
        assert.match(await legend(resumed.frame), /Kasus 3 dari/);
        const given = await resumed.frame.evaluate(() => /** @type {any} */ (window).H5P.instances[0].getAnswerGiven());
        assert.equal(given, true);
        assert.deepEqual(resumed.problems, []);
      } finally {
        await resumed.page.close();
      }
      // With `resume` off, the same state is not read, and none is kept.
      const fresh = await openPlayer(browser, 'pekso-check.id.no-resume', { contentUserData: [{ state }] });
      try {
        assert.match(await legend(fresh.frame), /Kasus 1 dari/);
        await answerCases(fresh.frame, { count: 1 });
        assert.equal(await fresh.frame.evaluate(() => /** @type {any} */ (window).H5P.instances[0].getCurrentState()), undefined);
        assert.deepEqual(fresh.problems, []);
      } finally {
        await fresh.page.close();
      }
    });

    test("pekso-check.en.h5p keeps H5P's Question Type contract", async () => {
      const { page, frame, problems } = await openPlayer(browser, 'pekso-check.en');
      try {
        const contract = () =>
          frame.evaluate(() => {
            const instance = /** @type {any} */ (window).H5P.instances[0];
            const data = instance.getXAPIData();
            return { score: instance.getScore(), max: instance.getMaxScore(), given: instance.getAnswerGiven(), children: data.children.length, total: data.statement.result, verb: data.statement.verb.id };
          });
        const before = await contract();
        assert.deepEqual({ ...before, total: before.total.score.raw }, { score: 0, max: content.check.length, given: false, children: 0, total: 0, verb: `${VERBS}answered` });
        await frame.evaluate(async () => {
          const check = /** @type {any} */ (document.querySelector('pekso-check'));
          const vignette = /** @type {any} */ (window).Pekso.CONTENT.cases.find((v) => check.shadowRoot.querySelector('legend').textContent.includes(v.case.en.replace(/_([^_]+)_/g, '$1')));
          check.shadowRoot.querySelector(`input[value="${vignette.answer}"]`).click();
          check.shadowRoot.querySelector('button.action').click();
          await check.updateComplete;
        });
        const one = await contract();
        assert.deepEqual([one.score, one.given, one.children, one.total.completion], [1, true, 1, false]);
        await frame.evaluate(() => /** @type {any} */ (window).H5P.instances[0].showSolutions());
        const solutions = await frame.evaluate(() => document.querySelectorAll('.h5p-pekso-solutions li').length);
        assert.equal(solutions, 1, 'the case answered, with its field and why');
        assert.deepEqual(await axeInFrame(frame), [], 'with the solutions');
        await frame.evaluate(() => /** @type {any} */ (window).H5P.instances[0].resetTask());
        await frame.evaluate(() => /** @type {any} */ (document.querySelector('pekso-check')).updateComplete);
        const reset = await contract();
        assert.deepEqual([reset.score, reset.given, reset.children], [0, false, 0]);
        assert.match(await legend(frame), /Case 1 of/);
        assert.equal(await frame.evaluate(() => document.querySelector('.h5p-pekso-solutions')), null);
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });
  });
}

describe("H5P's server (@lumieducation/h5p-server), offline", () => {
  test('validates and installs each package with no error, keeping every parameter of content.json; each library once', async () => {
    // From the tools' cache, not the root's node_modules.
    const fromTools = createRequire(join(tools.dir, 'node_modules/'));
    const lumi = /** @type {any} */ (fromTools('@lumieducation/h5p-server'));
    const work = mkdtempSync(join(tmpdir(), 'pekso-lumi-'));
    try {
      // No hub: nothing is fetched, and the packages must carry what they need.
      const config = new lumi.H5PConfig(undefined, { fetchingDisabled: 1, sendUsageStatistics: false });
      const editor = lumi.fs(config, join(work, 'libraries'), join(work, 'tmp'), join(work, 'content'));
      const user = { id: '1', name: 'Dosen', email: 'dosen@example.ac.id', type: 'local' };
      const installed = {};
      for (const lang of LANGS) {
        for (const name of ['pekso-fields', 'pekso-check']) {
          const file = join(DIST, `${name}.${lang}.h5p`);
          const { installedLibraries, parameters, metadata } = await editor.uploadPackage(readFileSync(file), user);
          for (const result of installedLibraries) installed[result.newVersion.machineName] = [...(installed[result.newVersion.machineName] ?? []), result.type];
          const expected = JSON.parse(Buffer.from(unzipSync(readFileSync(file))['content/content.json']).toString());
          assert.deepEqual(parameters, expected, `${name}.${lang}: every parameter kept`);
          assert.equal(metadata.language, lang);
        }
      }
      // The first package installs a library, the others find it there.
      assert.deepEqual(installed, { 'H5P.PeksoFields': ['new'], 'H5P.PeksoCheck': ['new'] });
      for (const machineName of Object.keys(installed)) {
        const [majorVersion, minorVersion] = VERSION.split('.').map(Number);
        const library = { machineName, majorVersion, minorVersion };
        for (const lang of LANGS) assert.ok(JSON.parse(await editor.libraryManager.getLanguage(library, lang)).semantics.length, `${machineName} in ${lang}`);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
