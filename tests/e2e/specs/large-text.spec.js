// @ts-check
// Issue 14, item 3: a phone with its browser's text size turned up (default font 24 px
// on a 320 px screen, 32 px on a 390 px one) reflows every screen: no sideways
// scrolling, nothing cut off, and the curve's labels grow with the text
// (WCAG 1.4.4 and 1.4.10).
const path = require('node:path');
const { test, expect, MIXED, encodeToken, fakeShareSheet, setDefaultFont } = require('./tandem');

const FOLDER = path.resolve(__dirname, '../artifacts/screenshots');

const SCREENS = [
  ['intro', '#/'],
  ['question', '#/q/1'],
  ['results', `#/r/${encodeToken(MIXED)}`],
];
const SETTINGS = [
  { width: 320, font: 24 },
  { width: 390, font: 32 },
];

/**
 * A screenshot of the whole page at this text size. Playwright's fullPage capture
 * resets the font setting, so the window is made as tall as the page instead (which
 * resets it too, hence setting it again until the height holds).
 */
async function shootWholePage(page, font, file) {
  const width = page.viewportSize()?.width ?? 320;
  for (let height = 0, round = 0; round < 3; round++) {
    const now = await page.evaluate(() => document.documentElement.scrollHeight);
    if (now === height) break;
    height = now;
    await page.setViewportSize({ width, height });
    await setDefaultFont(page, font);
  }
  await page.screenshot({ path: file });
}

/** Everything drawn outside the window's width, or cut off by its own box. */
function clipped(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const name = (e) => `${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ').join('.')}` : ''}: ${(e.textContent || '').trim().slice(0, 30)}`;
    const found = [];
    if (document.documentElement.scrollWidth > width) found.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    for (const e of document.querySelectorAll('body *')) {
      if (e.closest('.visually-hidden, svg, input') || !(e instanceof HTMLElement) || !e.getClientRects().length) continue;
      const box = e.getBoundingClientRect();
      if (box.right > width + 1 || box.left < -1) found.push(`outside the window: ${name(e)}`);
      if (e.scrollWidth > e.clientWidth + 1) found.push(`content wider than its box by ${e.scrollWidth - e.clientWidth}px: ${name(e)}`);
    }
    for (const text of document.querySelectorAll('svg text')) {
      const svg = /** @type {SVGSVGElement} */ (text.ownerSVGElement).getBoundingClientRect();
      const box = text.getBoundingClientRect();
      if (box.left < svg.left - 1 || box.right > svg.right + 1 || box.top < svg.top - 1 || box.bottom > svg.bottom + 1) found.push(`cut off by the picture: ${text.textContent}`);
    }
    return found;
  });
}

for (const { width, font } of SETTINGS) {
  test.describe(`${width} px wide with a ${font} px default font`, () => {
    for (const [screen, hash] of SCREENS) {
      test(`the ${screen} reflows without sideways scrolling or clipping`, async ({ app, page }, testInfo) => {
        await fakeShareSheet(page); // a phone's browser shows "Share…" beside "Copy"
        await page.setViewportSize({ width, height: 700 });
        await setDefaultFont(page, font);
        await app.open(hash);
        if (screen === 'results') await app.readResult();
        expect(await clipped(page)).toEqual([]);
        if (width === 320) {
          await shootWholePage(page, font, path.join(FOLDER, `${testInfo.project.name}-large-text-${width}-${screen}.png`));
        }
      });
    }
  });
}

test('the curve\'s labels grow with the browser\'s text size', async ({ app, page }) => {
  await page.setViewportSize({ width: 390, height: 700 });
  const labelHeights = () =>
    app.byTestId('curve').evaluate((curve) =>
      [...curve.querySelectorAll('.band-labels li, .marker-label')].map((e) => e.getBoundingClientRect().height));
  await app.open(`#/r/${encodeToken(MIXED)}`);
  await app.readResult();
  const normal = await labelHeights();
  expect(normal.length).toBeGreaterThanOrEqual(5);

  await setDefaultFont(page, 24);
  await page.reload();
  await app.readResult();
  const large = await labelHeights();
  expect(large.length).toBe(normal.length);
  large.forEach((height, i) => expect(height, `label ${i}`).toBeGreaterThanOrEqual(normal[i] * 1.4));
});
