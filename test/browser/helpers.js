// Shared test helpers: put markup on the page, reach into the shadow root, watch the
// console, and run axe-core.
import 'axe-core/axe.min.js';
import { CONTENT } from '../../dist/pekso-fields.js';

export { expect } from 'chai';

const mounted = [];
const cleanups = [];

/**
 * Mounts `html` in a fresh container (with `lang` if given) and waits for the first render.
 * @param {string} html
 * @param {{lang?: string, css?: string}} [options]
 * @returns {Promise<any>} the first element: a pekso element, or a container of one
 */
export async function fixture(html, { lang, css } = {}) {
  /** @type {HTMLDivElement & {sheet?: CSSStyleSheet}} */
  const container = document.createElement('div');
  if (lang) container.lang = lang;
  container.innerHTML = html;
  if (css) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    container.sheet = sheet;
  }
  document.body.append(container);
  mounted.push(container);
  const element = /** @type {any} */ (container.firstElementChild);
  await element.updateComplete;
  return element;
}

afterEach(() => {
  // A check keeps its progress on the device: each test starts on a clean one.
  localStorage.clear();
  for (const cleanup of cleanups.splice(0)) cleanup();
  for (const container of mounted.splice(0)) {
    if (container.sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== container.sheet);
    container.remove();
  }
});

export const shadow = (element, selector) => element.shadowRoot.querySelector(selector);
export const shadowAll = (element, selector) => [...element.shadowRoot.querySelectorAll(selector)];

/** The teaching frame's sections, accordion items like the fields, as the bundle carries them. */
export const FRAME_IDS = CONTENT.frame.map((section) => section.id);

/** A field's name in `lang`, as the content gives it. */
/**
 * The answer to the case `check` shows, found by its text as a reader sees it (among the
 * built-in cases and `ownCases`): the case's glossed terms (`_term_` in the content) lose
 * their marks in the legend's text.
 */
export const answerOf = (check, ownCases = []) => {
  const legend = shadow(check, 'legend').textContent;
  const textOf = (v) => (v.case[check.shownLang] ?? Object.values(v.case)[0]).replace(/_([^_]+)_/g, '$1');
  const shown = [...CONTENT.cases, ...ownCases].find((v) => legend.includes(textOf(v)));
  if (!shown) throw new Error(`no case in CONTENT.cases reads: ${legend}`);
  return shown.answer;
};
export const fieldName = (id, lang) => CONTENT.fields.find((f) => f.id === id).name[lang];
const isField = (button) => !FRAME_IDS.includes(button.id.slice(2));

/** The header buttons of the fields, in order (headerButtons(el, { frame: true }): every item's). */
export const headerButtons = (element, { frame = false } = {}) =>
  shadowAll(element, 'button[aria-controls]').filter((b) => frame || isField(b));
export const buttonFor = (element, id) => shadow(element, `#b-${id}`);
export const panelFor = (element, id) => shadow(element, `#p-${id}`);
export const toggleAll = (element) => shadow(element, '[part~="toggle-all"]');
export const fieldNames = (element) =>
  shadowAll(element, '[part~="item"]')
    .filter((item) => !item.querySelector('button') || isField(item.querySelector('button')))
    .map((item) => item.querySelector('[part~="name"]').textContent.trim());

/** Whether a panel is shown (not hidden, and laid out with a height). */
export const isOpen = (element, id) => {
  const panel = panelFor(element, id);
  return !panel.hasAttribute('hidden') && panel.getBoundingClientRect().height > 0;
};

/** The ids of the open panels, in order. */
export const openIds = (element) =>
  headerButtons(element, { frame: true })
    .filter((b) => b.getAttribute('aria-expanded') === 'true')
    .map((b) => b.id.slice(2));

export async function click(target, element) {
  target.click();
  await element.updateComplete;
}

/** Runs `action` and returns what it wrote with console.warn (and keeps it off the console). */
export async function captureWarnings(action) {
  const warnings = [];
  const original = console.warn;
  console.warn = (...args) => warnings.push(args.join(' '));
  try {
    await action();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Records every pekso-toggle event that reaches the document. */
export function recordToggles() {
  const events = [];
  const listener = (event) => events.push({ ...event.detail, bubbles: event.bubbles, composed: event.composed, target: event.target });
  document.addEventListener('pekso-toggle', listener);
  cleanups.push(() => document.removeEventListener('pekso-toggle', listener));
  return events;
}

/** axe-core violations inside `element` (shadow DOM included), as readable lines. */
export async function axeViolations(element) {
  settleAnimations(element);
  const results = await window.axe.run(element, { resultTypes: ['violations'] });
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.length} nodes, e.g. ${v.nodes[0].target.join(' ')}: ${v.nodes[0].failureSummary})`
  );
}

/** Ends the open animations of every widget in `element`: axe measures contrast mid-fade otherwise. */
export function settleAnimations(element) {
  const roots = [element, ...element.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => e.shadowRoot);
  for (const root of roots) for (const animation of root.getAnimations()) animation.finish();
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** One idle callback (or a timeout where there are none). */
const idlePeriod = () => new Promise((resolve) => (window.requestIdleCallback ?? setTimeout)(() => resolve()));

/**
 * Resolves after the widgets' idle-time work (closed panels' text) has run. The widgets fill
 * panels over several idle periods, each asking for the next before it ends, and idle
 * callbacks run in the order asked for: so ten of ours follow ten of theirs.
 */
export async function idle() {
  for (let i = 0; i < 10; i++) await idlePeriod();
}

/**
 * The accessible name and description of `element`, as the accessible name computation
 * gives them (axe-core's implementation, the same in every browser; shadow DOM included).
 */
export function accessibleNameAndDescription(element) {
  const root = element.getRootNode().host ?? element;
  // axe's own accessible-name code: public in its build, not in its type declarations.
  const axe = /** @type {any} */ (window.axe);
  axe.setup(root.parentElement ?? root);
  try {
    const node = axe.utils.getNodeFromTree(element);
    const name = axe.commons.text.accessibleTextVirtual(node);
    const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    const described = ids.map((id) => element.getRootNode().getElementById(id));
    const description = described.map((el) => axe.commons.text.sanitize(el.textContent)).join(' ');
    return { name, description };
  } finally {
    axe.teardown();
  }
}
