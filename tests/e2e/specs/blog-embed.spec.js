// @ts-check
// Issue 14, items 1, 2 and 5: Tandem embedded with the README's iframe line in a long
// blog post on another origin, as a blog owner would. It must leave the host page
// where the reader is, copy its link, and leave the host's Back button to the host.
const path = require('node:path');
const { test, expect, MIXED, encodeToken } = require('./tandem');
const { blogAddress, readmeIframe, openBlogPost } = require('./blog');

const FOLDER = path.resolve(__dirname, '../artifacts/screenshots');

/** Where the host page is scrolled and what holds its focus. */
const hostState = (page) => page.evaluate(() => ({ scrollY: Math.round(scrollY), focused: document.activeElement?.tagName }));

test.describe('embedded in a long blog post', () => {
  test('the embedded app neither scrolls the host page nor takes focus on load', async ({ app, page, baseURL }, testInfo) => {
    await openBlogPost(page, /** @type {string} */ (baseURL));
    const framed = app.inFrame();
    await expect(framed.byTestId('intro-screen')).toBeVisible();
    // Let the app's first effects run before looking.
    await page.waitForTimeout(300);
    expect(await hostState(page)).toEqual({ scrollY: 0, focused: 'BODY' });
    const frame = page.frames().find((f) => f.url().startsWith(/** @type {string} */ (baseURL)));
    expect(await frame?.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await page.screenshot({ path: path.join(FOLDER, `${testInfo.project.name}-blog-first-load.png`) });
  });

  test('the visitor\'s own start moves focus into the frame without scrolling the host page', async ({ app, page, baseURL }) => {
    await openBlogPost(page, /** @type {string} */ (baseURL));
    const framed = app.inFrame();
    await expect(framed.byTestId('intro-screen')).toBeVisible();
    // The frame's top (where the next heading will be) above the window, its Start button in view.
    const frameTop = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().top + scrollY);
    await page.evaluate((y) => scrollTo(0, y), Math.round(frameTop + 250));
    const before = await hostState(page);
    await framed.start();
    await expect(framed.heading).toBeFocused();
    expect((await hostState(page)).scrollY).toBe(before.scrollY);
    await framed.answerByClick(MIXED[0]);
    await expect(framed.heading).toBeFocused();
    expect((await hostState(page)).scrollY).toBe(before.scrollY);
  });

  test('downloads work inside the README\'s iframe line, which says where they may be blocked', async ({ app, page, baseURL }) => {
    const token = encodeToken(MIXED);
    await openBlogPost(page, /** @type {string} */ (baseURL), { hash: `#/r/${token}` });
    const framed = app.inFrame();
    const { link, stage } = await framed.readResult();
    await expect(framed.byTestId('frame-download-hint')).toContainText('downloads may be blocked');
    await expect(framed.byTestId('frame-download-hint').getByRole('link')).toHaveAttribute('href', link);
    // Chromium pauses the frames of another origin that are out of view.
    await page.locator('iframe').scrollIntoViewIfNeeded();
    const [file] = await Promise.all([page.waitForEvent('download'), framed.press(framed.byTestId('download-json'))]);
    expect(file.suggestedFilename()).toMatch(new RegExp(`^tandem-${stage.toLowerCase()}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    const data = JSON.parse(require('node:fs').readFileSync(await file.path(), 'utf8'));
    expect(data.link).toBe(link);
  });

  test.describe('with clipboard permission granted to the browser', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('"Copy result link" copies inside the README\'s iframe line', async ({ app, page, baseURL }) => {
      const token = encodeToken(MIXED);
      await openBlogPost(page, /** @type {string} */ (baseURL), { hash: `#/r/${token}` });
      const framed = app.inFrame();
      const { link } = await framed.readResult();
      await framed.press(framed.byTestId('copy-link'));
      await expect(framed.byTestId('copy-status')).toContainText('Link copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    });
  });

  test('the README\'s iframe line lets the share sheet work, and says what each permission is for', async ({ page, baseURL }) => {
    const iframe = readmeIframe();
    expect(iframe).toMatch(/\ballow="[^"]*\bclipboard-write\b[^"]*"/);
    expect(iframe).toMatch(/\ballow="[^"]*\bweb-share\b[^"]*"/);
    await openBlogPost(page, /** @type {string} */ (baseURL));
    const frame = page.frames().find((f) => f.url().startsWith(/** @type {string} */ (baseURL)));
    // Features this browser knows (Linux Chromium has no share sheet) must be allowed.
    const refused = await frame?.evaluate(() => {
      const policy = /** @type {any} */ (document).featurePolicy;
      return ['clipboard-write', 'web-share'].filter((f) => policy.features().includes(f) && !policy.allowsFeature(f));
    });
    expect(refused).toEqual([]);
    const readme = require('node:fs').readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
    expect(readme).toMatch(/`clipboard-write`[^\n]*(copy|Copy)/);
    expect(readme).toMatch(/`web-share`[^\n]*(share sheet|Share)/);
  });

  test('finishing inside the frame adds nothing to the host page\'s history', async ({ app, page, baseURL }) => {
    await openBlogPost(page, /** @type {string} */ (baseURL));
    const framed = app.inFrame();
    await expect(framed.byTestId('intro-screen')).toBeVisible();
    const length = await page.evaluate(() => history.length);
    await framed.start();
    await framed.answerAll(MIXED);
    await framed.readResult();
    expect(await page.evaluate(() => history.length)).toBe(length);
    // The host's Back leaves the post, as it would without the frame.
    await page.goBack();
    await expect(page).toHaveURL(blogAddress(/** @type {string} */ (baseURL)));
  });
});
