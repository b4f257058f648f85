// @ts-check
// Issue 14, item 4: the address bar and the screen agree after every move through
// history, and Back always visibly goes back.
const { test, expect, MIXED } = require('./tandem');

/** The route the screen shows must be the one in the address bar. */
async function expectAddressToMatchScreen(app) {
  const { page } = app;
  await expect(app.screen).toBeVisible();
  const testid = await app.screen.getAttribute('data-testid');
  if (testid === 'question-screen') {
    const number = Number((await app.meta.textContent())?.match(/Question (\d+) of/)?.[1]);
    await expect(page).toHaveURL(new RegExp(`#/q/${number}$`));
  } else if (testid === 'results-screen') {
    await expect(page).toHaveURL(await app.byTestId('share-link').inputValue());
  } else if (testid === 'intro-screen') {
    await expect(page).toHaveURL(/\/(#\/?)?$/);
  }
}

test.describe('address bar and screen', () => {
  test('typing unreachable questions one after another keeps the address on the question shown', async ({ app, page }) => {
    await app.open('#/q/5');
    await app.expectQuestion(1, { answered: 0 });
    await expect(page).toHaveURL(/#\/q\/1$/);
    for (const number of [7, 9]) {
      await app.open(`#/q/${number}`);
      await app.expectQuestion(1, { answered: 0 });
      await expect(page).toHaveURL(/#\/q\/1$/);
    }
  });

  test('after Retake, Back to the old result and on goes back instead of sticking on question 1', async ({ app, page }) => {
    await app.completeJourney(MIXED);
    const old = await app.byTestId('share-link').inputValue();
    await app.press(app.byTestId('retake'));
    await app.expectQuestion(1, { answered: 0 });

    await page.goBack();
    await expect(app.byTestId('results-screen')).toBeVisible();
    await expect(page).toHaveURL(old);

    await page.goBack();
    await app.expectQuestion(1, { answered: 0 });
    await expectAddressToMatchScreen(app);

    // Every earlier question is out of reach now: Back passes them to the intro.
    await page.goBack();
    await expect(app.byTestId('intro-screen')).toBeVisible();
    await expectAddressToMatchScreen(app);
  });
});
