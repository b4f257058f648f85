// A static file server for the end-to-end tests: serves the release build in dist/
// under a sub-path, as a consultant's static host would, and the host pages in
// hosts/ (e.g. an iframe embed) at the root. Loopback only.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const port = Number(process.env.PORT || 4390);
const here = new URL('.', import.meta.url).pathname;
const mounts = [
  ['/tools/alignment/', resolve(here, '../../dist')],
  ['/', resolve(here, 'hosts')],
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  const [prefix, root] = mounts.find(([prefix]) => path.startsWith(prefix));
  let file = normalize(join(root, path.slice(prefix.length)));
  if (!file.startsWith(root)) {
    response.writeHead(403).end();
    return;
  }
  if (path.endsWith('/')) file = join(file, 'index.html');
  try {
    const body = await readFile(file);
    // Open to any origin, as a CDN would be: a frame sandboxed without
    // allow-same-origin has an opaque origin and loads module scripts with CORS.
    response.writeHead(200, {
      'content-type': types[extname(file)] || 'application/octet-stream',
      'access-control-allow-origin': '*',
    });
    response.end(body);
  } catch {
    // Like most static hosts: the site's own 404.html, if it has one, with status 404.
    const notFound = await readFile(join(root, '404.html')).catch(() => null);
    response.writeHead(404, { 'content-type': notFound ? types['.html'] : 'text/plain' });
    response.end(notFound || 'not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving on http://127.0.0.1:${port}/tools/alignment/`));
