// Writes DIR/sw.js from static/sw.js with the build's file list and a version named
// after the files' contents, so each deployment installs as a worker of its own
// (README, "Offline"). Runs after every other step that writes files.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// Everything a page of the app may load. Not the worker itself; not 404.html, which a
// host serves for missing addresses; not embed.js, which host pages load from theirs;
// not the app icons, which a browser fetches when it installs the app, online; not the
// one-file build (tandem.html), which is for opening from disk.
const NOT_CACHED = ['sw.js', '404.html', 'embed.js', 'tandem.html'];

/** Writes `dir`/sw.js from the `template` file; a line that says what it keeps. */
export function writeServiceWorker(dir, template) {
  const source = readFileSync(template, 'utf8');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter((file) => !NOT_CACHED.includes(file) && !file.startsWith('icons/'))
    .sort();
  const version = createHash('sha256');
  for (const file of files) version.update(file).update(readFileSync(join(dir, file)));
  const worker = source
    .replace(/^const VERSION = .*$/m, `const VERSION = '${version.digest('hex').slice(0, 16)}';`)
    .replace(/^const FILES = .*$/m, `const FILES = ${JSON.stringify(files)};`);
  if (worker === source) throw new Error(`${template} lacks the VERSION and FILES lines`);
  writeFileSync(join(dir, 'sw.js'), worker);
  return `sw.js: ${files.length} files for offline use`;
}
