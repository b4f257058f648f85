// Trunk post_build step, after scripts/no-inline.mjs: writes DIR/sw.js from
// static/sw.js with the build's file list and a version named after the files'
// contents, so each deployment installs as a worker of its own (README, "Offline").
//   node scripts/service-worker.mjs DIR
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node scripts/service-worker.mjs DIR');
const template = readFileSync(resolve(new URL('..', import.meta.url).pathname, 'static/sw.js'), 'utf8');

// Everything a page of the app may load. Not the worker itself; not 404.html, which a
// host serves for missing addresses; not embed.js, which host pages load from theirs;
// not the app icons, which a browser fetches when it installs the app, online; not the
// one-file build (tandem.html), which is for opening from disk.
const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
  .filter((file) => !['sw.js', '404.html', 'embed.js', 'tandem.html'].includes(file) && !file.startsWith('icons/'))
  .sort();
const version = createHash('sha256');
for (const file of files) version.update(file).update(readFileSync(join(dir, file)));

const worker = template
  .replace(/^const VERSION = .*$/m, `const VERSION = '${version.digest('hex').slice(0, 16)}';`)
  .replace(/^const FILES = .*$/m, `const FILES = ${JSON.stringify(files)};`);
if (worker === template) throw new Error('static/sw.js lacks the VERSION and FILES lines');
writeFileSync(join(dir, 'sw.js'), worker);
console.log(`sw.js: ${files.length} files for offline use`);
