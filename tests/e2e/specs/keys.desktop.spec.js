// @ts-check
// Issue 14, item 7: the keys the screens promise work wherever the visitor clicked,
// not only while focus is inside the screen; Enter on the intro goes on.
const { test, expect, MIXED } = require('./tandem');

test.describe('keyboard shortcuts with focus on nothing in particular', () => {
  test('after a click on the hint, the progress bar or the page margin, 1–4, Enter and Backspace still work', async ({ app, page }) => {
    await app.open('#/');
    await app.start();

    await app.root.locator('#answer-hint').click();
    await page.keyboard.press(String(MIXED[0]));
    await app.expectSelected(MIXED[0]);

    await app.progress.click();
    await page.keyboard.press('Enter');
    await app.expectQuestion(2);

    // The margin beside the screen's column, outside everything the app drew.
    await page.mouse.click(8, 400);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await page.keyboard.press('Backspace');
    await app.expectQuestion(1);
    await app.expectSelected(MIXED[0]);
  });

  test('Enter on the intro goes on, as the intro promises, and on from the profile', async ({ app, page }) => {
    await app.open('#/');
    await expect(app.byTestId('intro-screen')).toContainText('Enter goes on');
    await page.keyboard.press('Enter');
    await expect(app.byTestId('profile-screen')).toBeVisible();
    await page.keyboard.press('Enter');
    await app.expectQuestion(1, { answered: 0 });
  });

  test('Enter on the intro after a click on its text goes on too', async ({ app, page }) => {
    await app.open('#/');
    await app.root.locator('.lead').click();
    await page.keyboard.press('Enter');
    await expect(app.byTestId('profile-screen')).toBeVisible();
    await app.root.locator('.lead').click();
    await page.keyboard.press('Enter');
    await app.expectQuestion(1, { answered: 0 });
  });
});
