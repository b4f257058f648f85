// @ts-check
// 9. Embedded in a host page's iframe (tests/e2e/hosts/, served at /), also sandboxed,
//    and with storage that refuses every write.
const { test, expect, MIXED, expectedResult, storageAccess } = require('./tandem');

test.describe('embedded in an iframe', () => {
  test('the whole journey completes inside the frame', async ({ app, page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/pulling together/);
    const framed = app.inFrame('iframe');
    await framed.ready();
    await expect(framed.byTestId('intro-screen')).toBeVisible();

    await framed.start();
    await framed.answerAll(MIXED, { checkProgress: true });

    const expected = expectedResult(MIXED);
    const result = await framed.readResult();
    expect(result).toMatchObject({ stage: expected.stage, position: expected.position, scores: expected.scores });
    // The share link points at the tool itself, not at the host page around it.
    expect(result.link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/tools\/alignment\/#\/r\/[A-Za-z0-9_-]{20}$/);
    expect(new URL(page.url()).pathname).toBe('/');
  });
});

test.describe('embedded in a sandboxed iframe without allow-same-origin', () => {
  test('storage is out of reach, and the whole journey still completes', async ({ app, page }) => {
    await page.goto('/sandboxed.html');
    const framed = app.inFrame('iframe');
    await framed.ready();
    const frame = page.frames().find((f) => f.url().includes('/tools/alignment/'));
    expect(await storageAccess(frame, 'localStorage')).toBe('SecurityError');

    await framed.start();
    await framed.answerAll(MIXED, { checkProgress: true });
    const expected = expectedResult(MIXED);
    expect(await framed.readResult()).toMatchObject({ stage: expected.stage, scores: expected.scores });
  });
});

test.describe('storage full', () => {
  test('a store that refuses every write costs only resuming', async ({ app, page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await app.open('#/');
    await app.start();
    await app.answerAll(MIXED, { checkProgress: true });
    const expected = expectedResult(MIXED);
    expect(await app.readResult()).toMatchObject({ stage: expected.stage, scores: expected.scores });
  });
});
