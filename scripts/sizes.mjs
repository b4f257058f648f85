// What a first visit downloads, what the comparison page downloads, and what the WASM
// is made of.
// Usage: node scripts/sizes.mjs [dist-dir] [--json] [--check] [--parts]
//
// The files are not listed from dist/: the build is served from this machine and a fresh
// Debian Chromium (playwright-core, from the e2e or bench packages) opens it; every
// response it receives until the app's start button works and the network is idle is
// recorded and compressed alone, gzip -9 and brotli -q 11, as a host that compresses
// sends it. The comparison page (compare.html) is recorded the same way, fresh.
// --check fails when the gzip'd WASM, first visit or comparison page passes its budget. --parts adds the WASM's makers, from the build before wasm-opt (names kept).
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { BUDGET } from './size-budget.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const TARGET = resolve(ROOT, process.env.CARGO_TARGET_DIR || 'target');
const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) || 'dist');
const kb = (n) => (n / 1000).toFixed(1);

/** playwright-core from whichever of the project's npm folders has it. */
function playwright() {
  for (const folder of ['tests/e2e', 'scripts/bench']) {
    const require = createRequire(join(ROOT, folder, 'package.json'));
    try {
      return require('playwright-core');
    } catch {
      // not installed there; try the next folder
    }
  }
  console.error('sizes: playwright-core is missing: run `scripts/setup.sh test` first.');
  process.exit(2);
}

/** Serves `root` under a sub-path on a free loopback port, files as they are. */
function serve(root) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname).replace(/^\/app\//, '');
    let file = normalize(join(root, path));
    if (file.endsWith('/') || file === root) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((ready) => server.listen(0, '127.0.0.1', () => ready(server)));
}

/** Every response a fresh phone-sized visit to `address` (under the app's folder)
 * receives, with its body, until the element `readyTestId` of the live app shows. */
async function recordVisit(root, address, readyTestId) {
  const server = await serve(root);
  const { chromium } = playwright();
  const options = createRequire(import.meta.url)('./chromium.cjs');
  const browser = await chromium.launch({ ...options, headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true });
    const page = await context.newPage();
    const responses = [];
    page.on('response', (response) => responses.push(response));
    await page.goto(`http://127.0.0.1:${server.address().port}/app/${address}`, { waitUntil: 'networkidle' });
    // The live app's own element (the page's own copy of a screen has no test ids).
    await page.getByTestId(readyTestId).waitFor();
    await page.waitForLoadState('networkidle');
    const files = [];
    for (const response of responses) {
      const url = new URL(response.url());
      if (!url.protocol.startsWith('http')) continue; // data: URLs cost no request
      if (response.status() !== 200) throw new Error(`${url.pathname}: status ${response.status()}`);
      files.push({ file: url.pathname.endsWith('/') ? 'index.html' : basename(url.pathname), bytes: await response.body() });
    }
    await context.close();
    return files;
  } finally {
    await browser.close();
    server.close();
  }
}

function compressed({ file, bytes }) {
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

// ---------------------------------------------------------------------------------------
// The WASM's makers: function bodies by the crate (or part of Tandem) their names
// name, and the data segments split into the bank's text and the rest.

/** Sections, function bodies and function names of a WASM module. */
function readWasm(buffer) {
  let at = 8;
  const leb = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = buffer[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  const name = () => {
    const length = leb();
    at += length;
    return buffer.subarray(at - length, at).toString();
  };
  const module = { imported: 0, bodies: [], names: new Map(), data: [] };
  while (at < buffer.length) {
    const id = buffer[at++];
    const end = leb() + at;
    if (id === 2) {
      for (let count = leb(); count > 0; count--) {
        name();
        name();
        const kind = buffer[at++];
        if (kind === 0) (leb(), module.imported++);
        else if (kind === 1 || kind === 2) {
          if (kind === 1) at++;
          const flags = leb();
          leb();
          if (flags & 1) leb();
        } else at += 2;
      }
    } else if (id === 10) {
      for (let count = leb(); count > 0; count--) {
        const size = leb();
        module.bodies.push(buffer.subarray(at, at + size));
        at += size;
      }
    } else if (id === 11) {
      module.data.push(buffer.subarray(at, end));
    } else if (id === 0 && name() === 'name') {
      while (at < end) {
        const kind = buffer[at++];
        const next = leb() + at;
        if (kind === 1) for (let count = leb(); count > 0; count--) module.names.set(leb(), name());
        at = next;
      }
    }
    at = end;
  }
  return module;
}

const STD = new Set(['core', 'alloc', 'std', 'compiler_builtins', 'char', 'str', 'u8', 'u32', 'usize', 'T', '[T]', 'A', 'I']);

/** The group a function's name belongs to. */
function groupOf(rawName) {
  const name = rawName.replace(/\[[0-9a-f]+\]/g, '');
  if (name === '(no name)') return 'other';
  // Each component's html! is inlined into Yew's per-component shell.
  if (/CompStateInner<COMP>.*::view/.test(name) || name.includes('tandem::ui')) return 'Tandem: views (with Yew code made for them)';
  if (name.includes('tandem::assessment')) return 'Tandem: domain core';
  if (name.includes('tandem::')) return 'Tandem: other';
  if (/dlmalloc|__rust_(alloc|dealloc|realloc|alloc_zeroed)|__rdl_|lol_alloc|talc/.test(name)) return 'allocator';
  if (/externref|shim|^__wbindgen|^__wbg/.test(name)) return 'wasm-bindgen, web-sys, gloo';
  const crate = (path) => path.replace(/^[<&*([\s]+/, '').replace(/^(mut |const |dyn )+/, '').split(/::|<|>|\]|\s/)[0];
  const impl = name.match(/^<(.+?) as (.+?)>::/);
  let owner = crate(impl ? impl[1] : name);
  // std's types implementing another crate's trait: that crate's code.
  if (impl && STD.has(owner) && !STD.has(crate(impl[2]))) owner = crate(impl[2]);
  if (STD.has(owner) || /^(mem(cpy|set|move|cmp)|__|main$|roundf|f(32|64))/.test(owner)) return 'std/core/alloc';
  if (/^(wasm_bindgen|js_sys|web_sys|gloo|console_error_panic_hook|Closure)/.test(owner)) return 'wasm-bindgen, web-sys, gloo';
  if (/^(yew|implicit_clone|hashbrown|indexmap|slab|pin_project|futures|tracing|prokio)/.test(owner)) return 'Yew (and its hashbrown, indexmap)';
  return `other (${owner})`;
}

/** The string literals of the banks that build.rs generated for this build. */
function bankStrings() {
  const build = join(TARGET, 'wasm32-unknown-unknown/release/build');
  if (!existsSync(build)) return [];
  const generated = readdirSync(build)
    .filter((d) => d.startsWith('tandem-'))
    .map((d) => join(build, d, 'out/banks.rs'))
    .filter((f) => existsSync(f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (!generated) return [];
  const literals = readFileSync(generated, 'utf8').match(/"(?:[^"\\]|\\.)*"/g) || [];
  const unescape = (literal) =>
    literal
      .slice(1, -1)
      .replace(/\\u\{([0-9a-f]+)\}/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/\\(.)/g, (_, c) => ({ n: '\n', t: '\t', r: '\r', 0: '\0' })[c] ?? c);
  return [...new Set(literals.map(unescape))].filter((s) => s.length > 0);
}

function wasmParts(wasmFile) {
  const module = readWasm(readFileSync(wasmFile));
  const groups = new Map();
  module.bodies.forEach((body, index) => {
    const name = module.names.get(module.imported + index) || '(no name)';
    const group = groups.get(groupOf(name)) || { bodies: [], top: [] };
    group.bodies.push(body);
    group.top.push([body.length, name.replace(/::h[0-9a-f]{16}$/, '').replace(/\[[0-9a-f]+\]/g, '')]);
    groups.set(groupOf(name), group);
  });
  const data = Buffer.concat(module.data);
  const bankText = bankStrings().filter((s) => data.includes(Buffer.from(s)));
  const bankBytes = Buffer.from(bankText.join(''));
  const rows = [...groups].map(([group, { bodies, top }]) => ({
    group,
    raw: bodies.reduce((sum, b) => sum + b.length, 0),
    gzip: gzipSync(Buffer.concat(bodies), { level: 9 }).length,
    largest: top.sort((a, b) => b[0] - a[0]).slice(0, 2).map(([size, name]) => `${name.slice(0, 70)} ${size}`),
  }));
  rows.push({ group: 'data: the bank’s text', raw: bankBytes.length, gzip: gzipSync(bankBytes, { level: 9 }).length, largest: [`${bankText.length} strings`] });
  rows.push({ group: 'data: everything else', raw: data.length - bankBytes.length, gzip: null, largest: [] });
  return rows.sort((a, b) => b.raw - a.raw);
}

/** The build wasm-bindgen wrote before wasm-opt ran: the same code, names kept. */
function namedWasm(distWasm) {
  const file = join(TARGET, 'wasm-bindgen/release', basename(distWasm).replace(/-[0-9a-f]+_bg\.wasm$/, '_bg.wasm'));
  return existsSync(file) ? file : null;
}

// ---------------------------------------------------------------------------------------

const embedScript = existsSync(join(dir, 'embed.js')) ? compressed({ file: 'embed.js', bytes: readFileSync(join(dir, 'embed.js')) }) : null;
/** The exports program (glue and WASM), which a result screen loads: named by the build. */
const exportsProgram = readdirSync(dir)
  .filter((file) => /^exports-[0-9a-f]+(\.js|_bg\.wasm)$/.test(file))
  .map((file) => compressed({ file, bytes: readFileSync(join(dir, file)) }));
/** The comparison's files program, which the comparison page loads at the first press on
 * one of its files' buttons: named by the build. */
const comparisonFiles = readdirSync(dir)
  .filter((file) => /^comparison_files-[0-9a-f]+(\.js|_bg\.wasm)$/.test(file))
  .map((file) => compressed({ file, bytes: readFileSync(join(dir, file)) }));
/** The history program, which the exports program loads only for a visitor who keeps a
 * result or kept one before: named by the build. */
const historyProgram = readdirSync(dir)
  .filter((file) => /^history-[0-9a-f]+(\.js|_bg\.wasm)$/.test(file))
  .map((file) => compressed({ file, bytes: readFileSync(join(dir, file)) }));
/** The bank text, which the assessment's page loads once a visitor starts: named by the build. */
const bankText = readdirSync(dir)
  .filter((file) => /^text-[0-9a-f]+\.txt$/.test(file))
  .map((file) => compressed({ file, bytes: readFileSync(join(dir, file)) }));
/** What the service worker (dist/sw.js) caches beyond the files a first visit loaded. */
function offlineCopy(visited) {
  const worker = join(dir, 'sw.js');
  if (!existsSync(worker)) return null;
  const list = JSON.parse(readFileSync(worker, 'utf8').match(/^const FILES = (.*);$/m)?.[1] ?? '[]');
  const loaded = new Set(visited.map((f) => f.file));
  const extra = list.filter((file) => !loaded.has(file)).map((file) => compressed({ file, bytes: readFileSync(join(dir, file)) }));
  return { count: list.length, gzip: extra.reduce((total, f) => total + f.gzip, 0) };
}

const sum = (files) => files.reduce((t, f) => ({ file: 'total', raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const files = (await recordVisit(dir, '', 'start')).map(compressed);
const total = sum(files);
// The comparison page, opened straight from its link's form: only those who compare.
const comparing = (await recordVisit(dir, 'compare.html#/compare', 'paste-screen')).map(compressed);
const comparingTotal = sum(comparing);
const table = (rows) => {
  console.log(`${'file'.padEnd(36)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}`);
  for (const r of rows) console.log(`${r.file.padEnd(36)} ${kb(r.raw).padStart(8)} ${kb(r.gzip).padStart(8)} ${kb(r.brotli).padStart(8)}`);
};
const wasmFile = files.find((f) => f.file.endsWith('.wasm'));
const named = args.includes('--parts') && wasmFile ? namedWasm(join(dir, wasmFile.file)) : null;
const parts = named ? wasmParts(named) : null;

if (args.includes('--json')) {
  console.log(JSON.stringify({ requests: files.length, files, total, parts, comparisonPage: { files: comparing, total: comparingTotal }, exportsProgram: { files: exportsProgram, total: sum(exportsProgram) }, comparisonFiles: { files: comparisonFiles, total: sum(comparisonFiles) }, historyProgram: { files: historyProgram, total: sum(historyProgram) }, bankText: sum(bankText) }, null, 2));
} else {
  console.log(`A first visit: ${files.length} requests (recorded in Chromium), KB = 1000 bytes`);
  table([...files, total]);
  console.log(`\nThe comparison page, opened fresh (only for those who compare): ${comparing.length} requests`);
  table([...comparing, comparingTotal]);
  console.log(`\nThe exports program, loaded once a result shows (picture, data, QR code):`);
  table([...exportsProgram, sum(exportsProgram)]);
  console.log(`\nThe history program, loaded only for a visitor who keeps a result or kept one before (progress over time):`);
  table([...historyProgram, sum(historyProgram)]);
  console.log(`\nThe comparison's files program, loaded at the first press on one of its buttons (picture, table, data, printed QR code):`);
  table([...comparisonFiles, sum(comparisonFiles)]);
  const text = sum(bankText);
  console.log(`\nThe bank text, loaded once a visitor starts (the questions' words, and what a result says about stages, areas, moves and facts): ${kb(text.raw)} KB, ${kb(text.gzip)} KB gzip`);
  console.log(`A visitor who finishes downloads ${kb(total.gzip + text.gzip + sum(exportsProgram).gzip)} KB gzip in all (first visit, bank text, exports program)`);
  if (embedScript) console.log(`\nembed.js, for host pages: ${kb(embedScript.raw)} KB, ${kb(embedScript.gzip)} KB gzip`);
  const single = existsSync(join(dir, 'tandem.html')) ? compressed({ file: 'tandem.html', bytes: readFileSync(join(dir, 'tandem.html')) }) : null;
  if (single) console.log(`tandem.html, the whole app in one file: ${kb(single.raw)} KB, ${kb(single.gzip)} KB gzip`);
  const offline = offlineCopy(files);
  if (offline) console.log(`Offline copy: after the first visit, the service worker caches ${offline.count} files; those the visit did not load add ${kb(offline.gzip)} KB gzip (the comparison page's program above all)`);
  if (parts) {
    const code = parts.filter((p) => !p.group.startsWith('data')).reduce((sum, p) => sum + p.raw, 0);
    console.log(`\nThe WASM's makers, before wasm-opt (${basename(named)}, names kept; wasm-opt then shrinks the code):`);
    console.log(`${'part'.padEnd(44)} ${'raw KB'.padStart(8)} ${'share'.padStart(6)} ${'gzip*'.padStart(7)}  largest items (bytes)`);
    for (const p of parts) {
      const share = p.group.startsWith('data') ? '' : `${Math.round((100 * p.raw) / code)}%`;
      console.log(`${p.group.padEnd(44)} ${kb(p.raw).padStart(8)} ${share.padStart(6)} ${(p.gzip === null ? '' : kb(p.gzip)).padStart(7)}  ${p.largest.join('; ')}`);
    }
    console.log('* gzip of that part alone: a guide to its weight, not a share of the total.');
  } else if (args.includes('--parts')) {
    console.log('\n(--parts: no build with names in target/wasm-bindgen/release; run `trunk build --release` first)');
  }
}

if (args.includes('--check')) {
  const checks = [
    ['gzip WASM', wasmFile ? wasmFile.gzip : 0, BUDGET.wasm],
    ['gzip first visit', total.gzip, BUDGET.total],
    ['gzip comparison page', comparingTotal.gzip, BUDGET.comparison],
    ['gzip embed.js', embedScript ? embedScript.gzip : Infinity, BUDGET.embed],
    ['gzip exports program', exportsProgram.length === 2 ? sum(exportsProgram).gzip : Infinity, BUDGET.exports],
    ['gzip history program', historyProgram.length === 2 ? sum(historyProgram).gzip : Infinity, BUDGET.history],
    ['gzip comparison files program', comparisonFiles.length === 2 ? sum(comparisonFiles).gzip : Infinity, BUDGET.comparisonFiles],
    ['gzip bank text', bankText.length === 1 ? bankText[0].gzip : Infinity, BUDGET.text],
  ];
  let over = false;
  for (const [what, bytes, budget] of checks) {
    const ok = bytes <= budget;
    over ||= !ok;
    console.log(`size budget: ${what} ${bytes} bytes of ${budget}: ${ok ? 'ok' : 'OVER BUDGET'}`);
  }
  if (over) process.exit(1);
}
