import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { answerOf, axeViolations, captureWarnings, expect, fixture, settleAnimations, shadow, shadowAll } from './helpers.js';
import { CONTENT, PeksoCheck } from '../../dist/pekso-fields.js';

const choose = async (el, id) => {
  const radio = shadowAll(el, 'input[type=radio]').find((r) => r.value === id);
  radio.click();
  await el.updateComplete;
};
const press = async (el, selector) => {
  shadow(el, selector).click();
  await el.updateComplete;
  await el.updateComplete;
};
const record = (el, type) => {
  const events = [];
  el.addEventListener(type, (e) => events.push({ ...e.detail, bubbles: e.bubbles, composed: e.composed }));
  return events;
};

describe('<pekso-check>', () => {
  it('asks one case at a time, as a fieldset whose legend holds the case and the question, with a radio per field', async () => {
    const el = await fixture('<pekso-check lang="en" fields="casework,policy"></pekso-check>');
    expect(shadowAll(el, 'fieldset')).to.have.length(1);
    expect(shadow(el, 'legend').textContent).to.contain(CONTENT.ui.checkQuestion.en).and.contain('Case 1 of');
    expect(shadowAll(el, 'input[type=radio]').map((r) => r.value)).to.deep.equal(['casework', 'policy']);
    expect(el.max).to.equal(CONTENT.cases.filter((v) => ['casework', 'policy'].includes(v.answer)).length);
    expect(shadow(el, 'h3').textContent).to.equal('Check Your Understanding');
  });

  it('says right, with why, and moves focus to Next; Next moves focus to the next legend', async () => {
    const el = await fixture('<pekso-check lang="en" count="2"></pekso-check>');
    const answers = record(el, 'pekso-answer');
    const answer = answerOf(el);
    await choose(el, answer);
    await press(el, 'button.action');
    expect(shadow(el, '.feedback').getAttribute('role')).to.equal('status');
    expect(shadow(el, '.feedback').textContent).to.match(/^Right: /);
    expect(el.shadowRoot.activeElement).to.equal(shadow(el, '.next'));
    expect(answers).to.deep.include({ question: answers[0].question, choice: answer, answer, correct: true, practice: false, bubbles: true, composed: true });
    await press(el, '.next');
    expect(el.shadowRoot.activeElement).to.equal(shadow(el, 'legend'));
    expect(shadow(el, 'legend').textContent).to.contain('Case 2 of 2');
  });

  it('says wrong, with the right field and why', async () => {
    const el = await fixture('<pekso-check lang="id" count="1"></pekso-check>');
    const answer = answerOf(el);
    const wrong = shadowAll(el, 'input[type=radio]').find((r) => r.value !== answer).value;
    await choose(el, wrong);
    await press(el, 'button.action');
    const name = CONTENT.fields.find((f) => f.id === answer).name.id;
    const why = CONTENT.cases.find((c) => shadow(el, 'legend').textContent.includes(c.case.id.replace(/_([^_]+)_/g, '$1'))).why.id.replace(/_([^_]+)_/g, '$1');
    expect(shadow(el, '.feedback').textContent).to.contain(`Kurang tepat. Jawabannya ${name}. ${why}`);
    expect(el.score).to.equal(0);
  });

  it('asks to choose first when Check is pressed with nothing chosen', async () => {
    const el = await fixture('<pekso-check lang="en"></pekso-check>');
    await press(el, 'button.action');
    expect(shadow(el, '.feedback').textContent).to.equal('Choose one of the fields first.');
  });

  it('scores, passes and fails against the pass mark, fires pekso-complete once, lists what was missed, and tries again', async () => {
    const el = await fixture('<pekso-check lang="en" count="3" pass="60"></pekso-check>');
    const complete = record(el, 'pekso-complete');
    for (let i = 0; i < 3; i++) {
      const answer = answerOf(el);
      await choose(el, i === 0 ? shadowAll(el, 'input[type=radio]').find((r) => r.value !== answer).value : answer);
      await press(el, 'button.action');
      await press(el, '.next');
    }
    expect(complete).to.deep.equal([{ score: 2, max: 3, percent: 67, passed: true, practice: false, bubbles: true, composed: true }]);
    expect(el.score).to.equal(2);
    const result = shadow(el, '.result');
    expect(el.shadowRoot.activeElement).to.equal(result);
    expect(result.textContent).to.contain('Your score: 2 out of 3 (67%). Passed: the pass mark is 60%.');
    expect(result.querySelectorAll('li')).to.have.length(1);
    await press(el, '.try-again');
    expect(el.score).to.equal(0);
    expect(shadow(el, 'legend').textContent).to.contain('Case 1 of 3');
  });

  it('fails below the pass mark, and has no pass or fail with pass="none"', async () => {
    const el = await fixture('<pekso-check lang="en" count="1" pass="100"></pekso-check>');
    const complete = record(el, 'pekso-complete');
    await choose(el, shadowAll(el, 'input[type=radio]').find((r) => r.value !== answerOf(el)).value);
    await press(el, 'button.action');
    expect(complete[0].passed).to.equal(false);
    const practice = await fixture('<pekso-check lang="en" count="1" pass="none"></pekso-check>');
    const done = record(practice, 'pekso-complete');
    await choose(practice, answerOf(practice));
    await press(practice, 'button.action');
    expect(done[0]).to.include({ score: 1, max: 1, percent: 100, passed: null });
  });

  it('is reproducible with shuffle and a seed, in cases and choices', async () => {
    const order = async () => {
      const el = await fixture('<pekso-check lang="en" shuffle seed="kelas-a"></pekso-check>');
      return [shadow(el, 'legend').textContent, shadowAll(el, 'input[type=radio]').map((r) => r.value).join()];
    };
    const first = await order();
    expect(await order()).to.deep.equal(first);
    const plain = await fixture('<pekso-check lang="en"></pekso-check>');
    expect(shadowAll(plain, 'input[type=radio]').map((r) => r.value)).to.deep.equal(CONTENT.fields.map((f) => f.id));
  });

  it('dispatches xAPI statements: answered, then completed and passed', async () => {
    const el = await fixture('<pekso-check lang="en" count="1"></pekso-check>');
    const statements = record(el, 'pekso-xapi');
    await choose(el, answerOf(el));
    await press(el, 'button.action');
    expect(statements.map((s) => s.verb.id.split('/').at(-1))).to.deep.equal(['answered', 'completed', 'passed']);
    expect(statements[0].object.definition.interactionType).to.equal('choice');
    expect(statements[0].object.definition.choices[0].description.en).to.equal(CONTENT.fields[0].name.en);
    expect(statements[1].result.score.scaled).to.equal(1);
  });

  it('reports about the activity it is given: the object of completed, the parent of each case', async () => {
    const el = await fixture('<pekso-check lang="en" count="1"></pekso-check>');
    el.xapiActivity = 'https://lms.test/mod/xapi/42';
    const statements = record(el, 'pekso-xapi');
    await choose(el, answerOf(el));
    await press(el, 'button.action');
    const [answered, completed] = statements;
    expect(answered.object.id).to.match(/^https:\/\/lms\.test\/mod\/xapi\/42\?case=[\w-]+$/);
    expect(answered.context.contextActivities.parent).to.deep.equal([{ objectType: 'Activity', id: 'https://lms.test/mod/xapi/42' }]);
    expect(completed.object.id).to.equal('https://lms.test/mod/xapi/42');
    // The language shown comes first in every language map.
    expect(Object.keys(answered.object.definition.description)[0]).to.equal('en');
    expect(Object.keys(completed.object.definition.name)[0]).to.equal('en');
  });

  it('keeps an activity and typed properties set before the element upgrades, as the embed page sets them while the bundle loads', async () => {
    const el = /** @type {any} */ (document.createElement('late-pekso-check'));
    el.lang = 'en';
    el.xapiActivity = 'https://lms.test/mod/xapi/7';
    el.count = 1;
    document.body.append(el);
    PeksoCheck.define('late-pekso-check');
    await el.updateComplete;
    const statements = record(el, 'pekso-xapi');
    expect(el.max).to.equal(1);
    await choose(el, answerOf(el));
    await press(el, 'button.action');
    expect(statements.at(-2).object.id).to.equal('https://lms.test/mod/xapi/7');
    el.remove();
  });

  it('keeps the ids LRSs already hold when no activity is given', async () => {
    const el = await fixture('<pekso-check lang="id" count="1"></pekso-check>');
    const statements = record(el, 'pekso-xapi');
    await choose(el, answerOf(el));
    await press(el, 'button.action');
    expect(statements[0].object.id).to.match(/^urn:pekso:check:[\w-]+$/);
    expect(statements[1].object.id).to.equal('urn:pekso:check');
    expect(Object.keys(statements[0].object.definition.choices[0].description)[0]).to.equal('id');
  });

  it('works by keyboard alone: arrows choose, Enter checks, Enter on Next goes on', async () => {
    const el = await fixture('<pekso-check lang="en" count="2"></pekso-check>');
    shadowAll(el, 'input[type=radio]')[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot.activeElement).to.equal(shadow(el, '.next'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot.activeElement).to.equal(shadow(el, 'legend'));
  });

  it('links the answer to its field when a <pekso-fields> is on the page', async () => {
    const container = await fixture('<div><pekso-fields lang="en"></pekso-fields><pekso-check lang="en" count="1"></pekso-check></div>');
    const el = container.querySelector('pekso-check');
    await el.updateComplete;
    const answer = answerOf(el);
    await choose(el, answer);
    await press(el, 'button.action');
    expect(shadow(el, '.feedback a').getAttribute('href')).to.equal(`#pekso-${answer}`);
  });

  it('warns about bad input, naming the value and the valid ones, and falls back', async () => {
    /** @type {any} */
    let el;
    const warnings = await captureWarnings(async () => {
      el = await fixture('<pekso-check fields="astrology,casework" count="999" pass="high"></pekso-check>');
    });
    expect(warnings.join('\n')).to.contain('fields="astrology"').and.contain('count="999"').and.contain('pass="high"').and.contain('none');
    expect(el.max).to.equal(CONTENT.cases.filter((v) => v.answer === 'casework').length);
    expect(shadowAll(el, 'fieldset')).to.have.length(1);
  });

  it('prints every case with its question, and no answers or buttons', async function () {
    const el = await fixture('<pekso-check lang="en" count="4"></pekso-check>');
    try {
      await emulateMedia({ media: 'print' });
    } catch {
      this.skip(); // the browser driver cannot emulate print
    }
    try {
      const printed = shadow(el, '.print');
      expect(getComputedStyle(printed).display).to.equal('block');
      expect(printed.querySelectorAll('li')).to.have.length(4);
      expect(getComputedStyle(shadow(el, '.question')).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle(shadow(el, '.print')).display).to.equal('none');
  });

  for (const lang of ['id', 'en']) {
    for (const theme of ['light', 'dark']) {
      it(`has no axe violations in every state (${lang}, ${theme})`, async () => {
        const container = await fixture(`<div style="padding: 1em"><pekso-check lang="${lang}" theme="${theme}" count="1"></pekso-check></div>`);
        const el = container.firstElementChild;
        await el.updateComplete;
        expect(await axeViolations(container), 'asking').to.deep.equal([]);
        await choose(el, answerOf(el));
        await press(el, 'button.action');
        settleAnimations(container);
        expect(await axeViolations(container), 'answered').to.deep.equal([]);
        await press(el, '.next');
        expect(await axeViolations(container), 'result').to.deep.equal([]);
      });
    }
  }
});
