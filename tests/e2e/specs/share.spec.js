// @ts-check
// 3. A shared result link opens the same result in a fresh browser.
// 4. Copying falls back to a selected link when the Clipboard API is missing or refuses.
// 5. Where the browser has a share sheet, "Share…" hands it the link.
const { test, expect, Tandem, MIXED, encodeToken, expectedResult, fakeShareSheet } = require('./tandem');

test.describe('shared result link', () => {
  test('opens the same result in a new browser context with empty storage', async ({ app, newContext }, testInfo) => {
    await app.completeJourney(MIXED);
    const mine = await app.readResult();
    // The link is the page address with the documented token for these answers.
    expect(mine.link).toBe(new URL(`#/r/${encodeToken(MIXED)}`, app.page.url()).href);

    const context = await newContext();
    const page = await context.newPage();
    const theirs = new Tandem(page, { touch: Boolean(testInfo.project.use.hasTouch) });
    await theirs.open(mine.link);

    expect(await theirs.readResult()).toEqual(mine);
    await expect(page).toHaveURL(mine.link);
    expect(await page.evaluate(() => localStorage.length), 'nothing stored by viewing a result').toBe(0);
    // Someone else's result: the way on is to take the assessment, from the start.
    await expect(theirs.byTestId('retake')).toHaveText('Take the assessment yourself');
    await theirs.press(theirs.byTestId('retake'));
    await expect(theirs.byTestId('profile-screen')).toBeVisible();
  });
});

/**
 * Opens a result directly from its link, presses `button` (copy, or share where the
 * share sheet refuses), and checks the manual fallback.
 */
async function expectManualCopyFallback(app, button = 'copy-link') {
  const pattern = MIXED;
  await app.open(`#/r/${encodeToken(pattern)}`);
  const { link, stage } = await app.readResult();
  expect(stage).toBe(expectedResult(pattern).stage);

  await app.press(app.byTestId(button));
  await expect(app.byTestId('copy-status')).toContainText('did not allow copying');
  await expect(app.byTestId('copy-status')).toContainText('The link is selected');
  const input = app.byTestId('share-link');
  await expect(input).toBeFocused();
  const selection = await input.evaluate((el) => {
    const field = /** @type {HTMLInputElement} */ (el);
    return { start: field.selectionStart, end: field.selectionEnd, text: field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0) };
  });
  expect(selection).toEqual({ start: 0, end: link.length, text: link });
}

test.describe('copying without a clipboard', () => {
  test('with navigator.clipboard missing, the link is selected for manual copying', async ({ app, page }) => {
    await page.addInitScript(() => {
      delete Object.getPrototypeOf(navigator).clipboard;
      delete /** @type {any} */ (navigator).clipboard;
    });
    await app.open('#/');
    expect(await page.evaluate(() => navigator.clipboard)).toBeUndefined();
    await expectManualCopyFallback(app);
  });

  test('with the clipboard refusing to write, the link is selected for manual copying', async ({ app, page }) => {
    await page.addInitScript(() => {
      Clipboard.prototype.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await expectManualCopyFallback(app);
  });
});

test.describe('share sheet', () => {
  const token = encodeToken(MIXED);
  const stage = expectedResult(MIXED).stage;

  test('hands over the result link and its stage, and says so', async ({ app, page }) => {
    await fakeShareSheet(page, 'shared');
    await app.open(`#/r/${token}`);
    const { link } = await app.readResult();
    await app.press(app.byTestId('share-sheet'));
    await expect(app.byTestId('copy-status')).toHaveText('Link shared.');
    expect(await page.evaluate(() => /** @type {any} */ (window).__shared)).toEqual([
      { title: `Sales and marketing alignment: ${stage}`, url: link },
    ]);
  });

  test('closed without sharing, it says nothing', async ({ app, page }) => {
    await fakeShareSheet(page, 'AbortError');
    await app.open(`#/r/${token}`);
    await app.press(app.byTestId('share-sheet'));
    await expect.poll(() => page.evaluate(() => /** @type {any} */ (window).__shared.length)).toBe(1);
    await expect(app.byTestId('copy-status')).toHaveText('');
  });

  test('refused (a frame without the permission), it falls back to copying', async ({ app, page }) => {
    await fakeShareSheet(page, 'NotAllowedError');
    await page.addInitScript(() => {
      Clipboard.prototype.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await expectManualCopyFallback(app, 'share-sheet');
  });

  test('is not offered where the browser has none', async ({ app, page }) => {
    await page.addInitScript(() => {
      delete /** @type {any} */ (Navigator.prototype).share;
    });
    await app.open(`#/r/${token}`);
    await expect(app.byTestId('copy-link')).toBeVisible();
    await expect(app.byTestId('share-sheet')).toHaveCount(0);
  });
});
