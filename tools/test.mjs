// `npm test`: finds (or installs) the programs its tests spawn (browsers, PHP), builds, runs the static checks, the
// component tests in Chromium and Firefox, and the Node tests, and ends with one summary
// line. Counts come from the runners' own reports, never from parsing their text.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensurePrograms } from './test-programs.mjs';
import { runChecks } from './lint.mjs';
import { runNodeTests, summaryLine } from './run-node-tests.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'pekso-test-'));

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: repo, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

let programs;
try {
  programs = ensurePrograms();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

if (run('npm', ['run', 'build']) !== 0) {
  console.error('The build failed: no tests were run.\n0 passed, 1 failed');
  process.exit(1);
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const add = (part) => {
  for (const key of Object.keys(totals)) totals[key] += part[key] ?? 0;
};

// Static checks.
const checks = runChecks();
console.log(`Static checks: ${summaryLine({ skipped: 0, ...checks })}`);
add(checks);

// Component tests, in both browsers; the counting reporter writes its totals to a file.
const wtrCounts = join(work, 'wtr.json');
const wtrStatus = run(join(repo, 'node_modules/.bin/wtr'), [], {
  PEKSO_WTR_COUNTS: wtrCounts,
  CHROME_PATH: programs.chromium,
  FIREFOX_PATH: programs.firefox,
});
const wtr = existsSync(wtrCounts) ? JSON.parse(readFileSync(wtrCounts, 'utf8')) : { passed: 0, failed: 1, skipped: 0, sessionErrors: 0 };
wtr.failed += wtr.sessionErrors;
if (wtrStatus !== 0 && wtr.failed === 0) wtr.failed = 1; // the runner failed outside any test
console.log(`Browser tests (Chromium and Firefox): ${summaryLine(wtr)}`);
add(wtr);

// Node tests: content, rendering, the build's outputs, the package.
const nodeFiles = readdirSync(join(repo, 'test/node')).filter((f) => f.endsWith('.test.mjs')).map((f) => join(repo, 'test/node', f));
const node = await runNodeTests(nodeFiles);
console.log(`Node tests: ${summaryLine(node)}`);
add(node);

rmSync(work, { recursive: true, force: true });
console.log(`\n${summaryLine(totals)}`);
process.exit(totals.failed ? 1 : 0);
