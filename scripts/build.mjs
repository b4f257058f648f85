// The one build of Tandem. Its steps are the list STEPS below, run in that order, each
// printed with its time; docs/ARCHITECTURE.md ("The build") draws them as a graph.
//
//   node scripts/build.mjs               the release into dist/ (what scripts/build.sh runs)
//   node scripts/build.mjs --dev         a debug build into dist/: no optimising, and no
//                                        exports program, one-file build or service worker
//   node scripts/build.mjs --dev --all   a debug build with every step
//   node scripts/build.mjs --dist DIR    into DIR rather than dist/ (from where the command was
//                                        typed: scripts/build/output.mjs)
//   node scripts/build.mjs --bank FILE   with the question bank in FILE as the one visitors
//                                        answer (docs/writing-a-bank.md)
//   node scripts/build.mjs --brand FILE  with the brand in FILE: its name on every page and
//                                        file (README, "Your own brand")
//   node scripts/build.mjs --list        the steps: when each runs, what it reads and writes
//   node scripts/build.mjs --only NAME   one step alone, on the staging folder (target/build/stage)
//                                        as the last build left it, then published to dist/
//
// Trunk builds each page (the HTML, its program through cargo and wasm-bindgen, the CSS
// and the copied files). `trunk serve` and a plain `trunk build` run the same steps around
// Trunk's own page build through Trunk.toml's hooks (`--hook pre_build|post_build`); when
// this driver runs Trunk itself it sets TANDEM_BUILD_DRIVER, and the hooks stand aside.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { moveInlineScripts } from './build/no-inline.mjs';
import { writeOneFile } from './build/one-file.mjs';
import { outputFolder } from './build/output.mjs';
import { writeServiceWorker } from './build/service-worker.mjs';
import { shortenNames } from './build/short-names.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const TARGET = resolve(ROOT, process.env.CARGO_TARGET_DIR || 'target');
const STAGE = join(TARGET, 'build/stage');
const WASM = 'wasm32-unknown-unknown';

/** wasm-opt's options for every program. One caller is inlined only into small
 * functions: whole screens inlined into the root's view made one 37 KB function that
 * every start compiled, and compressed 1.2 KB worse (docs/size.md). */
const WASM_OPT = ['-Oz', '--strip-producers', '--strip-target-features', '--one-caller-inline-max-function-size=100'];

/** The release build's compiler settings for the WebAssembly programs: the standard
 * library rebuilt for panic=immediate-abort and core's small algorithms, ~17 KB gzip
 * less; a panic is then a bare trap, which index.html's start-up script answers with the
 * "Something went wrong" screen. RUSTC_BOOTSTRAP lets the stable toolchain take the
 * unstable options. Native programs of the build (prerender, bank text) never get them. */
const RELEASE_WASM_ENV = {
  RUSTC_BOOTSTRAP: '1',
  CARGO_UNSTABLE_BUILD_STD: 'std,panic_abort',
  CARGO_UNSTABLE_BUILD_STD_FEATURES: 'optimize_for_size',
  RUSTFLAGS: '-Zunstable-options -Cpanic=immediate-abort',
};

/** Every WebAssembly program the build ships: its page (built by Trunk) or none (built
 * here), and the kind of its JS glue. */
const PROGRAMS = [
  { bin: 'tandem', page: 'index.html', glue: 'module' },
  { bin: 'compare', page: 'compare.html', glue: 'module' },
  // A classic script that defines a global: a page adds it once a result shows, with no
  // inline code (the Content-Security-Policy).
  { bin: 'exports', page: null, glue: 'no-modules' },
  { bin: 'comparison_files', page: null, glue: 'no-modules' },
  { bin: 'history', page: null, glue: 'no-modules' },
];

/** When a step runs: always, in a release build, or in a full build (release or --all). */
const ALWAYS = () => true;
const RELEASE = (build) => build.release;
const FULL = (build) => build.release || build.all;

/** The steps, in order. `trunk: 'before'` marks what Trunk's pre_build hook runs, and
 * `trunk: 'itself'` the page build that Trunk does in its own run. */
const STEPS = [
  {
    name: 'prerender',
    when: ALWAYS,
    trunk: 'before',
    reads: 'src/ui/intro.rs through examples/intro_html.rs (native)',
    writes: "target/prerender/intro.html, which index.html inlines, and about.json, the bank's title and teams",
    // Where index.html's inline link names it, whatever CARGO_TARGET_DIR says.
    run: () => cargoNative(['run', '--quiet', '--example', 'intro_html', '--', join(ROOT, 'target/prerender/intro.html')]),
  },
  {
    name: 'assessment page',
    when: ALWAYS,
    trunk: 'itself',
    reads: 'index.html, src/, styles/, static/',
    writes: 'the stage: index.html, tandem-….js and _bg.wasm, app-….css, static copies',
    run: (build) => trunk('index.html', build.stage, build),
  },
  {
    name: 'comparison page',
    when: ALWAYS,
    reads: 'compare.html, src/bin/compare.rs, src/ui/',
    writes: 'compare.html, compare-….js and _bg.wasm, compare-….css',
    run: comparisonPage,
  },
  {
    name: 'exports program',
    when: FULL,
    reads: 'src/bin/exports/, src/bin/comparison_files/, src/bin/history/, src/export/',
    writes: "exports-…, comparison_files-… and history-….js and _bg.wasm, each named in its page's <meta name=tandem-exports> or <meta name=tandem-history>",
    run: exportsProgram,
  },
  {
    name: 'bank text',
    when: ALWAYS,
    reads: 'src/content/*.toml through build.rs and examples/bank_text.rs (native)',
    writes: "text-….txt, named in index.html's <meta name=tandem-text>",
    run: bankText,
  },
  {
    name: 'brand and bank words',
    when: ALWAYS,
    reads: "target/prerender/about.json: the brand's name, the bank's title and teams",
    writes: "the pages, 404.html, manifest.webmanifest and embed.js, their {{name}}, {{short_name}}, {{title}}, {{teams}} and {{theme_color}} filled in; the brand's theme on the pages, its accent in app-….css",
    run: (build) => say(fillBrandAndBankWords(build.stage)),
  },
  {
    name: 'optimise',
    when: RELEASE,
    reads: 'each program of PROGRAMS in the stage',
    writes: 'the same files: wasm-opt, shared names shortened (build/short-names.mjs), terser',
    run: optimisePrograms,
  },
  {
    name: 'no inline scripts',
    when: ALWAYS,
    reads: 'the pages',
    writes: 'boot-….js and start-….js, the pages loading them (build/no-inline.mjs)',
    run: (build) => say(moveInlineScripts(build.stage)),
  },
  {
    name: 'one file',
    when: RELEASE,
    reads: 'the pages, their programs, the bank text and the exports program',
    writes: 'tandem.html (build/one-file.mjs)',
    run: (build) => say(writeOneFile(build.stage)),
  },
  {
    name: 'service worker',
    when: FULL,
    reads: 'static/sw.js and every file written before',
    writes: 'sw.js with the file list (build/service-worker.mjs)',
    run: (build) => say(writeServiceWorker(build.stage, join(ROOT, 'static/sw.js'))),
  },
];

/** Escapes for each kind of file the bank's words go into. */
const ESCAPES = {
  html: (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
  json: (text) => JSON.stringify(text).slice(1, -1),
  // Inside a single-quoted string, in ASCII: a host page's script tag may read the file
  // in the page's own encoding.
  js: (text) => JSON.stringify(text).slice(1, -1).replace(/'/g, "\\'").replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
};
const WORDED_FILES = [['index.html', 'html'], ['compare.html', 'html'], ['404.html', 'html'], ['manifest.webmanifest', 'json'], ['embed.js', 'js']];
const WORDS = /\{\{(title|teams|name|short_name|theme_color)\}\}/g;

/** Fills in the brand's name and the bank's title and teams wherever the pages, the
 * manifest and embed.js say them, so a build with another brand or bank (`--brand`,
 * `--bank`) names its own. The 404 page's script and style hold none of them, so their
 * hashes in the README's Content-Security-Policy hold for every brand. */
function fillBrandAndBankWords(stage) {
  const about = JSON.parse(readFileSync(join(ROOT, 'target/prerender/about.json'), 'utf8'));
  for (const [name, kind] of WORDED_FILES) {
    const file = join(stage, name);
    const escape = ESCAPES[kind];
    const text = readFileSync(file, 'utf8').replace(WORDS, (_, key) => escape(about[key]));
    if (text.includes('{{')) throw new Error(`${name}: a {{…}} that is not one of ${WORDS.source}`);
    writeFileSync(file, text);
  }
  return [`"${about.name}", "${about.title}", "${about.teams}" into ${WORDED_FILES.map(([name]) => name).join(', ')}`, ...brandLooks(stage, about)];
}

/** The brand's theme on the pages' <html> (unless it is the visitor's choice) and its
 * accent in the style sheet, per theme (src/content/brand.rs chose the shades). An
 * embedding page's own `data-theme` and `data-accent` still win (static/frame.js). */
function brandLooks(stage, about) {
  const said = [];
  if (about.theme !== 'auto') {
    for (const name of ['index.html', 'compare.html']) {
      const file = join(stage, name);
      const page = readFileSync(file, 'utf8');
      if (!page.includes('<html lang="en"')) throw new Error(`${name}: no <html lang="en"> to set the brand's theme on`);
      writeFileSync(file, page.replace('<html lang="en"', `<html lang="en" data-theme="${about.theme}"`));
    }
    said.push(`theme ${about.theme} on index.html, compare.html`);
  }
  if (about.accent) {
    const sheets = readdirSync(stage).filter((name) => /^app-.*\.css$/.test(name));
    if (sheets.length !== 1) throw new Error(`expected one app-….css for the brand's accent, found ${sheets.length}`);
    writeFileSync(join(stage, sheets[0]), `${readFileSync(join(stage, sheets[0]), 'utf8')}\n${about.accent}\n`);
    said.push(`accent into ${sheets[0]}: ${about.accent}`);
  }
  if (about.logo) said.push(brandLogo(stage, about));
  return said;
}

/** The brand's logo (checked by build.rs): a file beside the pages for their header and
 * the app's icon, and as the pages' favicon, inline like Tandem's own (so the 404 page,
 * served at any depth, shows it too). */
function brandLogo(stage, about) {
  cpSync(about.logo_source, join(stage, about.logo));
  for (const name of ['index.html', 'compare.html', '404.html']) {
    const file = join(stage, name);
    const page = readFileSync(file, 'utf8');
    const icons = page.match(/<link[^>]*\brel="?icon"?[^>]*>/g) || [];
    if (icons.length !== 1) throw new Error(`${name}: expected one <link rel="icon">, found ${icons.length}`);
    writeFileSync(file, page.replace(icons[0], `<link rel="icon" href="${ESCAPES.html(about.logo_data)}">`));
  }
  // The comparison's placeholder, shown until its program starts, is written by hand
  // (the assessment's is the app's own intro, logo and all).
  const comparison = join(stage, 'compare.html');
  const mark = /<p [^>]*\bclass="?brand"?[^>]*>/;
  const placeholder = readFileSync(comparison, 'utf8');
  if (!mark.test(placeholder)) throw new Error('compare.html: no <p class="brand"> to put the logo in');
  writeFileSync(comparison, placeholder.replace(mark, (p) => `${p}<img class="brand-logo" src="${about.logo}" alt="" width="28" height="28">`));
  const manifestFile = join(stage, 'manifest.webmanifest');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  manifest.icons = [{ src: about.logo, sizes: 'any', type: 'image/svg+xml', purpose: 'any' }];
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return `logo ${about.logo}: the pages' header (and the comparison's placeholder) and favicon, the app's icon`;
}

function say(lines) {
  for (const line of [lines].flat()) console.log(`  ${line}`);
}

/** Runs a command in the project's folder; stops the build if it fails. */
function command(program, args, env = process.env) {
  const result = spawnSync(program, args, { cwd: ROOT, env, stdio: 'inherit' });
  if (result.error) throw new Error(`${program} could not start: ${result.error.message} (scripts/setup.sh installs it)`);
  if (result.status !== 0) throw new Error(`${program} ${args.join(' ')} failed with status ${result.status}`);
}

/** Cargo for a native program of the build: without the release WebAssembly settings,
 * which are not for the host's target. */
function cargoNative(args) {
  const env = { ...process.env };
  for (const name of Object.keys(RELEASE_WASM_ENV)) delete env[name];
  command('cargo', args, env);
}

/** The environment for compiling the WebAssembly programs of `build`. */
function wasmEnv(build) {
  return { ...process.env, ...(build.release && build.driver ? RELEASE_WASM_ENV : {}), TANDEM_BUILD_DRIVER: '1' };
}

/** Trunk's build of `page` into `dist`. */
function trunk(page, dist, build) {
  command('trunk', ['build', page, '--dist', dist, ...(build.release ? ['--release'] : [])], wasmEnv(build));
}

/** The comparison page is a page of its own, so that a first visit never downloads its
 * code; Trunk builds one page per run, and names every page it writes index.html. */
function comparisonPage(build) {
  const out = join(TARGET, 'build/comparison');
  trunk('compare.html', out, build);
  cpSync(join(out, 'index.html'), join(build.stage, 'compare.html'));
  for (const file of readdirSync(out).filter((f) => /^compare-.*\.(js|wasm)$|\.css$/.test(f))) {
    cpSync(join(out, file), join(build.stage, file));
  }
}

/** The programs that make files, each loaded only when needed from its page's <meta>:
 * the exports program (a result's picture, data, QR code, where next and the plan) by
 * static/exports.js once a result shows; the comparison's files program at the first
 * press on one of its buttons; the history program by the exports program, only for a
 * visitor who keeps a result or kept one before. Programs of their own keep the QR
 * encoder and the pictures out of every first visit, a comparison's code out of every
 * result, and a kept history's out of every visitor who keeps none. The exports program
 * reads the banks' words (a plan's moves) from the page's text file, as the page does
 * (lazy-text): built in, they would cost it 15 KB gzip. The history program's global
 * has a name of its own, as two programs' `let wasm_bindgen` would clash on one page. */
const FILE_PROGRAMS = [
  { bin: 'exports', page: 'index.html', meta: 'tandem-exports', features: ['--features', 'lazy-text'] },
  { bin: 'comparison_files', page: 'compare.html', meta: 'tandem-exports', features: [] },
  { bin: 'history', page: 'index.html', meta: 'tandem-history', features: [], global: 'tandemHistory' },
];

function exportsProgram(build) {
  const profile = build.release ? 'release' : 'debug';
  for (const { bin, page, meta, features, global } of FILE_PROGRAMS) {
    command('cargo', ['build', '--quiet', ...(build.release ? ['--release'] : []), '--target', WASM, '--bin', bin, ...features], wasmEnv(build));
    const out = join(TARGET, 'build', bin);
    rmSync(out, { recursive: true, force: true });
    const named = global ? ['--no-modules-global', global] : [];
    command('wasm-bindgen', ['--target', 'no-modules', ...named, '--no-typescript', '--out-dir', out, '--out-name', bin, join(TARGET, WASM, profile, `${bin}.wasm`)]);
    if (global) {
      // A top-level `let` is no property of the window, where the exports program (Rust,
      // through Reflect) looks for the program.
      writeFileSync(join(out, `${bin}.js`), `${readFileSync(join(out, `${bin}.js`), 'utf8')}\nself.${global} = ${global};\n`);
    }
    const hash = contentHash([join(out, `${bin}.js`), join(out, `${bin}_bg.wasm`)]);
    cpSync(join(out, `${bin}.js`), join(build.stage, `${bin}-${hash}.js`));
    cpSync(join(out, `${bin}_bg.wasm`), join(build.stage, `${bin}-${hash}_bg.wasm`));
    addMeta(build.stage, `<meta name="${meta}" content="./${bin}-${hash}.js" data-wasm="./${bin}-${hash}_bg.wasm">`, page);
  }
}

/** The questions' and results' words, which the assessment's program is built without
 * (its lazy-text feature): from a native program with the text built in, the same banks
 * through the same build.rs, so its fingerprint is the one the page's program expects. */
function bankText(build) {
  const out = join(TARGET, 'bank-text.txt');
  cargoNative(['run', '--quiet', '--example', 'bank_text', '--', out]);
  const hash = contentHash([out]);
  cpSync(out, join(build.stage, `text-${hash}.txt`));
  addMeta(build.stage, `<meta name="tandem-text" content="./text-${hash}.txt">`);
}

/** wasm-opt with WASM_OPT, then the names each glue shares with its WASM made one or two
 * letters in both (5.5 KB gzip of a first visit), then terser on the glue, which Trunk's
 * own minifier cannot parse. */
function optimisePrograms(build) {
  for (const program of PROGRAMS) {
    const glue = readdirSync(build.stage).find((f) => new RegExp(`^${program.bin}-[0-9a-f]+\\.js$`).test(f));
    if (!glue) throw new Error(`the stage has no program ${program.bin}`);
    const js = join(build.stage, glue);
    const wasm = js.replace(/\.js$/, '_bg.wasm');
    command('wasm-opt', [...WASM_OPT, wasm, '-o', wasm]);
    shortenNames(js, wasm);
    command('terser', [js, ...(program.glue === 'module' ? ['--module'] : []), '--compress', 'passes=2', '--mangle', '--output', js]);
    say(`${glue}: optimised`);
  }
}

/** The first 16 hex digits of the files' SHA-256, as Trunk names its own files. */
function contentHash(files) {
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/** Adds `tag` to the head of the stage's index.html. */
function addMeta(stage, tag, page = 'index.html') {
  const file = join(stage, page);
  const html = readFileSync(file, 'utf8');
  if (!html.includes('</head>')) throw new Error(`${file} has no </head> for ${tag}`);
  writeFileSync(file, html.replace('</head>', `${tag}</head>`));
}

/** Runs `steps` for `build`, each with its name and time. */
function runSteps(steps, build) {
  const times = [];
  for (const step of steps) {
    console.log(`\x1b[1m▸ ${step.name}\x1b[0m`);
    const started = performance.now();
    step.run(build);
    times.push([step.name, (performance.now() - started) / 1000]);
  }
  return times;
}

function printTimes(times) {
  const total = times.reduce((sum, [, seconds]) => sum + seconds, 0);
  console.log('\x1b[1mbuild steps\x1b[0m');
  for (const [name, seconds] of times) console.log(`  ${name.padEnd(20)} ${seconds.toFixed(1).padStart(6)} s`);
  console.log(`  ${'total'.padEnd(20)} ${total.toFixed(1).padStart(6)} s`);
}

function list() {
  for (const step of STEPS) {
    const when = step.when === ALWAYS ? 'every build' : step.when === RELEASE ? 'release' : 'release, --all';
    console.log(`${step.name} (${when})\n  reads  ${step.reads}\n  writes ${step.writes}`);
  }
}

/** Inside Trunk's run (Trunk.toml's hooks): the steps before or after its page build,
 * on its staging folder; a release when Trunk builds one, every step with TANDEM_BUILD_ALL. */
function hook(stage) {
  if (process.env.TANDEM_BUILD_DRIVER) return;
  const build = {
    release: process.env.TRUNK_PROFILE === 'release',
    all: Boolean(process.env.TANDEM_BUILD_ALL),
    driver: false,
    stage: process.env.TRUNK_STAGING_DIR,
  };
  const itself = STEPS.findIndex((step) => step.trunk === 'itself');
  const steps = stage === 'pre_build' ? STEPS.slice(0, itself) : STEPS.slice(itself + 1);
  printTimes(runSteps(steps.filter((step) => step.when(build)), build));
}

/** The driver's own build: the stage made anew, every step that `build` asks for, and
 * the stage published to the output folder. */
function drive(build, only) {
  const steps = only ? STEPS.filter((step) => step.name === only) : STEPS.filter((step) => step.when(build));
  if (only && !steps.length) throw new Error(`no step named "${only}": node scripts/build.mjs --list`);
  if (!only) rmSync(build.stage, { recursive: true, force: true });
  mkdirSync(build.stage, { recursive: true });
  const times = runSteps(steps, build);
  const started = performance.now();
  const next = `${build.dist}.next`;
  mkdirSync(dirname(build.dist), { recursive: true });
  rmSync(next, { recursive: true, force: true });
  cpSync(build.stage, next, { recursive: true });
  rmSync(build.dist, { recursive: true, force: true });
  renameSync(next, build.dist);
  times.push([`publish ${build.distName}`, (performance.now() - started) / 1000]);
  printTimes(times);
}

/** The command line: flags, and options that take the next argument as their value. */
function parse(args) {
  const flags = new Set(['--dev', '--all', '--list']);
  const options = new Set(['--only', '--dist', '--hook', '--bank', '--brand']);
  const parsed = {};
  for (let i = 0; i < args.length; i++) {
    if (flags.has(args[i])) parsed[args[i]] = true;
    else if (options.has(args[i]) && args[i + 1]) parsed[args[i]] = args[++i];
    else throw new Error(`${args[i]}: not an option, or its value is missing (see the top of scripts/build.mjs)`);
  }
  return parsed;
}

/** Builds with `file` (relative to where the command was typed) for `option`: every
 * cargo run of the build reads it from the environment `variable` (build.rs), the bank
 * visitors answer from TANDEM_BANK, the brand from TANDEM_BRAND. */
function useFile(option, variable, file) {
  const path = resolve(process.env.TANDEM_CALLER_DIR || process.cwd(), file);
  try {
    readFileSync(path);
  } catch (error) {
    throw new Error(`${option} ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  }
  process.env[variable] = path;
}

function main(args) {
  const options = parse(args);
  if (options['--list']) return list();
  if (options['--hook']) return hook(options['--hook']);
  if (options['--bank']) useFile('--bank', 'TANDEM_BANK', options['--bank']);
  if (options['--brand']) useFile('--brand', 'TANDEM_BRAND', options['--brand']);
  const distName = options['--dist'] || 'dist';
  const dist = options['--dist'] ? outputFolder(distName, process.env.TANDEM_CALLER_DIR || process.cwd(), ROOT) : resolve(ROOT, distName);
  const build = { release: !options['--dev'], all: Boolean(options['--all']), driver: true, stage: STAGE, dist, distName };
  drive(build, options['--only']);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(`\x1b[1;31mbuild failed:\x1b[0m ${error.message}`);
  process.exit(1);
}

