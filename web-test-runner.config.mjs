// Component tests, in Debian's Chromium and Firefox ESR (see scripts/browsers.mjs).
// They test the built bundle, dist/pekso-fields.js: what readers really load.
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { ensureBrowsers } from './scripts/browsers.mjs';
import { countingReporter } from './scripts/wtr-counting-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

const { chromium, firefox } = ensureBrowsers();

export default {
  files: 'test/browser/**/*.test.js',
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: chromium, args: ['--no-sandbox', '--headless=new'] } }),
    puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: firefox, headless: true } }),
  ],
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), countingReporter()],
};
