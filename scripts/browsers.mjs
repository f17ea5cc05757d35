// Finds Debian's Chromium and Firefox ESR for the tests: an environment variable first,
// then the usual paths. Installs them with apt-get where it can (Debian or Ubuntu, as
// root); otherwise says in one line what to install. Never downloads a browser build.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { DEBIAN_PACKAGES } from './debian-packages.mjs';

const BROWSERS = {
  chromium: { env: 'CHROME_PATH', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'], packages: DEBIAN_PACKAGES.chromium },
  firefox: { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'], packages: DEBIAN_PACKAGES.firefox },
};

export function findBrowser(name) {
  const { env, paths } = BROWSERS[name];
  const fromEnv = process.env[env];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return paths.find((p) => existsSync(p));
}

const canApt = () =>
  process.getuid?.() === 0 &&
  existsSync('/usr/bin/apt-get') &&
  /debian|ubuntu/i.test(existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '');

/** Returns { chromium, firefox } paths, installing what is missing if it can; throws a one-line message if not. */
export function ensureBrowsers() {
  const missing = Object.keys(BROWSERS).filter((name) => !findBrowser(name));
  if (missing.length && canApt()) {
    const pkgs = missing.flatMap((name) => BROWSERS[name].packages);
    console.log(`Installing ${pkgs.join(' and ')} from Debian's packages (apt-get)...`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...pkgs], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  const still = Object.keys(BROWSERS).filter((name) => !findBrowser(name));
  if (still.length) {
    throw new Error(
      `Missing ${still.join(' and ')}: install with "sudo apt-get install -y ${still.flatMap((n) => BROWSERS[n].packages).join(' ')}", or set ${still.map((n) => BROWSERS[n].env).join(' and ')} to the browser's path.`
    );
  }
  return { chromium: findBrowser('chromium'), firefox: findBrowser('firefox') };
}
