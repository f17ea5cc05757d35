// npm run bench: pekso against plain <details> and Shoelace <sl-details>, same content,
// in headless Chromium, pekso loaded as a page in one language loads it
// (pekso-accordion.en.js). Prints a table, writes bench/results.json, and exits non-zero
// if a budget is missed. Options: --runs=N (loads per figure: by default 31 for rendering,
// 11 for the low-end phone), --quick (3 loads, one toggle round).
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fallbackCss } from '../build/compose/fallback-css.ts';
import { loadContent } from '../build/content/load.mjs';
import { sizes } from '../build/sizes.mjs';
import { serve } from '../tools/serve.mjs';
import { buildShoelaceJs, distDir, ensurePeksoBundles, pageBundle, shoelaceThemeCss, shoelaceVersion } from './lib/build.mjs';
import { add, h5pPackageBytes, NONE, peksoBytes, sizesIfThere } from './lib/bytes.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { measureHeap, measureReady, measureToggle, measureUpgradeShift } from './lib/measure.mjs';
import { IMPLS, LANG, SCRIPT_FLOOR } from './lib/impls.mjs';
import { itemCount, writePages } from './lib/pages.mjs';
import { toggleWork } from './lib/trace.mjs';
import { measureLowEnd } from './lib/low-end.mjs';
import { budgets, lowEndLines, table, upgradeLines } from './lib/report.mjs';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const pagesDir = join(benchDir, '.pages');
const COUNTS = [1, 10, 100];
const offlinePath = join(distDir, `pekso-fields.${LANG}.html`);

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsOption = args.find((a) => a.startsWith('--runs='))?.slice(7);
// Rendering at 10 instances sits near its budget, so it takes 31 loads: in two runs of
// node bench/spread.mjs (186 interleaved loads of each), the ratio of the medians over 11
// consecutive loads ranged from 1.24× to 1.42×, over 31 from 1.31× to 1.36×.
const readyRuns = Number(runsOption ?? (quick ? 3 : 31));
// A low-end load takes seconds (slow 4G), and its budgets are far from their limits.
const lowEndRuns = Number(runsOption ?? (quick ? 3 : 11));

/** Bytes each implementation makes readers download, besides the page's own HTML. */
async function measureBytes({ langs, shoelaceJs, shoelaceCss, shoelaceCdnJs, instanceHtml }) {
  const pekso = await peksoBytes(langs);
  const html = Object.fromEntries(IMPLS.map((impl) => [impl, sizes(instanceHtml[impl])]));
  return {
    pekso: {
      // What the bench's pages load: the accordion elements in one language.
      total: pekso.perLang[LANG].accordionPage,
      ...pekso,
      // The offline file (npm run build writes it): page, styles, script and no-script text in one.
      offlineFile: sizesIfThere(offlinePath),
      // The fallback's stylesheet, as the WordPress plugin ships it (not minified).
      fallbackCss: sizes(fallbackCss()),
      // The H5P packages (npm run build writes them), as uploaded: bytes on disk.
      h5pPackages: h5pPackageBytes(langs),
      instanceHtml: html.pekso,
    },
    native: { total: NONE, instanceHtml: html.native },
    shoelace: {
      total: add(sizes(shoelaceJs), sizes(shoelaceCss)),
      js: sizes(shoelaceJs),
      css: sizes(shoelaceCss),
      cdnBuildJs: sizes(shoelaceCdnJs),
      instanceHtml: html.shoelace,
    },
  };
}

async function main() {
  const started = Date.now();
  const content = loadContent();
  const langs = content.languages.map((l) => l.code);
  ensurePeksoBundles(['pekso-fields.js', 'pekso-accordion.js', ...langs.flatMap((lang) => [pageBundle(lang), `pekso-check.${lang}.js`])]);
  const peksoJs = readFileSync(join(distDir, pageBundle(LANG)), 'utf8');
  const [shoelaceJs, shoelaceCdnJs] = await Promise.all([buildShoelaceJs(), buildShoelaceJs({ from: 'cdn' })]);
  const shoelaceCss = shoelaceThemeCss();
  const instanceHtml = writePages(pagesDir, { content, peksoJs, shoelaceJs, shoelaceCss, counts: COUNTS });
  const results = {
    date: new Date().toISOString(),
    page: { lang: LANG, bundle: pageBundle(LANG), items: itemCount(content) },
    bytes: await measureBytes({ langs, shoelaceJs, shoelaceCss, shoelaceCdnJs, instanceHtml }),
  };

  const server = await serve({ root: pagesDir, port: 0 });
  const { browser, close } = await launchBrowser();
  try {
    results.machine = {
      cpu: cpus()[0]?.model.trim(),
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      browser: await browser.version(),
      shoelace: shoelaceVersion(),
      loadAverageAtStart: loadavg()[0],
    };
    results.runs = { ready: readyRuns, lowEnd: lowEndRuns };
    console.log(`${results.machine.browser} on ${results.machine.cpu} (${results.machine.cores} cores); ${readyRuns} loads per rendering figure, ${lowEndRuns} per low-end one`);
    results.ready = {};
    for (const n of COUNTS) {
      console.log(`rendered + interactive, ${n} instance(s)…`);
      // At one instance, also native with an empty module: what loading any module costs.
      results.ready[n] = await measureReady(browser, server.url, n, readyRuns, n === 1 ? [...IMPLS, SCRIPT_FLOOR] : IMPLS);
    }
    console.log('click → next paint…');
    results.toggle = await measureToggle(browser, server.url, quick ? 1 : 3, results.page.items);
    console.log('toggle main-thread work (trace)…');
    results.toggleWork = {};
    for (const impl of IMPLS) results.toggleWork[impl] = await toggleWork(browser, server.url, impl, 12);
    console.log('JS heap…');
    results.heap = await measureHeap(browser, server.url, quick ? 1 : 3);
    console.log('layout shift on upgrade…');
    results.upgrade = await measureUpgradeShift(browser, server.url, quick ? 1 : 3);
    console.log('low-end phone (CPU 4× slower, slow 4G)…');
    results.lowEnd = await measureLowEnd(browser, server.url, lowEndRuns);
  } finally {
    await close();
    await server.close();
  }

  results.machine.loadAverageAtEnd = loadavg()[0];
  results.budgets = budgets(results);
  results.seconds = Math.round((Date.now() - started) / 1000);
  writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const m = results.machine;
  console.log(`\n${m.browser}, ${m.cpu}, ${m.cores} cores, Node ${m.node}, Shoelace ${m.shoelace}\n`);
  console.log(table(results));
  console.log(`\nUpgrade of the static fallback, per viewport:\n${upgradeLines(results.upgrade).join('\n')}`);
  console.log(`\nLow-end phone (CPU ${results.lowEnd.cpuSlowdown}× slower, slow 4G), medians of ${lowEndRuns} loads:\n${lowEndLines(results.lowEnd).join('\n')}`);
  console.log('\nBudgets:');
  for (const b of results.budgets) console.log(`  ${b.pass ? 'pass' : 'FAIL'}  ${b.name}: ${b.value}`);
  console.log(`\n(${results.seconds} s; written bench/results.json: node --import tsx build/docs.mjs --write puts it in the README)`);
  // Timings are only comparable on an otherwise idle machine: say so when it was not.
  const busiest = Math.max(m.loadAverageAtStart, m.loadAverageAtEnd);
  if (busiest > m.cores) console.warn(`Note: load average reached ${busiest.toFixed(1)} on ${m.cores} cores; other processes competed for the CPU, timings are noisy.`);
  const failed = results.budgets.filter((b) => !b.pass);
  if (failed.length) {
    console.error(`\nBudget missed: ${failed.map((b) => b.name).join('; ')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
