// Writes DIR/tandem.html: the whole app in one file that works opened straight from
// disk (file://), to send by email or keep on a laptop (README, "One file"). It holds
// the assessment's page with its styles and start-up script inline, and both programs
// (the assessment's and the comparison's), their WebAssembly as base64 (each with the
// program that makes its files, put in <meta name=tandem-exports> as data: addresses by
// the program that starts; the history program and the bank text, data: addresses in
// their own <meta>): the address
// decides which one starts, and a move between the two reloads the file at the other's
// address (src/ui/location.rs). No service worker, no app manifest: a file needs neither.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes `dir`/tandem.html from the built pages in `dir`; a line that says its size. */
export function writeOneFile(dir) {
  const read = (file) => readFileSync(join(dir, file));
  const files = readdirSync(dir);
  const only = (pattern) => {
    const found = files.filter((file) => pattern.test(file));
    if (found.length !== 1) throw new Error(`expected one file like ${pattern} in ${dir}, found ${found.length}`);
    return found[0];
  };
  /** A program's glue as a module that a data: URL can load, and its WebAssembly. */
  const program = (name) => {
    const glue = only(new RegExp(`^${name}-[0-9a-f]+\\.js$`));
    return {
      glue: `data:text/javascript;base64,${read(glue).toString('base64')}`,
      wasm: read(glue.replace(/\.js$/, '_bg.wasm')).toString('base64'),
    };
  };
  /** A program that makes files, as the data: addresses its <meta> names. */
  const fileProgram = (name) => {
    const glue = only(new RegExp(`^${name}-[0-9a-f]+\\.js$`));
    return {
      glue: `data:text/javascript;base64,${read(glue).toString('base64')}`,
      wasm: `data:application/wasm;base64,${read(glue.replace(/\.js$/, '_bg.wasm')).toString('base64')}`,
    };
  };
  const single = onePage(read('index.html').toString('utf8'), {
    styles: files.filter((file) => file.endsWith('.css')).map((file) => read(file).toString('utf8')).join('\n'),
    programs: {
      assessment: { ...program('tandem'), files: fileProgram('exports') },
      comparison: { ...program('compare'), files: fileProgram('comparison_files') },
    },
    history: fileProgram('history'),
    text: read(only(/^text-[0-9a-f]+\.txt$/)),
    boot: (file) => read(file).toString('utf8'),
  });
  writeFileSync(join(dir, 'tandem.html'), single);
  return `tandem.html: ${(single.length / 1000).toFixed(0)} KB, the whole app in one file`;
}

/** The assessment's page with everything it loads inside it. */
function onePage(page, { styles, programs, history, text, boot }) {
  const start = `
// Links between the two pages lead to this same file, at their fragment.
addEventListener('click', (event) => {
  const link = event.target.closest && event.target.closest('a[href]');
  if (!link || link.target) return;
  const address = new URL(link.href);
  const here = new URL(location.href);
  const folder = here.pathname.replace(/[^/]*$/, '');
  if (address.origin !== here.origin || !/^(compare\\.html|index\\.html)?$/.test(address.pathname.slice(folder.length))) return;
  address.pathname = here.pathname;
  link.href = address.href;
}, true);
const programs = ${JSON.stringify(programs)};
const which = /^#\\/?compare(\\/|$)/.test(location.hash) ? programs.comparison : programs.assessment;
const files = document.querySelector('meta[name=tandem-exports]');
files.content = which.files.glue;
files.setAttribute('data-wasm', which.files.wasm);
const { default: init } = await import(which.glue);
const bytes = Uint8Array.from(atob(which.wasm), (c) => c.charCodeAt(0));
const wasm = await init({ module_or_path: bytes });
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
`;
  // Filled by the program that starts.
  const exportsMeta = '<meta name="tandem-exports" content="" data-wasm="">';
  const textMeta = `<meta name="tandem-text" content="data:text/plain;charset=utf-8;base64,${text.toString('base64')}">`;
  // Only the assessment's page loads it, so it is the same whichever program starts.
  const historyMeta = `<meta name="tandem-history" content="${history.glue}" data-wasm="${history.wasm}">`;
  const single = page
    .replace('<html', '<html data-single-file')
    .replace(/<meta name="tandem-exports"[^>]*>/, () => exportsMeta)
    .replace(/<meta name="tandem-text"[^>]*>/, () => textMeta)
    .replace(/<meta name="tandem-history"[^>]*>/, () => historyMeta)
    // A file has no manifest or worker to find, and loads nothing else.
    .replace(/<link[^>]*rel=["']?manifest["']?[^>]*>/, '')
    .replace(/<link[^>]*rel=["']?(modulepreload|preload)["']?[^>]*>/g, '')
    .replace(/<link[^>]*rel=["']?stylesheet["']?[^>]*>/, () => `<style>${styles}</style>`)
    .replace(/<script src="\.\/(boot-[0-9a-f]+\.js)"><\/script>/, (_, file) => `<script>${boot(file)}</script>`)
    .replace(/<script type=module src="\.\/start-[0-9a-f]+\.js"><\/script>/, () => `<script type=module>${start}</script>`)
    // A brand's logo: the page's icon is the same logo as a data: address (the app
    // shows that one too, src/ui/brand.rs).
    .replace(/\bsrc="?brand-logo-[0-9a-f]+\.svg"?/g, () => `src="${iconOf(page)}"`);
  for (const left of ['manifest', 'boot-', 'start-', 'stylesheet', './exports-', './comparison_files-', './history-', './text-', 'brand-logo-']) {
    if (single.includes(left)) throw new Error(`tandem.html still refers to ${left}`);
  }
  return single;
}

/** The page's icon, inline: a data: address. */
function iconOf(page) {
  const icon = page.match(/<link rel="icon" href="(data:[^"]*)">/);
  if (!icon) throw new Error('index.html has no <link rel="icon"> with a data: address for the logo');
  return icon[1];
}
