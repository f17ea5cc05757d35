// A real WordPress for end-to-end tests, in one of three versions:
//   6.1    Debian's wordpress package (/usr/share/wordpress), theme Twenty Twenty-Three;
//   6.5    WordPress 6.5.5 from @wp-playground/wordpress-builds (test/e2e/tools);
//   6.7    6.7-alpha-58716, the same package's nightly build.
// A build's zip holds the PHP and its public/ folder the static files: both are unpacked
// into a temp root with a wp-config.php of its own, and its default theme, Twenty
// Twenty-Four, is used. Every version runs with the same Debian PHP (`php -S` on
// 127.0.0.1) and a MariaDB of its own (data folder and socket in a temp folder, no TCP
// port), with Debian's Twenty Twenty-One as the classic theme to switch to. For 6.1,
// Debian's wp-config.php insists on /etc/wordpress/config-NAME.php, which stop() removes.
//
//   const wp = await startWordPress({ version: '6.5' });
//   await wp.php('return get_bloginfo("name");');   // runs against wp-load.php
//   await wp.stop();                                 // in a finally / after()
import { spawn, execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { DEBIAN_PACKAGES } from './paths.mjs';
import { ensureTools } from './tools.mjs';

const run = promisify(execFile);
const DEBIAN_ROOT = '/usr/share/wordpress';
/** Debian's themes and languages (wordpress-l10n: core's .mo files for WordPress 6.1). */
const DEBIAN_THEMES = join(DEBIAN_ROOT, 'wp-content/themes');
const DEBIAN_LANGUAGES = join(DEBIAN_ROOT, 'wp-content/languages');
/** The classic theme every version can switch to (Debian's wordpress-theme-twentytwentyone). */
export const CLASSIC_THEME = 'twentytwentyone';
/** What the suites need from Debian: WordPress's packages, and the classic theme. */
const PACKAGES = [...new Set([...DEBIAN_PACKAGES.wordpress, 'wordpress-theme-twentytwentyone'])];

/**
 * The versions the suites run: where each comes from, and its default block theme.
 * `build` names the zip in src/wordpress/ and the folder in public/ of the package.
 */
export const WORDPRESS_VERSIONS = {
  '6.1': { debian: true, blockTheme: 'twentytwentythree' },
  '6.5': { build: { zip: 'wp-6.5.zip', public: 'wp-6.5' }, blockTheme: 'twentytwentyfour' },
  // A prerelease: named in readme.txt's description, never in its "Tested up to".
  '6.7': { build: { zip: 'wp-nightly.zip', public: 'wp-nightly' }, blockTheme: 'twentytwentyfour', prerelease: true },
};
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Installs the Debian packages WordPress needs, if any is missing (as root), or says what to install. */
export async function ensurePackages() {
  const missing = [];
  for (const name of PACKAGES) {
    const status = await run('dpkg-query', ['-W', '-f=${Status}', name]).then((r) => r.stdout, () => '');
    if (!status.includes('install ok installed')) missing.push(name);
  }
  if (!missing.length) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`WordPress tests need Debian packages: sudo apt-get install ${missing.join(' ')}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const opts = { env, maxBuffer: 64 * 1024 * 1024 };
  await run('apt-get', ['update', '-q'], opts);
  await run('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], opts);
}

async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  await new Promise((done) => server.close(done));
  return port;
}

/** Resolves once `check()` resolves truthy; throws `message` after `ms`. */
async function waitFor(check, message, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await sleep(100);
  }
  throw new Error(message);
}

const canConnect = (options) =>
  new Promise((done) => {
    const socket = connect(options, () => { socket.end(); done(true); }).on('error', () => done(false));
  });

/**
 * Starts a child in its own process group, so stop() ends it and whatever it forked.
 * @param {string} command
 * @param {string[]} args
 * @param {{log?: string, env?: Record<string, string>}} [options]
 * @returns {import('node:child_process').ChildProcess & {output: () => string, exited: Promise<unknown>}}
 */
function start(command, args, { log = undefined, env = {} } = {}) {
  const child = /** @type {any} */ (spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } }));
  const chunks = [];
  child.stdout.on('data', (c) => chunks.push(c));
  child.stderr.on('data', (c) => chunks.push(c));
  child.output = () => Buffer.concat(chunks).toString();
  child.exited = new Promise((done) => child.once('exit', done));
  if (log) child.once('exit', () => writeFileSync(log, child.output()));
  return child;
}

async function end(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timedOut = await Promise.race([child.exited.then(() => false), sleep(10_000).then(() => true)]);
  if (timedOut) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // It ended between the check and the kill.
    }
    await child.exited;
  }
}

const phpString = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * Unpacks a build of @wp-playground/wordpress-builds into `root`: the zip's PHP, then the
 * package's public/ folder (the static files the zip leaves out) over it.
 */
async function unpackBuild(build, root) {
  const tools = await ensureTools();
  const pkg = tools.resolve('@wp-playground/wordpress-builds');
  const files = unzipSync(readFileSync(join(pkg, 'src/wordpress', build.zip)));
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), data);
  }
  cpSync(join(pkg, 'public', build.public), root, { recursive: true });
  // The Playground's own config (SQLite): this root gets its own below.
  rmSync(join(root, 'wp-config.php'), { force: true });
}

/** $wp_version of the WordPress in `root`, read from its version.php. */
const versionIn = (root) => readFileSync(join(root, 'wp-includes/version.php'), 'utf8').match(/\$wp_version = '([^']+)'/)[1];

/**
 * Starts WordPress and installs it (the version's default block theme, plain permalinks).
 * @param {{version?: keyof typeof WORDPRESS_VERSIONS, title?: string, keep?: boolean}} options
 *   keep: leave the temp folder (logs) behind
 * @returns {Promise<{version: string, wpVersion: string, blockTheme: string, classicTheme: string,
 *   url: string, admin: {user: string, password: string}, contentDir: string, root: string,
 *   php: (code: string) => Promise<any>, installLanguages: () => string[], debugLog: () => string,
 *   serverLog: () => string, stop: () => Promise<void>}>}
 */
export async function startWordPress({ version = '6.1', title = 'Pekso test', keep = !!process.env.PEKSO_KEEP_WP } = {}) {
  const spec = WORDPRESS_VERSIONS[version];
  if (!spec) throw new Error(`No WordPress ${version}: one of ${Object.keys(WORDPRESS_VERSIONS).join(', ')}`);
  await ensurePackages();
  const dir = mkdtempSync(join(tmpdir(), `pekso-wp${version}-`));
  const name = `pekso-e2e-${randomBytes(6).toString('hex')}`;
  // Debian's root is shared, and its wp-config.php reads this file; a build's root is ours.
  const root = spec.debian ? DEBIAN_ROOT : join(dir, 'wordpress');
  const configFile = spec.debian ? `/etc/wordpress/config-${name}.php` : join(root, 'wp-config.php');
  const socket = join(dir, 'mysql.sock');
  const contentDir = join(dir, 'wp-content');
  let mariadb;
  let server;
  let stopped = false;

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await end(server);
    await end(mariadb);
    if (spec.debian) rmSync(configFile, { force: true });
    if (!keep) rmSync(dir, { recursive: true, force: true });
  };

  try {
    // MariaDB: its own data folder and socket, no network, so it never meets a system one.
    const db = join(dir, 'db');
    const user = process.getuid() === 0 ? 'root' : (await run('id', ['-un'])).stdout.trim();
    await run('mariadb-install-db', ['--no-defaults', `--datadir=${db}`, `--user=${user}`,
      '--auth-root-authentication-method=normal', '--skip-test-db'], { maxBuffer: 16 * 1024 * 1024 });
    mariadb = start('/usr/sbin/mariadbd', ['--no-defaults', `--datadir=${db}`, `--socket=${socket}`,
      `--pid-file=${join(dir, 'mysql.pid')}`, '--skip-networking', `--user=${user}`,
      '--innodb-buffer-pool-size=64M', '--skip-log-bin'], { log: join(dir, 'mariadb.log') });
    await waitFor(() => canConnect({ path: socket }), `MariaDB did not start:\n${mariadb.output()}`);
    await run('mariadb', [`--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress']);

    // WordPress: Debian's wp-config.php reads /etc/wordpress/config-$WORDPRESS_CONFIG.php,
    // and a prepended file sets that name for every request and snippet. A build gets a
    // plain wp-config.php in its root.
    if (spec.build) await unpackBuild(spec.build, root);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    for (const sub of ['plugins', 'themes', 'uploads', 'upgrade']) mkdirSync(join(contentDir, sub), { recursive: true });
    const themes = spec.debian ? DEBIAN_THEMES : join(root, 'wp-content/themes');
    cpSync(join(themes, spec.blockTheme), join(contentDir, 'themes', spec.blockTheme), { recursive: true, dereference: true });
    cpSync(join(DEBIAN_THEMES, CLASSIC_THEME), join(contentDir, 'themes', CLASSIC_THEME), { recursive: true, dereference: true });
    const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
      .map((key) => `define('${key}', '${randomBytes(24).toString('hex')}');`);
    writeFileSync(configFile, `<?php
// Written by pekso's test/e2e/lib/wordpress.mjs${spec.debian ? `; used only when WORDPRESS_CONFIG is ${name}` : ''}.
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', ${phpString(`localhost:${socket}`)});
define('WP_HOME', ${phpString(url)});
define('WP_SITEURL', ${phpString(url)});
define('WP_CONTENT_DIR', ${phpString(contentDir)});
define('WP_CONTENT_URL', ${phpString(`${url}/wp-content`)});
define('FS_METHOD', 'direct');
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', ${phpString(join(dir, 'debug.log'))});
define('WP_DEBUG_DISPLAY', false);
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEFAULT_THEME', '${spec.blockTheme}');
${salts.join('\n')}
${spec.debian ? '' : `$table_prefix = 'wp_';
if (!defined('ABSPATH')) {
    define('ABSPATH', __DIR__ . '/');
}
require_once ABSPATH . 'wp-settings.php';
`}`);
    const prepend = join(dir, 'prepend.php');
    writeFileSync(prepend, `<?php $_SERVER['WORDPRESS_CONFIG'] = '${name}';\n`);
    const router = join(dir, 'router.php');
    writeFileSync(router, `<?php
// /wp-content/ comes from the test's own folder; everything else from ${root}.
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
if (strpos($path, '/wp-content/') !== 0) {
    return false;
}
$base = ${phpString(contentDir)};
$file = realpath($base . substr($path, strlen('/wp-content')));
if ($file === false || strpos($file, $base . '/') !== 0 || !is_file($file) || substr($file, -4) === '.php') {
    http_response_code(404);
    return true;
}
$types = array('js' => 'text/javascript', 'css' => 'text/css', 'json' => 'application/json', 'svg' => 'image/svg+xml',
    'png' => 'image/png', 'jpg' => 'image/jpeg', 'woff2' => 'font/woff2', 'txt' => 'text/plain', 'html' => 'text/html');
$ext = strtolower(pathinfo($file, PATHINFO_EXTENSION));
header('Content-Type: ' . (isset($types[$ext]) ? $types[$ext] : 'application/octet-stream'));
header('Content-Length: ' . filesize($file));
readfile($file);
return true;
`);
    const phpFlags = ['-d', `auto_prepend_file=${prepend}`, '-d', 'upload_max_filesize=32M', '-d', 'post_max_size=32M', '-d', 'memory_limit=256M'];
    server = start('php', [...phpFlags, '-S', `127.0.0.1:${port}`, '-t', root, router], {
      env: { PHP_CLI_SERVER_WORKERS: '4' },
      log: join(dir, 'php-server.log'),
    });
    await waitFor(() => canConnect({ host: '127.0.0.1', port }), `PHP's server did not start:\n${server.output()}`);

    // Install through the real installer form.
    const admin = { user: 'admin', password: randomBytes(12).toString('hex') };
    const response = await fetch(`${url}/wp-admin/install.php?step=2`, {
      method: 'POST',
      body: new URLSearchParams({
        weblog_title: title, user_name: admin.user, admin_password: admin.password, admin_password2: admin.password,
        pw_weak: '1', admin_email: 'admin@example.com', blog_public: '0', language: '',
      }),
    });
    const page = await response.text();
    if (!/Success!/.test(page)) throw new Error(`WordPress did not install (HTTP ${response.status}):\n${page.slice(0, 2000)}`);

    let snippets = 0;
    /**
     * Runs PHP against wp-load.php as a CLI request to the site; `code` is a function
     * body whose return value comes back through JSON. Throws with PHP's output on failure.
     */
    const php = async (code) => {
      const file = join(dir, `snippet-${++snippets}.php`);
      writeFileSync(file, `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['SERVER_PORT'] = '${port}';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
require ${phpString(join(root, 'wp-load.php'))};
$result = (function () { ${code}
})();
echo "\\n@@pekso-json@@", wp_json_encode($result);
`);
      const { stdout } = await run('php', [...phpFlags, file], { maxBuffer: 64 * 1024 * 1024 }).catch((error) => {
        throw new Error(`PHP snippet failed: ${error.message}\n${error.stdout ?? ''}`);
      });
      const marker = stdout.lastIndexOf('@@pekso-json@@');
      if (marker < 0) throw new Error(`PHP snippet printed no result:\n${stdout}`);
      return JSON.parse(stdout.slice(marker + '@@pekso-json@@'.length));
    };

    const read = (file) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : '');
    /**
     * Copies Debian's core translations (wordpress-l10n, made for 6.1; the builds have none)
     * into wp-content/languages, so a locale such as id_ID can be chosen. Returns the files.
     */
    const installLanguages = () => {
      cpSync(DEBIAN_LANGUAGES, join(contentDir, 'languages'), { recursive: true, dereference: true });
      return readdirSync(join(contentDir, 'languages'));
    };
    return {
      version,
      wpVersion: versionIn(root),
      blockTheme: spec.blockTheme,
      classicTheme: CLASSIC_THEME,
      root,
      installLanguages,
      url,
      admin,
      contentDir,
      php,
      debugLog: () => read('debug.log'),
      serverLog: () => server.output(),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
