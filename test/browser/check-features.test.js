// What lecturers and students ask of the check (issue 21): a pool drawn by field, a retry of
// the missed cases that never changes the graded result, resuming after a reload (and
// working where nothing can be kept), a result to hand in, and the lecturer's own cases.
import { emulateMedia } from '@web/test-runner-commands';
import { CONTENT } from '../../dist/pekso-fields.js';
import { answerOf, axeViolations, captureWarnings, expect, fixture, shadow, shadowAll } from './helpers.js';

const fieldIds = CONTENT.fields.map((f) => f.id);
const fieldOf = (id) => CONTENT.cases.find((c) => c.id === id)?.answer;

const choose = async (el, id) => {
  shadowAll(el, 'input[type=radio]').find((r) => r.value === id).click();
  await el.updateComplete;
};
const press = async (el, selector) => {
  shadow(el, selector).click();
  await el.updateComplete;
  await el.updateComplete;
};
/** Answers the case shown, right or wrong, and goes on. */
const answer = async (el, right = true, own = []) => {
  const key = answerOf(el, own);
  await choose(el, right ? key : shadowAll(el, 'input[type=radio]').find((r) => r.value !== key).value);
  await press(el, 'button.action');
  await press(el, '.next');
};
/** Every event of `type` on `el`, as details. */
const record = (el, type) => {
  const seen = [];
  el.addEventListener(type, (e) => seen.push(e.detail));
  return seen;
};
/** Answers every case, the ones listed in `wrong` (by position) wrongly; returns the case ids asked. */
async function answerAll(el, wrong = [], own = []) {
  const asked = record(el, 'pekso-answer');
  for (let i = 0; shadow(el, 'legend'); i++) {
    if (i > 200) throw new Error(`still asking after ${i} answers: ${shadow(el, 'legend').textContent}`);
    await answer(el, !wrong.includes(i), own);
  }
  return asked.map((a) => a.question);
}
/** Waits until `condition()` holds: for what the element does after a promise (the clipboard). */
async function until(condition) {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((done) => setTimeout(done, 10));
}
/**
 * A check with the lecturer's own cases inside it. As in any page, "<" in the JSON is
 * written \u003c, so that a "</script>" in a text cannot end the script element early.
 */
const withOwnCases = (attrs, cases) =>
  `<pekso-check lang="en" ${attrs}><script type="application/json">${JSON.stringify(cases).replace(/</g, '\\u003c')}</script></pekso-check>`;
const ownCase = (id, answer = 'policy', extra = {}) => ({ id, answer, case: { en: `A council in Makassar rewrites a rule (${id}).`, id: `Sebuah dewan di Makassar menulis ulang aturan (${id}).` }, why: { en: 'The rule is the target.', id: 'Aturanlah sasarannya.' }, ...extra });

describe('<pekso-check>: the pool', () => {
  it('draws every field once before any twice, in file order without shuffle: the first case of each field', async () => {
    const el = await fixture(`<pekso-check lang="en" count="${fieldIds.length}"></pekso-check>`);
    const asked = await answerAll(el);
    expect(asked).to.deep.equal(fieldIds.map((field) => CONTENT.cases.find((c) => c.answer === field).id));
  });

  it('draws stratified when shuffled too: with more cases than fields, no field twice before every field once', async () => {
    const el = await fixture(`<pekso-check lang="en" count="${fieldIds.length + 2}" shuffle></pekso-check>`);
    const fields = (await answerAll(el)).map(fieldOf);
    for (const field of fieldIds) expect(fields.filter((f) => f === field).length, field).to.be.within(1, 2);
  });

  it('draws the same cases for everyone with a seed, and draws again on "Try again", as the next attempt of the same seed', async () => {
    const first = await fixture('<pekso-check lang="en" count="4" shuffle seed="week-2"></pekso-check>');
    const second = await fixture('<pekso-check lang="en" count="4" shuffle seed="week-2"></pekso-check>');
    const other = await fixture('<pekso-check lang="en" count="4" shuffle seed="week-3"></pekso-check>');
    const a1 = await answerAll(first);
    expect(await answerAll(second)).to.deep.equal(a1);
    expect(await answerAll(other)).to.not.deep.equal(a1);
    await press(first, '.try-again');
    await press(second, '.try-again');
    const a2 = await answerAll(first);
    expect(a2).to.not.deep.equal(a1);
    expect(await answerAll(second)).to.deep.equal(a2);
  });

  it('names the cases drawn in its statements', async () => {
    const el = await fixture('<pekso-check lang="en" count="2"></pekso-check>');
    const statements = record(el, 'pekso-xapi');
    const asked = await answerAll(el);
    expect(statements.filter((s) => s.verb.id.endsWith('/answered')).map((s) => s.object.id)).to.deep.equal(asked.map((id) => `urn:pekso:check:${id}`));
  });
});

describe('<pekso-check>: retrying the missed cases', () => {
  it('asks only the missed ones, as practice: the graded score, pekso-complete and the xAPI result stay the first pass\'s', async () => {
    const el = await fixture('<pekso-check lang="en" count="3" pass="60"></pekso-check>');
    const complete = record(el, 'pekso-complete');
    const answers = record(el, 'pekso-answer');
    const statements = record(el, 'pekso-xapi');
    const asked = await answerAll(el, [0, 2]);
    expect(el.score).to.equal(1);
    expect(complete).to.deep.equal([{ score: 1, max: 3, percent: 33, passed: false, practice: false }]);
    await press(el, '.retry-missed');
    // Compared as a boolean: chai's diff of two shadow-DOM elements never ends in Firefox.
    expect(el.shadowRoot.activeElement === shadow(el, 'legend'), 'focus on the legend').to.equal(true);
    expect(shadow(el, 'legend').textContent).to.contain('Practice: case 1 of 2');
    const retried = [];
    for (let i = 0; i < 2; i++) {
      retried.push(answerOf(el));
      await answer(el, true);
    }
    expect(retried.length).to.equal(2);
    expect(answers.slice(3).every((a) => a.practice)).to.equal(true);
    expect(answers.slice(3).map((a) => a.question).sort()).to.deep.equal([asked[0], asked[2]].sort());
    expect(complete.at(-1)).to.deep.equal({ score: 3, max: 3, percent: 100, passed: true, practice: true });
    expect(el.score, 'the graded score').to.equal(1);
    const verbs = statements.map((s) => s.verb.id.split('/').at(-1));
    expect(verbs.filter((v) => v === 'completed' || v === 'failed' || v === 'passed')).to.deep.equal(['completed', 'failed']);
    expect(statements.filter((s) => s.context?.extensions?.['urn:pekso:practice']).length).to.equal(2);
    const result = shadow(el, '.result').textContent;
    expect(result).to.contain('Your score: 1 out of 3 (33%).').and.contain('Practice: 3 out of 3 right after the retry (100%).');
    expect(shadow(el, '.retry-missed')).to.equal(null);
  });
});

describe('<pekso-check>: resuming', () => {
  it('resumes an unfinished check after a reload, says answers are kept on this device, and starts again on request', async () => {
    const html = '<pekso-check lang="en" count="3" shuffle></pekso-check>';
    const before = await fixture(html);
    const first = answerOf(before);
    const asked = record(before, 'pekso-answer');
    await answer(before, true);
    expect(shadow(before, '.notice').textContent).to.contain(CONTENT.ui.checkKept.en);
    before.parentElement.remove(); // the reader closes the tab…
    const after = await fixture(html); // …and comes back
    expect(shadow(after, 'legend').textContent).to.contain('Case 2 of 3');
    expect(after.score).to.equal(1);
    expect(asked[0].choice).to.equal(first);
    await press(after, '.notice button');
    expect(shadow(after, 'legend').textContent).to.contain('Case 1 of 3');
    expect(after.score).to.equal(0);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('pekso-check:/'))).to.deep.equal([]);
  });

  it('resumes on the result, and drops what a content update removed', async () => {
    const el = await fixture('<pekso-check lang="en" count="2"></pekso-check>');
    await answerAll(el);
    const [key] = Object.keys(localStorage).filter((k) => k.startsWith('pekso-check:/'));
    const saved = JSON.parse(localStorage.getItem(key));
    saved.g.q[0] = 'gone'; // a case removed since
    localStorage.setItem(key, JSON.stringify(saved));
    el.parentElement.remove();
    const again = await fixture('<pekso-check lang="en" count="2"></pekso-check>');
    expect(again.max).to.equal(1);
    expect(shadow(again, '.result')).to.not.equal(null);
  });

  it('forgets progress older than 30 days, for shared computers', async () => {
    const el = await fixture('<pekso-check lang="en" count="2"></pekso-check>');
    await answer(el, true);
    const [key] = Object.keys(localStorage).filter((k) => k.startsWith('pekso-check:/'));
    localStorage.setItem(key, JSON.stringify({ ...JSON.parse(localStorage.getItem(key)), t: Date.now() - 31 * 86_400_000 }));
    el.parentElement.remove();
    const again = await fixture('<pekso-check lang="en" count="2"></pekso-check>');
    expect(shadow(again, 'legend').textContent).to.contain('Case 1 of 2');
  });

  it('uses the store a host gives it (SCORM, H5P) instead of the device', async () => {
    let kept = null;
    const store = { load: () => kept, save: (text) => void (kept = text), clear: () => void (kept = null) };
    const el = /** @type {any} */ (document.createElement('pekso-check'));
    el.lang = 'en';
    el.count = 2;
    el.progressStore = store;
    document.body.append(el);
    await el.updateComplete;
    await answer(el, true);
    expect(JSON.parse(kept).g.a).to.have.length(1);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('pekso-check:/'))).to.deep.equal([]);
    expect(shadow(el, '.notice'), 'not on this device: no notice').to.equal(null);
    el.remove();
  });
});

describe('<pekso-check>: no storage', () => {
  /** Runs `fn` with the page's storage broken as `how` says, then restores it. */
  async function withoutStorage(how, fn) {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage');
    const setItem = Storage.prototype.setItem;
    if (how === 'denied') Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    if (how === 'full') Storage.prototype.setItem = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    try {
      await fn();
    } finally {
      if (descriptor) Object.defineProperty(window, 'localStorage', descriptor);
      else delete window.localStorage; // the override shadowed the prototype's
      Storage.prototype.setItem = setItem;
    }
  }

  for (const how of ['denied', 'full']) {
    it(`works to the end as before, with no warning and no "kept" notice, when storage is ${how === 'denied' ? 'denied (a sandbox, some private modes)' : 'full'}`, async () => {
      await withoutStorage(how, async () => {
        const warnings = await captureWarnings(async () => {
          const el = await fixture('<pekso-check lang="en" count="2"></pekso-check>');
          await answer(el, true);
          expect(shadow(el, '.notice')).to.equal(null);
          await answer(el, false);
          expect(shadow(el, '.result [role=status]').textContent).to.contain('1 out of 2');
          await press(el, '.retry-missed');
          await answer(el, true);
        });
        expect(warnings).to.deep.equal([]);
      });
    });
  }

  it('works with resume="off", keeping nothing', async () => {
    const el = await fixture('<pekso-check lang="en" count="2" resume="off"></pekso-check>');
    await answer(el, true);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('pekso-check:/'))).to.deep.equal([]);
  });
});

describe('<pekso-check>: a result to hand in', () => {
  let copied;
  let writeText;
  beforeEach(() => {
    copied = [];
    writeText = navigator.clipboard?.writeText;
    if (navigator.clipboard) navigator.clipboard.writeText = async (text) => void copied.push(text);
  });
  afterEach(() => {
    if (navigator.clipboard) navigator.clipboard.writeText = writeText;
  });

  it('copies a plain-text summary: title, date, name, score and pass mark, each case right or wrong with the field answered', async function () {
    if (!navigator.clipboard) this.skip();
    const el = await fixture('<pekso-check lang="id" count="2"></pekso-check>');
    const asked = await answerAll(el, [1]);
    const name = shadow(el, 'input.name');
    name.value = 'Siti Rahma';
    name.dispatchEvent(new Event('input'));
    await press(el, '.copy-result');
    await until(() => shadow(el, '.copy-status').textContent !== '');
    const [text] = copied;
    const lines = text.split('\n');
    expect(lines[0]).to.equal(CONTENT.ui.checkTitle.id);
    expect(lines[1]).to.equal(new Date().toLocaleDateString('id', { dateStyle: 'long' }));
    expect(lines[2]).to.equal('Siti Rahma');
    expect(lines[3]).to.contain('Skor Anda: 1 dari 2 (50%).').and.contain('batas lulus 80%');
    expect(text).to.contain(`Kasus 1 (${asked[0]}): benar, dijawab ${CONTENT.fields.find((f) => f.id === fieldOf(asked[0])).name.id}`);
    expect(text).to.match(new RegExp(`Kasus 2 \\(${asked[1]}\\): belum tepat, dijawab `));
    expect(shadow(el, '.copy-status').textContent).to.equal(CONTENT.ui.checkResultCopied.id);
    expect(shadow(el, '.copy-status').getAttribute('role')).to.equal('status');
  });

  it('shows the summary, selected, when the browser refuses to copy', async () => {
    if (navigator.clipboard) navigator.clipboard.writeText = async () => { throw new DOMException('denied', 'NotAllowedError'); };
    const el = await fixture('<pekso-check lang="en" count="1"></pekso-check>');
    await answerAll(el);
    await press(el, '.copy-result');
    await until(() => shadow(el, '.copy-status').textContent !== '');
    expect(shadow(el, '.result-text').hidden).to.equal(false);
    expect(String(getSelection())).to.contain(CONTENT.ui.checkTitle.en);
    expect(shadow(el, '.copy-status').textContent).to.equal(CONTENT.ui.checkResultCopyFailed.en);
  });

  it('keeps the name on the device only while the box is ticked', async () => {
    const el = await fixture('<pekso-check lang="en" count="1"></pekso-check>');
    await answerAll(el);
    const name = shadow(el, 'input.name');
    name.value = 'Andi';
    name.dispatchEvent(new Event('input'));
    expect(localStorage.getItem('pekso-check:name')).to.equal(null);
    shadow(el, 'input.keep-name').click();
    expect(localStorage.getItem('pekso-check:name')).to.equal('Andi');
    shadow(el, 'input.keep-name').click();
    expect(localStorage.getItem('pekso-check:name')).to.equal(null);
  });

  it('prints the same summary at the end', async function () {
    const el = await fixture('<pekso-check lang="en" count="1"></pekso-check>');
    await answerAll(el);
    try {
      await emulateMedia({ media: 'print' });
    } catch {
      this.skip(); // the browser driver cannot emulate print
    }
    try {
      expect(getComputedStyle(shadow(el, '.result-text')).display).to.equal('block');
      expect(getComputedStyle(shadow(el, '.copy-result')).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('<pekso-check>: the lecturer\'s own cases', () => {
  it('adds them to the built-in cases by default, and asks only them with cases="own"', async () => {
    const own = [ownCase('makassar-1'), ownCase('makassar-2', 'casework')];
    const both = await fixture(withOwnCases('', own));
    expect(both.max).to.equal(CONTENT.cases.length + 2);
    const only = await fixture(withOwnCases('cases="own"', own));
    const statements = record(only, 'pekso-xapi');
    expect(only.max).to.equal(2);
    // Drawn by field, in the order of the fields: casework before policy.
    expect(shadow(only, 'legend').textContent).to.contain('A council in Makassar rewrites a rule (makassar-2).');
    await answerAll(only, [], own);
    expect(statements.filter((s) => s.verb.id.endsWith('/answered')).map((s) => s.object.id)).to.deep.equal(['urn:pekso:check:makassar-2', 'urn:pekso:check:makassar-1']);
  });

  it('leaves out a bad case with a warning that names the case and the key, and renames an id already taken', async () => {
    const own = [ownCase('ok-1'), { ...ownCase('bad-1'), why: { en: '' } }, ownCase('casework-2'), { id: 'Bad Id', answer: 'astrology', case: { en: 'x' }, why: { en: 'y' } }];
    let el = /** @type {any} */ (undefined);
    const warnings = await captureWarnings(async () => {
      el = await fixture(withOwnCases('cases="own"', own));
    });
    expect(el.max).to.equal(2);
    expect(warnings).to.include('<pekso-check> own cases: case 2 ("bad-1"): why.en: expected a non-empty text: left out');
    expect(warnings).to.include('<pekso-check> own cases: case 3 ("casework-2"): the id is taken: renamed "casework-2-own"');
    expect(warnings.some((w) => w.startsWith('<pekso-check> own cases: case 4 ("Bad Id"): id: "Bad Id" is not valid'))).to.equal(true);
  });

  it('says so in the page when no case is left, and warns on JSON it cannot read', async () => {
    let el = /** @type {any} */ (undefined);
    const warnings = await captureWarnings(async () => {
      el = await fixture('<pekso-check lang="en" cases="own"><script type="application/json">[{"id": </script></pekso-check>');
    });
    expect(shadow(el, '.notice').textContent).to.equal(CONTENT.ui.checkNoCases.en);
    expect(warnings.some((w) => w.startsWith('<pekso-check> own cases: not valid JSON'))).to.equal(true);
  });

  it('shows a case in a language it has, marked as such, with a warning, when it lacks the page\'s', async () => {
    let el = /** @type {any} */ (undefined);
    const warnings = await captureWarnings(async () => {
      el = await fixture(withOwnCases('cases="own"', [{ id: 'only-id', answer: 'policy', case: { id: 'Kasus dalam bahasa Indonesia.' }, why: { id: 'Alasannya.' } }]));
    });
    expect(shadow(el, 'legend span[lang="id"]').textContent).to.equal('Kasus dalam bahasa Indonesia.');
    expect(warnings).to.include('<pekso-check> own cases: "only-id": no case or why in "en": shown in "id"');
  });

  it('sets every text field as text: script, event handler and markup payloads stay words', async () => {
    const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script><b>bold</b>';
    const el = await fixture(withOwnCases('cases="own"', [{ id: 'hostile-1', answer: 'policy', case: { en: hostile }, why: { en: hostile } }]));
    expect(shadow(el, 'legend').textContent).to.contain(hostile);
    expect(shadowAll(el, 'legend img, legend b, legend script')).to.have.length(0);
    await choose(el, 'policy');
    await press(el, 'button.action');
    expect(shadow(el, '.feedback').textContent).to.contain(hostile);
    expect(shadowAll(el, '.feedback img, .feedback b')).to.have.length(0);
    expect(/** @type {any} */ (window).pwned).to.equal(undefined);
  });

  it('takes own cases as a property, as frameworks pass them', async () => {
    const el = /** @type {any} */ (document.createElement('pekso-check'));
    el.lang = 'en';
    el.cases = 'own';
    el.ownCases = [ownCase('prop-1')];
    document.body.append(el);
    await el.updateComplete;
    expect(el.max).to.equal(1);
    el.remove();
  });
});

describe('<pekso-check>: accessibility of the new states', () => {
  for (const lang of ['id', 'en']) {
    it(`has no axe violations in ${lang}: the kept notice, the result with its retry and name field, practice, no cases`, async () => {
      const el = await fixture(`<pekso-check lang="${lang}" count="2"></pekso-check>`);
      await answer(el, false);
      expect(await axeViolations(el)).to.deep.equal([]);
      await answer(el, true);
      expect(await axeViolations(el)).to.deep.equal([]);
      await press(el, '.retry-missed');
      expect(await axeViolations(el)).to.deep.equal([]);
      await answer(el, true);
      expect(await axeViolations(el)).to.deep.equal([]);
      const none = await fixture(`<pekso-check lang="${lang}" cases="own"></pekso-check>`);
      expect(await axeViolations(none)).to.deep.equal([]);
    });
  }
});
