// Where the main-thread time of a toggle goes (script, style, layout, paint), from a
// Chromium performance trace. Unlike click → next paint, this leaves out the wait for
// the next frame, so it shows the cost of the implementation itself.
import { readyTime, withFreshPage } from './browser.mjs';
import { median, round, sleep } from './stats.mjs';
import { TOGGLE_SELECTOR } from './measure.mjs';
// Main-thread trace events, by what they cost. Nested events are not double counted:
// only an event not inside another listed one is summed.
const KIND = {
  EventDispatch: 'script', FunctionCall: 'script', RunMicrotasks: 'script', TimerFire: 'script', FireAnimationFrame: 'script',
  UpdateLayoutTree: 'style', Layout: 'layout', PrePaint: 'paint', Paint: 'paint', Layerize: 'paint', Commit: 'paint',
};

/** Summed duration per kind of the outermost listed events in [from, to] (µs timestamps). */
function breakdown(events, from, to) {
  const sums = { script: 0, style: 0, layout: 0, paint: 0 };
  let coveredUntil = 0;
  for (const e of events) {
    if (e.ts < from || e.ts > to || e.ts < coveredUntil) continue;
    sums[KIND[e.name]] += e.dur / 1000;
    coveredUntil = e.ts + e.dur;
  }
  return sums;
}

/** Median ms per click of each kind of work, from the click's dispatch to the commit of its frame. */
export async function toggleWork(browser, base, impl, clicks) {
  return withFreshPage(browser, `${base}/${impl}-1.html`, async (page) => {
    await readyTime(page);
    const buttons = await page.$$(TOGGLE_SELECTOR[impl]);
    await page.tracing.start({ categories: ['devtools.timeline'] });
    for (let i = 0; i < clicks; i++) {
      await buttons[(i >> 1) % buttons.length].click();
      await sleep(400);
    }
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
    const main = trace.traceEvents.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain' &&
      trace.traceEvents.some((c) => c.pid === e.pid && c.name === 'EventDispatch' && c.args?.data?.type === 'click'));
    const events = trace.traceEvents
      .filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && KIND[e.name])
      .sort((a, b) => a.ts - b.ts);
    const starts = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click').map((e) => e.ts);
    // Each click's window: from its dispatch to the end of the first Commit after it (the frame it produced).
    const perClick = starts.map((start) => {
      const commit = events.find((e) => e.name === 'Commit' && e.ts > start);
      return breakdown(events, start, commit ? commit.ts + commit.dur : start + 100_000);
    });
    const total = perClick.map((c) => c.script + c.style + c.layout + c.paint);
    return {
      total: round(median(total), 2),
      ...Object.fromEntries(Object.keys(perClick[0]).map((k) => [k, round(median(perClick.map((c) => c[k])), 2)])),
    };
  });
}
