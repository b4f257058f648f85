// What a first visit downloads: the files a fresh browser actually requests (recorded
// with Playwright, not guessed from a folder), each raw, gzip -9 and brotli -q 11, as
// a host that compresses would send them.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { newPhoneContext } from './browser.mjs';
import { urlOf } from './config.mjs';
import { fileFor } from './serve.mjs';

/** The bytes of one file, raw and compressed at the strongest standard levels. */
export function fileSize(file) {
  const bytes = readFileSync(file);
  return {
    file: basename(file),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The local files a fresh visit to `app` fetched, once its start button is shown and the network is idle. */
async function firstVisitFiles(browser, app) {
  const context = await newPhoneContext(browser);
  try {
    const page = await context.newPage();
    const paths = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.protocol.startsWith('http')) paths.push({ path: url.pathname, status: response.status() });
    });
    await page.goto(urlOf(app), { waitUntil: 'networkidle' });
    await page.locator(app.start).waitFor();
    const failed = paths.filter((p) => p.status !== 200);
    if (failed.length) throw new Error(`${app.name}: failed requests: ${JSON.stringify(failed)}`);
    return [...new Set(paths.map((p) => fileFor(p.path)))];
  } finally {
    await context.close();
  }
}

/** Every file of a first visit, with totals. */
export async function firstVisitSizes(browser, app) {
  const files = (await firstVisitFiles(browser, app)).map(fileSize);
  const total = files.reduce(
    (t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  return { requests: files.length, files, total };
}
