// `npm test`: finds (or installs) the programs its tests spawn (browsers, PHP), builds,
// runs the static checks, the component tests in Chromium and Firefox, and the Node tests,
// and ends with one summary line, also written to test-results/npm-test.json for .ci/run.
// Counts come from the runners' own reports (tools/test-results.mjs), never from their text.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChecks } from './lint.mjs';
import { runNodeTests } from './run-node-tests.mjs';
import { ensurePrograms } from './test-programs.mjs';
import { junitCounts, resultsDir, summaryLine, total, writeCounts } from './test-results.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: repo, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

/** Ends the run with `counts` as its summary. */
function finish(counts) {
  writeCounts('npm-test', counts);
  console.log(`\n${summaryLine(counts)}`);
  process.exit(counts.failed ? 1 : 0);
}

let programs;
try {
  programs = ensurePrograms();
} catch (error) {
  console.error(error.message);
  finish({ passed: 0, failed: 1, skipped: 0 });
}

if (run('npm', ['run', 'build']) !== 0) {
  console.error('The build failed: no tests were run.');
  finish({ passed: 0, failed: 1, skipped: 0 });
}

// Static checks.
const checks = { skipped: 0, ...runChecks() };
console.log(`Static checks: ${summaryLine(checks)}`);

// Component tests, in both browsers; their JUnit report gives the counts.
const junit = join(resultsDir, 'wtr.xml');
rmSync(junit, { force: true });
const wtrStatus = run(join(repo, 'node_modules/.bin/wtr'), [], { PEKSO_JUNIT: junit, CHROME_PATH: programs.chromium, FIREFOX_PATH: programs.firefox });
const browser = existsSync(junit) ? junitCounts(junit) : { passed: 0, failed: 1, skipped: 0 };
if (wtrStatus !== 0 && browser.failed === 0) browser.failed = 1; // the runner failed outside any test
console.log(`Browser tests (Chromium and Firefox): ${summaryLine(browser)}`);

// Node tests: content, rendering, the build's outputs, the kits' PHP, the package.
const nodeFiles = readdirSync(join(repo, 'test/node')).filter((f) => f.endsWith('.test.mjs')).map((f) => join(repo, 'test/node', f));
const node = await runNodeTests(nodeFiles);
console.log(`Node tests: ${summaryLine(node)}`);

finish(total([checks, browser, node]));
