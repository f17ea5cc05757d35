// The counts of every test run, from the runners' own machine-readable reports: node:test's
// event stream (tools/run-node-tests.mjs) and web-test-runner's JUnit XML. Each run writes
// its counts to test-results/<name>.json; `npm test` and .ci/run add them up and print one
// "N passed, N failed, N skipped" line, never reading another program's text.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';

export const resultsDir = fileURLToPath(new URL('../test-results/', import.meta.url));

/** @typedef {{ passed: number, failed: number, skipped: number }} Counts */

export const summaryLine = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed, ${skipped} skipped`;

/** Adds `parts` up. @param {Counts[]} parts @returns {Counts} */
export const total = (parts) => parts.reduce((sum, part) => ({ passed: sum.passed + part.passed, failed: sum.failed + part.failed, skipped: sum.skipped + part.skipped }), { passed: 0, failed: 0, skipped: 0 });

/** Writes the counts of run `name`. @param {string} name @param {Counts} counts */
export function writeCounts(name, counts) {
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, `${name}.json`), JSON.stringify(counts));
}

/** The counts of a JUnit XML report: each <testcase> passed, failed (<failure>, <error>) or skipped (<skipped>). */
export function junitCounts(file) {
  const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(readFileSync(file, 'utf8'));
  const cases = (xml.testsuites?.testsuite ?? []).flatMap((suite) => suite.testcase ?? []);
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const testcase of cases) {
    if (testcase.failure !== undefined || testcase.error !== undefined) counts.failed++;
    else if (testcase.skipped !== undefined) counts.skipped++;
    else counts.passed++;
  }
  // A test file that failed to load reports a suite with an error and no test case.
  counts.failed += (xml.testsuites?.testsuite ?? []).filter((suite) => Number(suite['@_errors'] ?? 0) > 0 && !(suite.testcase ?? []).length).length;
  return counts;
}

// `node tools/test-results.mjs NAME…`: the counts of those runs added up, as one line, and a
// failure when any test failed (for .ci/run).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const parts = process.argv.slice(2).map((name) => {
    try {
      return JSON.parse(readFileSync(join(resultsDir, `${name}.json`), 'utf8'));
    } catch {
      return { passed: 0, failed: 1, skipped: 0 }; // a run that wrote no counts failed
    }
  });
  const counts = total(parts);
  console.log(summaryLine(counts));
  process.exitCode = counts.failed ? 1 : 0;
}
