// xAPI from embed.html?view=check to a real LRS (Learning Locker's xapi-statements, in
// memory on 127.0.0.1, checking credentials: lib/lrs.mjs), launched as an LMS launches
// it: a course page frames dist/embed.html with the launch parameters (endpoint, auth,
// actor, registration, activity_id). A learner answers in Chromium; the statements are
// then read back from the LRS with GET, and each one validates with xapi-validation.
// Run `npm run build` first.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import xapiValidation from 'xapi-validation';
import { DIST, embedFiles, loadContent, serve } from './lib/paths.mjs';
import { answerAll, launchChromium, scoreLine, waitFor } from './lib/lms-browser.mjs';
import { startLrs } from './lib/lrs.mjs';

const validateStatement = /** @type {any} */ (xapiValidation).default ?? xapiValidation;
const content = loadContent();
const VERBS = 'http://adlnet.gov/expapi/verbs/';
/** A host name that is not loopback to the browser, so its pages are not a secure context. */
const PLAIN_HOST = 'lms.test';
const ACTIVITY = 'https://lms.test/course/sw-101/week-2/pekso-check';
/** @type {object} */
const LEARNER = { objectType: 'Agent', name: 'Siti Rahma', mbox: 'mailto:siti@example.ac.id' };

let lrs;
let site;
let chromium;
let dir;

before(async () => {
  lrs = await startLrs();
  dir = mkdtempSync(join(tmpdir(), 'pekso-xapi-'));
  mkdirSync(join(dir, 'dist'));
  for (const file of embedFiles()) writeFileSync(join(dir, 'dist', file), readFileSync(join(DIST, file)));
  // The course page: it frames the launch URL it is given, as an LMS's activity page does.
  writeFileSync(join(dir, 'course.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course</title></head><body>
<h1>Week 2: check your understanding</h1>
<iframe style="width: 800px; height: 700px; border: 0"></iframe>
<script>document.querySelector('iframe').src = new URLSearchParams(location.search).get('launch');</script>
</body></html>`);
  site = await serve({ root: dir });
  chromium = await launchChromium({ extraArgs: [`--host-resolver-rules=MAP ${PLAIN_HOST} 127.0.0.1`] });
});

after(async () => {
  await chromium?.close();
  await site?.close();
  await lrs?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * Opens the course page on `origin`, framing embed.html?view=check with the launch
 * parameters. Resolves to the page, the check's frame, the console's warnings and errors,
 * and the HTTP statuses of the frame's requests to the LRS.
 */
async function launch({ origin = site.url, endpoint = lrs.endpoint, auth = lrs.auth, actor = LEARNER, registration = randomUUID(), activity = ACTIVITY, check = { lang: 'en', count: '2', pass: '50' } } = {}) {
  const page = await chromium.browser.newPage();
  const problems = [];
  const lrsAnswers = [];
  page.on('console', (m) => ['error', 'warn', 'warning'].includes(m.type()) && !m.text().startsWith('Failed to load resource') && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) => r.url().startsWith(endpoint) && r.request().method() === 'POST' && lrsAnswers.push(r.status()));
  page.on('requestfailed', (r) => r.url().startsWith(endpoint) && r.method() === 'POST' && lrsAnswers.push(r.failure()?.errorText ?? 'failed'));
  const params = new URLSearchParams({ view: 'check', ...check, endpoint, auth, actor: JSON.stringify(actor), registration, activity_id: activity });
  const launchUrl = `${origin}/dist/embed.html?${params}`;
  await page.goto(`${origin}/course.html?${new URLSearchParams({ launch: launchUrl })}`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForFunction(() => document.querySelector('pekso-check')?.shadowRoot?.querySelector('legend'));
  return { page, frame, problems, lrsAnswers, registration };
}

const verbOf = (statement) => statement.verb.id.slice(VERBS.length);

/**
 * The LRS's statements for `registration`, once there are `count` of them, oldest first.
 * When they do not come, says how many did and what the page's console said.
 */
async function readBack(registration, count, problems = []) {
  let found = [];
  const statements = await waitFor(
    async () => {
      found = await lrs.statements({ registration });
      return found.length >= count && found;
    },
    { timeout: 15_000, interval: 200, what: `${count} statements for registration ${registration}` }
  ).catch((error) => {
    throw new Error(`${error.message}: the LRS has ${found.length}; the console said: ${JSON.stringify(problems)}`);
  });
  return statements.sort((a, b) => a.timestamp.localeCompare(b.timestamp) || order(a) - order(b));
}
/** Statements posted in the same millisecond: answers before the end, completed before its result. */
const order = (s) => ['answered', 'completed', 'passed', 'failed'].indexOf(verbOf(s));

function assertValid(statements) {
  for (const statement of statements) assert.deepEqual(validateStatement(statement), [], JSON.stringify(statement));
}

/** The result line of the check's end screen. */
const result = (frame) => frame.evaluate(() => document.querySelector('pekso-check').shadowRoot.querySelector('.result')?.textContent ?? '');

describe('xAPI from embed.html?view=check to a real LRS (xapi-statements)', () => {
  test('the LRS checks credentials: statements GET with the launch\'s auth is 200, with a wrong secret 401', async () => {
    assert.equal((await lrs.get('statements')).status, 200);
    assert.equal((await lrs.get('statements', `Basic ${Buffer.from(`${lrs.key}:wrong`).toString('base64')}`)).status, 401);
    assert.equal((await lrs.get('statements', '')).status, 401);
  });

  test('passed: the launch\'s activity_id is the object of completed and passed, and the parent of each answer', async () => {
    const { page, frame, problems, lrsAnswers, registration } = await launch();
    try {
      await answerAll(frame, (i) => i === 0); // one of two: 50 %, the pass mark
      assert.match(await result(frame), scoreLine(content, 1, 2));
      const statements = await readBack(registration, 4, problems);
      assert.deepEqual(statements.map(verbOf), ['answered', 'answered', 'completed', 'passed']);
      assertValid(statements);
      for (const s of statements) {
        assert.deepEqual(s.actor, LEARNER);
        assert.equal(s.context.registration, registration);
        assert.equal(s.authority.mbox, 'mailto:lrs@pekso.test', 'the LRS set its client as the authority');
      }
      const [first, second, completed, passed] = statements;
      for (const answered of [first, second]) {
        assert.deepEqual(answered.context.contextActivities.parent.map((a) => a.id), [ACTIVITY]);
        const id = answered.object.id;
        assert.ok(id.startsWith(`${ACTIVITY}?case=`), `a case's activity is under the launch's: ${id}`);
        const vignette = content.check.find((v) => v.id === decodeURIComponent(id.slice(`${ACTIVITY}?case=`.length)));
        assert.ok(vignette, `the case id names a case of the content: ${id}`);
        assert.deepEqual(answered.object.definition.correctResponsesPattern, [vignette.answer]);
      }
      assert.equal(first.result.success, false);
      assert.equal(second.result.success, true);
      assert.equal(completed.object.id, ACTIVITY);
      assert.equal(passed.object.id, ACTIVITY);
      assert.deepEqual(passed.result.score, { scaled: 0.5, raw: 1, min: 0, max: 2 });
      assert.equal(passed.result.success, true);
      // The LRS files them under the activity as xAPI's filters read it.
      const about = await lrs.statements({ activity: ACTIVITY, registration });
      assert.deepEqual(about.map(verbOf).sort(), ['completed', 'passed']);
      const related = await lrs.statements({ activity: ACTIVITY, registration, related_activities: 'true' });
      assert.equal(related.length, 4, 'with related activities, the answers too');
      // The LRS stores a statement before it answers, and the page's response events reach this
      // process later still: wait for them, rather than read them as soon as the four are stored.
      await waitFor(() => lrsAnswers.length >= 4, { what: 'the responses to the four POSTs', timeout: 5_000 }).catch(() => {});
      assert.ok(lrsAnswers.length === 4 && lrsAnswers.every((s) => s === 200), `the LRS took each POST: ${lrsAnswers}`);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  test('failed: the launch\'s activity_id is the object of completed and failed', async () => {
    const { page, frame, problems, registration } = await launch();
    try {
      await answerAll(frame, () => true);
      assert.match(await result(frame), scoreLine(content, 0, 2));
      const statements = await readBack(registration, 4, problems);
      assert.deepEqual(statements.map(verbOf), ['answered', 'answered', 'completed', 'failed']);
      assertValid(statements);
      for (const s of statements.slice(0, 2)) assert.deepEqual(s.context.contextActivities.parent.map((a) => a.id), [ACTIVITY]);
      assert.deepEqual(statements.slice(2).map((s) => s.object.id), [ACTIVITY, ACTIVITY]);
      assert.equal(statements[3].result.success, false);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  test('an actor in the legacy array form ({"name": [...], "mbox": [...]}) is stored as a normal Agent', async () => {
    const legacy = { name: ['Budi Santoso'], mbox: ['mailto:budi@example.ac.id'] };
    const { page, frame, problems, registration } = await launch({ actor: legacy });
    try {
      await answerAll(frame);
      const statements = await readBack(registration, 4, problems);
      assertValid(statements);
      const agent = { objectType: 'Agent', name: 'Budi Santoso', mbox: 'mailto:budi@example.ac.id' };
      for (const s of statements) assert.deepEqual(s.actor, agent);
      // The LRS finds them by that agent, as a gradebook asks for one learner's statements.
      const mine = await lrs.statements({ agent: JSON.stringify({ mbox: 'mailto:budi@example.ac.id' }), registration });
      assert.equal(mine.length, 4);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  test(`on a non-secure origin (http://${PLAIN_HOST}), statements still arrive, with ids made without crypto.randomUUID`, async () => {
    const origin = `http://${PLAIN_HOST}:${new URL(site.url).port}`;
    const { page, frame, problems, registration } = await launch({ origin });
    try {
      const context = await frame.evaluate(() => ({ secure: window.isSecureContext, randomUUID: typeof crypto.randomUUID, origin: location.origin }));
      assert.deepEqual(context, { secure: false, randomUUID: 'undefined', origin }, 'the check runs outside a secure context');
      assert.equal(await page.evaluate(() => window.isSecureContext), false);
      await answerAll(frame);
      const statements = await readBack(registration, 4, problems);
      assert.deepEqual(statements.map(verbOf), ['answered', 'answered', 'completed', 'passed']);
      assertValid(statements);
      const ids = statements.map((s) => s.id);
      assert.equal(new Set(ids).size, 4, 'each statement has its own id');
      for (const id of ids) assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'a version 4 UUID');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  test('wrong auth: the LRS answers 401 and stores nothing; the check works to its score, with a warning in the console', async () => {
    const wrong = `Basic ${Buffer.from(`${lrs.key}:not-the-secret`).toString('base64')}`;
    const { page, frame, problems, lrsAnswers, registration } = await launch({ auth: wrong });
    try {
      await answerAll(frame);
      assert.match(await result(frame), scoreLine(content, 2, 2));
      await waitFor(() => problems.filter((p) => p.includes('is dropped')).length === 4, { what: 'four warnings', timeout: 15_000 });
      assert.ok(lrsAnswers.length >= 4 && lrsAnswers.every((s) => s === 401), `the LRS answered 401 to each try: ${lrsAnswers}`);
      assert.deepEqual(await lrs.statements({ registration }), [], 'nothing stored');
    } finally {
      await page.close();
    }
  });

  test('on a shared computer, a launch resumes only its own learner\'s progress: kept under the actor and the registration', async () => {
    const first = await launch();
    await first.frame.evaluate(async () => {
      const check = /** @type {any} */ (document.querySelector('pekso-check'));
      check.shadowRoot.querySelector('input[type=radio]').click();
      await check.updateComplete;
      check.shadowRoot.querySelector('button.action').click();
      await check.updateComplete;
    });
    await first.page.close();
    const legend = (frame) => frame.evaluate(() => document.querySelector('pekso-check').shadowRoot.querySelector('legend').textContent);
    const other = await launch({ actor: { objectType: 'Agent', name: 'Budi', mbox: 'mailto:budi@example.ac.id' } });
    assert.match(await legend(other.frame), /Case 1 of 2/, 'another learner starts afresh');
    await other.page.close();
    const again = await launch({ registration: first.registration });
    assert.match(await legend(again.frame), /Case 2 of 2/, 'the first learner resumes');
    await again.page.close();
  });

  test('the LRS down: the check works to its score, and warns that each statement is dropped', async () => {
    const gone = await startLrs();
    const endpoint = gone.endpoint;
    await gone.stop(); // nothing listens there now
    const { page, frame, problems, lrsAnswers } = await launch({ endpoint, auth: gone.auth });
    try {
      await answerAll(frame);
      assert.match(await result(frame), scoreLine(content, 2, 2));
      await waitFor(() => problems.filter((p) => p.includes('is dropped')).length === 4, { what: 'four warnings', timeout: 15_000 });
      assert.ok(lrsAnswers.length >= 4 && lrsAnswers.every((s) => typeof s === 'string'), `every POST failed to connect: ${lrsAnswers}`);
    } finally {
      await page.close();
    }
  });
});
