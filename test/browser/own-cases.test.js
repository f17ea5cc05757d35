// The check reads a lecturer's own cases by the table the WordPress plugin follows too
// (test/fixtures/own-cases.json; the PHP and ajv run it in test/node/own-cases.test.mjs).
// Each input is the text of a <script type="application/json"> inside a check that asks only
// its own cases: the problems are what it warns, and the cases it asks are those it kept.
import { captureWarnings, expect, shadow } from './helpers.js';

const { cases: table } = await (await fetch('/test/fixtures/own-cases.json')).json();
const PREFIX = '<pekso-check> own cases: ';
/** The element's note that a case lacks the page's language: about showing a valid case, not about reading it. */
const LANGUAGE_NOTE = /^"[^"]*": no (case|why)( or why)? in "/;

const textOf = (input) => (typeof input === 'string' ? input : JSON.stringify(input));
const sameProblem = (actual, expected) => (expected.endsWith('…') ? actual.startsWith(expected.slice(0, -1)) : actual === expected);

/** The ids of every case the check asks, by answering each in turn (with the first field). */
async function askedIds(el) {
  const asked = [];
  el.addEventListener('pekso-answer', (event) => asked.push(event.detail.question));
  while (shadow(el, 'legend')) {
    shadow(el, 'input[type=radio]').click();
    shadow(el, 'button.action').click();
    await el.updateComplete;
    shadow(el, '.next').click();
    await el.updateComplete;
  }
  return asked;
}

describe('<pekso-check> reads own cases by the table the WordPress plugin follows', () => {
  afterEach(() => localStorage.clear());
  for (const { name, input, ids, problems } of table) {
    it(name, async () => {
      const el = /** @type {any} */ (document.createElement('pekso-check'));
      el.setAttribute('lang', 'en');
      el.setAttribute('cases', 'own');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = textOf(input);
      el.append(script);
      const warnings = await captureWarnings(async () => {
        document.body.append(el);
        await el.updateComplete;
      });
      try {
        const found = warnings.filter((w) => w.startsWith(PREFIX)).map((w) => w.slice(PREFIX.length)).filter((w) => !LANGUAGE_NOTE.test(w));
        expect(found.length, found.join('\n')).to.equal(problems.length);
        found.forEach((problem, i) => expect(sameProblem(problem, problems[i]), `${problem}\nis not\n${problems[i]}`).to.equal(true));
        expect(el.max).to.equal(ids.length);
        // Asked by field, not in the order given: the same cases, in any order.
        expect((await askedIds(el)).sort()).to.deep.equal([...ids].sort());
      } finally {
        el.remove();
      }
    });
  }
});
