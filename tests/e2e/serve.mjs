// A static file server for the end-to-end tests: serves the release build in dist/
// under a sub-path, as a consultant's static host would, the other builds of
// scripts/variants.sh under /variants/, and the host pages in
// hosts/ (e.g. an iframe embed) at the root, and a long blog post under /blog/ that
// embeds the app with the README's own iframe line. Loopback only.
import { createServer } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join, normalize, resolve } from 'node:path';
import { writeServiceWorker } from '../../scripts/build/service-worker.mjs';

const port = Number(process.env.PORT || 4390);
const here = new URL('.', import.meta.url).pathname;
const mounts = [
  ['/tools/alignment/', resolve(here, '../../dist')],
  // The other builds of scripts/variants.sh, one folder each.
  ['/variants/', resolve(here, '../../dist-variants')],
  ['/', resolve(here, 'hosts')],
];
/**
 * The strict policies the README recommends for a static host, read from it: one for
 * every file of the app (not for the host pages around it), one for 404.html. The whole
 * suite runs under them, so a policy the README gives that breaks the app fails it.
 */
async function policies() {
  const readme = await readFile(resolve(here, '../../README.md'), 'utf8');
  const [app, notFound] = [...readme.matchAll(/^Content-Security-Policy: (.+)$/gm)].map((m) => m[1]);
  if (!app || !notFound) throw new Error('README.md lacks the two Content-Security-Policy lines');
  return { app, notFound };
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/**
 * A blog post with ~30 paragraphs above the README's iframe line, its src pointed at
 * this server's copy of the app by its other loopback name (localhost and 127.0.0.1
 * are different origins), plus `hash` (e.g. "#/r/TOKEN"). Built per request, so it
 * always embeds what the README says today.
 */
async function blogPost(host, hash) {
  const readme = await readFile(resolve(here, '../../README.md'), 'utf8');
  const iframe = readme.match(/<iframe [\s\S]*?<\/iframe>/)?.[0] ?? '<p>README.md has no iframe line</p>';
  const other = host.startsWith('localhost') ? '127.0.0.1' : 'localhost';
  const src = `http://${other}:${port}/tools/alignment/${hash}`;
  const filler = Array.from({ length: 30 }, (_, i) =>
    `<p>Paragraph ${i + 1}. Teams that plan together close more of the deals marketing starts; the hand-over between them is where most leads are lost.</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>A blog post with Tandem embedded</title></head>
<body><main><h1>Are your sales and marketing teams pulling together?</h1>
${filler}
${iframe.replace(/src="[^"]*"/, `src="${src}"`)}
<p>Thanks for reading.</p></main></body></html>`;
}

/**
 * A blog post on the other loopback origin that embeds Tandem with the README's
 * embed.js snippet (the first <div data-tandem> and its <script>), with text above and
 * below, plus `attributes` (JSON: data-* options) on the element, of the app at
 * `appPath` on the other origin. The page records
 * every tandem:* event it hears in window.__tandemEvents, as an analytics hook would.
 */
async function embeddedPost(host, attributes, appPath) {
  const readme = await readFile(resolve(here, '../../README.md'), 'utf8');
  const snippet = readme.match(/<div data-tandem=[\s\S]*?<\/script>/)?.[0] ?? '<p>README.md has no embed.js snippet</p>';
  const other = host.startsWith('localhost') ? '127.0.0.1' : 'localhost';
  const app = `http://${other}:${port}${appPath}`;
  const escape = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const options = Object.entries(attributes).map(([name, value]) => ` data-${name}="${escape(value)}"`).join('');
  const paragraphs = (from, count) => Array.from({ length: count }, (_, i) =>
    `<p>Paragraph ${from + i}. Marketing plans the quarter in one room and sales in another; the hand-over between them is where good leads go cold.</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>A blog post with Tandem embedded by embed.js</title>
<style>body { font: 18px/1.6 Georgia, serif; margin: 0; } main { max-width: 760px; margin: 0 auto; padding: 1rem; }</style>
<script>
  window.__tandemEvents = [];
  for (const type of ['ready', 'started', 'progress', 'completed', 'resized']) {
    document.addEventListener('tandem:' + type, (event) => window.__tandemEvents.push(event.detail));
  }
</script></head>
<body><main><h1>Where do your sales and marketing teams stand?</h1>
${paragraphs(1, 8)}
${snippet.replaceAll('https://example.com/tools/alignment/', app).replace('<div data-tandem=', `<div${options} data-tandem=`)}
${paragraphs(9, 8)}
<p>Thanks for reading.</p></main></body></html>`;
}

/**
 * Deployments for the offline tests: /deploy/<id>/ serves the build in dist/ until
 * /deploy/<id>/__next is asked for, then a second build made from it (below). Each id
 * is a test's own, so tests running side by side do not see each other's deployments.
 */
const deployed = new Map();
let secondBuild = null;

/**
 * A copy of dist/ as a next deployment would be: its program's files under new names
 * (every mention of them renamed), and a service worker written for that file list.
 */
function makeSecondBuild() {
  const dist = resolve(here, '../../dist');
  const copy = mkdtempSync(join(tmpdir(), 'tandem-next-build-'));
  const renames = readdirSync(dist)
    .map((file) => file.match(/^((?:tandem|compare|app|boot|start)-)([0-9a-f]+)/))
    .filter(Boolean)
    .map(([, name, hash]) => [name + hash, name + [...hash].reverse().join('')]);
  const renamed = (text) => renames.reduce((t, [from, to]) => t.replaceAll(from, to), text);
  cpSync(dist, copy, { recursive: true });
  for (const file of readdirSync(copy).filter((f) => /\.(html|js|css|wasm)$/.test(f))) {
    if (!file.endsWith('.wasm')) writeFileSync(join(copy, file), renamed(readFileSync(join(copy, file), 'utf8')));
    if (renamed(file) !== file) renameSync(join(copy, file), join(copy, renamed(file)));
  }
  writeServiceWorker(copy, resolve(here, '../../static/sw.js'));
  return copy;
}

createServer(async (request, response) => {
  const url = new URL(request.url, 'http://localhost');
  const path = decodeURIComponent(url.pathname);
  if (path === '/blog/embedded') {
    const attributes = JSON.parse(url.searchParams.get('options') || '{}');
    // The build it embeds: Tandem's own, or one of the variants' (`app`, e.g. /variants/northwind/).
    const appPath = /^\/variants\/[a-z-]+\/$/.test(url.searchParams.get('app') ?? '') ? url.searchParams.get('app') : '/tools/alignment/';
    response.writeHead(200, { 'content-type': types['.html'] }).end(await embeddedPost(request.headers.host ?? '', attributes, appPath));
    return;
  }
  if (path === '/blog/' || path === '/blog/post') {
    const body = path === '/blog/'
      ? '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A blog</title></head><body><main><h1>A blog</h1><p><a href="post">Read the post</a></p></main></body></html>'
      : await blogPost(request.headers.host ?? '', url.searchParams.get('hash') ?? '');
    response.writeHead(200, { 'content-type': types['.html'] }).end(body);
    return;
  }
  const deployment = path.match(/^\/deploy\/([\w-]+)\//);
  if (deployment && path.endsWith('/__next')) {
    secondBuild ??= makeSecondBuild();
    deployed.set(deployment[1], secondBuild);
    response.writeHead(204).end();
    return;
  }
  const [prefix, root] = deployment
    ? [deployment[0], deployed.get(deployment[1]) ?? resolve(here, '../../dist')]
    : mounts.find(([prefix]) => path.startsWith(prefix));
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
    const app = prefix !== '/';
    response.writeHead(200, {
      'content-type': types[extname(file)] || 'application/octet-stream',
      'access-control-allow-origin': '*',
      ...(app && { 'content-security-policy': (await policies())[basename(file) === '404.html' ? 'notFound' : 'app'] }),
    });
    response.end(body);
  } catch {
    // Like most static hosts: the site's own 404.html, if it has one, with status 404.
    const notFound = await readFile(join(root, '404.html')).catch(() => null);
    response.writeHead(404, {
      'content-type': notFound ? types['.html'] : 'text/plain',
      ...(notFound && prefix !== '/' && { 'content-security-policy': (await policies()).notFound }),
    });
    response.end(notFound || 'not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving on http://127.0.0.1:${port}/tools/alignment/`));
