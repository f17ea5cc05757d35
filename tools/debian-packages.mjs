// The Debian packages the tests use, by what needs them: declared once, for npm test's
// browser finder (tools/test-programs.mjs), the e2e suites (test/e2e/lib/) and .ci/run, which
// installs all of them on a fresh machine (`node tools/debian-packages.mjs` prints them).
import { fileURLToPath } from 'node:url';

export const DEBIAN_PACKAGES = {
  /** npm test's browsers, and the PHP its tests of the WordPress plugin's PHP run. */
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  php: ['php-cli'],
  /** The plugin's e2e suite: WordPress 6.1 in Indonesian and English, its database and theme. */
  wordpress: ['wordpress', 'wordpress-l10n', 'mariadb-server', 'php-cli', 'php-mysql', 'wordpress-theme-twentytwentythree', 'wordpress-theme-twentytwentyone'],
  /** The no-script snippet's test: the HTML cleaner Moodle uses. */
  htmlpurifier: ['php-cli', 'php-htmlpurifier'],
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log([...new Set(Object.values(DEBIAN_PACKAGES).flat())].join(' '));
}
