// @ts-check
// Issue 28: the explorer of "where next" by keyboard alone (desktop: keys), each
// control naming its area, the stage it leads to and where the teams would then be.
const { test, expect, MIXED, bank } = require('./tandem');

test.describe('where next by keyboard', () => {
  test('the explorer by keyboard: each control names its area, the stage it leads to and the result it would give', async ({ app, page }) => {
    await app.completeJourney(MIXED);
    const area = bank.dimensions[0].name;
    await app.byTestId('explorer-toggle').focus();
    await page.keyboard.press('Enter');
    const lower = app.byTestId('explorer-lower').first();
    const raise = app.byTestId('explorer-raise').first();
    await expect(lower).toHaveAttribute('aria-label', `${area} is at the first stage already`);
    await expect(lower).toHaveAttribute('aria-disabled', 'true');
    await expect(raise).toHaveAttribute('aria-label', `Raise ${area} to Defined: the teams would be Aligned`);
    await page.keyboard.press('Tab');
    await expect(lower).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(app.byTestId('explorer-status')).toHaveText(/^Raise or lower/);
    await page.keyboard.press('Tab');
    await expect(raise).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(app.byTestId('explorer-status')).toHaveText(/^What if: Aligned, \d+ of 100\. The result stays Defined, 50 of 100\.$/);
    await expect(app.byTestId('explorer-stage').first()).toHaveText('Defined (was Undefined)');
    await expect(raise).toBeFocused();
    await expect(raise).toHaveAttribute('aria-label', `Raise ${area} to Aligned: the teams would be Aligned`);
    await expect(lower).toHaveAttribute('aria-label', `Lower ${area} to Undefined: the teams would be Defined`);
  });
});
