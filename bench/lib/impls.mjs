// What the bench compares, by the names its pages and results use (pages.mjs writes
// `<impl>-<n>.html`), apart from the pages so that the report can read results without them.
export const IMPLS = ['pekso', 'native', 'shoelace'];
/** The native page with one empty module script: at one instance, the floor of any widget that loads a module. */
export const SCRIPT_FLOOR = 'script-floor';
/** The language of every page. */
export const LANG = 'en';
