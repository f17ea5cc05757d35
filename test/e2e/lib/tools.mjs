// The big servers the end-to-end suites run against (WordPress builds, an LRS) are an npm
// package of their own, test/e2e/tools/, so the root install stays small. This installs
// that package's locked tree, with `npm ci`, into a cache folder named after the lock
// file's hash, once: every later run, and every worktree of the same machine, finds it
// there. A new lock file is a new folder; old folders are left for the user to delete.
//
//   const tools = await ensureTools();       // the folder that holds node_modules/
//   tools.resolve('xapi-statements')         // …/node_modules/xapi-statements
//
// Where: $PEKSO_E2E_CACHE, else $XDG_CACHE_HOME/pekso-e2e, else ~/.cache/pekso-e2e
// (outside the repo's node_modules, which the root's `npm ci` wipes).
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
export const TOOLS_PACKAGE = fileURLToPath(new URL('../tools/', import.meta.url));
const DONE = '.pekso-e2e-complete';

export function cacheRoot() {
  if (process.env.PEKSO_E2E_CACHE) return process.env.PEKSO_E2E_CACHE;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'pekso-e2e');
}

/** The cache folder for the current lock file: tools-<first 16 hex of its SHA-256>. */
export function toolsDir() {
  const hash = createHash('sha256')
    .update(readFileSync(join(TOOLS_PACKAGE, 'package.json')))
    .update(readFileSync(join(TOOLS_PACKAGE, 'package-lock.json')))
    .digest('hex')
    .slice(0, 16);
  return join(cacheRoot(), `tools-${hash}`);
}

/**
 * Installs test/e2e/tools/ into its cache folder unless it is there already, and returns
 * { dir, resolve(name), installed: seconds the install took or 0 when cached }.
 * The tree is built in a folder of its own and renamed into place when complete, so a run
 * that is stopped halfway, or two suites starting at once, never leave half a tree in use.
 */
export async function ensureTools({ log = (/** @type {string} */ line) => console.error(line) } = {}) {
  const dir = toolsDir();
  const tools = (installed) => ({ dir, installed, resolve: (name) => join(dir, 'node_modules', name) });
  if (existsSync(join(dir, DONE))) return tools(0);

  const start = Date.now();
  const building = `${dir}.${process.pid}-${randomBytes(4).toString('hex')}`;
  mkdirSync(building, { recursive: true });
  try {
    for (const file of ['package.json', 'package-lock.json']) cpSync(join(TOOLS_PACKAGE, file), join(building, file));
    log(`pekso e2e: installing the e2e tools (test/e2e/tools) into ${dir}…`);
    // --ignore-scripts: nothing in the tree needs a build step to serve (the LRS's optional
    // native metrics would try to compile, and download headers, for a tracker it never uses).
    await run('npm', ['ci', '--prefix', building, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
      env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', npm_config_update_notifier: 'false' },
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error) => {
      throw new Error(`npm ci of the e2e tools failed:\n${error.stderr || error.message}`);
    });
    writeFileSync(join(building, DONE), `${new Date().toISOString()}\n`);
    try {
      renameSync(building, dir);
    } catch (error) {
      // Another run got there first with the same lock file: use its tree.
      if (!existsSync(join(dir, DONE))) throw error;
    }
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
  const seconds = (Date.now() - start) / 1000;
  log(`pekso e2e: e2e tools installed in ${seconds.toFixed(1)} s`);
  return tools(seconds);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // `node test/e2e/lib/tools.mjs`: install (or find) the tools and print where they are.
  const { dir, installed } = await ensureTools();
  console.log(installed ? `${dir} (installed in ${installed.toFixed(1)} s)` : `${dir} (cached)`);
}
