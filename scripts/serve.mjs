// A small static file server on 127.0.0.1, for the demo (`npm start`) and for tests
// that need a real page over HTTP. No dependency: node's http module is enough.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.zip': 'application/zip',
  '.txt': 'text/plain; charset=utf-8',
};

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Serves `root` on 127.0.0.1. `headers(path)` may add response headers (a test page's
 * Content-Security-Policy, say). Resolves to { url, port, close() } once listening.
 * Port 0 picks a free port.
 */
export function serve({ root = repoRoot, port = 0, headers = () => ({}) } = {}) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`Not found: ${path}`);
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headers(path),
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      done({ url: `http://127.0.0.1:${actual}`, port: actual, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

// `node scripts/serve.mjs`: serve the repository and print the demo's address.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const wanted = Number(process.env.PORT ?? 8000);
  let server;
  for (let port = wanted; !server && port < wanted + 20; port++) {
    server = await serve({ port }).catch((error) => {
      if (error.code !== 'EADDRINUSE') throw error;
    });
  }
  console.log(`\npekso demo: ${server.url}/demo/\n(Ctrl+C to stop)`);
}
