// @ts-check
// Issue 30, item 16: a comparison travels like a result. Its picture (PNG, SVG), table
// (CSV) and data (JSON) are made in the browser by a program loaded at the first press
// only, and it prints on at most two pages with its link and a QR code that opens it.
const { PNG } = require('pngjs');
const { readQr, printedPage, download, pdfPages, madeOn } = require('./files');
const { test, expect, encodeToken, patternFor } = require('./tandem');
const { expectErrors } = require('./expected-errors');

const FILE_NAME = /^tandem-comparison-\d{4}-\d{2}-\d{2}\.(png|svg|csv|json)$/;

/** Twelve different results across all four stages, many sharing a score. */
function twelve() {
  const stages = ['undefined', 'defined', 'aligned', 'integrated'];
  return Array.from({ length: 12 }, (_, i) =>
    encodeToken(patternFor(stages[i % 4]).map((answer, q) => (q < 2 && (i >> (2 + q)) & 1 ? (answer % 4) + 1 : answer))),
  );
}

/** Opens the comparison of `tokens`, with the first labelled to test quoting; its link. */
async function openComparison(app, tokens) {
  await app.open(`#/compare/1/${tokens.join('/')}`);
  await expect(app.byTestId('compare-screen')).toBeVisible();
  const label = app.byTestId('member-label').first();
  await label.fill('Sales, "North"');
  await label.press('Enter');
  await expect(app.byTestId('compare-link')).toHaveValue(/\.U2FsZXMsICJOb3J0aCI/);
  return app.byTestId('compare-link').inputValue();
}

test.describe('a comparison\'s files', () => {
  test('nothing of them loads until asked for; the PNG is the picture with a QR code of the link', async ({ app, page }) => {
    const asked = [];
    page.on('request', (request) => {
      if (/comparison_files-/.test(request.url())) asked.push(request.url());
    });
    const link = await openComparison(app, twelve());
    expect(asked, 'the files program before any press').toEqual([]);
    const { name, bytes } = await download(app, 'comparison-png');
    expect(name).toMatch(FILE_NAME);
    expect(asked.length, 'its glue and its WebAssembly').toBe(2);
    const image = PNG.sync.read(bytes);
    expect(image.width).toBe(2400);
    expect(readQr(bytes), "the picture's QR code").toBe(link);
    await expect(app.byTestId('comparison-files-status')).toHaveText(`Saved as ${name}. Look in your downloads.`);
  });

  test('the SVG names everyone; the CSV has a row per person; the JSON holds the comparison', async ({ app }) => {
    const tokens = twelve().slice(0, 4);
    const link = await openComparison(app, tokens);
    const labels = await app.byTestId('member-label').evaluateAll((inputs) => inputs.map((i) => /** @type {HTMLInputElement} */ (i).value));
    const stages = (await app.byTestId('member-stage').allTextContents()).map((s) => s.split(' · ')[0]);

    const svg = (await download(app, 'comparison-svg')).bytes.toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('Sales, &quot;North&quot;');

    const csv = await download(app, 'comparison-csv');
    expect(csv.name).toMatch(FILE_NAME);
    const rows = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatch(/^Letter,Label,Stage,Position,Contact and tempo,/);
    expect(rows[1]).toMatch(new RegExp(`^A,"Sales, ""North""",${stages[0]},\\d+,`));
    expect(rows.slice(2).map((row) => row.split(',')[1])).toEqual(labels.slice(1));

    const json = JSON.parse((await download(app, 'comparison-json')).bytes.toString('utf8'));
    expect(json.format).toBe('tandem-comparison');
    expect(json.version).toBe(1);
    expect(json.link).toBe(link);
    expect(json.members.map((m) => m.label)).toEqual(labels);
    expect(json.members.map((m) => m.token)).toEqual(tokens);
    expect(json.group).not.toBeNull();

    // The same people as a list of results, which a kept history or a room takes in.
    const list = await download(app, 'comparison-results.json');
    expect(list.name).toMatch(/-comparison-\d{4}-\d\d-\d\d\.results\.json$/);
    const results = JSON.parse(list.bytes.toString('utf8'));
    expect(results).toMatchObject({ format: 'tandem-results', version: 1, kind: 'comparison' });
    expect(results.results.map((r) => r.token)).toEqual(tokens);
  });

  test('a files program cut off in transit is said so, with the way that still works', async ({ app, page, pageErrors }) => {
    await page.route(/\/comparison_files-[0-9a-f]+\.js$/, (route) => route.abort('connectionreset'));
    await openComparison(app, twelve().slice(0, 2));
    await app.press(app.byTestId('comparison-csv'));
    await expect(app.byTestId('comparison-files-status')).toHaveText(
      'That did not work: Part of the assessment did not arrive. Check the connection and reload the page. The comparison link above works all the same.',
    );
    await expectErrors(pageErrors, [/^console error: Failed to load resource: net::ERR_CONNECTION_RESET \(.*comparison_files-[0-9a-f]+\.js:/]);
  });

  test('twelve people print on at most two pages with the link and a QR code that opens it', async ({ app }, testInfo) => {
    const link = await openComparison(app, twelve());
    await app.page.evaluate(() => {
      window.print = () => { window.__printed = (window.__printed || 0) + 1; };
    });
    await app.press(app.byTestId('comparison-print'));
    await expect.poll(() => app.page.evaluate(() => window.__printed)).toBe(1);
    for (const format of ['A4', 'Letter']) {
      const pdf = await app.page.pdf({ format, printBackground: true });
      const { pages, text } = await pdfPages(pdf);
      expect(pages, `${format} pages`).toBeLessThanOrEqual(2);
      expect(text).toContain('Sales, "North"');
      expect(text.replace(/\s/g, '')).toContain(link);
      expect(text.replace(/\s/g, ''), 'the way back, however its lines wrap').toContain('Openthiscomparisonagain');
      expect(text.replace(/\s/g, ''), 'the day it was made').toContain(madeOn().replace(/\s/g, ''));
      expect(text, 'no buttons or inputs on paper').not.toContain('Print / save as PDF');
      expect(text).not.toContain('Result A label');
      expect(text).not.toContain('Copy comparison link');
      expect(readQr(printedPage(pdf, pages)), 'the printed QR code, at 150 dpi').toBe(link);
      if (format === 'A4') await testInfo.attach('comparison.pdf', { body: pdf, contentType: 'application/pdf' });
    }
  });
});
