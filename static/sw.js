// Tandem's service worker (README, "Offline"): after one visit, the app opens and works
// with no network at all. The build (scripts/build/service-worker.mjs) writes the list of its
// files and a version named after them in place of the two lines marked below, so a new
// deployment is a new worker with a cache of its own. Each version answers only from
// its own cache, so a page never mixes one build's JS with another's WASM. A new
// version waits until the visitor accepts the page's offer to reload (or every tab of
// the old one is closed); it never takes over a page mid-quiz. Scoped to the app's own
// folder: the rest of the host site is never touched.
'use strict';

const VERSION = 'development'; // replaced by the build
const FILES = []; // replaced by the build: every file a page may load, relative to this one
const CACHE = `tandem-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => new URL(file, self.registration.scope)))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((names) =>
      Promise.all(names.filter((name) => name.startsWith('tandem-') && name !== CACHE).map((name) => caches.delete(name)))),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const scope = self.registration.scope;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  event.respondWith(fromCache(request, scope));
});

/**
 * This version's copy of the file, or else the network's. A page is found whatever its
 * query (a host page's embed options) and the folder's address is its index.html.
 */
async function fromCache(request, scope) {
  const cache = await caches.open(CACHE);
  const url = new URL(request.url);
  const page = request.mode === 'navigate';
  if (page && url.href.split(/[?#]/)[0] === scope) url.pathname += 'index.html';
  const cached = await cache.match(page ? url.origin + url.pathname : request, { ignoreSearch: page });
  return cached || fetch(request);
}
