// Browser helpers for the LMS tests: Debian's Chromium (see tools/chromium.mjs).
import { launchChromium as launch } from './paths.mjs';

/**
 * Chromium as npm test starts it, with `extraArgs` added to its flags (say a
 * --host-resolver-rules).
 * @param {{extraArgs?: string[]}} [options]
 */
export async function launchChromium({ extraArgs = [] } = {}) {
  const browser = await launch({ extraArgs });
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

/**
 * Answers the cases of the check in `frame` by clicking as a learner does: a radio button,
 * Check, then Next; right unless `wrong(i)` says otherwise (`i` counts from 0 in this call).
 * Stops at the end of the pass being shown (graded, or the practice retry of the missed
 * cases) or after `count` cases. Resolves to the number answered.
 * @param {import('puppeteer-core').Frame} frame
 * @param {{ wrong?: (i: number) => boolean, count?: number }} [options]
 */
export async function answerCases(frame, { wrong = () => false, count = Infinity } = {}) {
  await frame.waitForFunction(() => document.querySelector('pekso-check')?.shadowRoot?.querySelector('legend'));
  let answered = 0;
  while (answered < count) {
    const asked = await frame.evaluate(async (makeWrong) => {
      const check = /** @type {any} */ (document.querySelector('pekso-check'));
      const legend = check.shadowRoot.querySelector('legend')?.textContent;
      if (legend === undefined) return false; // the result: the pass is over
      // The case's glossed terms (`_term_`) lose their marks in the legend's text.
      const vignette = window.Pekso.CONTENT.cases.find((v) => legend.includes(v.case[check.shownLang].replace(/_([^_]+)_/g, '$1')));
      const radios = [...check.shadowRoot.querySelectorAll('input[type=radio]')];
      radios.find((r) => (makeWrong ? r.value !== vignette.answer : r.value === vignette.answer)).click();
      check.shadowRoot.querySelector('button.action').click();
      await check.updateComplete;
      check.shadowRoot.querySelector('.next').click();
      await check.updateComplete;
      return true;
    }, wrong(answered));
    if (!asked) break;
    answered++;
  }
  return answered;
}

/**
 * Answers every case of the check's pass in `frame`, right unless `wrong(i)` says otherwise.
 * Resolves to the number of cases.
 * @param {import('puppeteer-core').Frame} frame
 * @param {(i: number) => boolean} [wrong]
 */
export const answerAll = (frame, wrong = () => false) => answerCases(frame, { wrong });

/**
 * The English score line for `score` of `max`, as the content words it, as a pattern to match.
 * @param {{ ui: Record<string, Record<string, string>> }} content
 * @param {number} score
 * @param {number} max
 */
export function scoreLine(content, score, max) {
  const line = content.ui.checkScore.en.replace('{score}', String(score)).replace('{max}', String(max)).replace('{percent}', String(Math.round((100 * score) / max)));
  return new RegExp(line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}
