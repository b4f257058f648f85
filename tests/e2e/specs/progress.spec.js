// @ts-check
// 6. Progress survives a reload, and the intro offers to continue.
// 7. Browser back and forward move between questions.
// 8. With storage blocked, the journey still completes (only resuming is lost).
// Two tabs never overwrite each other's answers.
const { test, expect, Tandem, MIXED, QUESTIONS, expectedResult, storageAccess } = require('./tandem');

/** Starts afresh and answers the first `count` questions of `pattern` by pointer. */
async function answerFirst(app, count, pattern = MIXED) {
  await app.open('#/');
  await app.start();
  for (let i = 0; i < count; i++) await app.answerByClick(pattern[i]);
  await app.expectQuestion(count + 1, { answered: count });
}

test.describe('reload mid-quiz', () => {
  test('resumes at the same question with the same answers', async ({ app, page }) => {
    await answerFirst(app, 7);

    await page.reload();
    await app.ready();
    await app.expectQuestion(8, { answered: 7 });
    await expect(page).toHaveURL(/#\/q\/8$/);
    await app.expectSelected(0);

    await app.press(app.backButton);
    await app.expectQuestion(7, { answered: 7 });
    await expect(app.answer(MIXED[6])).toHaveAttribute('aria-checked', 'true');
    await app.expectSelected(MIXED[6]);

    await app.press(app.nextButton);
    await app.expectQuestion(8, { answered: 7 });
  });

  test('unreadable stored progress is discarded with a notice: a fresh start, no error', async ({ app, page }) => {
    await answerFirst(app, 2);
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.length, 'progress is kept in localStorage').toBeGreaterThan(0);
    await app.open('#/');
    await page.evaluate(() => {
      for (const store of [localStorage, sessionStorage]) {
        for (const key of Object.keys(store)) store.setItem(key, '{"answers":[1,2]}');
      }
    });
    await page.reload();
    await app.ready();
    await expect(app.byTestId('resume')).toHaveCount(0);
    await expect(app.byTestId('start')).toHaveText('Start the assessment');
    await expect(app.byTestId('progress-discarded')).toContainText('could not be used');
    await app.start();
    await app.expectQuestion(1, { answered: 0 });
    await expect(app.byTestId('progress-discarded')).toHaveCount(0);
  });

  test('the intro offers to continue with 7 of 20 answered, or to start over', async ({ app, page }) => {
    await answerFirst(app, 7);
    await app.open('#/');
    await expect(app.byTestId('resume')).toHaveText(`Continue (7 of ${QUESTIONS} answered)`);
    await expect(app.byTestId('start')).toHaveText('Start over');

    await app.press(app.byTestId('resume'));
    await app.expectQuestion(8, { answered: 7 });
    await expect(page).toHaveURL(/#\/q\/8$/);

    await app.open('#/');
    await app.start();
    await app.expectQuestion(1, { answered: 0 });
    await page.reload();
    await app.expectQuestion(1, { answered: 0 });
    await app.open('#/');
    await expect(app.byTestId('resume')).toHaveCount(0);
  });
});

test.describe('browser back and forward', () => {
  test('move between the questions already reached', async ({ app, page }) => {
    await answerFirst(app, 3);
    await expect(page).toHaveURL(/#\/q\/4$/);

    await page.goBack();
    await expect(page).toHaveURL(/#\/q\/3$/);
    await app.expectQuestion(3, { answered: 3 });
    await app.expectSelected(MIXED[2]);

    await page.goBack();
    await app.expectQuestion(2, { answered: 3 });
    await app.expectSelected(MIXED[1]);

    await page.goForward();
    await expect(page).toHaveURL(/#\/q\/3$/);
    await app.expectQuestion(3, { answered: 3 });

    await page.goForward();
    await expect(page).toHaveURL(/#\/q\/4$/);
    await app.expectQuestion(4, { answered: 3 });
    await app.expectSelected(0);
  });

  test('back from question 1 returns to the profile and the intro, forward returns to question 1', async ({ app, page }) => {
    await answerFirst(app, 1);
    await page.goBack();
    await page.goBack();
    await expect(app.byTestId('profile-screen')).toBeVisible();
    await expect(page).toHaveURL(/#\/about$/);
    await page.goBack();
    await expect(app.byTestId('intro-screen')).toBeVisible();
    await expect(page).toHaveURL(/#\/$/);
    await page.goForward();
    await expect(app.byTestId('profile-screen')).toBeVisible();
    await page.goForward();
    await app.expectQuestion(1, { answered: 1 });
    await app.expectSelected(MIXED[0]);

    // The in-page Back button on question 1 leads to the profile, then to the intro,
    // which offers to continue.
    await app.press(app.backButton);
    await expect(page).toHaveURL(/#\/about$/);
    await app.press(app.backButton);
    await expect(page).toHaveURL(/#\/$/);
    await expect(app.byTestId('resume')).toHaveText(`Continue (1 of ${QUESTIONS} answered)`);
  });
});

test.describe('storage blocked', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, {
          configurable: true,
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      }
    });
  });

  test('the whole journey still completes to the result', async ({ app, page }) => {
    await app.open('#/');
    expect(await storageAccess(page, 'sessionStorage')).toBe('SecurityError');

    await app.start();
    await app.answerAll(MIXED, { checkProgress: true });
    const expected = expectedResult(MIXED);
    const result = await app.readResult();
    expect(result).toMatchObject({ stage: expected.stage, position: expected.position, scores: expected.scores });
    await expect(page).toHaveURL(/#\/r\/[A-Za-z0-9_-]{20}$/);
  });
});

test.describe('two tabs', () => {
  test('each tab keeps its own answers on reload; a new tab continues from the latest', async ({ app, context }) => {
    await app.open('#/');
    await app.start();
    for (const position of [1, 1, 1]) await app.answerByClick(position);

    const second = new Tandem(await context.newPage(), { touch: app.touch });
    await second.open('#/');
    await expect(second.byTestId('resume')).toHaveText(`Continue (3 of ${QUESTIONS} answered)`);
    await second.start();
    await second.expectQuestion(1, { answered: 0 });
    for (const position of [4, 4, 4, 4, 4]) await second.answerByClick(position);

    await app.page.reload();
    await app.ready();
    await app.expectQuestion(4, { answered: 3 });
    await app.press(app.backButton);
    await app.expectSelected(1);

    await second.page.reload();
    await second.ready();
    await second.expectQuestion(6, { answered: 5 });

    const third = new Tandem(await context.newPage(), { touch: app.touch });
    await third.open('#/');
    // The latest tab to save was the second one.
    await expect(third.byTestId('resume')).toHaveText(`Continue (5 of ${QUESTIONS} answered)`);
  });
});
