// What a page may cost its readers in bytes (brotli, quality 11), declared once: `npm run
// bench` checks every one, and the data-driven test (test/node/data-driven.test.mjs) checks
// the per-language ones with a third language of realistic length.
export const SIZE_BUDGETS = {
  /** A page with the accordion elements in one language: dist/pekso-accordion.<lang>.js. */
  accordionPage: 18_432,
  /** A page with <pekso-check> alone in one language: dist/pekso-check.<lang>.js. */
  checkPage: 12_288,
  /** Every element in every language: dist/pekso-fields.js. */
  allBundle: 32_768,
  /** The two accordion elements' code: their bundle without content. */
  accordionCode: 10_240,
  /** The check's code: its bundle without content, less what it shares with the accordion's (Lit and the base). */
  checkCode: 4_096,
};
