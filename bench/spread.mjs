// node bench/spread.mjs [--rounds=186]: how much the bench's 10-instance render ratio moves
// from run to run on this machine, and so how many loads the bench needs per figure.
// Loads pekso and native <details> in turn (fresh context each, as the bench does), then
// prints pekso's median over native's for consecutive blocks of 11, 21 and 31 rounds.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../build/content/load.mjs';
import { serve } from '../tools/serve.mjs';
import { launchBrowser, readyTime, withFreshPage } from './lib/browser.mjs';
import { distDir, ensurePeksoBundles, pageBundle } from './lib/build.mjs';
import { LANG } from './lib/impls.mjs';
import { writePages } from './lib/pages.mjs';
import { median } from './lib/stats.mjs';

const N = 10;
const BLOCKS = [11, 21, 31];
const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 186);

ensurePeksoBundles([pageBundle(LANG)]);
const dir = mkdtempSync(join(tmpdir(), 'pekso-spread-'));
writePages(dir, { content: loadContent(), peksoJs: readFileSync(join(distDir, pageBundle(LANG)), 'utf8'), shoelaceJs: '', shoelaceCss: '', counts: [N] });
const server = await serve({ root: dir });
const { browser, close } = await launchBrowser();
try {
  const load = (impl) => withFreshPage(browser, `${server.url}/${impl}-${N}.html`, readyTime);
  await load('pekso'); // warm-up, as in the bench
  await load('native');
  const pekso = [];
  const native = [];
  for (let round = 0; round < rounds; round++) {
    pekso.push(await load('pekso'));
    native.push(await load('native'));
  }
  for (const size of BLOCKS) {
    const ratios = [];
    for (let start = 0; start + size <= rounds; start += size) {
      ratios.push(median(pekso.slice(start, start + size)) / median(native.slice(start, start + size)));
    }
    const shown = ratios.map((r) => `${r.toFixed(2)}×`).join(' ');
    console.log(`blocks of ${size}: ${shown || '(too few rounds)'}`);
  }
  console.log(`all ${rounds} rounds: ${(median(pekso) / median(native)).toFixed(3)}× (${median(pekso).toFixed(1)} ms against ${median(native).toFixed(1)} ms)`);
} finally {
  await close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
