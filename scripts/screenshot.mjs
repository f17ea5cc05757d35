// `node scripts/screenshot.mjs URL OUT.png [WIDTH] [HEIGHT] [--full] [--dark]`: a PNG of a
// page in headless Chromium, to look at what we build and for the README.
import { launchChromium } from './chromium.mjs';

const [url, out, width = '900', height = '1200'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(width), height: Number(height) });
  if (process.argv.includes('--dark')) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
