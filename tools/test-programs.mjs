// Finds the programs `npm test` spawns: Debian's Chromium and Firefox ESR for the browser
// tests, and PHP's command line for the tests that run the WordPress plugin's PHP. An
// environment variable first, then the usual paths. Installs what is missing with apt-get
// where it can (Debian or Ubuntu, as root); otherwise says in one line what to install.
// Never downloads a browser build.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { DEBIAN_PACKAGES } from './debian-packages.mjs';

const PROGRAMS = {
  chromium: { env: 'CHROME_PATH', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'], packages: DEBIAN_PACKAGES.chromium },
  firefox: { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'], packages: DEBIAN_PACKAGES.firefox },
  php: { env: 'PHP_PATH', paths: ['/usr/bin/php', '/usr/local/bin/php'], packages: DEBIAN_PACKAGES.php },
};

/** The path of `name` (a key of PROGRAMS), or undefined when it is not installed. */
export function findProgram(name) {
  const { env, paths } = PROGRAMS[name];
  const fromEnv = process.env[env];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return paths.find((p) => existsSync(p));
}

const canApt = () =>
  process.getuid?.() === 0 &&
  existsSync('/usr/bin/apt-get') &&
  /debian|ubuntu/i.test(existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '');

/**
 * Returns { chromium, firefox, php } paths, installing what is missing if it can; throws a
 * one-line message naming what to install if not.
 */
export function ensurePrograms() {
  const missing = Object.keys(PROGRAMS).filter((name) => !findProgram(name));
  if (missing.length && canApt()) {
    const pkgs = missing.flatMap((name) => PROGRAMS[name].packages);
    console.log(`Installing ${pkgs.join(', ')} from Debian's packages (apt-get)...`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...pkgs], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  const still = Object.keys(PROGRAMS).filter((name) => !findProgram(name));
  if (still.length) {
    throw new Error(
      `Missing ${still.join(', ')}: install with "sudo apt-get install -y ${still.flatMap((n) => PROGRAMS[n].packages).join(' ')}", or set ${still.map((n) => PROGRAMS[n].env).join(', ')} to its path.`
    );
  }
  return Object.fromEntries(Object.keys(PROGRAMS).map((name) => [name, findProgram(name)]));
}
