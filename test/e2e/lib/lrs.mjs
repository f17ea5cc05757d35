// A real LRS for the xAPI tests: Learning Locker's xapi-statements service from the e2e
// tools' cache, in memory, on 127.0.0.1, checking basic auth credentials (see
// lrs-server.mjs).
//
//   const lrs = await startLrs();
//   lrs.endpoint                       // http://127.0.0.1:N/xAPI/  (the launch's endpoint)
//   lrs.auth                           // "Basic …" for the one client it knows
//   await lrs.statements({ registration })   // GET /xAPI/statements, every page
//   await lrs.stop();
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { ensureTools } from './tools.mjs';

const SERVER = fileURLToPath(new URL('./lrs-server.mjs', import.meta.url));
export const XAPI_VERSION = '1.0.3';

/**
 * Starts the LRS. Resolves to { endpoint, auth, url, statements(query), get(path, auth),
 * log(), stop() }.
 */
export async function startLrs({ key = `pekso-${randomBytes(4).toString('hex')}`, secret = randomBytes(12).toString('hex') } = {}) {
  const tools = await ensureTools();
  const child = spawn(process.execPath, [SERVER, tools.resolve('xapi-statements')], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PEKSO_LRS_KEY: key, PEKSO_LRS_SECRET: secret, NODE_NO_WARNINGS: '1' },
  });
  const output = [];
  child.stderr.on('data', (chunk) => output.push(chunk));
  const exited = new Promise((done) => child.once('exit', done));
  const port = await new Promise((done, fail) => {
    let buffered = '';
    const timer = setTimeout(() => fail(new Error(`the LRS did not start in 30 s:\n${Buffer.concat(output)}`)), 30_000);
    child.stdout.on('data', (chunk) => {
      output.push(chunk);
      buffered += chunk;
      const line = buffered.split('\n').find((l) => l.startsWith('{"port"'));
      if (line) {
        clearTimeout(timer);
        done(JSON.parse(line).port);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the LRS exited (${code}):\n${Buffer.concat(output)}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  const endpoint = `${url}/xAPI/`;
  const auth = `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;

  /** GET `path` under the endpoint with `authorization`; resolves to { status, body }. */
  const get = async (path, authorization = auth) => {
    const response = await fetch(new URL(path, endpoint), {
      headers: { Authorization: authorization, 'X-Experience-API-Version': XAPI_VERSION },
    });
    const text = await response.text();
    /** @type {any} */
    let body = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: the text as it came
    }
    return { status: response.status, body, headers: response.headers };
  };

  /** Every statement the LRS returns for `query` (xAPI's GET parameters), following `more`. */
  const statements = async (query = {}) => {
    const all = [];
    let next = `statements?${new URLSearchParams(query)}`;
    while (next) {
      const { status, body } = await get(next);
      if (status !== 200) throw new Error(`GET ${next}: HTTP ${status} ${JSON.stringify(body)}`);
      all.push(...body.statements);
      next = body.more ? new URL(body.more, url).href : '';
    }
    return all;
  };

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timeout = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // gone already
      }
    }, 5000);
    await exited;
    clearTimeout(timeout);
  };

  return { url, endpoint, auth, key, get, statements, log: () => Buffer.concat(output).toString(), stop };
}
