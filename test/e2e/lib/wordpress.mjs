// A real WordPress for end-to-end tests: Debian's wordpress package, a MariaDB of its
// own (data folder and socket in a temp folder, no TCP port), and PHP's built-in server
// on 127.0.0.1. Everything lives in one temp folder but the config file Debian's
// wp-config.php insists on (/etc/wordpress/config-NAME.php), which stop() removes.
//
//   const wp = await startWordPress();
//   await wp.php('return get_bloginfo("name");');   // runs against wp-load.php
//   await wp.stop();                                 // in a finally / after()
import { spawn, execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DEBIAN_PACKAGES } from '../../../tools/debian-packages.mjs';

const run = promisify(execFile);
const WP_ROOT = '/usr/share/wordpress';
const THEME = join(WP_ROOT, 'wp-content/themes/twentytwentythree');
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Installs the Debian packages WordPress needs, if any is missing (as root), or says what to install. */
export async function ensurePackages() {
  const missing = [];
  for (const name of DEBIAN_PACKAGES.wordpress) {
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
 * Starts WordPress and installs it (theme Twenty Twenty-Three, plain permalinks).
 * @param {{title?: string, keep?: boolean}} options keep: leave the temp folder (logs) behind
 * @returns {Promise<{url: string, admin: {user: string, password: string}, contentDir: string,
 *   php: (code: string) => Promise<any>, debugLog: () => string, serverLog: () => string, stop: () => Promise<void>}>}
 */
export async function startWordPress({ title = 'Pekso test', keep = !!process.env.PEKSO_KEEP_WP } = {}) {
  await ensurePackages();
  const dir = mkdtempSync(join(tmpdir(), 'pekso-wp-'));
  const name = `pekso-e2e-${randomBytes(6).toString('hex')}`;
  const configFile = `/etc/wordpress/config-${name}.php`;
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
    rmSync(configFile, { force: true });
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
    // and a prepended file sets that name for every request and snippet.
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    for (const sub of ['plugins', 'themes', 'uploads', 'upgrade']) mkdirSync(join(contentDir, sub), { recursive: true });
    cpSync(THEME, join(contentDir, 'themes/twentytwentythree'), { recursive: true, dereference: true });
    const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
      .map((key) => `define('${key}', '${randomBytes(24).toString('hex')}');`);
    writeFileSync(configFile, `<?php
// Written by pekso's test/e2e/lib/wordpress.mjs; used only when WORDPRESS_CONFIG is ${name}.
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
${salts.join('\n')}
`);
    const prepend = join(dir, 'prepend.php');
    writeFileSync(prepend, `<?php $_SERVER['WORDPRESS_CONFIG'] = '${name}';\n`);
    const router = join(dir, 'router.php');
    writeFileSync(router, `<?php
// /wp-content/ comes from the test's own folder; everything else from ${WP_ROOT}.
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
    server = start('php', [...phpFlags, '-S', `127.0.0.1:${port}`, '-t', WP_ROOT, router], {
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
require ${phpString(join(WP_ROOT, 'wp-load.php'))};
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
    return {
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
