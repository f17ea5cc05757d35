// Component tests, in Debian's Chromium and Firefox ESR (see tools/test-programs.mjs).
// They test the built bundle, dist/pekso-fields.js: what readers really load.
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { ensurePrograms } from './tools/test-programs.mjs';
import { countingReporter } from './tools/wtr-counting-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { buildFrameworkApps } from './test/frameworks/build.mjs';

const { chromium, firefox } = ensurePrograms();

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: puppeteer's own emulation
 * does not know forced-colors, so ask Chromium through CDP. Resolves false where the
 * browser has no CDP (Firefox), and the test skips.
 */
function forcedColorsCommand() {
  const sessions = new Map();
  return {
    name: 'pekso-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      try {
        const page = session.browser.getPage(session.id);
        if (!sessions.has(session.id)) sessions.set(session.id, await page.createCDPSession());
        await sessions.get(session.id).send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }],
        });
        return true;
      } catch {
        return false;
      }
    },
  };
}

export default {
  // The loopback address, written so that @web/dev-server passes it to listen(): for
  // "127.0.0.1" and "localhost" it passes no host and listens on every interface. Node and
  // the browsers read the IPv4 shorthand 127.1 as 127.0.0.1 (WHATWG URL).
  hostname: '127.1',
  files: 'test/browser/**/*.test.js',
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: chromium, args: ['--no-sandbox', '--headless=new'] } }),
    puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: firefox, headless: true } }),
  ],
  testFramework: { config: { timeout: 10000 } },
  // The React and Vue apps of test/browser/frameworks.test.js, built (esbuild) before any test runs.
  plugins: [forcedColorsCommand(), { name: 'pekso-framework-apps', serverStart: () => buildFrameworkApps() }],
  reporters: [defaultReporter(), countingReporter()],
};
