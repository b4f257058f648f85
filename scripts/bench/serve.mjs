// One static server for both apps, loopback only: Tandem's release build under
// /tandem/ and the SurveyJS peer under /surveyjs/, both served alike. By default
// files go out gzip -9 compressed, as most hosts send them; BENCH_ENCODING=identity
// sends them as they are (the raw variant). Transfer sizes are computed from the
// files either way. HTTP/2 over TLS by default, plain HTTP/1.1 with
// BENCH_PROTOCOL=http1 (config.mjs).
// Standalone: node scripts/bench/serve.mjs (over HTTP/2 once run.sh has made the certificate)
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { APPS, ENCODING, PORT, ORIGIN, PROTOCOL, TLS } from './config.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};
const GZIP = ENCODING === 'gzip';
const gzipped = new Map(); // compressed once per file, so compressing never slows a response

function gzipOnce(file, body) {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
  return gzipped.get(file);
}

/** The file a request path names, or null when it lies outside every mount. */
export function fileFor(path) {
  const app = Object.values(APPS).find((a) => path.startsWith(a.mount));
  if (!app) return null;
  const file = normalize(join(app.dir, path.slice(app.mount.length)));
  if (!file.startsWith(app.dir)) return null;
  return path.endsWith('/') ? join(file, 'index.html') : file;
}

async function handle(request, response) {
  const file = fileFor(decodeURIComponent(new URL(request.url, ORIGIN).pathname));
  try {
    if (!file) throw new Error('outside the mounts');
    let body = await readFile(file);
    const headers = { 'content-type': TYPES[extname(file)] || 'application/octet-stream' };
    if (GZIP && /\bgzip\b/.test(request.headers['accept-encoding'] || '')) {
      body = gzipOnce(file, body);
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(200, headers);
    response.end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}

/** The bench's certificate, which run.sh makes. */
function certificate() {
  if (!existsSync(TLS.cert) || !existsSync(TLS.key)) {
    throw new Error(`no certificate in ${TLS.cert}: run scripts/bench/run.sh once, or serve with BENCH_PROTOCOL=http1`);
  }
  return { cert: readFileSync(TLS.cert), key: readFileSync(TLS.key) };
}

/** Starts the server; resolves to it once it listens. */
export function startServer(port = PORT) {
  return new Promise((done, fail) => {
    const server =
      PROTOCOL === 'h2'
        ? createSecureServer(certificate(), handle)
        : createServer(handle);
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await startServer();
  for (const app of Object.values(APPS)) console.log(`${app.name}: ${ORIGIN}${app.mount}`);
}
