// @ts-check
// Issue 14, item 16: what a screen reader meets on the results screen. The curve's
// caption is read once, the stage line is part of the heading that takes focus, and
// every Copy is announced, the second as much as the first.
const { test, expect, MIXED, encodeToken } = require('./tandem');

test.describe('results for a screen reader', () => {
  test('the curve\'s caption is read once, not as the picture\'s name and again as text', async ({ app }) => {
    await app.open(`#/r/${encodeToken(MIXED)}`);
    await app.readResult();
    const caption = (await app.byTestId('curve-caption').textContent()) ?? '';
    expect(caption).toMatch(/out of 100 along the curve/);
    const tree = await app.byTestId('results-screen').ariaSnapshot();
    expect(tree.split('out of 100 along the curve').length - 1, tree).toBe(1);
  });

  test('the stage line is inside the heading that takes focus, so it is not skipped', async ({ app }) => {
    await app.completeJourney(MIXED);
    const heading = app.byTestId('results-screen').getByRole('heading', { level: 1 });
    await expect(heading).toBeFocused();
    await expect(heading).toHaveAccessibleName(/stage \d of 4.*teams are (Undefined|Defined|Aligned|Integrated)$/);
  });

  test.describe('with the clipboard allowed', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('a second Copy is announced again', async ({ app }) => {
      await app.open(`#/r/${encodeToken(MIXED)}`);
      await app.readResult();
      const status = app.byTestId('copy-status');
      await app.press(app.byTestId('copy-link'));
      await expect(status).toContainText('Link copied');
      // A live region announces what is added to it: count additions from here on.
      await status.evaluate((region) => {
        const seen = /** @type {any} */ (window);
        seen.__added = 0;
        new MutationObserver((records) => {
          for (const r of records) seen.__added += r.type === 'characterData' ? 1 : r.addedNodes.length;
        }).observe(region, { childList: true, subtree: true, characterData: true });
      });
      await app.press(app.byTestId('copy-link'));
      await expect.poll(() => app.page.evaluate(() => /** @type {any} */ (window).__added)).toBeGreaterThan(0);
      await expect(status).toContainText('Link copied');
    });
  });
});
