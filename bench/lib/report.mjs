// The table (Markdown, so the README can show it as is) and the budgets.
import { SIZE_BUDGETS } from './budgets.mjs';
import { SCRIPT_FLOOR } from './impls.mjs';
import { round } from './stats.mjs';

const bytes = (n) => (n == null ? '–' : `${n.toLocaleString('en-US')} B`);
const ms = (n) => (n == null ? '–' : `${n.toFixed(1)} ms`);
const kib = (n) => (n == null ? '–' : `${(n / 1024).toFixed(1)} KiB`);
const ratio = (a, b) => (a == null || b == null || b === 0 ? '–' : `${round(a / b, 2).toFixed(2)}×`);

/** Rows of [label, pekso, native, shoelace, format, show ratios]. */
function rows(r) {
  const { bytes: b, ready, toggle, toggleWork, heap, upgrade } = r;
  const row = (label, get, format, ratios = true) => [label, get('pekso'), get('native'), get('shoelace'), format, ratios];
  const peksoOnly = (label, get, format = bytes) => row(label, (i) => (i === 'pekso' ? get() : null), format);
  const page = b.pekso.perLang[r.page.lang];
  return [
    row(`JS + CSS the page loads, minified (pekso: \`${r.page.bundle}\`)`, (i) => b[i].total.min, bytes),
    row('JS + CSS the page loads, gzip', (i) => b[i].total.gzip, bytes),
    row('JS + CSS the page loads, brotli', (i) => b[i].total.brotli, bytes),
    peksoOnly('… of which content (its module, minified as in the bundle), brotli', () => page.accordionContent.brotli),
    peksoOnly('The accordion elements\' code (their bundle built with no content), brotli', () => b.pekso.accordionCode.brotli),
    ...Object.entries(b.pekso.perLang).flatMap(([lang, sizes]) => [
      peksoOnly(`\`pekso-accordion.${lang}.js\`, brotli`, () => sizes.accordionPage.brotli),
      peksoOnly(`\`pekso-check.${lang}.js\`, brotli`, () => sizes.checkPage.brotli),
    ]),
    peksoOnly('`pekso-fields.js` (every element, every language), brotli', () => b.pekso.all.brotli),
    peksoOnly("The check's own code (every element's code − the accordion elements'), brotli", () => b.pekso.checkCode.brotli),
    peksoOnly("For scale: the check's page with no case at all (its bundle built with no content), brotli", () => b.pekso.checkPageCode?.brotli),
    peksoOnly('For scale: Lit alone (a minimal LitElement, same toolchain), brotli', () => b.pekso.litAlone?.brotli),
    peksoOnly(`Offline file, one language (\`pekso-fields.${r.page.lang}.html\`), brotli`, () => b.pekso.offlineFile?.brotli),
    peksoOnly('Fallback stylesheet (`dist/pekso-fallback.css`, as the WordPress plugin ships it), brotli', () => b.pekso.fallbackCss?.brotli),
    ...Object.entries(b.pekso.h5pPackages ?? {}).map(([file, size]) => peksoOnly(`H5P package \`${file}\` (a zip, as uploaded: bytes on disk)`, () => size)),
    row('HTML per instance, brotli', (i) => b[i].instanceHtml.brotli, bytes),
    ...Object.keys(ready).map((n) => row(`Rendered + interactive, ${n} instance${n === '1' ? '' : 's'} (median)`, (i) => ready[n][i].median, ms)),
    row('Click → next paint, median', (i) => toggle[i].median, ms),
    row('Click → next paint, worst', (i) => toggle[i].worst, ms),
    row('Toggle main-thread work (script + style + layout + paint), median', (i) => toggleWork[i].total, ms),
    row('Clicks ≥ 16 ms by Event Timing (input to presentation)', (i) => toggle[i].eventTiming.interactionsOver16ms, (v) => `${v} of ${toggle.pekso.clicks}`, false),
    row('JS heap per instance', (i) => heap[i].perInstance, kib),
    row('DOM nodes per instance (incl. shadow)', (i) => heap[i].nodesPerInstance, String),
    row('Layout shift on upgrade over fallback (CLS, worst viewport)', (i) => (i === 'pekso' ? upgrade.cls : null), (v) => (v == null ? '–' : v.toFixed(4))),
    row('… the same, scrolled to the widget before the script arrived', (i) => (i === 'pekso' ? upgrade.clsInView : null), (v) => (v == null ? '–' : v.toFixed(4))),
  ];
}

/** One line per viewport: CLS and the widget's height before and after the upgrade. */
export function upgradeLines(upgrade) {
  return Object.entries(upgrade.viewports).map(([name, v]) =>
    `  ${name}: CLS ${v.cls.toFixed(4)}, scrolled to the widget first ${v.clsInView.toFixed(4)}; fallback ${v.fallbackHeight} px → widget ${v.widgetHeight} px ` +
    `(${v.widgetHeight >= v.fallbackHeight ? '+' : ''}${round(v.widgetHeight - v.fallbackHeight)} px)`);
}

/** The low-end phone: the page with the widget against the same page with no script. */
export function lowEndLines({ pekso, static: plain }) {
  return [
    `  LCP: ${ms(pekso.lcp)} with the widget, ${ms(plain.lcp)} static (${ratio(pekso.lcp, plain.lcp)})`,
    `  longest main-thread task: ${pekso.longestTask ? ms(pekso.longestTask) : 'none of 50 ms or more'} with the widget, ${plain.longestTask ? ms(plain.longestTask) : 'none of 50 ms or more'} static`,
    `  CLS: ${pekso.cls.toFixed(4)} with the widget, ${plain.cls.toFixed(4)} static`,
  ];
}

export function table(results) {
  const header = '| | pekso | native `<details>` | Shoelace `<sl-details>` | pekso / native | pekso / Shoelace |';
  const lines = [header, '|---|--:|--:|--:|--:|--:|'];
  for (const [label, p, n, s, format, ratios] of rows(results)) {
    const [vsNative, vsShoelace] = ratios ? [ratio(p, n), ratio(p, s)] : ['–', '–'];
    lines.push(`| ${label} | ${format(p)} | ${format(n)} | ${format(s)} | ${vsNative} | ${vsShoelace} |`);
  }
  return lines.join('\n');
}

/** A size budget from SIZE_BUDGETS. */
const sizeBudget = (name, measured, limit) => ({ name: `${name} ≤ ${limit} B brotli`, value: measured.brotli, pass: measured.brotli <= limit });

/** Rendered and interactive at `n` instances, at most `limit` × native's time; with the script floor where it was measured. */
const renderBudget = (r, n, limit) => {
  const { pekso, native, [SCRIPT_FLOOR]: floor } = r.ready[n];
  const times = (t) => `${t.median} ms vs ${native.median} ms (${round(t.median / native.median, 2)}×)`;
  return {
    name: `rendered + interactive, ${n} instance${n === '1' ? '' : 's'}, ≤ ${limit}× native`,
    value: `${times(pekso)}${floor ? `; native with an empty module script, ${times(floor)}` : ''}`,
    pass: pekso.median <= limit * native.median,
  };
};

/** Each budget: name, limit, measured value, pass. */
export function budgets(r) {
  const b = r.bytes.pekso;
  const list = [
    // Bytes: SIZE_BUDGETS (bench/lib/budgets.mjs), whose comment says where each comes from.
    ...Object.entries(b.perLang).flatMap(([lang, sizes]) => [
      sizeBudget(`a page with the accordion elements in ${lang} (pekso-accordion.${lang}.js)`, sizes.accordionPage, SIZE_BUDGETS.accordionPage),
      sizeBudget(`a page with <pekso-check> alone in ${lang} (pekso-check.${lang}.js)`, sizes.checkPage, SIZE_BUDGETS.checkPage),
    ]),
    sizeBudget('every element in every language (pekso-fields.js)', b.all, SIZE_BUDGETS.allBundle),
    sizeBudget("the accordion elements' code (built with no content)", b.accordionCode, SIZE_BUDGETS.accordionCode),
    sizeBudget("the check's own code", b.checkCode, SIZE_BUDGETS.checkCode),
    // Issue 17: 1.4× at one instance, 1.3× at ten; 1.4× at a hundred since issue 12.
    renderBudget(r, '1', 1.4),
    renderBudget(r, '10', 1.3),
    renderBudget(r, '100', 1.4),
    {
      name: '100 pekso render faster than 100 Shoelace groups',
      value: `${r.ready['100'].pekso.median} ms vs ${r.ready['100'].shoelace.median} ms`,
      pass: r.ready['100'].pekso.median < r.ready['100'].shoelace.median,
    },
    { name: 'click → next paint median ≤ 16 ms', value: `${r.toggle.pekso.median} ms`, pass: r.toggle.pekso.median <= 16 },
    { name: 'CLS on upgrade < 0.01', value: r.upgrade.cls, pass: r.upgrade.cls < 0.01 },
    // Issue 9's targets.
    { name: 'CLS on upgrade, scrolled to the widget first, < 0.01', value: r.upgrade.clsInView, pass: r.upgrade.clsInView < 0.01 },
    ...Object.entries(r.upgrade.viewports).map(([name, v]) => {
      const change = round(v.widgetHeight - v.fallbackHeight, 1);
      return { name: `widget − fallback height at ${name} within ±8 px`, value: `${change} px`, pass: Math.abs(change) <= 8 };
    }),
    {
      name: 'DOM nodes per instance ≤ 1.25× native',
      value: `${r.heap.pekso.nodesPerInstance} vs ${r.heap.native.nodesPerInstance}`,
      pass: r.heap.pekso.nodesPerInstance <= 1.25 * r.heap.native.nodesPerInstance,
    },
    {
      name: "JS heap per instance ≤ Shoelace's",
      value: `${r.heap.pekso.perInstance} B vs ${r.heap.shoelace.perInstance} B`,
      pass: r.heap.pekso.perInstance <= r.heap.shoelace.perInstance,
    },
    { name: 'low-end phone: LCP ≤ 1.05× the static page', value: `${r.lowEnd.pekso.lcp} ms vs ${r.lowEnd.static.lcp} ms`, pass: r.lowEnd.pekso.lcp <= 1.05 * r.lowEnd.static.lcp },
    // The Long Tasks API reports tasks of 50 ms and more, so 0 means none reached 50 ms.
    { name: 'low-end phone: longest task during the upgrade ≤ 50 ms (median)', value: `${r.lowEnd.pekso.longestTask} ms`, pass: r.lowEnd.pekso.longestTask <= 50 },
    { name: 'low-end phone: CLS < 0.01', value: r.lowEnd.pekso.cls, pass: r.lowEnd.pekso.cls < 0.01 },
  ];
  return list;
}

/**
 * The README's Performance results, generated from bench/results.json (build/docs.mjs): the
 * machine, the table, the upgrade and low-end lines, and every budget with its result.
 */
export function readmeResults(r) {
  const m = r.machine;
  const machine = `${m.browser}, ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, Shoelace ${m.shoelace}; ${r.runs.ready} loads per rendering figure, ${r.runs.lowEnd} per low-end one; run of ${r.date.slice(0, 10)}.`;
  const budgetRows = r.budgets.map((b) => `| ${b.name} | ${b.value} | ${b.pass ? 'pass' : '**missed**'} |`);
  return [
    machine,
    '',
    table(r),
    '',
    `Upgrade of the static fallback, per viewport:`,
    '',
    ...upgradeLines(r.upgrade).map((line) => `- ${line.trim()}`),
    '',
    `Low-end phone (CPU ${r.lowEnd.cpuSlowdown}× slower, slow 4G), medians of ${r.runs.lowEnd} loads:`,
    '',
    ...lowEndLines(r.lowEnd).map((line) => `- ${line.trim()}`),
    '',
    '| Budget | Result | |',
    '|---|---|---|',
    ...budgetRows,
  ].join('\n');
}
