// What the tests find on `window` beyond the DOM's own types.
interface Window {
  /** axe-core, loaded by test/browser/helpers.js. */
  axe: typeof import('axe-core');
  /** The classic script's global. */
  Pekso?: typeof import('../dist/pekso-fields.js');
  /** Set by an injection attempt that must never run. */
  peksoInjected?: boolean;
  /** Recorded by test pages. */
  calls?: unknown[];
}
