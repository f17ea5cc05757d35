// `node tools/screenshot.mjs URL OUT.png [WIDTH] [HEIGHT] [--full] [--dark] [--selector=CSS]`:
// a PNG of a page (or of one element) in headless Chromium, to look at what we build.
import { launchChromium } from './chromium.mjs';

const [url, out, width = '900', height = '1200'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(width), height: Number(height) });
  if (process.argv.includes('--dark')) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await page.goto(url, { waitUntil: 'networkidle0' });
  const selector = process.argv.find((a) => a.startsWith('--selector='))?.slice(11);
  if (selector) await (await page.waitForSelector(selector)).screenshot({ path: out });
  else await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
