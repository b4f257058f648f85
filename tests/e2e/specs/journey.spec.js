// @ts-check
// 1. The whole journey by mouse (desktop) or tap (phone), and results that follow
//    exactly from the answers given.
const { test, expect, bank, bankV1, QUESTIONS, NOT_SURE, MIXED, patternFor, patternOfLevels, expectedResult, encodeToken } = require('./tandem');

const TOKEN_URL = /\/tools\/alignment\/#\/r\/[A-Za-z0-9_-]{20}$/;

/** Checks the results screen against the scoring rule applied to `pattern`. */
async function expectResultFor(app, pattern) {
  const expected = expectedResult(pattern);
  const result = await app.readResult();
  expect(bank.stageTitles).toContain(result.stage);
  expect(result).toMatchObject({
    stage: expected.stage,
    position: expected.position,
    scores: expected.scores,
    names: expected.names,
    moves: expected.moves,
  });
  await expect(app.page).toHaveURL(TOKEN_URL);
  expect(result.link).toBe(app.page.url());
  await expect(app.byTestId('curve-marker')).toBeVisible();
  await expect(app.byTestId('curve-caption')).toContainText(`${expected.position} out of 100`);
  await expect(app.byTestId('curve-caption')).toContainText(`in the ${expected.stage} band`);
  await expect(app.byTestId('held-back')).toHaveCount(expected.heldBack ? 1 : 0);
  await expect(app.page).toHaveTitle(`Result: ${expected.stage} · Tandem`);
  await expectLabelOverMarker(app.page);
  return result;
}

/** The marker's label stands over the marker, shifted back by the same share of its own
 *  width, so it never leaves the picture (at 0 and 100 it lines up with the edges). */
async function expectLabelOverMarker(page) {
  const place = await page.evaluate(() => {
    const label = document.querySelector('[data-testid=marker-label]').getBoundingClientRect();
    const row = document.querySelector('.marker-row').getBoundingClientRect();
    const x = Number(document.querySelector('[data-testid=curve-marker]').getAttribute('cx'));
    return { share: (label.left - row.left) / (row.width - label.width), marker: x / 360 };
  });
  expect(place.share).toBeCloseTo(place.marker, 2);
}

test.describe('whole journey by pointer', () => {
  test('start, answer every question, go back once to change an answer, see the result', async ({ app, page }) => {
    const pattern = [...MIXED];
    const revisit = 5;

    await app.open('#/');
    await expect(app.byTestId('resume')).toHaveCount(0);
    await expect(app.byTestId('start')).toHaveText('Start the assessment');
    await app.start();

    for (let number = 1; number <= QUESTIONS; number++) {
      await app.expectQuestion(number, { answered: number - 1 });
      await expect(page).toHaveURL(new RegExp(`#/q/${number}$`));
      await expect(page).toHaveTitle(`Question ${number} of ${QUESTIONS} · Tandem`);
      await expect(app.nextButton).toBeDisabled();
      await expect(app.nextButton).toHaveText(number === QUESTIONS ? 'See my result' : 'Next');

      if (number === revisit + 1) {
        // Back once: the previous question keeps its answer and the progress stays.
        await app.press(app.backButton);
        await app.expectQuestion(revisit, { answered: revisit });
        await expect(page).toHaveURL(new RegExp(`#/q/${revisit}$`));
        await app.expectSelected(pattern[revisit - 1]);
        await expect(app.nextButton).toBeEnabled();
        pattern[revisit - 1] = (pattern[revisit - 1] % 4) + 1;
        await app.answerByClick(pattern[revisit - 1]);
        await app.expectQuestion(number, { answered: number - 1 });
      }
      await app.answerByClick(pattern[number - 1]);
    }

    const result = await expectResultFor(app, pattern);
    expect(result.moves).toBeGreaterThanOrEqual(1);
    expect(result.scores).toHaveLength(bank.dimensions.length);
    await expect(app.byTestId('dimension-score')).toHaveCount(bank.dimensions.length);
    await expect(app.byTestId('strengths')).not.toBeEmpty();
    await expect(app.byTestId('retake')).toHaveText('Retake the assessment');
  });

  test('answering every question with its Undefined answer places the marker at 0', async ({ app }) => {
    const pattern = patternFor('undefined');
    await app.completeJourney(pattern);
    const result = await expectResultFor(app, pattern);
    expect(result.stage).toBe('Undefined');
    expect(result.position).toBe(0);
    expect(result.scores).toEqual(bank.dimensions.map(() => 0));
  });

  test('answering every question with its Integrated answer places the marker at 100', async ({ app }) => {
    const pattern = patternFor('integrated');
    await app.completeJourney(pattern);
    const result = await expectResultFor(app, pattern);
    expect(result.stage).toBe('Integrated');
    expect(result.position).toBe(100);
    expect(result.scores).toEqual(bank.dimensions.map(() => 100));
  });

  test('the result survives history, reload and the intro, and retaking starts afresh', async ({ app, page }) => {
    const pattern = patternFor('aligned');
    await app.completeJourney(pattern);
    const result = await expectResultFor(app, pattern);

    // Browser back returns to the last question, answer kept; forward to the result.
    await page.goBack();
    await app.expectQuestion(QUESTIONS, { answered: QUESTIONS });
    await app.expectSelected(pattern[QUESTIONS - 1]);
    await page.goForward();
    expect(await app.readResult()).toEqual(result);

    // A reload shows the same, still the visitor's own result.
    await page.reload();
    expect(await app.readResult()).toEqual(result);
    await expect(app.byTestId('retake')).toHaveText('Retake the assessment');

    // The intro offers the last result.
    await app.open('#/');
    await expect(app.byTestId('resume')).toHaveText('See my last result');
    await app.press(app.byTestId('resume'));
    expect(await app.readResult()).toEqual(result);

    await app.press(app.byTestId('retake'));
    await expect(app.byTestId('profile-screen')).toBeVisible();
    await app.press(app.byTestId('skip-profile'));
    await app.expectQuestion(1, { answered: 0 });
    await app.expectSelected(0);
  });

  test('the profile filled in, some answers "not sure": the result leaves them out and keeps the profile', async ({ app, page }) => {
    // One "not sure" in every other area: those areas rest on their two real answers.
    const seen = bank.dimensions.map(() => 0);
    const levels = bank.questions.map((q, i) => (q.dimension % 2 === 0 && seen[q.dimension]++ === 0 ? 4 : (i * 5) % 4));
    const pattern = patternOfLevels(levels);
    expect(pattern.filter((p) => p === NOT_SURE).length).toBe(bank.dimensions.length / 2);

    await app.open('#/');
    await app.startWithProfile({ side: 2, size: 3, pace: 1, complexity: 1 });
    await app.answerAll(pattern, { checkProgress: true });
    const result = await expectResultFor(app, pattern);
    expect(result.scores.every((s) => typeof s === 'number')).toBe(true);

    // The profile travels in the link: a fresh browser opening it sees the same result.
    const token = page.url().split('#/r/')[1];
    expect(token).toBe(encodeToken(pattern, { profile: [2, 3, 1, 1] }));
  });

  test('a result with too many "not sure" answers says it cannot be placed', async ({ app }) => {
    const pattern = bank.questions.map((_, i) => (i % 3 === 0 ? 1 : NOT_SURE));
    await app.completeJourney(pattern);
    await expect(app.byTestId('not-placed')).toHaveText('Not enough answers to place your teams');
    await expect(app.byTestId('curve')).toHaveCount(0);
    const result = await app.readResult();
    expect(result.scores).toEqual(expectedResult(pattern).scores);
    await expect(app.page).toHaveTitle('Result: not enough answers · Tandem');
  });
  test('a double-click on an answer answers only the question it was on', async ({ app, page }) => {
    await app.open('#/');
    await app.start();
    await app.answer(MIXED[0]).dblclick();
    // The second click of the pair must not also answer question 2, which was never seen.
    const settled = { timeout: 3_000 };
    await expect(app.progress, 'questions answered after one double-click').toHaveAttribute('aria-valuenow', '1', settled);
    await expect(app.meta, 'the question shown after one double-click').toContainText(`Question 2 of ${QUESTIONS}`, settled);
    await expect(page).toHaveURL(/#\/q\/2$/, settled);
    await app.expectSelected(0);
  });
});

test.describe('results made with version 1 of the questions', () => {
  // The golden "mixed, held back" token of tests/link.rs, made with version 1.
  const GOLDEN_V1 = 'AQEyRqFQoxGGIPHz';
  const pattern = bankV1.questions.map((q, i) => q.levels.indexOf((i * 7 + 3) % 4) + 1);

  test('open to the same stage and area scores as before, with a note and the current version offered', async ({ app }) => {
    expect(encodeToken(pattern, { from: bankV1 })).toBe(GOLDEN_V1);
    const expected = expectedResult(pattern, bankV1);
    await app.open(`#/r/${GOLDEN_V1}`);
    const result = await app.readResult();
    expect(result).toMatchObject({ stage: 'Defined', position: expected.position, scores: expected.scores, names: expected.names });
    expect(result.scores).toEqual([67, 83, 17, 50, 50, 50, 67, 33, 33, 50]);
    await expect(app.byTestId('outdated')).toContainText('earlier version of the questions');
    await expect(app.byTestId('retake')).toHaveText('Take the current version');
    await app.press(app.byTestId('retake'));
    await expect(app.byTestId('profile-screen')).toBeVisible();
  });
});

// Found trying the branded build: one folded move was summed up as "1 more moves".
test('one move folded away is summed up as "1 more move"', async ({ app }) => {
  await app.open(`#/r/${encodeToken(MIXED)}`);
  await app.readResult();
  await expect(app.root.locator('details.more-moves summary')).toHaveText('1 more move');
});
