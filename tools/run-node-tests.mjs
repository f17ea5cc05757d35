// Runs Node test files with node:test's own runner and spec reporter, and counts the
// results from its events (no parsing of text). `node --import tsx tools/run-node-tests.mjs FILE…`
// ends with one "N passed, N failed, N skipped" line and fails when any test did.
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { fileURLToPath } from 'node:url';

/** Runs `files`; resolves to { passed, failed, skipped } over the tests (not the suites). */
export function runNodeTests(files, { output = process.stdout } = {}) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const stream = run({ files, concurrency: false });
  stream.on('test:pass', ({ details, skip, todo }) => {
    if (details?.type === 'suite') return;
    if (skip || todo) counts.skipped++;
    else counts.passed++;
  });
  // A failed suite is counted through its failed tests; a file that failed to load is one failure.
  stream.on('test:fail', ({ details }) => {
    if (details?.type !== 'suite') counts.failed++;
  });
  const report = stream.compose(/** @type {any} */ (spec));
  report.pipe(output, { end: false });
  return new Promise((resolve) => report.on('end', () => resolve(counts)));
}

export const summaryLine = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed, ${skipped} skipped`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const counts = await runNodeTests(process.argv.slice(2));
  console.log(`\n${summaryLine(counts)}`);
  process.exitCode = counts.failed ? 1 : 0;
}
