// @ts-check
// Issue 14, items 4 and 6: the address bar and the screen agree after every move
// through history, Back always visibly goes back, and a result reached again through
// history is shown for what it is.
const { test, expect, QUESTIONS, MIXED, encodeToken } = require('./tandem');

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
  } else if (testid === 'profile-screen') {
    await expect(page).toHaveURL(/#\/about$/);
  } else {
    throw new Error(`no address known for ${testid}`);
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
    await expect(app.byTestId('profile-screen')).toBeVisible();

    await page.goBack();
    await expect(app.byTestId('results-screen')).toBeVisible();
    await expect(page).toHaveURL(old);

    await page.goBack();
    await app.expectQuestion(1, { answered: 0 });
    await expectAddressToMatchScreen(app);

    // Every earlier question is out of reach now: Back passes them to the profile,
    // then the intro.
    await page.goBack();
    await expect(app.byTestId('profile-screen')).toBeVisible();
    await expectAddressToMatchScreen(app);
    await page.goBack();
    await expect(app.byTestId('intro-screen')).toBeVisible();
    await expectAddressToMatchScreen(app);
  });
});

test.describe('a result reached again through history', () => {
  test('after editing an answer, Forward shows the old result as the visitor\'s earlier one', async ({ app, page }) => {
    await app.completeJourney(MIXED);
    const old = await app.byTestId('share-link').inputValue();
    const edited = 10;
    for (let presses = 0; presses < QUESTIONS + 1 - edited; presses++) await page.goBack();
    await app.expectQuestion(edited, { answered: QUESTIONS });
    const other = (MIXED[edited - 1] % 4) + 1;
    await page.keyboard.press(String(other));
    await app.expectSelected(other);
    for (let presses = 0; presses < QUESTIONS + 1 - edited; presses++) await page.goForward();

    // The address names the old result: that is what is shown, and said to be so.
    await expect(app.byTestId('results-screen')).toBeVisible();
    await expectAddressToMatchScreen(app);
    await expect(page).toHaveURL(old);
    await expect(app.byTestId('earlier-result')).toContainText('changed');
    await expect(app.byTestId('retake')).toHaveText('Retake the assessment');

    // The way to the result of the answers as they are now.
    await app.press(app.byTestId('current-result'));
    await expect(app.byTestId('earlier-result')).toHaveCount(0);
    const pattern = [...MIXED];
    pattern[edited - 1] = other;
    await expect(page).toHaveURL(new RegExp(`#/r/${encodeToken(pattern)}$`));
    await expectAddressToMatchScreen(app);
  });

  test('one\'s own result reached by Back after Retake is not offered as someone else\'s', async ({ app, page }) => {
    await app.completeJourney(MIXED);
    await app.press(app.byTestId('retake'));
    await expect(app.byTestId('profile-screen')).toBeVisible();
    await page.goBack();
    await expect(app.byTestId('results-screen')).toBeVisible();
    await expect(app.byTestId('retake')).toHaveText('Retake the assessment');
    await expect(app.byTestId('stage-name').locator('xpath=..')).toContainText('Your teams are');
  });
});
