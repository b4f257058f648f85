// The path check of the lint layer (scripts/test.sh): a path the docs or a comment
// names must exist, so a file moved or deleted cannot leave its mentions behind.
//   node scripts/check-paths.mjs
// Over the tracked files (git ls-files) it reads
//   - README.md and docs/*.md whole, their relative links included;
//   - comments: Rust and JS `//` and `/* */`, CSS `/* */`, HTML `<!-- -->`, and `#`
//     in shell, TOML, Python and extensionless scripts;
// and takes as a path every token that starts with a top-level entry of the repository
// (src/, scripts/, Cargo.toml, …), allowing a trailing `:line`, punctuation and
// backticks. A token with `*`, `…`, `...` or `<name>` in it is a pattern that must
// match some tracked path. Build outputs (target/, dist/) and git-ignored paths are
// not checked. It also fails on any tracked text file that holds an absolute path into
// this machine's temporary, home or work folders (tools such as /usr/bin/chromium are
// fine): a clone elsewhere has none of them.
// Prints each problem as file:line: message and exits 1, or one line of counts.
// Node 20, no dependencies.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, normalize } from 'node:path';

const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
process.chdir(root);
const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
const tracked = new Set(files);
const folders = new Set(files.flatMap((file) => file.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/') + '/')));

// Where a path may start: the top-level entries of the repository, those named here
// even when gone (a mention of a deleted one must fail), and those tracked today.
const ROOTS = new Set([
  'src/', 'scripts/', 'tests/', 'docs/', 'static/', 'styles/', 'examples/', 'fuzz/', '.ci/', '.cargo/',
  'Cargo.toml', 'Cargo.lock', 'README.md', 'index.html', 'compare.html', 'build.rs', 'Trunk.toml',
  ...files.map((file) => (file.includes('/') ? file.slice(0, file.indexOf('/') + 1) : file)),
]);
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const rootAlternatives = [...ROOTS].sort((a, b) => b.length - a.length).map(escape).join('|');
// A token: a root at a word's start (not inside another path or a URL), then path characters.
const TOKEN = new RegExp(`(?<![\\w.\\/~-])(?:${rootAlternatives})[\\w.\\-\\/*…<>+@]*`, 'g');

/** Whether git ignores `path` (a build output such as fuzz/corpus/): fine to mention. */
function ignored(path) {
  try {
    execFileSync('git', ['check-ignore', '-q', '--no-index', path], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A problem with `token`, or null: it exists, matches a tracked path, or is an output. */
function problem(token) {
  let path = token.replace(/[.>]+$/, '');
  if (!path.includes('<')) path = path.replace(/>+/g, '');
  const pattern = /[*…<]|\.\.\./.test(path);
  if (pattern) {
    const source = path.split(/(\*+|…|\.\.\.|<[^>\/]*>)/).map((part, i) => (i % 2 ? '[^/]*' : escape(part))).join('');
    const matcher = new RegExp(`^${source}`);
    if (files.some((file) => matcher.test(file))) return null;
    return ignored(path.replace(/[*…<].*$|\.\.\..*$/, '')) ? null : `no tracked path matches ${path}`;
  }
  if (tracked.has(path) || folders.has(path) || folders.has(path + '/')) return null;
  if (ignored(path)) return null;
  return missing(path);
}

/** Why `path`, neither tracked nor ignored, fails: a clone would not have it. */
function missing(path) {
  return existsSync(path) ? `${path} is not tracked by git (git add it)` : `${path} does not exist`;
}

/** The comment text of `text`, with everything else blanked and line breaks kept. */
function comments(text, kind) {
  let out = '';
  let i = 0;
  const blank = (s) => s.replace(/[^\n]/g, ' ');
  const quotes = kind === 'hash' ? `"'` : kind === 'rust' ? '"' : `"'\``;
  while (i < text.length) {
    const c = text[i];
    if (kind === 'html') {
      const start = text.indexOf('<!--', i);
      if (start < 0) { out += blank(text.slice(i)); break; }
      const end = text.indexOf('-->', start);
      const stop = end < 0 ? text.length : end + 3;
      out += blank(text.slice(i, start)) + text.slice(start, stop);
      i = stop;
      continue;
    }
    const raw = kind === 'rust' && /^r#*"/.test(text.slice(i, i + 8)) && !/\w/.test(text[i - 1] ?? '') && text.slice(i).match(/^r(#*)"/);
    if (raw) {
      // A raw string: skipped to its closing quote and hashes.
      const close = '"' + raw[1];
      const end = text.indexOf(close, i + raw[0].length);
      const stop = end < 0 ? text.length : end + close.length;
      out += blank(text.slice(i, stop));
      i = stop;
      continue;
    }
    if (quotes.includes(c) && !(kind === 'rust' && text[i - 1] === "'" && text[i + 1] === "'")) {
      // A string: skipped to its end on the same line (or, in Rust and JS templates, beyond).
      let j = i + 1;
      while (j < text.length && text[j] !== c && (text[j] !== '\n' || kind === 'rust' || c === '`')) {
        j += text[j] === '\\' ? 2 : 1;
      }
      out += blank(text.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    const lineComment = kind === 'hash'
      ? c === '#' && (i === 0 || /\s/.test(text[i - 1]))
      : kind !== 'css' && text.startsWith('//', i);
    if (lineComment) {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      out += text.slice(i, stop);
      i = stop;
      continue;
    }
    if (kind !== 'hash' && text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += text.slice(i, stop);
      i = stop;
      continue;
    }
    out += c === '\n' ? '\n' : ' ';
    i += 1;
  }
  return out;
}

/** How the comments of `file` are written, or null for a file with none to read. */
function kindOf(file, text) {
  if (file.startsWith('fuzz/seeds/')) return null;
  const ext = extname(file);
  if (file === 'README.md' || /^docs\/[^/]+\.md$/.test(file)) return 'markdown';
  if (ext === '.rs') return 'rust';
  if (['.js', '.mjs', '.cjs'].includes(ext)) return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.html') return 'html';
  if (['.sh', '.toml', '.py'].includes(ext)) return 'hash';
  if (ext === '' && !file.endsWith('.gitignore') && /^(#|\s*$)/.test(text)) return 'hash';
  return null;
}

const problems = [];
const reported = new Set();
/** Records a problem once per file, line and message. */
function report(file, line, message) {
  const key = `${file}:${line}: ${message}`;
  if (!reported.has(key)) problems.push(key);
  reported.add(key);
}
let checked = 0;
let read = 0;
const ABSOLUTE = new RegExp(`(?<![\\w.~:/-])/(?:${['tmp', 'root', 'home', 'work'].join('|')})(?=[/\\s'"\`),;:]|$)`, 'gm');

for (const file of files) {
  if (/\.(png|jpe?g|gif|ico|woff2?|wasm)$/.test(file)) continue;
  const text = readFileSync(file, 'utf8');
  if (text.includes('\0')) continue;
  const lineOf = (index) => text.slice(0, index).split('\n').length;
  for (const match of text.matchAll(ABSOLUTE)) {
    report(file, lineOf(match.index), `an absolute path into this machine (${match[0]}…): name it relative to the repository, or not at all`);
  }
  const kind = kindOf(file, text);
  if (!kind) continue;
  read += 1;
  const searched = kind === 'markdown' ? text : comments(text, kind);
  for (const match of searched.matchAll(TOKEN)) {
    checked += 1;
    const found = problem(match[0]);
    if (found) report(file, lineOf(match.index), found);
  }
  if (kind === 'markdown') {
    // Relative links and images, from the file's own folder.
    for (const match of text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
      const target = match[1];
      if (/^[a-z]+:/i.test(target)) continue;
      checked += 1;
      const path = normalize(join(dirname(file), target)).replace(/\\/g, '/');
      if (!(tracked.has(path) || folders.has(path.endsWith('/') ? path : path + '/'))) {
        report(file, lineOf(match.index), missing(path));
      }
    }
  }
}

const byPlace = (line) => line.match(/^(.*?):(\d+):/).slice(1);
problems.sort((a, b) => {
  const [[fa, la], [fb, lb]] = [byPlace(a), byPlace(b)];
  return fa === fb ? la - lb : fa < fb ? -1 : 1;
});
for (const line of problems) console.log(line);
if (problems.length) {
  console.log(`check-paths: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
console.log(`check-paths: OK, ${checked} path mentions in ${read} files exist, and no file names an absolute path into this machine`);
