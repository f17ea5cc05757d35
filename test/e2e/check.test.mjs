// The learning check where lecturers read its results (run `npm run build` first):
//   1. the graded SCORM 1.2 package under scorm-again, the runtime LMS players use: a pass,
//      a retry of the missed cases as practice, a session ended and relaunched with what the
//      LMS kept (resumed at the next case), suspend data at its largest, and saved data it
//      cannot read or from an older content;
//   2. xAPI: embed.html?view=check with an LMS's launch parameters, posting to a local
//      LRS stand-in, every statement checked by xapi-validation; and with the LRS down.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { unzipSync } from 'fflate';
import xapiValidation from 'xapi-validation';
import { DIST as dist, embedFiles, NODE_MODULES, loadContent, serve } from './lib/paths.mjs';
import { answerAll, answerCases, launchChromium, scoreLine, waitFor } from './lib/lms-browser.mjs';

const validateStatement = /** @type {any} */ (xapiValidation).default ?? xapiValidation;
const content = loadContent();
const PASS_MARK = 80;

let chromium;
let site; // the course: the unpacked package, the LMS pages, and dist/ under /dist/
let dir;

/** The languages whose graded package the suite runs. */
const CHECK_LANGS = ['en'];

/**
 * The LMS page: scorm-again's SCORM 1.2 runtime as window.API, framing the package at `sco`.
 * It records every call, every error the runtime reports, every value the package set (what
 * an LMS keeps of the session, as Moodle keeps each element set), and the length of
 * cmi.suspend_data at each set and each commit. A relaunch sets window.previousSession (the
 * flattened data the LMS gives back) before the page runs: loaded before LMSInitialize, as
 * scorm-again's loadFromFlattenedJSON must be.
 */
const lmsPage = (sco) => `<!doctype html><title>LMS</title><script src="scorm-again.js"></script>
    <script>
      window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
      if (window.previousSession) window.API.loadFromFlattenedJSON(window.previousSession);
      Object.assign(window, { calls: [], errors: [], stored: {}, suspendSets: [], suspendAtCommits: [] });
      for (const name of ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish']) {
        const call = window.API[name].bind(window.API);
        window.API[name] = (...args) => {
          window.calls.push([name, ...args].join(' '));
          const result = call(...args);
          const error = window.API.LMSGetLastError();
          if (error !== '0') window.errors.push(name + ' ' + args.join(' ') + ': ' + window.API.LMSGetErrorString(error));
          if (name === 'LMSSetValue' && result === 'true') window.stored[args[0]] = args[1];
          if (name === 'LMSSetValue' && args[0] === 'cmi.suspend_data') window.suspendSets.push(args[1].length);
          if (name === 'LMSCommit') window.suspendAtCommits.push(window.API.cmi.suspend_data.length);
          return result;
        };
      }
    </script><iframe src="${sco}/index.html" style="width: 800px; height: 600px"></iframe>`;

before(async () => {
  chromium = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'pekso-check-lms-'));
  const packages = [...CHECK_LANGS.map((lang) => [`pekso-check-scorm12.${lang}.zip`, `check-${lang}`]), ['pekso-fields-scorm12.id.zip', 'overview']];
  for (const [zipName, folder] of packages) {
    for (const [name, data] of Object.entries(unzipSync(readFileSync(join(dist, zipName))))) {
      mkdirSync(dirname(join(dir, folder, name)), { recursive: true });
      writeFileSync(join(dir, folder, name), data);
    }
    writeFileSync(join(dir, `scorm-again-${folder}.html`), lmsPage(folder));
  }
  writeFileSync(join(dir, 'scorm-again.js'), readFileSync(join(NODE_MODULES, 'scorm-again/dist/scorm12.js')));
  site = await serve({ root: dir });
});

after(async () => {
  await chromium?.close();
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * A tab in a browser context of its own: a device of its own, with nothing an earlier test
 * left in its storage (the check keeps its progress on the device outside an LMS). With
 * `previousSession`, the LMS page loads it into the runtime first: a relaunch.
 */
async function newTab({ previousSession = undefined } = {}) {
  const context = await chromium.browser.createBrowserContext();
  const page = await context.newPage();
  page.once('close', () => void context.close().catch(() => {}));
  if (previousSession) await page.evaluateOnNewDocument((data) => Object.assign(window, { previousSession: data }), previousSession);
  const problems = [];
  page.on('console', (m) => ['error', 'warn', 'warning'].includes(m.type()) && !m.text().startsWith('Failed to load resource') && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  return { page, problems };
}

/** The runtime's data model as it stands, through its own JSON view (interactions are write-only through LMSGetValue). */
const dataModel = (page) =>
  page.evaluate(() => {
    const api = /** @type {any} */ (window).API;
    const cmi = JSON.parse(JSON.stringify(api.cmi));
    const interactions = Object.values(cmi.interactions ?? {}).map((/** @type {any} */ i) => ({
      id: i.id,
      type: i.type,
      response: i.student_response,
      pattern: Object.values(i.correct_responses ?? {})[0]?.pattern,
      result: i.result,
      weighting: i.weighting,
    }));
    const { core } = cmi;
    return {
      status: core.lesson_status,
      raw: core.score.raw,
      min: core.score.min,
      max: core.score.max,
      exit: core.exit,
      entry: core.entry,
      suspend: cmi.suspend_data,
      interactions,
      /** The indices the interactions are stored at: 0, 1, 2… with no gap. */
      indices: Object.keys(cmi.interactions ?? {}),
      count: api.cmi.interactions._count,
      calls: window.calls,
      errors: /** @type {any} */ (window).errors ?? [],
      stored: /** @type {any} */ (window).stored,
      suspendSets: /** @type {any} */ (window).suspendSets,
      suspendAtCommits: /** @type {any} */ (window).suspendAtCommits,
    };
  });

describe('the graded SCORM 1.2 package under scorm-again', () => {
  test('the manifest states the pass mark as masteryscore, in the package\'s own language', () => {
    const manifest = readFileSync(join(dir, 'check-en/imsmanifest.xml'), 'utf8');
    assert.match(manifest, new RegExp(`<adlcp:masteryscore>${PASS_MARK}</adlcp:masteryscore>`));
    assert.match(manifest, new RegExp(`<title>${content.ui.title.en}: ${content.ui.checkTitle.en}</title>`));
    assert.match(readFileSync(join(dir, 'check-en/index.html'), 'utf8'), /<pekso-check lang="en"/);
  });

  test('all right: passed with 100, one interaction per answer, committed after each, no runtime error', async () => {
    const { page, problems } = await newTab();
    try {
      await page.goto(`${site.url}/scorm-again-check-en.html`);
      const frame = await (await page.$('iframe')).contentFrame();
      const total = await answerAll(frame);
      assert.equal(total, content.check.length, 'every case: the largest count');
      const model = await waitFor(async () => {
        const m = await dataModel(page);
        return m.status === 'passed' && m;
      }, { what: 'lesson_status passed' });
      assert.deepEqual([model.raw, model.min, model.max], ['100', '0', '100']);
      assert.equal(model.interactions.length, total);
      for (const [n, interaction] of model.interactions.entries()) {
        const vignette = content.check.find((v) => v.id === interaction.id);
        assert.deepEqual(interaction, { id: vignette.id, type: 'choice', response: vignette.answer, pattern: vignette.answer, result: 'correct', weighting: '1' }, `interaction ${n}`);
      }
      const commits = model.calls.filter((c) => c === 'LMSCommit ').length;
      assert.ok(commits >= total + 2, `a commit after every answer and at the end (${commits} for ${total} answers)`);
      assert.ok(model.suspend.length > 0 && model.suspend.length < 4096, `suspend_data stays under 4,096 characters (${model.suspend.length})`);
      assert.deepEqual(model.errors, [], 'the runtime reports no error');
      await page.$eval('iframe', (f) => (f.src = 'about:blank'));
      await waitFor(async () => (await page.evaluate(() => window.calls)).includes('LMSFinish '), { what: 'LMSFinish on leaving' });
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  test('mostly wrong: failed against the pass mark, wrong answers recorded as wrong', async () => {
    const { page } = await newTab();
    try {
      await page.goto(`${site.url}/scorm-again-check-en.html`);
      const frame = await (await page.$('iframe')).contentFrame();
      await answerAll(frame, (i) => i % 2 === 0);
      const model = await waitFor(async () => {
        const m = await dataModel(page);
        return m.status === 'failed' && m;
      }, { what: 'lesson_status failed' });
      assert.ok(Number(model.raw) < PASS_MARK);
      assert.equal(model.interactions.filter((i) => i.result === 'wrong').length, Math.ceil(content.check.length / 2));
      assert.deepEqual(model.errors, []);
    } finally {
      await page.close();
    }
  });

  test('an attempt with no answer stays incomplete, with no score', async () => {
    const { page } = await newTab();
    try {
      await page.goto(`${site.url}/scorm-again-check-en.html`);
      const frame = await (await page.$('iframe')).contentFrame();
      await frame.waitForFunction(() => document.querySelector('pekso-check')?.shadowRoot?.querySelector('legend'));
      await page.$eval('iframe', (f) => (f.src = 'about:blank'));
      await waitFor(async () => (await page.evaluate(() => window.calls)).includes('LMSFinish '), { what: 'LMSFinish' });
      const model = await dataModel(page);
      assert.equal(model.status, 'incomplete');
      assert.equal(model.raw, '');
      assert.deepEqual(model.errors, []);
    } finally {
      await page.close();
    }
  });
});

/** The package's check in its frame, once it shows a case or its result; with `previousSession`, a relaunch. */
async function launchCheck(lang, previousSession = undefined) {
  const { page, problems } = await newTab({ previousSession });
  await page.goto(`${site.url}/scorm-again-check-${lang}.html`);
  const frame = await (await page.$('iframe')).contentFrame();
  await frame.waitForFunction(() => document.querySelector('pekso-check')?.shadowRoot?.querySelector('legend, .result'));
  return { page, frame, problems };
}

/** What the check shows: its progress ("Case 6 of 42"; null at the result) and its graded score so far, out of its cases. */
const checkState = (frame) =>
  frame.evaluate(() => {
    const check = /** @type {any} */ (document.querySelector('pekso-check'));
    return { progress: check.shadowRoot.querySelector('legend .progress')?.textContent ?? null, score: check.score, max: check.max };
  });

const pressRetryMissed = (frame) => frame.evaluate(() => /** @type {any} */ (document.querySelector('pekso-check')).shadowRoot.querySelector('.retry-missed').click());

/** Ends the session as LMSs see it end: the package's page goes away (pagehide), and it calls LMSFinish. */
async function endSession(page) {
  await page.$eval('iframe', (f) => (f.src = 'about:blank'));
  await waitFor(async () => (await page.evaluate(() => window.calls)).includes('LMSFinish '), { what: 'LMSFinish on leaving' });
  return dataModel(page);
}

/**
 * What an LMS gives the next launch after a session in which the package set `stored`: the
 * same attempt if the package suspended it (cmi.core.exit "suspend"), every value kept but
 * the write-only ones, and cmi.core.entry "resume"; otherwise a new attempt, with nothing of
 * the last (undefined). That is SCORM 2004's rule, which LMSs also apply to SCORM 1.2, where
 * the standard leaves it open; others, as Moodle, keep the attempt either way. A package
 * that resumes must suspend.
 */
function nextLaunch(stored) {
  if (stored['cmi.core.exit'] !== 'suspend') return undefined;
  const { 'cmi.core.exit': _exit, 'cmi.core.session_time': _time, ...kept } = stored;
  return { ...kept, 'cmi.core.entry': 'resume' };
}

/** The data model once `ready(model)` holds. */
const modelWhen = (page, ready, what) =>
  waitFor(async () => {
    const model = await dataModel(page);
    return ready(model) && model;
  }, { what });

const graded = (model) => ['passed', 'failed'].includes(model.status);
const upTo = (n) => Array.from({ length: n }, (_, i) => String(i));

for (const lang of CHECK_LANGS) {
  describe(`the graded package (${lang}): practice, a relaunch, suspend data`, () => {
    const all = content.check.length;
    /** The check's progress line in this language, as content/ui.yaml words it. */
    const progress = (n, count = all, key = 'checkProgress') => content.ui[key][lang].replace('{n}', String(n)).replace('{count}', String(count));
    const percent = (score, max) => String(Math.round((100 * score) / max));

    test('a retry of the missed cases: practice interactions of weight 0, numbered on, and the score and status stay the first pass\'s', async () => {
      const { page, frame, problems } = await launchCheck(lang);
      try {
        assert.equal(await answerAll(frame, (i) => i % 3 === 0), all);
        const first = await modelWhen(page, graded, 'a graded status');
        const missed = first.interactions.filter((i) => i.result === 'wrong').map((i) => i.id);
        assert.equal(missed.length, Math.ceil(all / 3));
        assert.deepEqual([first.raw, first.status], [percent(all - missed.length, all), 'failed']);

        await pressRetryMissed(frame);
        await frame.waitForFunction(() => document.querySelector('pekso-check').shadowRoot.querySelector('legend'));
        assert.equal((await checkState(frame)).progress, progress(1, missed.length, 'checkPracticeProgress'));
        assert.equal(await answerAll(frame), missed.length, 'the practice asks the missed cases only');
        const model = await modelWhen(page, (m) => m.interactions.length === all + missed.length, 'the practice interactions');

        assert.deepEqual([model.raw, model.status], [first.raw, 'failed'], "the score and status stay the first pass's");
        assert.deepEqual(model.calls.filter((c) => /^LMSSetValue cmi\.core\.(score\.raw|lesson_status) /.test(c)), ['LMSSetValue cmi.core.lesson_status incomplete', `LMSSetValue cmi.core.score.raw ${first.raw}`, 'LMSSetValue cmi.core.lesson_status failed'], 'set once, by the graded pass');
        assert.deepEqual(model.indices, upTo(all + missed.length), 'numbered on, with no gap');
        assert.equal(model.count, all + missed.length);
        assert.deepEqual(model.interactions.slice(0, all), first.interactions, 'the graded pass as it was');
        assert.ok(first.interactions.every((i) => i.weighting === '1'));
        const practice = model.interactions.slice(all);
        assert.deepEqual(practice.map((i) => i.id).sort(), [...missed].sort(), 'one practice interaction per missed case');
        for (const i of practice) {
          const vignette = content.check.find((v) => v.id === i.id);
          assert.deepEqual(i, { id: vignette.id, type: 'choice', response: vignette.answer, pattern: vignette.answer, result: 'correct', weighting: '0' });
        }
        assert.equal((await checkState(frame)).score, all - missed.length, 'the graded score the check shows stays too');
        assert.deepEqual(model.errors, []);
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });

    test('a relaunch resumes at the next case, with the score so far, interactions numbered on, and ends as it would have uninterrupted', async () => {
      const answered = 5;
      const wrong = (i) => i === 1;
      const whole = await launchCheck(lang);
      let uninterrupted;
      try {
        await answerAll(whole.frame, wrong);
        uninterrupted = await modelWhen(whole.page, graded, 'a graded status');
      } finally {
        await whole.page.close();
      }

      const first = await launchCheck(lang);
      let ended;
      try {
        assert.equal(await answerCases(first.frame, { wrong, count: answered }), answered);
        ended = await endSession(first.page);
        assert.deepEqual([ended.status, ended.raw, ended.interactions.length], ['incomplete', '', answered]);
        assert.equal(ended.exit, 'suspend', 'the package suspends the attempt, to come back to it');
        assert.deepEqual(ended.errors, []);
        assert.deepEqual(first.problems, []);
      } finally {
        await first.page.close();
      }

      const previousSession = nextLaunch(ended.stored);
      assert.ok(previousSession, 'the LMS keeps the attempt');
      const again = await launchCheck(lang, previousSession);
      try {
        assert.deepEqual(await checkState(again.frame), { progress: progress(answered + 1), score: answered - 1, max: all });
        const resumed = await dataModel(again.page);
        assert.deepEqual([resumed.entry, resumed.count, resumed.status], ['resume', answered, 'incomplete']);
        assert.equal(await answerAll(again.frame, (i) => wrong(answered + i)), all - answered, 'the cases left');
        const model = await modelWhen(again.page, graded, 'a graded status');
        assert.deepEqual([model.raw, model.status], [uninterrupted.raw, uninterrupted.status]);
        assert.deepEqual(model.indices, upTo(all), 'numbered on from _count, with no gap');
        assert.deepEqual(model.interactions, uninterrupted.interactions, 'the interactions an uninterrupted session records');
        assert.deepEqual(model.errors, []);
        assert.deepEqual(again.problems, []);
      } finally {
        await again.page.close();
      }
    });

    test('suspend data stays under 4,096 characters at every set and commit, at the largest count, every case missed and retried', async (t) => {
      const { page, frame, problems } = await launchCheck(lang);
      let model;
      try {
        assert.equal(await answerAll(frame, () => true), all, 'the package asks every case: the largest count');
        await pressRetryMissed(frame);
        assert.equal(await answerAll(frame, () => true), all);
        model = await modelWhen(page, (m) => m.interactions.length === 2 * all, 'every practice interaction');
        assert.ok(model.suspendSets.length >= 2 * all + 1, `a save at each answer and at the retry (${model.suspendSets.length})`);
        const largest = Math.max(...model.suspendSets, ...model.suspendAtCommits);
        t.diagnostic(`largest cmi.suspend_data (${lang}): ${largest} characters, at the end: ${model.suspend.length}`);
        assert.ok(largest < 4096, `${largest} characters`);
        assert.deepEqual([model.raw, model.status], ['0', 'failed']);
        assert.deepEqual(model.errors, []);
        assert.deepEqual(problems, []);
        await endSession(page);
      } finally {
        await page.close();
      }
      // The largest save reads back whole: the result, after the practice.
      const again = await launchCheck(lang, nextLaunch(model.stored));
      try {
        assert.deepEqual(await checkState(again.frame), { progress: null, score: 0, max: all });
        assert.deepEqual(again.problems, []);
      } finally {
        await again.page.close();
      }
    });

    test('saved data it cannot read: the check starts cleanly, with no error', async () => {
      const unreadable = [
        'not json', '{', '[]', 'null', '42', '"text"', 'x'.repeat(4096), '{"v":1}',
        '{"v":0,"t":0,"n":1,"g":{"q":["abc"],"a":[]}}',
        '{"v":1,"t":0,"n":1,"g":{"q":"abc","a":5}}',
        '{"v":1,"t":0,"n":"1","g":{"q":["abc"],"a":[]}}',
        '{"v":1,"t":0,"n":1,"g":{"q":[null,{},[],"__proto__"],"a":[1]}}',
      ];
      for (const text of unreadable) {
        const { page, frame, problems } = await launchCheck(lang, { 'cmi.core.lesson_status': 'incomplete', 'cmi.core.entry': 'resume', 'cmi.suspend_data': text });
        try {
          assert.deepEqual(await checkState(frame), { progress: progress(1), score: 0, max: all }, text);
          assert.equal(await answerCases(frame, { count: 1 }), 1);
          const model = await modelWhen(page, (m) => m.interactions.length === 1, 'one interaction');
          assert.equal(JSON.parse(model.suspend).g.a.length, 1, 'saved anew');
          assert.deepEqual(model.errors, [], text);
          assert.deepEqual(problems, [], text);
        } finally {
          await page.close();
        }
      }
    });

    test('saved data from an older content, with cases since removed: resumes what is left, or starts cleanly', async () => {
      const answered = 5;
      const first = await launchCheck(lang);
      let ended;
      try {
        await answerCases(first.frame, { wrong: (i) => i === 1, count: answered });
        ended = await endSession(first.page);
      } finally {
        await first.page.close();
      }
      const saved = JSON.parse(ended.stored['cmi.suspend_data']);
      /** The save as an older content would have made it, with the cases at `indices` of its pass ones this content no longer has. */
      const older = (indices) => JSON.stringify({ ...saved, g: { ...saved.g, q: saved.g.q.map((q, i) => (indices.includes(i) ? `gone${i}` : q)) } });
      const relaunch = (indices) => launchCheck(lang, { ...nextLaunch(ended.stored), 'cmi.suspend_data': older(indices) });

      // An answered case (right) and one not asked yet are gone: 4 answered of 46, 3 right.
      const some = await relaunch([2, 9]);
      try {
        assert.deepEqual(await checkState(some.frame), { progress: progress(answered, all - 2), score: answered - 2, max: all - 2 });
        assert.equal(await answerAll(some.frame), all - 2 - (answered - 1));
        const model = await modelWhen(some.page, graded, 'a graded status');
        assert.deepEqual([model.raw, model.status], [percent(all - 3, all - 2), 'passed']);
        assert.deepEqual(model.indices, upTo(answered + all - 2 - (answered - 1)), 'numbered on from the earlier session');
        assert.deepEqual(model.errors, []);
        assert.deepEqual(some.problems, []);
      } finally {
        await some.page.close();
      }

      // Every case it named is gone: a first draw, interactions still numbered on.
      const none = await relaunch(saved.g.q.map((_, i) => i));
      try {
        assert.deepEqual(await checkState(none.frame), { progress: progress(1), score: 0, max: all });
        await answerCases(none.frame, { count: 1 });
        const model = await modelWhen(none.page, (m) => m.interactions.length === answered + 1, 'one more interaction');
        assert.deepEqual(model.indices, upTo(answered + 1));
        assert.deepEqual(model.errors, []);
        assert.deepEqual(none.problems, []);
      } finally {
        await none.page.close();
      }

      // Only the cases not asked yet are gone: what was answered is the whole pass, which is graded.
      const rest = await relaunch(saved.g.q.map((_, i) => i).slice(answered));
      try {
        assert.deepEqual(await checkState(rest.frame), { progress: null, score: answered - 1, max: answered });
        const model = await modelWhen(rest.page, graded, 'a graded status');
        assert.deepEqual([model.raw, model.status], [percent(answered - 1, answered), 'passed']);
        assert.deepEqual(model.errors, []);
        assert.deepEqual(rest.problems, []);
      } finally {
        await rest.page.close();
      }
    });
  });
}

describe('the overview SCORM 1.2 package under scorm-again', () => {
  test('completed once every field was opened, with no runtime error', async () => {
    const { page, problems } = await newTab();
    try {
      await page.goto(`${site.url}/scorm-again-overview.html`);
      const frame = await (await page.$('iframe')).contentFrame();
      await frame.waitForFunction(() => document.querySelector('pekso-fields')?.shadowRoot?.querySelector('.button'));
      assert.equal(await page.evaluate(() => /** @type {any} */ (window).API.cmi.core.lesson_status), 'incomplete');
      await frame.evaluate(async () => {
        const fields = /** @type {any} */ (document.querySelector('pekso-fields'));
        for (const button of fields.shadowRoot.querySelectorAll('button.button:has(.badge)')) button.click();
        await fields.updateComplete;
      });
      await waitFor(async () => (await page.evaluate(() => /** @type {any} */ (window).API.cmi.core.lesson_status)) === 'completed', { what: 'completed' });
      const model = await dataModel(page);
      assert.ok(model.calls.includes('LMSCommit '), 'committed');
      assert.deepEqual(model.errors, []);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
});

describe('xAPI from embed.html?view=check', () => {
  /** A stand-in LRS on 127.0.0.1 that records the statements it is sent, or refuses them all. */
  async function lrs({ refuse = false } = {}) {
    const received = [];
    const server = createServer((req, res) => {
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('access-control-allow-headers', 'content-type, authorization, x-experience-api-version');
      if (req.method === 'OPTIONS') {
        res.writeHead(204).end();
        return;
      }
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push({ path: req.url, version: req.headers['x-experience-api-version'], auth: req.headers.authorization, statement: JSON.parse(body) });
        res.writeHead(refuse ? 500 : 200, { 'content-type': 'application/json' }).end(refuse ? '{}' : '["ok"]');
      });
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
    const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
    // close() waits for every open connection: Chromium may keep one that no request is on
    // (once, 100 s of the suite's run), so they are ended first, as tools/serve.mjs does.
    const close = () => {
      server.closeAllConnections();
      return new Promise((done) => server.close(done));
    };
    return { url: `http://127.0.0.1:${port}/xapi/`, received, close };
  }

  const launch = (endpoint) =>
    `${site.url}/dist/embed.html?view=check&lang=en&count=2&pass=50&` +
    new URLSearchParams({
      endpoint,
      auth: 'Basic cGVrc286dGVzdA==',
      actor: JSON.stringify({ objectType: 'Agent', name: 'Learner', mbox: 'mailto:learner@example.com' }),
      registration: 'a2b1c0d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    });

  before(() => {
    rmSync(join(dir, 'dist'), { recursive: true, force: true });
    mkdirSync(join(dir, 'dist'));
    for (const file of embedFiles()) {
      writeFileSync(join(dir, 'dist', file), readFileSync(join(dist, file)));
    }
  });

  test('every answer and the completion reach the LRS as statements that validate', async () => {
    const store = await lrs();
    const { page, problems } = await newTab();
    try {
      await page.goto(launch(store.url));
      await answerAll(page.mainFrame(), (i) => i === 0);
      const received = await waitFor(() => store.received.length >= 4 && store.received, { what: 'four statements' });
      assert.deepEqual(received.map((r) => r.statement.verb.id.split('/').at(-1)), ['answered', 'answered', 'completed', 'passed']);
      for (const { path, version, auth, statement } of received) {
        assert.equal(path, '/xapi/statements');
        assert.equal(version, '1.0.3');
        assert.equal(auth, 'Basic cGVrc286dGVzdA==');
        assert.deepEqual(validateStatement(statement), [], JSON.stringify(statement));
        assert.equal(statement.actor.mbox, 'mailto:learner@example.com');
        assert.equal(statement.context.registration, 'a2b1c0d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d');
      }
      const [first] = received.map((r) => r.statement);
      assert.equal(first.object.definition.interactionType, 'choice');
      assert.deepEqual(first.object.definition.choices.map((c) => c.id), content.fields.map((f) => f.id));
      // Each bundle holds one language: the choices are named at least in the one shown.
      assert.equal(first.object.definition.choices[0].description.en, content.fields[0].name.en, 'choices named in the language shown');
      assert.equal(first.result.success, false);
      assert.equal(received[2].statement.result.score.scaled, 0.5);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
      await store.close();
    }
  });

  test('an LRS that refuses: each statement is tried twice, then dropped with a warning, and the check goes on', async () => {
    const store = await lrs({ refuse: true });
    const { page, problems } = await newTab();
    try {
      await page.goto(launch(store.url));
      await answerAll(page.mainFrame());
      await waitFor(() => store.received.length >= 8, { what: 'two tries of four statements' });
      await waitFor(() => problems.filter((p) => p.includes('is dropped')).length === 4, { what: 'four warnings' });
      const result = await page.evaluate(() => document.querySelector('pekso-check').shadowRoot.querySelector('.result').textContent);
      assert.match(result, scoreLine(content, 2, 2));
    } finally {
      await page.close();
      await store.close();
    }
  });

  test('an LRS that is down does not break the check', async () => {
    const store = await lrs();
    const url = store.url;
    await store.close(); // nothing listens there now
    const { page, problems } = await newTab();
    try {
      await page.goto(launch(url));
      await answerAll(page.mainFrame());
      await waitFor(() => problems.filter((p) => p.includes('is dropped')).length === 4, { what: 'four warnings', timeout: 15000 });
      assert.match(await page.evaluate(() => document.querySelector('pekso-check').shadowRoot.querySelector('.result').textContent), scoreLine(content, 2, 2));
    } finally {
      await page.close();
    }
  });
});
