// @ts-check
// 9. Embedded in a host page's iframe (tests/e2e/hosts/index.html, served at /).
const { test, expect, MIXED, expectedResult } = require('./tandem');

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
    expect(result.link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/tools\/alignment\/#\/r\/[A-Za-z0-9_-]{16}$/);
    expect(new URL(page.url()).pathname).toBe('/');
  });
});
