// A low-end phone: a blog page served with the widget's fallback (and its stylesheet), then
// the script, against the same page with the static HTML and no script. Chromium's CPU 4×
// slower and the network Lighthouse's "slow 4G" (its DevTools throttling settings), through
// CDP, on a 390×844 phone viewport.
import { withFreshPage } from './browser.mjs';
import { median, round } from './stats.mjs';

/** Lighthouse's mobileSlow4G as DevTools throttling applies it (lighthouse-core/config/constants.js). */
export const SLOW_4G = { latency: 150 * 3.75, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };
export const CPU_SLOWDOWN = 4;
const PHONE = { width: 390, height: 844, isMobile: true, hasTouch: true };

// Installed before the page's scripts: LCP, every long task (50 ms and more: the Long
// Tasks API reports no shorter one) and every layout shift.
function installObservers() {
  window.__lowEnd = { lcp: 0, longTasks: [], cls: 0 };
  const observe = (type, each) => new PerformanceObserver((list) => list.getEntries().forEach(each)).observe({ type, buffered: true });
  observe('largest-contentful-paint', (e) => (window.__lowEnd.lcp = e.startTime));
  observe('longtask', (e) => window.__lowEnd.longTasks.push(e.duration));
  observe('layout-shift', (e) => !e.hadRecentInput && (window.__lowEnd.cls += e.value));
}

async function throttle(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

/** One load of `url`: LCP, the longest task (0 when none reached 50 ms), CLS. */
function loadOnce(browser, url, { widget }) {
  return withFreshPage(
    browser,
    url,
    async (page) => {
      if (widget) {
        await page.waitForFunction(() => document.querySelector('pekso-fields')?.shadowRoot?.querySelector('[part~="item"]'), { timeout: 60_000 });
      }
      // Let the last frames and any late shift be reported.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 500)))));
      const { lcp, longTasks, cls } = await page.evaluate(() => window.__lowEnd);
      return { lcp, longestTask: Math.max(0, ...longTasks), cls };
    },
    { init: installObservers, viewport: PHONE, before: throttle }
  );
}

/** `runs` loads of each page, taken in turn; medians, and every sample. */
export async function measureLowEnd(browser, base, runs) {
  const pages = { pekso: { path: 'low-end.html', widget: true }, static: { path: 'low-end-static.html', widget: false } };
  const samples = { pekso: [], static: [] };
  for (let run = 0; run < runs; run++) {
    for (const [name, { path, widget }] of Object.entries(pages)) samples[name].push(await loadOnce(browser, `${base}/${path}`, { widget }));
  }
  const summary = (list) => ({
    lcp: round(median(list.map((s) => s.lcp))),
    longestTask: round(median(list.map((s) => s.longestTask))),
    cls: round(median(list.map((s) => s.cls)), 4),
    runs: list.map((s) => ({ lcp: round(s.lcp), longestTask: round(s.longestTask), cls: round(s.cls, 4) })),
  });
  return { network: SLOW_4G, cpuSlowdown: CPU_SLOWDOWN, pekso: summary(samples.pekso), static: summary(samples.static) };
}
