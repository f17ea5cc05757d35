// Learning Locker's xAPI statements service (the npm package xapi-statements, from the e2e
// tools' cache), started as its own dist/server.js starts it, with two differences: it
// listens on 127.0.0.1 only (server.js listens on every interface), and the same server
// answers the client-info request through which the service checks credentials.
//
// The service keeps statements in memory (MODELS_REPO=memory) and checks every request's
// Authorization header with AUTH_REPO=fetch: it asks LL_CLIENT_INFO_ENDPOINT, sending the
// header on, for the client; a 404 there becomes its 401 Unauthorised. Learning Locker
// answers that from its client collection; here /auth/client knows one client, whose basic
// auth key and secret come from PEKSO_LRS_KEY and PEKSO_LRS_SECRET.
//
//   node lrs-server.mjs <folder of the xapi-statements package>
//   → prints one line of JSON, {"port": N}, once it listens.
// The service is CommonJS (written for Node 6 to 8; it runs on 20): it is loaded with require.
import { timingSafeEqual } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const pkg = process.argv[2];
const key = process.env.PEKSO_LRS_KEY;
const secret = process.env.PEKSO_LRS_SECRET;
if (!pkg || !key || !secret) {
  console.error('usage: PEKSO_LRS_KEY=… PEKSO_LRS_SECRET=… node lrs-server.mjs <xapi-statements folder>');
  process.exit(2);
}

/** The one client, as Learning Locker's client-info answer describes it. */
const CLIENT = {
  _id: '5f0c0ffee0000000000000c1',
  title: 'pekso e2e',
  authority: { objectType: 'Agent', name: 'pekso e2e', mbox: 'mailto:lrs@pekso.test' },
  isTrusted: true,
  lrs_id: '5f0c0ffee0000000000000a1',
  organisation: '5f0c0ffee0000000000000b1',
  scopes: ['all'],
};

const expected = Buffer.from(`Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`);
const authorised = (header) => {
  const given = Buffer.from(String(header || ''));
  return given.length === expected.length && timingSafeEqual(given, expected);
};

const server = createServer();
server.listen(Number(process.env.PEKSO_LRS_PORT || 0), '127.0.0.1', () => {
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const scratch = mkdtempSync(path.join(tmpdir(), 'pekso-lrs-'));
  // The service reads its configuration once, when dist/config.js is first required.
  Object.assign(process.env, {
    EXPRESS_PORT: String(port),
    MODELS_REPO: 'memory',
    // There is no "memory" storage: the service's factory falls back to "local", used
    // only for attachments (none are sent), in a temp folder.
    STORAGE_REPO: 'memory',
    FS_LOCAL_STORAGE_DIR: path.join(scratch, 'storage'),
    AUTH_REPO: 'fetch',
    LL_CLIENT_INFO_ENDPOINT: `http://127.0.0.1:${port}/auth/client`,
    EVENTS_REPO: 'test', // no Redis: the service's fake events
    EXPRESS_MORGAN_DIRECTORY: path.join(scratch, 'access-logs'),
    WINSTON_CONSOLE_LEVEL: process.env.WINSTON_CONSOLE_LEVEL || 'warn',
    SERVICE_AWAIT_UPDATES: 'true', // a statement is queryable once its POST has answered
  });
  process.chdir(scratch); // dotenv reads ./.env: none here
  const dist = path.join(pkg, 'dist');
  const express = require(require.resolve('express', { paths: [pkg] }));
  const config = require(path.join(dist, 'config')).default;
  const logger = require(path.join(dist, 'logger')).default;
  const tracker = require(path.join(dist, 'tracker')).default;
  const translator = require(path.join(dist, 'translatorFactory')).default();
  const service = require(path.join(dist, 'serviceFactory')).default();
  const presenter = require(path.join(dist, 'expressPresenter')).default({
    llClientInfoEndpoint: config.llClientInfoEndpoint,
    customRoute: config.express.customRoute,
    customRouteText: config.express.customRouteText,
    morganDirectory: config.express.morganDirectory,
    bodyParserLimit: config.express.bodyParserLimit,
    service,
    tracker,
    translator,
    logger,
  });
  const { aboutRoute, fullActivitiesRoute, statementsRoute } = require(path.join(dist, 'utils/constants'));

  const app = express();
  // Learning Locker's part: who is this client? Unknown credentials are no client (404).
  app.get('/auth/client', (req, res) => {
    if (authorised(req.header('Authorization'))) res.json(CLIENT);
    else res.status(404).json({ message: 'No client with those credentials' });
  });
  app.use(aboutRoute, presenter.aboutRouter);
  app.use(fullActivitiesRoute, presenter.fullActivitiesRouter);
  app.use(statementsRoute, presenter.statementsRouter);
  server.on('request', app);
  process.stdout.write(`${JSON.stringify({ port })}\n`);
});
