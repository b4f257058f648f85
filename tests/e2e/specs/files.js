// @ts-check
// Reading exported files as their users would: a QR code as a phone's camera, a printed
// page as a printer, a download as it lands. Shared by the result's and the
// comparison's exports specs.
const { execFileSync } = require('node:child_process');
const { mkdtempSync, readFileSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { PNG } = require('pngjs');
const jsQR = require('jsqr').default;

/** The text a QR code in `png` (a PNG file's bytes) holds, read as a phone would. */
function readQr(png) {
  const image = PNG.sync.read(png);
  const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  return code && code.data;
}

/** The last page of `pdf` as a PNG at 150 dpi, as a printer and a phone's camera see it. */
function printedPage(pdf, page) {
  const folder = mkdtempSync(join(tmpdir(), 'tandem-print-'));
  writeFileSync(join(folder, 'report.pdf'), pdf);
  execFileSync('pdftoppm', ['-r', '150', '-png', '-f', String(page), '-l', String(page), '-singlefile', 'report.pdf', 'page'], { cwd: folder });
  return readFileSync(join(folder, 'page.png'));
}

/** Presses `testid` and returns the download it starts: its name and its bytes. */
async function download(app, testid) {
  const [file] = await Promise.all([app.page.waitForEvent('download'), app.press(app.byTestId(testid))]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** The pages of `pdf` and all their text, as a PDF reader extracts it. */
async function pdfPages(pdf) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
  }
  return { pages: doc.numPages, text };
}

/** What a printed page says of its day today: "Made with Tandem on 7 December 2026". */
function madeOn() {
  const today = new Date();
  return `Made with Tandem on ${today.getDate()} ${today.toLocaleString('en-GB', { month: 'long' })} ${today.getFullYear()}`;
}

module.exports = { readQr, printedPage, download, pdfPages, madeOn };
