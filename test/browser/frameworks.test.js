// The elements under the real React 19 and Vue 3 runtimes, in production builds: both set
// a prop as a property when the element has one of that name, with its JavaScript value
// (a number, an array, a boolean), not as an attribute string. The apps are
// test/frameworks/*.js, built by test/frameworks/build.mjs into dist/frameworks/ (the test
// runner builds them when it starts; `node test/frameworks/build.mjs` builds them by hand).
import { CONTENT } from '../../dist/pekso-fields.js';
import { answerOf, buttonFor, expect, headerButtons, isOpen, openIds, shadow, shadowAll } from './helpers.js';

const FRAMEWORKS = [
  { name: 'React 19', file: 'react-app.js', mount: 'mountReact' },
  { name: 'Vue 3', file: 'vue-app.js', mount: 'mountVue' },
];
const FIELD_IDS = CONTENT.fields.map((f) => f.id);

/** A URL the type checker does not follow: the apps are built bundles, checked by their sources. */
const appUrl = (file) => new URL(`../../dist/frameworks/${file}`, import.meta.url).href;

/** What the page says while a test runs: console.warn and console.error, and errors nobody caught. */
function watchPage() {
  const seen = { warnings: [], errors: [] };
  const { warn, error } = console;
  const text = (args) => args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a))).join(' ');
  console.warn = (...args) => seen.warnings.push(text(args));
  console.error = (...args) => seen.errors.push(text(args));
  const onError = (event) => seen.errors.push(`uncaught: ${event.message}`);
  const onRejection = (event) => seen.errors.push(`unhandled rejection: ${text([event.reason])}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  seen.stop = () => {
    Object.assign(console, { warn, error });
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  };
  return seen;
}

/** Resolves once `condition()` holds (checked each frame), or fails after `ms`. */
async function until(condition, what, ms = 2000) {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** The tags of the heading elements around the fields' header buttons. */
const headingTags = (el) => headerButtons(el).map((b) => b.closest('[part~="header"]').tagName);
const fieldButtons = (el) => headerButtons(el).map((b) => b.id.slice(2));

const press = async (el, selector) => {
  shadow(el, selector).click();
  await el.updateComplete;
  await el.updateComplete;
};
/**
 * Answers every case, right unless `wrong(i)`.
 * @param {any} el
 * @param {(i: number) => boolean} [wrong]
 */
async function answerAll(el, wrong = () => false) {
  for (let i = 0; i < el.max; i++) {
    const answer = answerOf(el);
    const choice = wrong(i) ? shadowAll(el, 'input[type=radio]').find((r) => r.value !== answer).value : answer;
    shadowAll(el, 'input[type=radio]').find((r) => r.value === choice).click();
    await el.updateComplete;
    await press(el, 'button.action');
    await press(el, '.next');
  }
}

for (const framework of FRAMEWORKS) {
  describe(`pekso elements in ${framework.name}`, () => {
    let mountApp;
    let page;
    const mounted = [];

    before(async () => {
      const module = await import(appUrl(framework.file)).catch((error) => {
        throw new Error(`${framework.file} is not built (node test/frameworks/build.mjs): ${error.message}`);
      });
      mountApp = module[framework.mount];
    });

    beforeEach(() => {
      page = watchPage();
    });

    afterEach(() => {
      page.stop();
      for (const { app, container } of mounted.splice(0)) {
        app.unmount();
        container.remove();
      }
    });

    /**
     * Mounts the app with `tag` and `props`, and waits for the element's first render (which
     * throws here if the element's update threw). `events` are what the app's handlers saw.
     */
    async function mount(tag, props) {
      const container = document.createElement('div');
      document.body.append(container);
      const events = [];
      const app = mountApp(container, tag, props, (type, detail) => events.push({ type, detail }));
      mounted.push({ app, container });
      const el = app.element;
      expect(el, `the app rendered <${tag}>`).to.be.an.instanceof(customElements.get(tag));
      await el.updateComplete;
      return {
        el,
        events,
        output: container.querySelector('.last-event'),
        update: async (next) => {
          await app.update(next);
          await el.updateComplete;
        },
      };
    }

    /** The element rendered something: not the blank widget of an update that threw. */
    const expectRendered = (el) => expect(el.shadowRoot?.querySelector('.root') ?? null, 'the shadow root has content').to.not.equal(null);
    const expectNoErrors = () => expect(page.errors, 'console errors and uncaught errors').to.deep.equal([]);

    describe('typed props render', () => {
      it('<pekso-fields> takes a number, arrays and a boolean', async () => {
        const { el } = await mount('pekso-fields', { lang: 'en', headingLevel: 2, fields: ['casework', 'policy'], single: true, open: ['policy'] });
        expectRendered(el);
        expect(fieldButtons(el)).to.deep.equal(['casework', 'policy']);
        expect(headingTags(el)).to.deep.equal(['H2', 'H2']);
        expect(openIds(el)).to.deep.equal(['policy']);
        expect(isOpen(el, 'policy')).to.equal(true);
        // single: no "show all" button, and the property reflects as the attribute.
        expect(shadow(el, '[part~="toggle-all"]')).to.equal(null);
        expect(el.hasAttribute('single')).to.equal(true);
        // The framework set properties: as attributes they would be headinglevel="2", fields="casework,policy".
        expect(el.getAttributeNames().filter((name) => ['headinglevel', 'fields', 'open'].includes(name))).to.deep.equal([]);
        expectNoErrors();
        expect(page.warnings).to.deep.equal([]);
      });

      it('<pekso-field-card> takes a boolean and a number', async () => {
        const { el } = await mount('pekso-field-card', { lang: 'en', field: 'research', expanded: true, headingLevel: 4 });
        expectRendered(el);
        expect(shadow(el, '[part~="name"]').textContent.trim()).to.equal('Social work research');
        expect(shadow(el, '[part~="header"]').tagName).to.equal('H4');
        expect(shadow(el, '[part~="panel"]').hasAttribute('hidden')).to.equal(false);
        expect(shadow(el, 'button').getAttribute('aria-disabled')).to.equal('true');
        expect(el.hasAttribute('expanded')).to.equal(true);
        expectNoErrors();
        expect(page.warnings).to.deep.equal([]);
      });

      it('<pekso-check> takes numbers and a boolean: its progress, order and pass mark follow them', async () => {
        const { el, events } = await mount('pekso-check', { lang: 'en', count: 3, pass: 50, shuffle: true, seed: 'x' });
        expectRendered(el);
        expect(el.max).to.equal(3);
        expect(shadow(el, '.progress').textContent).to.equal('Case 1 of 3');
        // The same order as the attributes give: shuffled, by the seed.
        const reference = document.createElement('div');
        reference.innerHTML = '<pekso-check lang="en" count="3" shuffle seed="x"></pekso-check>';
        document.body.append(reference);
        try {
          const check = /** @type {any} */ (reference.firstElementChild);
          await check.updateComplete;
          expect(shadow(el, 'legend').textContent).to.equal(shadow(check, 'legend').textContent);
          expect(shadowAll(el, 'input[type=radio]').map((r) => r.value)).to.deep.equal(shadowAll(check, 'input[type=radio]').map((r) => r.value));
        } finally {
          reference.remove();
        }
        // 2 of 3 is 67%: a pass at 50, where the default 80 would fail it.
        await answerAll(el, (i) => i === 0);
        expect(shadow(el, '.result').textContent).to.contain('Your score: 2 out of 3 (67%). Passed: the pass mark is 50%.');
        expect(events.filter((e) => e.type === 'pekso-complete').map((e) => e.detail)).to.deep.equal([{ score: 2, max: 3, percent: 67, passed: true, practice: false }]);
        expectNoErrors();
        expect(page.warnings).to.deep.equal([]);
      });

      it('booleans: false, and the strings of the one boolean rule, are off', async () => {
        const { el } = await mount('pekso-fields', { lang: 'en', intro: false, methods: 'OFF', glossary: 'off', references: 'no', single: 'false' });
        expectRendered(el);
        expect(headerButtons(el, { frame: true }).map((b) => b.id.slice(2))).to.deep.equal(FIELD_IDS);
        expect(shadow(el, '[part~="toggle-all"]'), 'not single: "show all" is there').to.not.equal(null);
        expectNoErrors();
      });
    });

    describe('wrong-typed props: no exception, no blank widget, a warning naming the value', () => {
      /** The warnings that name `tag`, the property (either spelling) and `value`. */
      const warningsAbout = (tag, property, value) =>
        page.warnings.filter((w) => w.includes(tag) && property.test(w) && value.test(w));

      it('<pekso-fields headingLevel={{}}> renders h3, the default, and warns', async () => {
        const { el } = await mount('pekso-fields', { lang: 'en', headingLevel: {} });
        expectRendered(el);
        expect(fieldButtons(el)).to.deep.equal(FIELD_IDS);
        expect(new Set(headingTags(el))).to.deep.equal(new Set(['H3']));
        const warnings = warningsAbout('pekso-fields', /heading-?level/i, /\{\}|\[object Object\]|object/i);
        expect(warnings, `a warning about headingLevel among ${JSON.stringify(page.warnings)}`).to.have.length(1);
        expect(warnings[0], 'the valid values').to.match(/2\D.*6/);
        expectNoErrors();
      });

      it('<pekso-fields fields={42}> shows every field, the default, and warns', async () => {
        const { el } = await mount('pekso-fields', { lang: 'en', fields: 42 });
        expectRendered(el);
        expect(fieldButtons(el)).to.deep.equal(FIELD_IDS);
        const warnings = warningsAbout('pekso-fields', /fields/, /42/);
        expect(warnings, `a warning about fields among ${JSON.stringify(page.warnings)}`).to.have.length(1);
        expect(warnings[0], 'the valid values').to.contain('casework');
        expectNoErrors();
      });

      it("<pekso-check count={'many'}> asks every case, the default, and warns", async () => {
        const { el } = await mount('pekso-check', { lang: 'en', count: 'many' });
        expectRendered(el);
        expect(el.max).to.equal(CONTENT.cases.length);
        expect(shadow(el, '.progress').textContent).to.equal(`Case 1 of ${CONTENT.cases.length}`);
        const warnings = warningsAbout('pekso-check', /count/, /many/);
        expect(warnings, `a warning about count among ${JSON.stringify(page.warnings)}`).to.have.length(1);
        expect(warnings[0], 'the valid values').to.match(/\d/);
        expectNoErrors();
      });
    });

    describe("events reach the framework's handlers", () => {
      // String props only: these test the listeners, whatever the props' types.
      it('clicking a field header calls the pekso-toggle handler', async () => {
        const { el, events, output } = await mount('pekso-fields', { lang: 'en' });
        const button = buttonFor(el, 'casework');
        expect(button.matches('button.button')).to.equal(true);
        button.click();
        await el.updateComplete;
        expect(events).to.deep.equal([{ type: 'pekso-toggle', detail: { id: 'casework', open: true, user: true } }]);
        // The handler ran in the framework: its state change re-rendered the app.
        await until(() => output.textContent !== '', "the app's re-render");
        expect(output.textContent).to.equal('pekso-toggle {"id":"casework","open":true,"user":true}');
        expectNoErrors();
      });

      it("clicking a card's header calls the pekso-toggle handler", async () => {
        const { el, events } = await mount('pekso-field-card', { lang: 'en', field: 'groupwork' });
        shadow(el, 'button.button').click();
        await el.updateComplete;
        expect(events).to.deep.equal([{ type: 'pekso-toggle', detail: { id: 'groupwork', open: true, user: true } }]);
        expectNoErrors();
      });

      it('answering the check to the end calls the pekso-answer and pekso-complete handlers', async () => {
        const { el, events, output } = await mount('pekso-check', { lang: 'en', count: '2' });
        await answerAll(el);
        expect(events.map((e) => e.type)).to.deep.equal(['pekso-answer', 'pekso-answer', 'pekso-complete']);
        expect(events.at(-1).detail).to.deep.equal({ score: 2, max: 2, percent: 100, passed: true, practice: false });
        await until(() => output.textContent.startsWith('pekso-complete'), "the app's re-render");
        expectNoErrors();
      });
    });

    describe('a changed prop re-renders', () => {
      it('fields and headingLevel, changed by the framework, change the shadow content', async () => {
        const { el, update } = await mount('pekso-fields', { lang: 'en', fields: ['casework', 'policy'], headingLevel: 2 });
        expect(fieldButtons(el)).to.deep.equal(['casework', 'policy']);
        expect(headingTags(el)).to.deep.equal(['H2', 'H2']);
        await update({ lang: 'en', fields: ['research'], headingLevel: 3 });
        expect(fieldButtons(el)).to.deep.equal(['research']);
        expect(headingTags(el)).to.deep.equal(['H3']);
        expect(buttonFor(el, 'research').querySelector('[part~="name"]').textContent.trim()).to.equal('Social work research');
        expectNoErrors();
        expect(page.warnings).to.deep.equal([]);
      });
    });
  });
}
