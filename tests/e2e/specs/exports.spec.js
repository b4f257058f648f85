// @ts-check
// Results that travel: the picture (PNG and SVG), the data (JSON), the QR code of the
// link and the printed report, each checked by reading the file as its user would.
const { PNG } = require('pngjs');
const { readQr, printedPage, download, pdfPages, madeOn } = require('./files');
const { test, expect, MIXED, QUESTIONS, encodeToken, expectedResult, patternFor } = require('./tandem');

const FILE_NAME = /^tandem-(undefined|defined|aligned|integrated|result)-\d{4}-\d{2}-\d{2}\.(png|svg|json)$/;

test.describe('exports', () => {
  test('the QR code on the result screen opens the result link', async ({ app }) => {
    await app.completeJourney(MIXED);
    const { link } = await app.readResult();
    const toggle = app.byTestId('qr-toggle');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(app.byTestId('qr-code')).toBeHidden();
    await app.press(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle).toHaveText('Hide the QR code');
    const image = app.byTestId('qr-image');
    await expect(image).toBeVisible();
    await expect(image).toHaveAttribute('alt', 'QR code that opens this result');
    expect(readQr(await image.screenshot())).toBe(link);
  });

  test('the PNG is the picture at twice its size, with the stage and a readable QR code', async ({ app }) => {
    await app.completeJourney(MIXED);
    const { link, stage } = await app.readResult();
    const { name, bytes } = await download(app, 'download-png');
    expect(name).toMatch(FILE_NAME);
    expect(name).toContain(`-${stage.toLowerCase()}-`);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const image = PNG.sync.read(bytes);
    expect([image.width, image.height]).toEqual([2400, 1520]);
    const colours = new Set();
    for (let i = 0; i < image.data.length; i += 4 * 97) colours.add(image.data.readUInt32BE(i));
    expect(colours.size, 'drawn, not blank').toBeGreaterThan(20);
    expect(readQr(bytes), "the picture's QR code").toBe(link);
    await expect(app.byTestId('export-status')).toHaveText(`Saved as ${name}. Look in your downloads.`);
  });

  test('the SVG parses and names the stage, the areas and the link', async ({ app }) => {
    await app.completeJourney(MIXED);
    const { link, stage, names } = await app.readResult();
    const { name, bytes } = await download(app, 'download-svg');
    expect(name).toMatch(FILE_NAME);
    expect(name.endsWith('.svg')).toBe(true);
    const texts = await app.page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      if (doc.querySelector('parsererror') || doc.documentElement.localName !== 'svg') return null;
      return [...doc.querySelectorAll('text')].map((t) => t.textContent);
    }, bytes.toString('utf8'));
    expect(texts, 'a well-formed SVG document').not.toBeNull();
    expect(texts).toContain(stage);
    for (const area of names) expect(texts).toContain(area);
    expect(texts.join('')).toContain(link);
  });

  test('the JSON holds every question and the scores the screen shows', async ({ app }) => {
    await app.completeJourney(MIXED);
    const shown = await app.readResult();
    const { name, bytes } = await download(app, 'download-json');
    expect(name).toMatch(FILE_NAME);
    const data = JSON.parse(bytes.toString('utf8'));
    expect(data.format).toBe('tandem-result');
    expect(data.version).toBe(1);
    expect(data.token).toBe(encodeToken(MIXED));
    expect(data.link).toBe(shown.link);
    expect(data.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.answers).toHaveLength(QUESTIONS);
    expect(new Set(data.answers.map((a) => a.question)).size).toBe(QUESTIONS);
    expect(data.areas.map((a) => a.name)).toEqual(shown.names);
    expect(data.areas.map((a) => a.score)).toEqual(shown.scores);
    expect(data.position).toBe(shown.position);
    expect(data.stage).toBe(shown.stage.toLowerCase());
    expect(shown.stage).toBe(expectedResult(MIXED).stage);
  });

  test('printing gives at most two pages that hold the stage, the link and its QR code', async ({ app }, testInfo) => {
    await app.completeJourney(MIXED);
    const { link, stage } = await app.readResult();
    await expect(app.byTestId('qr-image')).toBeAttached();
    for (const format of ['A4', 'Letter']) {
      const pdf = await app.page.pdf({ format, printBackground: true });
      const { pages, text } = await pdfPages(pdf);
      expect(pages, `${format} pages`).toBeLessThanOrEqual(2);
      expect(text).toContain(stage);
      expect(text.replace(/\s/g, '')).toContain(link);
      expect(text, 'the QR code\'s caption, on paper though folded on screen').toContain('Open this result again');
      expect(text, 'the day it was made (issue 30, item 17)').toContain(madeOn());
      expect(text, 'no buttons on paper').not.toContain('Print / save as PDF');
      expect(text).not.toContain('Copy result link');
      expect(readQr(printedPage(pdf, pages)), 'the printed QR code, at 150 dpi').toBe(link);
      if (format === 'A4') await testInfo.attach('report.pdf', { body: pdf, contentType: 'application/pdf' });
    }
  });

  test('"Print / save as PDF" opens the print dialog', async ({ app }) => {
    await app.completeJourney(MIXED);
    await app.page.evaluate(() => {
      window.print = () => { window.__printed = (window.__printed || 0) + 1; };
    });
    await app.press(app.byTestId('print'));
    expect(await app.page.evaluate(() => window.__printed)).toBe(1);
  });
});

test.describe('when the exports program does not arrive', () => {
  const { expectErrors } = require('./expected-errors');
  for (const [part, pattern, errors] of /** @type {const} */ ([
    ['script', /\/exports-[0-9a-f]+\.js$/, [/^console error: Failed to load resource: net::ERR_CONNECTION_RESET \(.*exports-[0-9a-f]+\.js:/]],
    ['WebAssembly', /\/exports-[0-9a-f]+_bg\.wasm$/, [/^console error: Failed to load resource: net::ERR_CONNECTION_RESET \(.*exports-[0-9a-f]+_bg\.wasm:/]],
  ])) {
    test(`its ${part} cut off in transit: the section says so and the result stays whole`, async ({ app, page, pageErrors }) => {
      await page.route(pattern, (route) => route.abort('connectionreset'));
      await app.open(`#/r/${encodeToken(MIXED)}`);
      const { stage, link } = await app.readResult();
      expect(stage).toBe(expectedResult(MIXED).stage);
      await expect(app.byTestId('exports')).toContainText(
        'The picture, the data and the QR code could not load. Part of the assessment did not arrive. Check the connection and reload the page. The result link above works all the same.',
      );
      await expect(app.byTestId('download-png')).toHaveCount(0);
      await expectErrors(pageErrors, errors);
      await expect(app.byTestId('share-link')).toHaveValue(link);
    });
  }
});

/** The relative luminance of a CSS colour as getComputedStyle writes it (WCAG 2.2). */
function luminance(color) {
  const [r, g, b] = color.match(/[\d.]+/g).slice(0, 3).map((part) => {
    const value = Number(part) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two CSS colours (WCAG 2.2). */
function contrast(one, other) {
  const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

/** The colours paper shows: the page's background, the heading's and the text's, and the curve's bands. */
async function printedColours(page) {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    const colour = (selector, property) => getComputedStyle(document.querySelector(selector))[property];
    return {
      background: colour('body', 'backgroundColor'),
      heading: colour('h1', 'color'),
      text: colour('main p', 'color'),
      band: colour('.band', 'fill'),
    };
  });
}

/** Issue 30, item 2: with a dark system theme (or a host's dark theme), printing gave
 * pale grey text on white, and with backgrounds a dark page: paper is light. */
test.describe('printing with a dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('prints the result dark on light, whichever theme the screen has', async ({ app }) => {
    await app.completeJourney(MIXED);
    for (const hostTheme of [null, 'dark']) {
      await app.page.evaluate((theme) => {
        if (theme) document.documentElement.dataset.theme = theme;
      }, hostTheme);
      const printed = await printedColours(app.page);
      expect(luminance(printed.background), `background (${hostTheme ?? 'system'} theme)`).toBeGreaterThan(0.9);
      expect(contrast(printed.heading, printed.background), 'heading').toBeGreaterThan(7);
      expect(contrast(printed.text, printed.background), 'text').toBeGreaterThan(4.5);
      expect(luminance(printed.band), 'the curve\'s bands').toBeGreaterThan(0.7);
    }
  });

  test('prints the comparison dark on light', async ({ app }) => {
    const tokens = ['defined', 'aligned'].map((stage) => encodeToken(patternFor(stage)));
    await app.open(`compare.html#/compare/1/${tokens.join('/')}`);
    await expect(app.byTestId('compare-screen')).toBeVisible();
    const printed = await printedColours(app.page);
    expect(luminance(printed.background)).toBeGreaterThan(0.9);
    expect(contrast(printed.heading, printed.background)).toBeGreaterThan(7);
    expect(contrast(printed.text, printed.background)).toBeGreaterThan(4.5);
    expect(luminance(printed.band)).toBeGreaterThan(0.7);
  });
});
