// What a page may cost its readers in bytes (brotli, quality 11), declared once: `npm run
// bench` checks every one, and the data-driven test (test/node/data-driven.test.mjs) checks
// the per-language ones with a third language of realistic length.
//
// The page budgets were first set (issue 17) at 18,432 B for the accordion, 12,288 B for
// the check and 32,768 B for everything, before the reviewed content of issue 18 was
// written. That content (quoted legal definitions, the methods section, the fuller field
// texts, APA references with their addresses, 48 rated cases) is itself 11.0 KB brotli for
// the accordion and 7.9 KB for the check in Indonesian, against 5.9 and 3.1 KB before; Lit
// alone is 5.2 KB. The code budgets stand as set; the page budgets are what that content and
// that code need, with about a kilobyte to spare (README, "Size").
export const SIZE_BUDGETS = {
  /** A page with the accordion elements in one language: dist/pekso-accordion.<lang>.js. */
  accordionPage: 22_528,
  /** A page with <pekso-check> alone in one language: dist/pekso-check.<lang>.js (with issue 21's features). */
  checkPage: 20_480,
  /** Every element in every language: dist/pekso-fields.js. */
  allBundle: 49_152,
  /** The two accordion elements' code: their bundle without content. */
  accordionCode: 10_240,
  /** The check's code: its bundle without content, less what it shares with the accordion's (Lit and the base). */
  checkCode: 4_096,
};
