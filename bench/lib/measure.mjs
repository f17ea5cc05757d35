// The measurements. Each takes the browser and the pages' base URL and returns plain data.
import { IMPLS } from './impls.mjs';
import { readyTime, withFreshPage } from './browser.mjs';
import { median, round, sleep } from './stats.mjs';

/**
 * Navigation start to rendered-and-interactive (window.__ready), for `n` instances:
 * a warm-up load per implementation, then `runs` fresh pages each, taking the
 * implementations in turn so that a slow spell of the machine hits them all alike.
 * `impls`: the pages (`<impl>-<n>.html`) to load; the three implementations by default.
 */
export async function measureReady(browser, base, n, runs, impls = IMPLS) {
  const times = Object.fromEntries(impls.map((impl) => [impl, []]));
  const load = (impl) => withFreshPage(browser, `${base}/${impl}-${n}.html`, readyTime);
  for (const impl of impls) await load(impl); // warm-up: Chromium's own first-use costs
  for (let run = 0; run < runs; run++) {
    for (const impl of impls) times[impl].push(await load(impl));
  }
  return Object.fromEntries(
    impls.map((impl) => [impl, { median: round(median(times[impl])), runs: times[impl].map((t) => round(t)) }])
  );
}

// Installed before the page's scripts: for each trusted click, the time from the click
// event to the end of the next frame (the setTimeout queued from requestAnimationFrame
// runs once that frame's style, layout and paint are done). Event Timing entries
// (duration: input to next paint, as the browser sees it; only those of 16 ms and
// more are reported) are kept as a cross-check.
function installClickTimer() {
  window.__clicks = [];
  window.__slowEvents = [];
  addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    const start = event.timeStamp;
    requestAnimationFrame(() => setTimeout(() => window.__clicks.push(performance.now() - start)));
  }, true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.interactionId) window.__slowEvents.push({ name: e.name, duration: e.duration, id: e.interactionId });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

/** What a reader clicks to open or close a panel, per implementation (`>>>` pierces shadow roots). */
export const TOGGLE_SELECTOR = {
  pekso: 'pekso-fields >>> button[aria-controls]',
  native: 'details > summary',
  shoelace: 'sl-details >>> [part=header]',
};

/** One fresh one-instance page: opens and closes each of its `items` panels with real (CDP) mouse clicks. */
function toggleOnce(browser, base, impl, items) {
  return withFreshPage(browser, `${base}/${impl}-1.html`, async (page) => {
    await readyTime(page);
    const buttons = await page.$$(TOGGLE_SELECTOR[impl]);
    if (buttons.length !== items) throw new Error(`${impl}: expected ${items} toggles, found ${buttons.length}`);
    let clicks = 0;
    for (const button of buttons) {
      for (let i = 0; i < 2; i++) { // open, then close
        await button.click();
        clicks++;
        await page.waitForFunction((k) => window.__clicks.length >= k, { polling: 10 }, clicks);
        await sleep(400); // let the opening animation end
      }
    }
    const slow = await page.evaluate(() => window.__slowEvents);
    const byInteraction = new Map();
    for (const e of slow) byInteraction.set(e.id, Math.max(byInteraction.get(e.id) ?? 0, e.duration));
    return { times: await page.evaluate(() => window.__clicks), slow: [...byInteraction.values()] };
  }, { init: installClickTimer });
}

/**
 * Click to next paint: `rounds` fresh pages per implementation, two clicks per item (there
 * are `items` on each page), the implementations taken in turn so that a busy spell of the
 * machine hits all three.
 */
export async function measureToggle(browser, base, rounds, items) {
  const all = Object.fromEntries(IMPLS.map((impl) => [impl, { times: [], slow: [] }]));
  for (let r = 0; r < rounds; r++) {
    for (const impl of IMPLS) {
      const { times, slow } = await toggleOnce(browser, base, impl, items);
      all[impl].times.push(...times);
      all[impl].slow.push(...slow);
    }
  }
  return Object.fromEntries(IMPLS.map((impl) => {
    const { times, slow } = all[impl];
    return [impl, {
      median: round(median(times)),
      worst: round(Math.max(...times)),
      clicks: times.length,
      samples: times.map((t) => round(t)),
      eventTiming: { interactionsOver16ms: slow.length, worst: Math.max(0, ...slow) },
    }];
  }));
}

/**
 * JS heap (after two forced garbage collections) and DOM node count of a rendered page,
 * once the browser has been idle: pekso fills its closed panels in idle time.
 */
async function heapOf(browser, url) {
  return withFreshPage(browser, url, async (page) => {
    await readyTime(page);
    // pekso fills its panels over several idle periods, each asking for the next: wait for
    // idle periods until one leaves the page's node count as it was.
    await page.evaluate(async () => {
      const idlePeriod = () => new Promise((resolve) => requestIdleCallback(() => resolve(undefined)));
      const nodes = () => [...document.querySelectorAll('*')].reduce((n, el) => n + (el.shadowRoot?.querySelectorAll('*').length ?? 0), 0);
      for (let before = -1, now = nodes(); before !== now; before = now, now = nodes()) await idlePeriod();
    });
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { JSHeapUsedSize, Nodes } = await page.metrics();
    return { heap: JSHeapUsedSize, nodes: Nodes };
  });
}

/**
 * JS heap per instance: (heap with 100 instances − heap with 1) / 99, each the median
 * of `runs` fresh pages. The difference leaves out what loading the script costs once.
 */
export async function measureHeap(browser, base, runs) {
  const result = {};
  for (const impl of IMPLS) {
    const sample = async (n) => {
      const values = [];
      for (let r = 0; r < runs; r++) values.push(await heapOf(browser, `${base}/${impl}-${n}.html`));
      return { heap: median(values.map((v) => v.heap)), nodes: median(values.map((v) => v.nodes)) };
    };
    const one = await sample(1);
    const hundred = await sample(100);
    result[impl] = {
      perInstance: Math.round((hundred.heap - one.heap) / 99),
      heap1: one.heap,
      heap100: hundred.heap,
      nodesPerInstance: Math.round((hundred.nodes - one.nodes) / 99),
    };
  }
  return result;
}

// Installed before the upgrade page's scripts: every layout shift, with what moved.
function installShiftRecorder() {
  window.__shifts = [];
  const rect = (r) => r && { x: r.x, y: r.y, width: r.width, height: r.height };
  const describe = (node) => {
    if (!node) return '(gone)';
    if (node.nodeType !== 1) return `#text "${node.textContent.trim().slice(0, 30)}"`;
    return `<${node.localName}>${node.textContent.trim().slice(0, 30)}`;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__shifts.push({
        value: e.value,
        startTime: e.startTime,
        hadRecentInput: e.hadRecentInput,
        sources: e.sources.map((s) => ({ node: describe(s.node), from: rect(s.previousRect), to: rect(s.currentRect) })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Viewports for the upgrade: the widget's height change moves what follows it, and how
 * much of that is in view (so the CLS) depends on the screen. */
export const UPGRADE_VIEWPORTS = {
  'desktop 1280×800': { width: 1280, height: 800 },
  'desktop 1920×1080': { width: 1920, height: 1080 },
  'phone 390×844': { width: 390, height: 844, isMobile: true, hasTouch: true },
};

/** One upgrade: CLS, the shifts, and the widget's height before (fallback) and after. */
function upgradeOnce(browser, base, viewport, hash = '') {
  return withFreshPage(browser, `${base}/upgrade.html${hash}`, async (page) => {
    await page.waitForFunction(() => window.__fallbackHeight !== null, { timeout: 30_000 });
    const widgetHeight = await page.evaluate(async () => {
      await customElements.whenDefined('pekso-fields');
      const el = document.querySelector('pekso-fields');
      await el.updateComplete;
      // Two frames: the shift is reported for the frame that paints the widget.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r))));
      return el.getBoundingClientRect().height;
    });
    const { shifts, fallbackHeight } = await page.evaluate(() => ({ shifts: window.__shifts, fallbackHeight: window.__fallbackHeight }));
    const counted = shifts.filter((s) => !s.hadRecentInput);
    return { cls: counted.reduce((sum, s) => sum + s.value, 0), shifts: counted, fallbackHeight, widgetHeight };
  }, { init: installShiftRecorder, viewport });
}

/**
 * Cumulative layout shift while <pekso-fields> replaces its static fallback: per
 * viewport the median of `runs` fresh pages, with the shifts and heights of the last
 * run to show the cause; `clsInView` when the reader had scrolled to the widget first.
 * `cls` and `clsInView` are the worst viewport's.
 */
export async function measureUpgradeShift(browser, base, runs) {
  const viewports = {};
  for (const [name, viewport] of Object.entries(UPGRADE_VIEWPORTS)) {
    const samples = [];
    const inView = [];
    for (let r = 0; r < runs; r++) {
      samples.push(await upgradeOnce(browser, base, viewport));
      inView.push(await upgradeOnce(browser, base, viewport, '#in-view'));
    }
    const last = samples.at(-1);
    viewports[name] = {
      cls: round(median(samples.map((s) => s.cls)), 4),
      clsInView: round(median(inView.map((s) => s.cls)), 4),
      runs: samples.map((s) => round(s.cls, 4)),
      fallbackHeight: round(last.fallbackHeight),
      widgetHeight: round(last.widgetHeight),
      shifts: last.shifts,
    };
  }
  const worst = (key) => Math.max(...Object.values(viewports).map((v) => v[key]));
  return { cls: worst('cls'), clsInView: worst('clsInView'), viewports };
}
