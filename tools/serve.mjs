// Serves a folder on 127.0.0.1 with @web/dev-server: the demo (`npm start`, which runs
// this file) and the pages tests and the bench need over HTTP.
//
// @web/dev-server listens on every interface when its hostname is 127.0.0.1 or localhost
// (DevServer.start passes no host then), so it runs in middleware mode here and this file
// listens on the loopback address itself: nothing is reachable from the network.
import { startDevServer } from '@web/dev-server';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const HOST = '127.0.0.1';

/**
 * Serves `root` on 127.0.0.1. `headers(path)` may add response headers (a test page's
 * Content-Security-Policy, say). Without a port, a free one is used.
 * @param {{root?: string, port?: number, headers?: (path: string) => Record<string, string>}} [options]
 * @returns {Promise<{url: string, port: number, close: () => Promise<unknown>}>}
 */
export async function serve({ root = repoRoot, port = 0, headers = () => ({}) } = {}) {
  const devServer = await startDevServer({
    config: {
      rootDir: root,
      hostname: HOST,
      middlewareMode: true,
      middleware: [
        async (context, next) => {
          await next();
          context.set('cache-control', 'no-store');
          for (const [name, value] of Object.entries(headers(context.path))) context.set(name, value);
        },
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  const server = createServer(devServer.koaApp.callback());
  await new Promise((done, fail) => server.once('error', fail).listen(port, HOST, () => done(undefined)));
  const actual = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  const close = async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    await devServer.stop();
  };
  return { url: `http://${HOST}:${actual}`, port: actual, close };
}

// `node tools/serve.mjs`: the demo, on PORT or 8000.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serve({ port: Number(process.env.PORT ?? 8000) });
  console.log(`\npekso demo: ${url}/demo/\n(Ctrl+C to stop)`);
}
