// A web-test-runner reporter that counts passed, failed and skipped tests over every
// browser and writes them to a file, so `npm test` can print one summary line.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function countingReporter({ file = process.env.PEKSO_WTR_COUNTS } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, sessionErrors: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load, or an error outside any test, is a failure too.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.sessionErrors++;
        totals.sessionErrors += session.errors?.length ?? 0;
      }
      if (file) writeFileSync(file, JSON.stringify(totals));
    },
  };
}
