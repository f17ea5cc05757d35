// `npm test`: finds (or installs) the browsers, builds, runs the component tests in
// Chromium and Firefox and the Node tests, and ends with one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowsers } from './browsers.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'pekso-test-'));

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: repo, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

let browsers;
try {
  browsers = ensureBrowsers();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

if (run('npm', ['run', 'build']) !== 0) {
  console.error('The build failed: no tests were run.\n0 passed, 1 failed');
  process.exit(1);
}

const totals = { passed: 0, failed: 0, skipped: 0 };

// Component tests, in both browsers.
const wtrCounts = join(work, 'wtr.json');
const wtrStatus = run(join(repo, 'node_modules/.bin/wtr'), [], {
  PEKSO_WTR_COUNTS: wtrCounts,
  CHROME_PATH: browsers.chromium,
  FIREFOX_PATH: browsers.firefox,
});
const wtr = existsSync(wtrCounts) ? JSON.parse(readFileSync(wtrCounts, 'utf8')) : { passed: 0, failed: 1, skipped: 0, sessionErrors: 0 };
wtr.failed += wtr.sessionErrors;
if (wtrStatus !== 0 && wtr.failed === 0) wtr.failed = 1; // the runner failed outside any test
console.log(`Browser tests (Chromium and Firefox): ${wtr.passed} passed, ${wtr.failed} failed, ${wtr.skipped} skipped`);

// Node tests: content, static HTML, the build's outputs.
const tap = join(work, 'node.tap');
const nodeStatus = run(process.execPath, [
  '--test',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', `--test-reporter-destination=${tap}`,
  'test/node/',
]);
const tapText = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
const tapCount = (name) => Number(tapText.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
const node = { passed: tapCount('pass'), failed: tapCount('fail') + tapCount('cancelled'), skipped: tapCount('skipped') };
if (nodeStatus !== 0 && node.failed === 0) node.failed = 1;
console.log(`Node tests: ${node.passed} passed, ${node.failed} failed, ${node.skipped} skipped`);

for (const part of [wtr, node]) for (const key of Object.keys(totals)) totals[key] += part[key];
rmSync(work, { recursive: true, force: true });
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed ? 1 : 0);
