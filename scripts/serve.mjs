// Serves a folder on 127.0.0.1 with @web/dev-server: for the demo (`npm start`, through
// web-dev-server.config.mjs) and for tests and the bench that need real pages over HTTP.
import { startDevServer } from '@web/dev-server';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Serves `root` on 127.0.0.1. `headers(path)` may add response headers (a test page's
 * Content-Security-Policy, say). Without a port, a free one is used.
 * @param {{root?: string, port?: number, headers?: (path: string) => Record<string, string>}} [options]
 * @returns {Promise<{url: string, port: number, close: () => Promise<unknown>}>}
 */
export async function serve({ root = repoRoot, port = undefined, headers = () => ({}) } = {}) {
  const server = await startDevServer({
    config: {
      rootDir: root,
      hostname: '127.0.0.1',
      ...(port ? { port } : {}),
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
  const actual = server.config.port;
  return { url: `http://127.0.0.1:${actual}`, port: actual, close: () => server.stop() };
}
